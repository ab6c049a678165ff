"""Meeting summaries, goals and activities written at the desk, read in the young person's plan."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import (
    Activity,
    ActivityStatus,
    Goal,
    GoalHorizon,
    GoalStatus,
    MeetingSummary,
    Plan,
    Relation,
    Source,
)
from app.overview.service import fetch_plans, latest_meeting_summary
from tests.staff.conftest import Cast
from tests.staff.submit import post_form

pytestmark = pytest.mark.anyio

EASY = "Vi talte om skole. Du vil gerne være tømrer. Du ringer til skolen i morgen."
HARD = (
    "Borgeren tilkendegav under samtalen betydelig usikkerhed vedrørende "
    "uddannelsesvalget, hvorfor sagsbehandleren anbefalede yderligere afklarende "
    "vejledningsforløb med henblik på fastlæggelse af realistiske uddannelsesmuligheder."
)


def _summary_form(cast: Cast, text: str) -> dict[str, str | list[str]]:
    return {
        "plan": str(cast.sofie_plan),
        "title": "Samtale i Jobcentret",
        "held_date": "2026-11-30",
        "held_time": "10:00",
        "appointment": "",
        "summary": text,
    }


async def _goal(db: AsyncSession, plan_id: int, source: Source = Source.UNGEOVERBLIK) -> int:
    goal = Goal(
        plan_id=plan_id,
        horizon=GoalHorizon.SHORT_TERM,
        title="Finde en praktikplads",
        source=source,
        source_id=None if source is Source.UNGEOVERBLIK else "uno-goal-1",
    )
    db.add(goal)
    await db.commit()
    return goal.id


async def test_a_meeting_summary_is_stored_for_the_young_person(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    answer = await post_form(
        desk, f"/personale/unge/{cast.sofie}/referater/ny", _summary_form(cast, EASY)
    )

    assert answer.status_code == 303
    assert answer.headers["location"] == f"/personale/unge/{cast.sofie}#plan"
    summary = await latest_meeting_summary(db_session, cast.sofie)
    assert summary is not None
    assert (summary.title, summary.summary) == ("Samtale i Jobcentret", EASY)
    assert summary.author_id == cast.sara
    assert summary.source is Source.UNGEOVERBLIK
    page = await desk.get(answer.headers["location"])
    assert "Du ringer til skolen i morgen." in page.text


async def test_a_hard_summary_is_stored_and_gets_a_gentle_hint(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    answer = await post_form(
        desk, f"/personale/unge/{cast.sofie}/referater/ny", _summary_form(cast, HARD)
    )

    summary = await latest_meeting_summary(db_session, cast.sofie)
    assert summary is not None
    assert summary.summary == HARD
    assert answer.headers["location"] == f"/personale/unge/{cast.sofie}/referater/{summary.id}"
    page = await desk.get(answer.headers["location"])
    assert "Teksten er svær at læse. Prøv kortere sætninger." in page.text
    easy_page = await post_form(desk, answer.headers["location"], _summary_form(cast, EASY))
    assert easy_page.headers["location"] == f"/personale/unge/{cast.sofie}#plan"


async def test_a_summary_without_text_is_shown_again_and_not_stored(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    form = {**_summary_form(cast, ""), "title": "Møde & mål"}

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/referater/ny", form)

    assert answer.status_code == 400
    assert "Skriv, hvad I talte om og aftalte." in answer.text
    assert 'value="Møde &amp; mål"' in answer.text
    count = await db_session.scalar(select(func.count()).select_from(MeetingSummary))
    assert count == 0


async def test_a_summary_cannot_go_into_another_young_persons_plan(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    form = {**_summary_form(cast, EASY), "plan": str(cast.emil_plan)}

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/referater/ny", form)

    assert answer.status_code == 400
    assert await db_session.scalar(select(func.count()).select_from(MeetingSummary)) == 0


async def test_a_new_goal_is_in_the_young_persons_plan(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    form = {
        "plan": str(cast.sofie_plan),
        "title": "Starte på en uddannelse",
        "horizon": "long_term",
        "description": "Til sommer",
        "target_on": "2027-08-01",
    }

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/maal/ny", form)

    assert answer.status_code == 303
    [plan] = await fetch_plans(db_session, cast.sofie)
    [goal] = plan.goals
    assert (goal.title, goal.horizon, goal.target_on) == (
        "Starte på en uddannelse",
        GoalHorizon.LONG_TERM,
        date(2027, 8, 1),
    )
    assert (goal.status, goal.progress, goal.source) == (GoalStatus.OPEN, 0, Source.UNGEOVERBLIK)


async def test_a_first_goal_makes_a_plan_when_there_is_none(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    await db_session.execute(delete(Plan).where(Plan.id == cast.sofie_plan))
    await db_session.commit()
    page = await desk.get(f"/personale/unge/{cast.sofie}/maal/ny")

    answer = await post_form(
        desk,
        f"/personale/unge/{cast.sofie}/maal/ny",
        {"title": "Få et job", "horizon": "short_term"},
    )

    assert "Vi laver en ny, når du gemmer." in page.text
    assert answer.status_code == 303
    [plan] = await fetch_plans(db_session, cast.sofie)
    assert plan.plan.owner_id == cast.sara
    assert [goal.title for goal in plan.goals] == ["Få et job"]


async def test_updating_a_goal_changes_progress_status_and_title(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    goal_id = await _goal(db_session, cast.sofie_plan)
    path = f"/personale/unge/{cast.sofie}/maal/{goal_id}"

    form_page = await desk.get(path)
    answer = await post_form(
        desk, path, {"title": "Finde en praktikplads i byen", "progress": "60", "status": "open"}
    )

    assert 'value="Finde en praktikplads"' in form_page.text
    assert answer.status_code == 303
    db_session.expire_all()
    goal = await db_session.get_one(Goal, goal_id)
    assert (goal.title, goal.progress, goal.status) == (
        "Finde en praktikplads i byen",
        60,
        GoalStatus.OPEN,
    )


async def test_a_goal_with_progress_out_of_range_is_refused(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    goal_id = await _goal(db_session, cast.sofie_plan)

    answer = await post_form(
        desk,
        f"/personale/unge/{cast.sofie}/maal/{goal_id}",
        {"title": "Nyt navn", "progress": "140", "status": "open"},
    )

    assert answer.status_code == 400
    assert "Skriv et tal fra 0 til 100." in answer.text
    assert 'value="140"' in answer.text
    db_session.expire_all()
    assert (await db_session.get_one(Goal, goal_id)).title == "Finde en praktikplads"


async def test_a_goal_from_a_plan_system_is_changed_there_not_here(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    goal_id = await _goal(db_session, cast.sofie_plan, Source.UNO_UNG)

    answer = await desk.get(f"/personale/unge/{cast.sofie}/maal/{goal_id}")

    assert answer.status_code == 404


async def test_a_new_activity_has_a_responsible_and_a_due_date(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    goal_id = await _goal(db_session, cast.sofie_plan)
    form = {
        "plan": str(cast.sofie_plan),
        "goal": str(goal_id),
        "title": "Skrive en ansøgning",
        "responsible": str(cast.jonas),
        "due_on": "2026-12-18",
    }

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/aktiviteter/ny", form)

    assert answer.status_code == 303
    [plan] = await fetch_plans(db_session, cast.sofie)
    [activity] = plan.activities
    assert (activity.title, activity.goal_id, activity.responsible_id) == (
        "Skrive en ansøgning",
        goal_id,
        cast.jonas,
    )
    assert activity.due_on == date(2026, 12, 18)
    assert activity.source is Source.UNGEOVERBLIK


async def test_updating_an_activity_marks_it_done(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    activity = Activity(
        plan_id=cast.sofie_plan, title="Ringe til skolen", source=Source.UNGEOVERBLIK
    )
    db_session.add(activity)
    await db_session.commit()
    activity_id = activity.id

    answer = await post_form(
        desk,
        f"/personale/unge/{cast.sofie}/aktiviteter/{activity_id}",
        {"status": "done", "responsible": "ung", "due_on": ""},
    )

    assert answer.status_code == 303
    db_session.expire_all()
    changed = await db_session.get_one(Activity, activity_id)
    assert changed.status is ActivityStatus.DONE
    assert changed.completed_at is not None
    assert changed.responsible_is_young_person
    assert changed.responsible_id is None


async def test_an_edit_keeps_a_responsible_whose_relation_has_ended(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    # Jonas no longer works with Sofie, but the activity he took on is still his.
    relation = await db_session.get_one(Relation, cast.jonas_for_sofie)
    relation.ended_on = date(2026, 1, 1)
    activity = Activity(
        plan_id=cast.sofie_plan,
        title="Finde en læreplads",
        responsible_id=cast.jonas,
        source=Source.UNGEOVERBLIK,
    )
    db_session.add(activity)
    await db_session.flush()
    activity_id = activity.id
    await db_session.commit()
    path = f"/personale/unge/{cast.sofie}/aktiviteter/{activity_id}"

    page = await desk.get(path)
    answer = await post_form(
        desk, path, {"status": "in_progress", "responsible": str(cast.jonas), "due_on": ""}
    )

    assert f'<option value="{cast.jonas}" selected>' in page.text
    assert answer.status_code == 303
    db_session.expire_all()
    changed = await db_session.get_one(Activity, activity_id)
    assert changed.status is ActivityStatus.IN_PROGRESS
    assert changed.responsible_id == cast.jonas
