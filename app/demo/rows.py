"""Demo drafts as table rows, with the ids that tie them together."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Table

from app.database import Base, utc_now
from app.demo.generator import DemoOptions, young_person_source_id
from app.demo.story import (
    AppointmentDraft,
    CaseDraft,
    DeadlineDraft,
    OrganisationDraft,
    PlanDraft,
    StaffDraft,
    Story,
)
from app.model import Source
from app.model.cpr import CprKeys

Row = dict[str, Any]

_TABLES = Base.metadata.tables
MUNICIPALITIES = _TABLES["municipalities"]
ORGANISATIONS = _TABLES["organisations"]
STAFF_MEMBERS = _TABLES["staff_members"]
YOUNG_PEOPLE = _TABLES["young_people"]
RELATIONS = _TABLES["relations"]
APPOINTMENTS = _TABLES["appointments"]
PARTICIPANTS = _TABLES["appointment_participants"]
PLANS = _TABLES["plans"]
GOALS = _TABLES["goals"]
ACTIVITIES = _TABLES["activities"]
SUMMARIES = _TABLES["meeting_summaries"]
CASES = _TABLES["cases"]
DEADLINES = _TABLES["deadlines"]
# The tables whose ids the load counts itself; the municipality's id comes from the database.
COUNTED_TABLES = (
    ORGANISATIONS,
    STAFF_MEMBERS,
    YOUNG_PEOPLE,
    RELATIONS,
    APPOINTMENTS,
    PARTICIPANTS,
    PLANS,
    GOALS,
    ACTIVITIES,
    SUMMARIES,
    CASES,
    DEADLINES,
)


class TableRows:
    """Rows to insert, per table."""

    def __init__(self) -> None:
        self.by_table: dict[Table, list[Row]] = {}

    def add(self, table: Table, row: Row) -> None:
        self.by_table.setdefault(table, []).append(row)


class DemoRows:
    """Turns drafts into table rows with ids, remembering the ids other rows point at."""

    def __init__(
        self,
        next_ids: dict[Table, Iterator[int]],
        keys: CprKeys,
        municipality_id: int,
        options: DemoOptions,
    ) -> None:
        self._next_ids = next_ids
        self.keys = keys
        self.municipality_id = municipality_id
        self.code = options.municipality_code
        self._fetched_at = options.reference
        self._written_at = utc_now()
        self._organisation_ids: dict[str, int] = {}
        self._staff_ids: dict[str, int] = {}

    def organisations(self, drafts: list[OrganisationDraft]) -> TableRows:
        rows = TableRows()
        for draft in drafts:
            row_id = self._organisation_ids[draft.key] = self.next_id(ORGANISATIONS)
            rows.add(
                ORGANISATIONS,
                {
                    "id": row_id,
                    "municipality_id": self.municipality_id,
                    "kind": draft.kind,
                    "name": draft.name,
                    "address": draft.address,
                    "phone": draft.phone,
                    "email": draft.email,
                    "website": draft.website,
                    "opening_hours": draft.opening_hours,
                    **self.stamps(f"{self.code}/organisation/{draft.key}"),
                },
            )
        return rows

    def staff(self, drafts: list[StaffDraft]) -> TableRows:
        rows = TableRows()
        for draft in drafts:
            row_id = self._staff_ids[draft.key] = self.next_id(STAFF_MEMBERS)
            rows.add(
                STAFF_MEMBERS,
                {
                    "id": row_id,
                    "municipality_id": self.municipality_id,
                    "organisation_id": self._organisation_ids[draft.organisation],
                    "name": draft.name,
                    "title": draft.title,
                    "unit": draft.unit,
                    "phone": draft.phone,
                    "email": draft.email,
                    **self.stamps(f"{self.code}/medarbejder/{draft.key}"),
                },
            )
        return rows

    def stories(self, stories: list[Story]) -> TableRows:
        rows = TableRows()
        for story in stories:
            StoryRows(self, story, rows).add_all()
        return rows

    def next_id(self, table: Table) -> int:
        return next(self._next_ids[table])

    def stamps(self, source_id: str) -> Row:
        """Provenance and timestamps, which every table but the participants carries."""
        return {
            "source": Source.DEMO,
            "source_id": source_id,
            "fetched_at": self._fetched_at,
            "created_at": self._written_at,
            "updated_at": self._written_at,
        }

    def staff_id(self, key: str | None) -> int | None:
        return None if key is None else self._staff_ids[key]

    def organisation_id(self, key: str | None) -> int | None:
        return None if key is None else self._organisation_ids[key]


class StoryRows:
    """The rows of one story: the young person, then everything that points at them."""

    def __init__(self, demo: DemoRows, story: Story, rows: TableRows) -> None:
        self._demo = demo
        self._story = story
        self._rows = rows
        self._source_id = young_person_source_id(demo.code, story.number)
        self._person_id = demo.next_id(YOUNG_PEOPLE)
        self._appointment_ids: dict[str, int] = {}
        self._case_ids: dict[str, int] = {}

    def add_all(self) -> None:
        self._add_person()
        self._add_relations()
        for appointment in self._story.appointments:
            self._add_appointment(appointment)
        for plan in self._story.plans:
            self._add_plan(plan)
        for case in self._story.cases:
            self._add_case(case)
        for deadline in self._story.deadlines:
            self._add_deadline(deadline)

    def _add(self, table: Table, source_key: str, row: Row) -> int:
        row_id = self._demo.next_id(table)
        stamps = self._demo.stamps(f"{self._source_id}/{source_key}")
        self._rows.add(table, {"id": row_id, **row, **stamps})
        return row_id

    def _add_person(self) -> None:
        person, keys = self._story.person, self._demo.keys
        row = {
            "id": self._person_id,
            "municipality_id": self._demo.municipality_id,
            "cpr_hash": keys.hash(person.cpr),
            "cpr_encrypted": keys.encrypt(person.cpr),
            "name": person.name,
            "birth_date": person.birth_date,
            "preferred_language": person.language,
            **self._demo.stamps(self._source_id),
        }
        self._rows.add(YOUNG_PEOPLE, row)

    def _add_relations(self) -> None:
        for index, relation in enumerate(self._story.relations, start=1):
            self._add(
                RELATIONS,
                f"tilknytning/{index}",
                {
                    "young_person_id": self._person_id,
                    "staff_member_id": self._demo.staff_id(relation.staff),
                    "organisation_id": self._demo.organisation_id(relation.organisation),
                    "role": relation.role,
                    "is_primary": relation.is_primary,
                    "description": relation.description,
                    "started_on": relation.started_on,
                    "ended_on": None,
                },
            )

    def _add_appointment(self, draft: AppointmentDraft) -> None:
        appointment_id = self._add(
            APPOINTMENTS,
            f"aftale/{draft.key}",
            {
                "young_person_id": self._person_id,
                "organiser_id": self._demo.staff_id(draft.organiser),
                "starts_at": draft.slot.starts_at,
                "ends_at": draft.slot.ends_at,
                "place": draft.place,
                "room": draft.room,
                "online_link": draft.online_link,
                "title": draft.title,
                "purpose": draft.purpose,
                "agenda": draft.agenda,
                "preparation": draft.preparation,
                "status": draft.status,
            },
        )
        self._appointment_ids[draft.key] = appointment_id
        for participant in draft.participants:
            participant_row = {
                "id": self._demo.next_id(PARTICIPANTS),
                "appointment_id": appointment_id,
                "staff_member_id": self._demo.staff_id(participant.staff),
                "name": participant.name,
                "role": participant.role,
            }
            self._rows.add(PARTICIPANTS, participant_row)

    def _add_plan(self, plan: PlanDraft) -> None:
        source_key = f"plan/{plan.key}"
        plan_id = self._add(
            PLANS,
            source_key,
            {
                "young_person_id": self._person_id,
                "owner_id": self._demo.staff_id(plan.owner),
                "area": plan.area,
                "title": plan.title,
                "status": plan.status,
                "starts_on": plan.starts_on,
                "ends_on": plan.ends_on,
            },
        )
        goal_ids = self._add_goals(plan, plan_id, source_key)
        self._add_activities(plan, plan_id, source_key, goal_ids)
        self._add_summaries(plan, plan_id, source_key)

    def _add_goals(self, plan: PlanDraft, plan_id: int, source_key: str) -> dict[str, int]:
        return {
            goal.key: self._add(
                GOALS,
                f"{source_key}/maal/{goal.key}",
                {
                    "plan_id": plan_id,
                    "horizon": goal.horizon,
                    "title": goal.title,
                    "description": goal.description,
                    "status": goal.status,
                    "progress": goal.progress,
                    "target_on": goal.target_on,
                },
            )
            for goal in plan.goals
        }

    def _add_activities(
        self, plan: PlanDraft, plan_id: int, source_key: str, goal_ids: dict[str, int]
    ) -> None:
        for index, activity in enumerate(plan.activities, start=1):
            self._add(
                ACTIVITIES,
                f"{source_key}/aktivitet/{index}",
                {
                    "plan_id": plan_id,
                    "goal_id": goal_ids[activity.goal] if activity.goal else None,
                    "title": activity.title,
                    "description": activity.description,
                    "responsible_id": self._demo.staff_id(activity.responsible),
                    "responsible_is_young_person": activity.responsible is None,
                    "due_on": activity.due_on,
                    "status": activity.status,
                    "completed_at": activity.completed_at,
                },
            )

    def _add_summaries(self, plan: PlanDraft, plan_id: int, source_key: str) -> None:
        for summary in plan.summaries:
            self._add(
                SUMMARIES,
                f"{source_key}/referat/{summary.appointment}",
                {
                    "plan_id": plan_id,
                    "appointment_id": self._appointment_ids[summary.appointment],
                    "author_id": self._demo.staff_id(summary.author),
                    "held_at": self._held_at(summary.appointment),
                    "title": summary.title,
                    "summary": summary.summary,
                },
            )

    def _held_at(self, appointment_key: str) -> datetime:
        return self._story.appointment(appointment_key).slot.starts_at

    def _add_case(self, case: CaseDraft) -> None:
        self._case_ids[case.key] = self._add(
            CASES,
            f"sag/{case.key}",
            {
                "young_person_id": self._person_id,
                "title": case.title,
                "case_number": case.case_number,
                "kle_number": case.kle_number,
                "status": case.status,
                "responsible_unit": case.responsible_unit,
                "self_service_url": case.self_service_url,
                "opened_on": case.opened_on,
            },
        )

    def _add_deadline(self, deadline: DeadlineDraft) -> None:
        self._add(
            DEADLINES,
            f"frist/{deadline.key}",
            {
                "young_person_id": self._person_id,
                "case_id": self._case_ids[deadline.case] if deadline.case else None,
                "title": deadline.title,
                "description": deadline.description,
                "due_at": deadline.due_at,
                "action_url": deadline.action_url,
            },
        )
