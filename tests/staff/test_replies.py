"""Answering what the young person sent: change requests, proposals and comments."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.database import create_session_factory, utc_now
from app.model import Activity, Appointment, Goal, GoalHorizon, Source, StaffMember
from app.overview.models import (
    Answer,
    AppointmentAnswer,
    Author,
    PlanComment,
    PlanItemKind,
    PlanProposal,
    ProposalKind,
    ProposalStatus,
)
from app.overview.service import fetch_plans
from app.staff.replies import accept_proposal
from tests.staff.conftest import Cast
from tests.staff.submit import post_form

pytestmark = pytest.mark.anyio


async def _request_for_another_time(db: AsyncSession, cast: Cast) -> int:
    starts_at = utc_now() + timedelta(days=2)
    appointment = Appointment(
        young_person_id=cast.sofie,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=1),
        title="Samtale",
        source=Source.UNGEOVERBLIK,
    )
    db.add(appointment)
    await db.flush()
    answer = AppointmentAnswer(
        appointment_id=appointment.id,
        young_person_id=cast.sofie,
        answer=Answer.NEEDS_ANOTHER_TIME,
        reason="Jeg er syg den dag.",
    )
    db.add(answer)
    await db.commit()
    return answer.id


async def _proposal(db: AsyncSession, cast: Cast, kind: ProposalKind = ProposalKind.GOAL) -> int:
    proposal = PlanProposal(
        young_person_id=cast.sofie,
        plan_id=cast.sofie_plan,
        kind=kind,
        title="Tage kørekort",
        description="Så kan jeg komme på arbejde.",
    )
    db.add(proposal)
    await db.commit()
    return proposal.id


async def _goal_with_comment(db: AsyncSession, cast: Cast) -> int:
    goal = Goal(
        plan_id=cast.sofie_plan,
        horizon=GoalHorizon.SHORT_TERM,
        title="Møde til tiden",
        source=Source.UNGEOVERBLIK,
    )
    db.add(goal)
    await db.flush()
    db.add(
        PlanComment(
            young_person_id=cast.sofie,
            item_kind=PlanItemKind.GOAL,
            item_id=goal.id,
            author=Author.YOUNG_PERSON,
            text="Bussen er tit forsinket.",
        )
    )
    await db.commit()
    return goal.id


def _waiting_on_desk(page: str) -> int:
    found = re.search(r'<span class="badge badge--warning">(\d+)</span>', page)
    return int(found.group(1)) if found else 0


async def test_what_waits_is_counted_on_the_desk_and_listed_on_the_page(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    await _request_for_another_time(db_session, cast)
    await _proposal(db_session, cast)
    await _goal_with_comment(db_session, cast)

    desk_page = await desk.get("/personale")
    page = await desk.get(f"/personale/unge/{cast.sofie}")

    assert _waiting_on_desk(desk_page.text) == 3
    assert "Venter på svar (3)" in page.text
    assert "Jeg er syg den dag." in page.text
    assert "Forslag til nyt mål: Tage kørekort" in page.text
    assert "Bussen er tit forsinket." in page.text


async def test_marking_a_request_handled_takes_it_off_the_list(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    answer_id = await _request_for_another_time(db_session, cast)

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/svar/{answer_id}/haandteret")

    assert answer.status_code == 303
    db_session.expire_all()
    handled = await db_session.get_one(AppointmentAnswer, answer_id)
    assert handled.handled_at is not None
    assert _waiting_on_desk((await desk.get("/personale")).text) == 0


async def test_a_request_answered_by_coming_after_all_no_longer_waits(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    answer_id = await _request_for_another_time(db_session, cast)
    request = await db_session.get_one(AppointmentAnswer, answer_id)
    db_session.add(
        AppointmentAnswer(
            appointment_id=request.appointment_id,
            young_person_id=cast.sofie,
            answer=Answer.COMING,
            answered_at=request.answered_at + timedelta(minutes=5),
        )
    )
    await db_session.commit()

    page = await desk.get(f"/personale/unge/{cast.sofie}")

    assert "Venter på svar (0)" in page.text


async def test_accepting_a_proposal_puts_the_goal_in_the_plan(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    proposal_id = await _proposal(db_session, cast)
    path = f"/personale/unge/{cast.sofie}/forslag/{proposal_id}"

    answer = await post_form(desk, path, {"decision": "ja", "answer": "God idé!"})
    again = await post_form(desk, path, {"decision": "ja", "answer": ""})

    assert answer.status_code == again.status_code == 303
    [plan] = await fetch_plans(db_session, cast.sofie)
    [goal] = plan.goals
    assert (goal.title, goal.description) == ("Tage kørekort", "Så kan jeg komme på arbejde.")
    assert goal.source is Source.UNGEOVERBLIK
    db_session.expire_all()
    proposal = await db_session.get_one(PlanProposal, proposal_id)
    assert proposal.status is ProposalStatus.ACCEPTED
    assert (proposal.answer, proposal.answered_by_id) == ("God idé!", cast.sara)


async def test_accepting_a_proposed_activity_gives_it_to_the_young_person(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    proposal_id = await _proposal(db_session, cast, ProposalKind.ACTIVITY)

    await post_form(desk, f"/personale/unge/{cast.sofie}/forslag/{proposal_id}", {"decision": "ja"})

    activity = (await db_session.scalars(select(Activity))).one()
    assert activity.title == "Tage kørekort"
    assert activity.responsible_is_young_person


async def test_saying_no_needs_a_reason(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    proposal_id = await _proposal(db_session, cast)
    path = f"/personale/unge/{cast.sofie}/forslag/{proposal_id}"

    without = await post_form(desk, path, {"decision": "nej", "answer": " "})
    with_reason = await post_form(
        desk, path, {"decision": "nej", "answer": "Vi tager det op næste gang."}
    )

    assert without.status_code == 400
    assert "Skriv kort, hvorfor du siger nej." in without.text
    assert with_reason.status_code == 303
    db_session.expire_all()
    proposal = await db_session.get_one(PlanProposal, proposal_id)
    assert proposal.status is ProposalStatus.DECLINED
    assert proposal.answer == "Vi tager det op næste gang."
    assert (await db_session.scalars(select(Goal))).first() is None


async def test_a_staff_comment_is_stored_and_answers_the_thread(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    goal_id = await _goal_with_comment(db_session, cast)
    form = {"item_kind": "goal", "item_id": str(goal_id), "text": "Tag bussen før. 🚌"}

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/kommentarer", form)

    assert answer.status_code == 303
    comment = (
        await db_session.scalars(select(PlanComment).where(PlanComment.author == Author.STAFF))
    ).one()
    assert (comment.text, comment.staff_member_id) == ("Tag bussen før. 🚌", cast.sara)
    assert (comment.item_kind, comment.item_id, comment.young_person_id) == (
        PlanItemKind.GOAL,
        goal_id,
        cast.sofie,
    )
    thread = await desk.get(
        f"/personale/unge/{cast.sofie}/kommentarer?item_kind=goal&item_id={goal_id}"
    )
    assert "Bussen er tit forsinket." in thread.text
    assert "Sara Holm" in thread.text
    assert _waiting_on_desk((await desk.get("/personale")).text) == 0


async def test_an_empty_comment_is_shown_again(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    goal_id = await _goal_with_comment(db_session, cast)

    answer = await post_form(
        desk,
        f"/personale/unge/{cast.sofie}/kommentarer",
        {"item_kind": "goal", "item_id": str(goal_id), "text": ""},
    )

    assert answer.status_code == 400
    assert "Skriv en kommentar." in answer.text


async def test_a_comment_on_another_young_persons_item_is_not_found(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    emils_goal = Goal(
        plan_id=cast.emil_plan,
        horizon=GoalHorizon.SHORT_TERM,
        title="Emils mål",
        source=Source.UNGEOVERBLIK,
    )
    db_session.add(emils_goal)
    await db_session.commit()

    answer = await post_form(
        desk,
        f"/personale/unge/{cast.sofie}/kommentarer",
        {"item_kind": "goal", "item_id": str(emils_goal.id), "text": "Hej"},
    )

    assert answer.status_code == 404
    assert (await db_session.scalars(select(PlanComment))).first() is None


async def test_two_tabs_accepting_at_once_make_one_goal(
    cast: Cast, db_session: AsyncSession, engine: AsyncEngine
) -> None:
    proposal_id = await _proposal(db_session, cast)
    sessions = create_session_factory(engine)
    async with sessions() as first_tab, sessions() as second_tab:
        sara = await first_tab.get_one(StaffMember, cast.sara)
        seen_by_first = await first_tab.get_one(PlanProposal, proposal_id)
        seen_by_second = await second_tab.get_one(PlanProposal, proposal_id)

        made = await accept_proposal(first_tab, seen_by_first, sara, None, utc_now())
        await first_tab.commit()
        again = await accept_proposal(second_tab, seen_by_second, sara, None, utc_now())
        await second_tab.commit()

    assert made is not None
    assert again is None
    [plan] = await fetch_plans(db_session, cast.sofie)
    assert len(plan.goals) == 1
