"""Keeping the plan from the desk: goals, activities and meeting summaries.

Readers (`read_*`) only check what was typed and never touch the database, so a form
with mistakes writes nothing; writers run after a reader has said yes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import (
    Activity,
    ActivityStatus,
    Appointment,
    Goal,
    GoalHorizon,
    GoalStatus,
    MeetingSummary,
    Plan,
    PlanArea,
    Source,
    StaffMember,
)
from app.overview.service import Contact, PlanView
from app.staff.access import CHANGEABLE_SOURCES
from app.staff.forms import BAD_CHOICE, FormReader, local_date_value, local_time_value

NO_TITLE = "Skriv en titel."
NO_SUMMARY = "Skriv, hvad I talte om og aftalte."
NEW_PLAN_TITLE = "Din plan"
YOUNG_PERSON = "ung"  # the value of "the young person" in a responsible field
LINKABLE_APPOINTMENTS = 20


@dataclass(frozen=True)
class Responsible:
    staff_member_id: int | None
    is_young_person: bool


@dataclass(frozen=True)
class GoalDraft:
    plan_id: int | None  # None: make the young person's first plan
    horizon: GoalHorizon
    title: str
    description: str | None
    target_on: date | None


@dataclass(frozen=True)
class GoalChange:
    title: str
    progress: int
    status: GoalStatus


@dataclass(frozen=True)
class ActivityDraft:
    plan_id: int | None
    goal_id: int | None
    title: str
    description: str | None
    responsible: Responsible
    due_on: date | None


@dataclass(frozen=True)
class ActivityChange:
    status: ActivityStatus
    responsible: Responsible
    due_on: date | None


@dataclass(frozen=True)
class SummaryDraft:
    appointment_id: int | None
    held_at: datetime
    title: str
    summary: str


def read_plan_choice(form: FormReader, plans: Sequence[PlanView]) -> int | None:
    """The chosen plan's id; `None` when the young person has no plan yet."""
    if not plans:
        return None
    typed = form.value("plan")
    if typed not in {str(view.plan.id) for view in plans}:
        form.fail("plan", BAD_CHOICE)
        return None
    return int(typed)


async def plan_for(
    db: AsyncSession, young_person_id: int, plan_id: int | None, owner: StaffMember
) -> int:
    """The chosen plan, or a new one when the young person has none."""
    if plan_id is not None:
        return plan_id
    plan = Plan(
        young_person_id=young_person_id,
        owner_id=owner.id,
        area=PlanArea.YOUTH_EFFORT,
        title=NEW_PLAN_TITLE,
        source=Source.UNGEOVERBLIK,
    )
    db.add(plan)
    await db.flush()
    return plan.id


def read_new_goal(form: FormReader, plans: Sequence[PlanView]) -> GoalDraft | None:
    plan_id = read_plan_choice(form, plans)
    horizon = form.choice("horizon", GoalHorizon)
    title = form.text("title", 200, NO_TITLE)
    description = form.optional_text("description")
    target_on = form.day("target_on", required=False)
    if form.errors or horizon is None:
        return None
    return GoalDraft(plan_id, horizon, title, description, target_on)


async def add_goal(
    db: AsyncSession, young_person_id: int, owner: StaffMember, draft: GoalDraft
) -> Goal:
    goal = Goal(
        plan_id=await plan_for(db, young_person_id, draft.plan_id, owner),
        horizon=draft.horizon,
        title=draft.title,
        description=draft.description,
        target_on=draft.target_on,
        status=GoalStatus.OPEN,
        progress=0,
        source=Source.UNGEOVERBLIK,
    )
    db.add(goal)
    return goal


async def fetch_goal(db: AsyncSession, young_person_id: int, goal_id: int) -> Goal | None:
    """One of this young person's goals that the desk may change."""
    query = (
        select(Goal)
        .join(Plan, Plan.id == Goal.plan_id)
        .where(
            Goal.id == goal_id,
            Plan.young_person_id == young_person_id,
            Goal.source.in_(CHANGEABLE_SOURCES),
        )
    )
    return (await db.scalars(query)).one_or_none()


def goal_form(goal: Goal) -> FormReader:
    values = {"title": goal.title, "progress": str(goal.progress), "status": goal.status.value}
    return FormReader(values)


def read_goal_change(form: FormReader) -> GoalChange | None:
    title = form.text("title", 200, NO_TITLE)
    progress = form.number("progress", 0, 100)
    status = form.choice("status", GoalStatus)
    if form.errors or progress is None or status is None:
        return None
    return GoalChange(title, progress, status)


def change_goal(goal: Goal, change: GoalChange) -> None:
    goal.title = change.title
    goal.status = change.status
    # A reached goal is all the way there, whatever the slider said.
    goal.progress = 100 if change.status is GoalStatus.REACHED else change.progress


def read_responsible(
    form: FormReader, colleagues: Sequence[Contact], current_id: int | None = None
) -> Responsible:
    """Who is responsible: the young person, a colleague around them, or whoever is
    responsible now (even if their relation has ended, so an edit never moves it)."""
    typed = form.value("responsible")
    if typed == YOUNG_PERSON:
        return Responsible(None, is_young_person=True)
    staff_ids = {str(contact.relation.staff_member_id) for contact in colleagues}
    if current_id is not None:
        staff_ids.add(str(current_id))
    if typed in staff_ids:
        return Responsible(int(typed), is_young_person=False)
    if typed:
        form.fail("responsible", BAD_CHOICE)
    return Responsible(None, is_young_person=False)


def read_new_activity(
    form: FormReader, plans: Sequence[PlanView], colleagues: Sequence[Contact]
) -> ActivityDraft | None:
    plan_id = read_plan_choice(form, plans)
    goal_id = _read_goal_choice(form, plans, plan_id)
    title = form.text("title", 200, NO_TITLE)
    description = form.optional_text("description")
    responsible = read_responsible(form, colleagues)
    due_on = form.day("due_on", required=False)
    if form.errors:
        return None
    return ActivityDraft(plan_id, goal_id, title, description, responsible, due_on)


async def add_activity(
    db: AsyncSession, young_person_id: int, owner: StaffMember, draft: ActivityDraft
) -> Activity:
    activity = Activity(
        plan_id=await plan_for(db, young_person_id, draft.plan_id, owner),
        goal_id=draft.goal_id,
        title=draft.title,
        description=draft.description,
        responsible_id=draft.responsible.staff_member_id,
        responsible_is_young_person=draft.responsible.is_young_person,
        due_on=draft.due_on,
        status=ActivityStatus.PLANNED,
        source=Source.UNGEOVERBLIK,
    )
    db.add(activity)
    return activity


async def fetch_activity(
    db: AsyncSession, young_person_id: int, activity_id: int
) -> Activity | None:
    """One of this young person's activities that the desk may change."""
    query = (
        select(Activity)
        .join(Plan, Plan.id == Activity.plan_id)
        .where(
            Activity.id == activity_id,
            Plan.young_person_id == young_person_id,
            Activity.source.in_(CHANGEABLE_SOURCES),
        )
    )
    return (await db.scalars(query)).one_or_none()


def activity_form(activity: Activity) -> FormReader:
    responsible = (
        YOUNG_PERSON if activity.responsible_is_young_person else str(activity.responsible_id or "")
    )
    values = {
        "status": activity.status.value,
        "responsible": responsible,
        "due_on": activity.due_on.isoformat() if activity.due_on else "",
    }
    return FormReader(values)


def read_activity_change(
    form: FormReader, colleagues: Sequence[Contact], activity: Activity
) -> ActivityChange | None:
    status = form.choice("status", ActivityStatus)
    responsible = read_responsible(form, colleagues, activity.responsible_id)
    due_on = form.day("due_on", required=False)
    if form.errors or status is None:
        return None
    return ActivityChange(status, responsible, due_on)


def change_activity(activity: Activity, change: ActivityChange, now: datetime) -> None:
    if change.status is ActivityStatus.DONE and activity.status is not ActivityStatus.DONE:
        activity.completed_at = now
    elif change.status is not ActivityStatus.DONE:
        activity.completed_at = None
    activity.status = change.status
    activity.responsible_id = change.responsible.staff_member_id
    activity.responsible_is_young_person = change.responsible.is_young_person
    activity.due_on = change.due_on


async def linkable_appointments(
    db: AsyncSession, young_person_id: int, linked_id: int | None = None
) -> list[Appointment]:
    """The young person's latest appointments, newest first, for linking a summary,
    plus the one a summary is linked to already, so saving an edit never drops it."""
    query = (
        select(Appointment)
        .where(Appointment.young_person_id == young_person_id)
        .order_by(Appointment.starts_at.desc())
        .limit(LINKABLE_APPOINTMENTS)
    )
    latest = list((await db.scalars(query)).all())
    if linked_id is None or any(appointment.id == linked_id for appointment in latest):
        return latest
    linked = await db.scalar(
        select(Appointment).where(
            Appointment.id == linked_id, Appointment.young_person_id == young_person_id
        )
    )
    return [*latest, linked] if linked is not None else latest


def read_summary(form: FormReader, appointments: Sequence[Appointment]) -> SummaryDraft | None:
    """The summary's own fields; a new summary also reads its plan (`read_plan_choice`)."""
    appointment_id = _read_appointment_choice(form, appointments)
    held_at = form.local_moment("held_date", "held_time")
    title = form.text("title", 200, NO_TITLE)
    summary = form.text("summary", 20_000, NO_SUMMARY)
    if form.errors or held_at is None:
        return None
    return SummaryDraft(appointment_id, held_at, title, summary)


def summary_defaults(now: datetime) -> FormReader:
    return FormReader({"held_date": local_date_value(now), "held_time": local_time_value(now)})


def summary_form(summary: MeetingSummary) -> FormReader:
    values = {
        "appointment": str(summary.appointment_id or ""),
        "held_date": local_date_value(summary.held_at),
        "held_time": local_time_value(summary.held_at),
        "title": summary.title,
        "summary": summary.summary,
    }
    return FormReader(values)


async def add_summary(
    db: AsyncSession,
    young_person_id: int,
    author: StaffMember,
    plan_id: int | None,
    draft: SummaryDraft,
) -> MeetingSummary:
    summary = MeetingSummary(
        plan_id=await plan_for(db, young_person_id, plan_id, author),
        author_id=author.id,
        source=Source.UNGEOVERBLIK,
    )
    _fill_summary(summary, draft)
    db.add(summary)
    await db.flush()
    return summary


async def fetch_summary(
    db: AsyncSession, young_person_id: int, summary_id: int
) -> MeetingSummary | None:
    """One of this young person's meeting summaries that the desk may change."""
    query = (
        select(MeetingSummary)
        .join(Plan, Plan.id == MeetingSummary.plan_id)
        .where(
            MeetingSummary.id == summary_id,
            Plan.young_person_id == young_person_id,
            MeetingSummary.source.in_(CHANGEABLE_SOURCES),
        )
    )
    return (await db.scalars(query)).one_or_none()


def change_summary(summary: MeetingSummary, draft: SummaryDraft) -> None:
    _fill_summary(summary, draft)


def _fill_summary(summary: MeetingSummary, draft: SummaryDraft) -> None:
    summary.appointment_id = draft.appointment_id
    summary.held_at = draft.held_at
    summary.title = draft.title
    summary.summary = draft.summary


def _read_goal_choice(
    form: FormReader, plans: Sequence[PlanView], plan_id: int | None
) -> int | None:
    typed = form.value("goal")
    if not typed:
        return None
    goals = {str(goal.id) for view in plans if view.plan.id == plan_id for goal in view.goals}
    if typed not in goals:
        form.fail("goal", "Vælg et mål fra den samme plan.")
        return None
    return int(typed)


def _read_appointment_choice(form: FormReader, appointments: Sequence[Appointment]) -> int | None:
    typed = form.value("appointment")
    if not typed:
        return None
    if typed not in {str(appointment.id) for appointment in appointments}:
        form.fail("appointment", BAD_CHOICE)
        return None
    return int(typed)
