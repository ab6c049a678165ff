"""The young person's overview, read from our own tables only.

Every function takes the young person's id and filters by it in the query itself, so
nothing here can return another person's data; a missing or foreign id is `None`.
The caseworker's desk reads the same functions for the young people it may see.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.model import (
    Activity,
    ActivityStatus,
    Appointment,
    AppointmentStatus,
    Case,
    CaseStatus,
    Deadline,
    Goal,
    GoalHorizon,
    GoalStatus,
    MeetingSummary,
    Plan,
    PlanStatus,
    Relation,
    RelationRole,
    Source,
    StaffMember,
)
from app.model.columns import Provenance, source_name
from app.overview.models import AppointmentAnswer
from app.reference.kle import kle_title
from app.web.danish_time import today_in_copenhagen

UPCOMING_LIMIT = 5
NEXT_ACTIVITIES_LIMIT = 5

# The role each person or place has for the young person, in plain words.
ROLE_NAMES = {
    RelationRole.EDUCATION_GUIDE: "Uddannelsesvejleder",
    RelationRole.YOUTH_GUIDE: "Ungeguide",
    RelationRole.MENTOR: "Mentor",
    RelationRole.CASEWORKER: "Sagsbehandler",
    RelationRole.JOB_CONSULTANT: "Jobkonsulent",
    RelationRole.CONTACT_TEACHER: "Kontaktlærer",
    RelationRole.INTERNSHIP_SUPERVISOR: "Praktikvejleder",
    RelationRole.JOBCENTRE: "Jobcenter",
    RelationRole.SCHOOL: "Skole",
    RelationRole.INTERNSHIP_PLACE: "Praktiksted",
}


@dataclass(frozen=True)
class AppointmentView:
    appointment: Appointment
    answer: AppointmentAnswer | None

    @property
    def is_cancelled(self) -> bool:
        return self.appointment.status is AppointmentStatus.CANCELLED


@dataclass(frozen=True)
class Contact:
    relation: Relation

    @property
    def role_name(self) -> str:
        return ROLE_NAMES[self.relation.role]

    @property
    def name(self) -> str:
        if self.relation.staff_member is not None:
            return self.relation.staff_member.name
        organisation = self.relation.organisation
        return organisation.name if organisation is not None else ""

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split()[:2]).upper()


@dataclass(frozen=True)
class PlanView:
    plan: Plan
    goals: Sequence[Goal]
    activities: Sequence[Activity]


CASE_STATUS_WORDS = {
    CaseStatus.CREATED: "Vi har fået den",
    CaseStatus.IN_PROGRESS: "Vi arbejder på den",
    CaseStatus.DECIDED: "Du har fået svar",
    CaseStatus.CLOSED: "Afsluttet",
    CaseStatus.REJECTED: "Afvist",
}


@dataclass(frozen=True)
class CaseView:
    case: Case
    deadlines: Sequence[Deadline]

    @property
    def topic(self) -> str:
        """The case's topic in words (its KLE title), not its number."""
        return kle_title(self.case.kle_number) or self.case.title

    @property
    def status_words(self) -> str:
        return CASE_STATUS_WORDS[self.case.status]

    @property
    def is_open(self) -> bool:
        return self.case.status in (CaseStatus.CREATED, CaseStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Overview:
    appointments: Sequence[AppointmentView]
    contacts: Sequence[Contact]
    plans: Sequence[PlanView]
    latest_summary: MeetingSummary | None
    cases: Sequence[CaseView]
    deadlines: Sequence[Deadline]
    freshness: dict[Source, datetime] = field(default_factory=dict)

    @property
    def next_appointment(self) -> AppointmentView | None:
        return next((view for view in self.appointments if not view.is_cancelled), None)

    @property
    def sources(self) -> list[tuple[str, datetime]]:
        """Where what is shown comes from, and when we last heard from each, oldest first."""
        named = [(source_name(source), moment) for source, moment in self.freshness.items()]
        return sorted(named, key=lambda pair: pair[1])

    @property
    def next_activities(self) -> list[Activity]:
        open_activities = [
            activity
            for view in self.plans
            for activity in view.activities
            if activity.status in (ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS)
        ]
        open_activities.sort(key=lambda activity: (activity.due_on is None, activity.due_on))
        return open_activities[:NEXT_ACTIVITIES_LIMIT]


async def fetch_overview(db: AsyncSession, young_person_id: int, now: datetime) -> Overview:
    appointments = await upcoming_appointments(db, young_person_id, now)
    contacts = await fetch_contacts(db, young_person_id)
    plans = await fetch_plans(db, young_person_id)
    cases = await fetch_cases(db, young_person_id)
    deadlines = await upcoming_deadlines(db, young_person_id, now)
    return Overview(
        appointments=appointments,
        contacts=contacts,
        plans=plans,
        latest_summary=await latest_meeting_summary(db, young_person_id),
        cases=cases,
        deadlines=deadlines,
        freshness=_freshness(appointments, contacts, plans, cases),
    )


async def upcoming_appointments(
    db: AsyncSession, young_person_id: int, now: datetime
) -> list[AppointmentView]:
    query = (
        select(Appointment)
        .where(Appointment.young_person_id == young_person_id, Appointment.ends_at >= now)
        .options(selectinload(Appointment.organiser), selectinload(Appointment.participants))
        .order_by(Appointment.starts_at)
        .limit(UPCOMING_LIMIT)
    )
    appointments = list((await db.scalars(query)).all())
    answers = await _latest_answers(db, [appointment.id for appointment in appointments])
    return [
        AppointmentView(appointment, answers.get(appointment.id)) for appointment in appointments
    ]


async def fetch_appointment(
    db: AsyncSession, young_person_id: int, appointment_id: int
) -> AppointmentView | None:
    query = (
        select(Appointment)
        .where(Appointment.id == appointment_id, Appointment.young_person_id == young_person_id)
        .options(selectinload(Appointment.organiser), selectinload(Appointment.participants))
    )
    appointment = (await db.scalars(query)).one_or_none()
    if appointment is None:
        return None
    answers = await _latest_answers(db, [appointment.id])
    return AppointmentView(appointment, answers.get(appointment.id))


async def fetch_contacts(db: AsyncSession, young_person_id: int) -> list[Contact]:
    query = (
        select(Relation)
        .where(
            Relation.young_person_id == young_person_id,
            Relation.is_active_on(today_in_copenhagen()),
        )
        .options(
            selectinload(Relation.staff_member).selectinload(StaffMember.organisation),
            selectinload(Relation.organisation),
        )
        .order_by(Relation.is_primary.desc(), Relation.staff_member_id.is_(None), Relation.id)
    )
    return [Contact(relation) for relation in (await db.scalars(query)).all()]


async def fetch_contact(db: AsyncSession, young_person_id: int, relation_id: int) -> Contact | None:
    contacts = await fetch_contacts(db, young_person_id)
    return next((c for c in contacts if c.relation.id == relation_id), None)


async def fetch_plans(db: AsyncSession, young_person_id: int) -> list[PlanView]:
    query = (
        select(Plan)
        .where(Plan.young_person_id == young_person_id, Plan.status == PlanStatus.ACTIVE)
        .options(selectinload(Plan.goals), selectinload(Plan.activities))
        .order_by(Plan.id)
    )
    return [
        PlanView(plan, _goals_in_order(plan.goals), plan.activities)
        for plan in (await db.scalars(query)).all()
    ]


async def latest_meeting_summary(db: AsyncSession, young_person_id: int) -> MeetingSummary | None:
    query = (
        select(MeetingSummary)
        .join(Plan, Plan.id == MeetingSummary.plan_id)
        .where(Plan.young_person_id == young_person_id)
        .order_by(MeetingSummary.held_at.desc())
        .limit(1)
    )
    return (await db.scalars(query)).one_or_none()


async def fetch_cases(db: AsyncSession, young_person_id: int) -> list[CaseView]:
    cases = (
        await db.scalars(
            select(Case).where(Case.young_person_id == young_person_id).order_by(Case.id)
        )
    ).all()
    deadlines = (
        await db.scalars(
            select(Deadline)
            .where(Deadline.young_person_id == young_person_id, Deadline.case_id.is_not(None))
            .order_by(Deadline.due_at)
        )
    ).all()
    return [
        CaseView(case, [deadline for deadline in deadlines if deadline.case_id == case.id])
        for case in cases
    ]


async def upcoming_deadlines(
    db: AsyncSession, young_person_id: int, now: datetime
) -> list[Deadline]:
    query = (
        select(Deadline)
        .where(Deadline.young_person_id == young_person_id, Deadline.due_at >= now)
        .order_by(Deadline.due_at)
    )
    return list((await db.scalars(query)).all())


async def _latest_answers(
    db: AsyncSession, appointment_ids: list[int]
) -> dict[int, AppointmentAnswer]:
    if not appointment_ids:
        return {}
    # A handled answer is settled (the meeting moved, or staff dealt with it): the
    # young person may answer afresh.
    query = (
        select(AppointmentAnswer)
        .where(
            AppointmentAnswer.appointment_id.in_(appointment_ids),
            AppointmentAnswer.handled_at.is_(None),
        )
        .order_by(AppointmentAnswer.answered_at, AppointmentAnswer.id)
    )
    # Ordered oldest first, so the newest answer per appointment is the one left.
    return {answer.appointment_id: answer for answer in (await db.scalars(query)).all()}


def _goals_in_order(goals: Sequence[Goal]) -> list[Goal]:
    """Open goals first, short term before long term."""
    return sorted(
        goals,
        key=lambda goal: (
            goal.status is not GoalStatus.OPEN,
            goal.horizon is not GoalHorizon.SHORT_TERM,
            goal.id,
        ),
    )


def _freshness(
    appointments: Sequence[AppointmentView],
    contacts: Sequence[Contact],
    plans: Sequence[PlanView],
    cases: Sequence[CaseView],
) -> dict[Source, datetime]:
    """When each source last gave us what is shown: the oldest fetch per source."""
    rows: list[Provenance] = [
        *(view.appointment for view in appointments),
        *(contact.relation for contact in contacts),
        *(view.plan for view in plans),
        *(view.case for view in cases),
    ]
    oldest: dict[Source, datetime] = {}
    for row in rows:
        if row.fetched_at is not None:
            current = oldest.get(row.source)
            oldest[row.source] = row.fetched_at if current is None else min(current, row.fetched_at)
    return oldest
