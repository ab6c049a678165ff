"""Keeping a young person's plan from the desk: meeting summaries, goals and activities."""

from __future__ import annotations

from typing import Any

from litestar import Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from litestar.response import Redirect
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.guards import StaffSession
from app.model import (
    Activity,
    ActivityStatus,
    Goal,
    GoalHorizon,
    GoalStatus,
    MeetingSummary,
    StaffMember,
    YoungPerson,
)
from app.overview.service import fetch_plans
from app.staff import plans
from app.staff.colleagues import fetch_colleagues
from app.staff.forms import FormData, FormReader
from app.staff.pages import back_to, form_page
from app.staff.readability import is_hard_to_read

NEW_SUMMARY = "/unge/{young_person_id:int}/referater/ny"
SUMMARY = "/unge/{young_person_id:int}/referater/{summary_id:int}"
NEW_GOAL = "/unge/{young_person_id:int}/maal/ny"
GOAL = "/unge/{young_person_id:int}/maal/{goal_id:int}"
NEW_ACTIVITY = "/unge/{young_person_id:int}/aktiviteter/ny"
ACTIVITY = "/unge/{young_person_id:int}/aktiviteter/{activity_id:int}"


@get(NEW_SUMMARY)
async def new_summary_form(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
) -> Response[Any]:
    form = plans.summary_defaults(utc_now())
    return await _summary_page(db_session, staff, young_person_in_view, form)


@post(NEW_SUMMARY)
async def add_summary(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    person, form = young_person_in_view, FormReader(data)
    plan_id = plans.read_plan_choice(form, await fetch_plans(db_session, person.id))
    draft = plans.read_summary(form, await plans.linkable_appointments(db_session, person.id))
    if draft is None or form.errors:
        return await _summary_page(db_session, staff, person, form)
    summary = await plans.add_summary(db_session, person.id, staff.member, plan_id, draft)
    return _after_summary(person, summary)


@get(SUMMARY)
async def summary_form(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    summary_id: FromPath[int],
) -> Response[Any]:
    summary = await _summary(db_session, young_person_in_view, summary_id)
    form = plans.summary_form(summary)
    return await _summary_page(db_session, staff, young_person_in_view, form, summary)


@post(SUMMARY)
async def change_summary(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    summary_id: FromPath[int],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    person, form = young_person_in_view, FormReader(data)
    summary = await _summary(db_session, person, summary_id)
    appointments = await plans.linkable_appointments(db_session, person.id, summary.appointment_id)
    draft = plans.read_summary(form, appointments)
    if draft is None:
        return await _summary_page(db_session, staff, person, form, summary)
    plans.change_summary(summary, draft)
    return _after_summary(person, summary)


@get(NEW_GOAL)
async def new_goal_form(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
) -> Response[Any]:
    form = FormReader({"horizon": GoalHorizon.SHORT_TERM.value})
    return await _new_goal_page(db_session, staff, young_person_in_view, form)


@post(NEW_GOAL)
async def add_goal(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    person, form = young_person_in_view, FormReader(data)
    draft = plans.read_new_goal(form, await fetch_plans(db_session, person.id))
    if draft is None:
        return await _new_goal_page(db_session, staff, person, form)
    await plans.add_goal(db_session, person.id, staff.member, draft)
    return back_to(person, "plan")


@get(GOAL)
async def goal_form(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    goal_id: FromPath[int],
) -> Response[Any]:
    goal = await _goal(db_session, young_person_in_view, goal_id)
    form = plans.goal_form(goal)
    return await _goal_page(db_session, staff, young_person_in_view, goal, form)


@post(GOAL)
async def change_goal(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    goal_id: FromPath[int],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    person, form = young_person_in_view, FormReader(data)
    goal = await _goal(db_session, person, goal_id)
    change = plans.read_goal_change(form)
    if change is None:
        return await _goal_page(db_session, staff, person, goal, form)
    plans.change_goal(goal, change)
    return back_to(person, "plan")


@get(NEW_ACTIVITY)
async def new_activity_form(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
) -> Response[Any]:
    form = FormReader({"responsible": plans.YOUNG_PERSON})
    return await _new_activity_page(db_session, staff, young_person_in_view, form)


@post(NEW_ACTIVITY)
async def add_activity(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    person, form = young_person_in_view, FormReader(data)
    draft = plans.read_new_activity(
        form,
        await fetch_plans(db_session, person.id),
        await fetch_colleagues(db_session, person.id),
    )
    if draft is None:
        return await _new_activity_page(db_session, staff, person, form)
    await plans.add_activity(db_session, person.id, staff.member, draft)
    return back_to(person, "plan")


@get(ACTIVITY)
async def activity_form(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    activity_id: FromPath[int],
) -> Response[Any]:
    activity = await _activity(db_session, young_person_in_view, activity_id)
    form = plans.activity_form(activity)
    return await _activity_page(db_session, staff, young_person_in_view, activity, form)


@post(ACTIVITY)
async def change_activity(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    activity_id: FromPath[int],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    person, form = young_person_in_view, FormReader(data)
    activity = await _activity(db_session, person, activity_id)
    colleagues = await fetch_colleagues(db_session, person.id)
    change = plans.read_activity_change(form, colleagues, activity)
    if change is None:
        return await _activity_page(db_session, staff, person, activity, form)
    plans.change_activity(activity, change, utc_now())
    return back_to(person, "plan")


def _after_summary(person: YoungPerson, summary: MeetingSummary) -> Redirect:
    """A hard text goes back to its own page, where the hint asks for shorter sentences."""
    if is_hard_to_read(summary.summary):
        target = f"/personale/unge/{person.id}/referater/{summary.id}"
        return Redirect(target, status_code=HTTP_303_SEE_OTHER)
    return back_to(person, "plan")


async def _summary(db: AsyncSession, person: YoungPerson, summary_id: int) -> MeetingSummary:
    found = await plans.fetch_summary(db, person.id, summary_id)
    if found is None:
        raise NotFoundException()
    return found


async def _goal(db: AsyncSession, person: YoungPerson, goal_id: int) -> Goal:
    found = await plans.fetch_goal(db, person.id, goal_id)
    if found is None:
        raise NotFoundException()
    return found


async def _activity(db: AsyncSession, person: YoungPerson, activity_id: int) -> Activity:
    found = await plans.fetch_activity(db, person.id, activity_id)
    if found is None:
        raise NotFoundException()
    return found


async def _summary_page(
    db: AsyncSession,
    staff: StaffSession,
    person: YoungPerson,
    form: FormReader,
    summary: MeetingSummary | None = None,
) -> Response[Any]:
    return await form_page(
        db,
        staff,
        "summary_form.html",
        form,
        person=person,
        summary=summary,
        plans=await fetch_plans(db, person.id),
        appointments=await plans.linkable_appointments(
            db, person.id, summary.appointment_id if summary else None
        ),
        hard_to_read=is_hard_to_read(form.value("summary")),
    )


async def _new_goal_page(
    db: AsyncSession, staff: StaffSession, person: YoungPerson, form: FormReader
) -> Response[Any]:
    return await form_page(
        db,
        staff,
        "goal_form.html",
        form,
        person=person,
        plans=await fetch_plans(db, person.id),
        horizons=GoalHorizon,
    )


async def _goal_page(
    db: AsyncSession, staff: StaffSession, person: YoungPerson, goal: Goal, form: FormReader
) -> Response[Any]:
    return await form_page(
        db, staff, "goal_change.html", form, person=person, goal=goal, statuses=GoalStatus
    )


async def _new_activity_page(
    db: AsyncSession, staff: StaffSession, person: YoungPerson, form: FormReader
) -> Response[Any]:
    return await form_page(
        db,
        staff,
        "activity_form.html",
        form,
        person=person,
        plans=await fetch_plans(db, person.id),
        colleagues=await fetch_colleagues(db, person.id),
    )


async def _activity_page(
    db: AsyncSession,
    staff: StaffSession,
    person: YoungPerson,
    activity: Activity,
    form: FormReader,
) -> Response[Any]:
    return await form_page(
        db,
        staff,
        "activity_change.html",
        form,
        person=person,
        activity=activity,
        statuses=ActivityStatus,
        colleagues=await fetch_colleagues(db, person.id),
        current_responsible=await _current_responsible(db, activity),
    )


async def _current_responsible(db: AsyncSession, activity: Activity) -> StaffMember | None:
    if activity.responsible_id is None:
        return None
    return await db.get(StaffMember, activity.responsible_id)


PLAN_ROUTES = [
    new_summary_form,
    add_summary,
    summary_form,
    change_summary,
    new_goal_form,
    add_goal,
    goal_form,
    change_goal,
    new_activity_form,
    add_activity,
    activity_form,
    change_activity,
]
