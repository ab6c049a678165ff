"""The young person's plan: reading it, ticking off, commenting, proposing; only their own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.database import create_session_factory, utc_now
from app.model import (
    Activity,
    ActivityStatus,
    Goal,
    GoalHorizon,
    MeetingSummary,
    Plan,
    PlanArea,
    Source,
    StaffMember,
    YoungPerson,
)
from app.overview.models import (
    Author,
    PlanComment,
    PlanItemKind,
    PlanProposal,
    ProposalKind,
    ProposalStatus,
)
from tests.identity.journeys import csrf_token, log_in_with_mitid
from tests.support.readability import lix

pytestmark = pytest.mark.anyio

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
HTMX = {"HX-Request": "true"}


@dataclass(frozen=True)
class Plans:
    sofies_plan: int
    sofies_goal: int
    sofies_activity: int
    saras_activity: int
    sofies_summary: int
    emils_plan: int
    emils_goal: int
    emils_activity: int
    emils_summary: int


def _row(source_id: str) -> dict[str, object]:
    return {"source": Source.UNO_UNG, "source_id": source_id, "fetched_at": utc_now()}


@pytest.fixture
async def plans(engine: AsyncEngine, people: None) -> Plans:
    """Sofie's plan with one activity for her and one for Sara; Emil's plan beside it."""
    async with create_session_factory(engine).begin() as db:
        sofie, emil = (await db.scalars(select(YoungPerson).order_by(YoungPerson.id))).all()
        sara = (await db.scalars(select(StaffMember))).one()
        tomorrow = datetime.now(COPENHAGEN).date() + timedelta(days=1)

        sofies_plan = Plan(
            young_person_id=sofie.id, area=PlanArea.EMPLOYMENT, title="Vejen til job", **_row("p1")
        )
        emils_plan = Plan(
            young_person_id=emil.id, area=PlanArea.EDUCATION, title="Emils plan", **_row("p2")
        )
        db.add_all([sofies_plan, emils_plan])
        await db.flush()
        short_goal = Goal(
            plan_id=sofies_plan.id,
            horizon=GoalHorizon.SHORT_TERM,
            title="Find en praktik",
            progress=60,
            **_row("g1"),
        )
        emils_goal = Goal(
            plan_id=emils_plan.id,
            horizon=GoalHorizon.SHORT_TERM,
            title="Emils hemmelige mål",
            **_row("g3"),
        )
        db.add_all(
            [
                short_goal,
                emils_goal,
                Goal(
                    plan_id=sofies_plan.id,
                    horizon=GoalHorizon.LONG_TERM,
                    title="Få et fast job",
                    progress=10,
                    **_row("g2"),
                ),
            ]
        )
        await db.flush()
        own = Activity(
            plan_id=sofies_plan.id,
            goal_id=short_goal.id,
            title="Skriv et CV",
            responsible_is_young_person=True,
            due_on=tomorrow,
            **_row("a1"),
        )
        saras = Activity(
            plan_id=sofies_plan.id,
            title="Ring til praktikstedet",
            responsible_id=sara.id,
            due_on=tomorrow + timedelta(days=20),
            **_row("a2"),
        )
        emils = Activity(
            plan_id=emils_plan.id,
            title="Emils hemmelige aktivitet",
            responsible_is_young_person=True,
            **_row("a3"),
        )
        first = _summary(sofies_plan, sara, "Første møde", days_ago=14, source_id="s1")
        second = _summary(sofies_plan, sara, "Andet møde", days_ago=2, source_id="s2")
        emils_summary = _summary(emils_plan, sara, "Emils referat", days_ago=1, source_id="s3")
        db.add_all([own, saras, emils, first, second, emils_summary])
        await db.flush()
        return Plans(
            sofies_plan=sofies_plan.id,
            sofies_goal=short_goal.id,
            sofies_activity=own.id,
            saras_activity=saras.id,
            sofies_summary=second.id,
            emils_plan=emils_plan.id,
            emils_goal=emils_goal.id,
            emils_activity=emils.id,
            emils_summary=emils_summary.id,
        )


def _summary(
    plan: Plan, author: StaffMember, title: str, days_ago: int, source_id: str
) -> MeetingSummary:
    return MeetingSummary(
        plan_id=plan.id,
        author_id=author.id,
        held_at=utc_now() - timedelta(days=days_ago),
        title=title,
        summary="Vi talte om din uge.\n\nDu vil gerne i praktik i en butik.",
        **_row(source_id),
    )


@pytest.fixture
async def sofie(browser: httpx.AsyncClient, plans: Plans) -> httpx.AsyncClient:
    """The browser, logged in as Sofie, with a CSRF cookie from a first page."""
    await log_in_with_mitid(browser, "Sofie Lund")
    assert (await browser.get("/plan")).status_code == 200
    return browser


async def _post(
    client: httpx.AsyncClient, path: str, form: dict[str, str], *, htmx: bool = False
) -> httpx.Response:
    headers = {**HTMX, "X-CSRFToken": csrf_token(client)} if htmx else {}
    return await client.post(
        path, data={**form, "_csrf_token": csrf_token(client)}, headers=headers
    )


async def _activity(db: AsyncSession, activity_id: int) -> Activity:
    db.expire_all()
    activity = await db.get(Activity, activity_id)
    assert activity is not None
    return activity


async def _count(db: AsyncSession, model: type[PlanComment] | type[PlanProposal]) -> int:
    return (await db.scalar(select(func.count()).select_from(model))) or 0


def _card(page: str, element_id: str) -> str:
    """The HTML of the card with this id, up to its closing tag."""
    match = re.search(rf'<li[^>]*id="{element_id}".*?</li>', page, re.S)
    assert match, f"no card {element_id}"
    return match.group(0)


async def test_the_plan_shows_goals_activities_who_and_summaries(
    sofie: httpx.AsyncClient, plans: Plans
) -> None:
    page = await sofie.get("/plan")

    text = page.text
    assert page.status_code == 200
    assert "Vejen til job" in text
    assert "Fra Jobcentret" in text
    assert "Mål på kort sigt" in text
    assert "Mål på lang sigt" in text
    assert "Find en praktik" in text
    assert 'value="60"' in text
    assert "60 % nået" in text
    own = _card(text, f"activity-{plans.sofies_activity}")
    assert "Skriv et CV" in own
    assert "<dd>Dig</dd>" in own
    assert "i morgen" in own
    saras = _card(text, f"activity-{plans.saras_activity}")
    assert "<dd>Sara Holm</dd>" in saras
    assert "Jeg har gjort det" not in saras
    assert text.index("Andet møde") < text.index("Første møde")
    assert "Du vil gerne i praktik i en butik." in text
    assert "Foreslå et mål" in text
    assert "Foreslå en aktivitet" in text


async def test_pages_with_personal_data_are_not_stored_and_vary_by_htmx(
    sofie: httpx.AsyncClient, plans: Plans
) -> None:
    for path in ["/plan", f"/maal/{plans.sofies_goal}"]:
        page = await sofie.get(path)

        assert "no-store" in page.headers["cache-control"]
        assert "HX-Request" in page.headers["vary"]


async def test_ticking_off_own_activity_marks_it_done(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    path = f"/aktiviteter/{plans.sofies_activity}/udfoert"
    answer = await _post(sofie, path, {"tilbage": f"/plan#activity-{plans.sofies_activity}"})

    assert answer.status_code == 303
    assert answer.headers["location"] == f"/plan#activity-{plans.sofies_activity}"
    activity = await _activity(db_session, plans.sofies_activity)
    assert activity.status is ActivityStatus.DONE
    assert activity.completed_at is not None
    card = _card((await sofie.get("/plan")).text, f"activity-{plans.sofies_activity}")
    assert "Udført" in card
    assert "Fortryd" in card


async def test_an_activity_can_be_unticked(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    await _post(sofie, f"/aktiviteter/{plans.sofies_activity}/udfoert", {})

    answer = await _post(sofie, f"/aktiviteter/{plans.sofies_activity}/ikke-udfoert", {})

    assert answer.status_code == 303
    assert answer.headers["location"] == "/plan"
    activity = await _activity(db_session, plans.sofies_activity)
    assert activity.status is ActivityStatus.PLANNED
    assert activity.completed_at is None


async def test_ticking_off_an_activity_staff_is_responsible_for_is_refused(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    answer = await _post(sofie, f"/aktiviteter/{plans.saras_activity}/udfoert", {})

    assert answer.status_code == 403
    assert "Sara Holm står for den aktivitet" in answer.text
    assert (await _activity(db_session, plans.saras_activity)).status is ActivityStatus.PLANNED


async def test_ticking_off_another_persons_activity_is_not_found(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    answer = await _post(sofie, f"/aktiviteter/{plans.emils_activity}/udfoert", {})

    assert answer.status_code == 404
    assert (await _activity(db_session, plans.emils_activity)).status is ActivityStatus.PLANNED


async def test_htmx_tick_off_gets_the_fragment_and_plain_gets_a_redirect(
    sofie: httpx.AsyncClient, plans: Plans
) -> None:
    path = f"/aktiviteter/{plans.sofies_activity}/udfoert"

    fragment = await _post(sofie, path, {"tilbage": "/plan"}, htmx=True)

    assert fragment.status_code == 200
    assert "<html" not in fragment.text
    assert "Udført" in fragment.text
    assert f'id="activity-{plans.sofies_activity}-button"' in fragment.text
    assert "HX-Request" in fragment.headers["vary"]
    assert "no-store" in fragment.headers["cache-control"]
    assert (await _post(sofie, path, {})).status_code == 303


async def test_a_comment_is_saved_and_shown_as_yours_after_older_ones(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    sara = (await db_session.scalars(select(StaffMember))).one()
    person = (await db_session.scalars(select(YoungPerson).order_by(YoungPerson.id))).first()
    assert person is not None
    db_session.add(
        PlanComment(
            young_person_id=person.id,
            item_kind=PlanItemKind.GOAL,
            item_id=plans.sofies_goal,
            author=Author.STAFF,
            staff_member_id=sara.id,
            text="Godt gået med ansøgningen.",
            written_at=utc_now() - timedelta(hours=1),
        )
    )
    await db_session.commit()
    form = {"item_kind": "goal", "item_id": str(plans.sofies_goal), "text": "  Tak for hjælpen  "}

    answer = await _post(sofie, "/kommentarer", form)

    assert answer.status_code == 303
    assert answer.headers["location"] == f"/maal/{plans.sofies_goal}#comments"
    page = (await sofie.get(f"/maal/{plans.sofies_goal}")).text
    assert "<strong>Sara Holm</strong>" in page
    assert "<strong>Dig</strong>" in page
    assert page.index("Godt gået med ansøgningen.") < page.index("Tak for hjælpen")
    [saved] = (
        await db_session.scalars(
            select(PlanComment).where(PlanComment.author == Author.YOUNG_PERSON)
        )
    ).all()
    assert saved.text == "Tak for hjælpen"
    assert saved.item_kind is PlanItemKind.GOAL


async def test_an_empty_comment_is_refused_and_nothing_is_written(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    form = {"item_kind": "activity", "item_id": str(plans.sofies_activity), "text": "   "}

    answer = await _post(sofie, "/kommentarer", form)

    assert answer.status_code == 400
    assert "Skriv en kommentar først." in answer.text
    assert 'aria-invalid="true"' in answer.text
    assert "Skriv et CV" in answer.text
    assert await _count(db_session, PlanComment) == 0


async def test_a_too_long_comment_is_shown_again_as_typed(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    text = "ord " * 600
    form = {"item_kind": "meeting_summary", "item_id": str(plans.sofies_summary), "text": text}

    answer = await _post(sofie, "/kommentarer", form)

    assert answer.status_code == 400
    assert "Din kommentar er for lang." in answer.text
    assert text.strip() in answer.text
    assert await _count(db_session, PlanComment) == 0


async def test_a_comment_on_the_whole_plan_goes_back_to_the_plan(
    sofie: httpx.AsyncClient, plans: Plans
) -> None:
    form = {
        "item_kind": "plan",
        "item_id": str(plans.sofies_plan),
        "text": "Jeg er glad for planen",
    }

    answer = await _post(sofie, "/kommentarer", form)

    assert answer.headers["location"] == f"/plan#plan-{plans.sofies_plan}"
    assert "Jeg er glad for planen" in (await sofie.get("/plan")).text


@pytest.mark.parametrize(
    ("kind", "item"),
    [
        ("plan", "emils_plan"),
        ("goal", "emils_goal"),
        ("activity", "emils_activity"),
        ("meeting_summary", "emils_summary"),
        ("appointment", "sofies_goal"),
    ],
)
async def test_a_comment_on_what_is_not_yours_is_not_found(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession, kind: str, item: str
) -> None:
    form = {"item_kind": kind, "item_id": str(getattr(plans, item)), "text": "Hej"}

    answer = await _post(sofie, "/kommentarer", form)

    assert answer.status_code == 404
    assert await _count(db_session, PlanComment) == 0


async def test_htmx_comment_gets_the_comment_list(sofie: httpx.AsyncClient, plans: Plans) -> None:
    form = {"item_kind": "activity", "item_id": str(plans.sofies_activity), "text": "Jeg er i gang"}

    fragment = await _post(sofie, "/kommentarer", form, htmx=True)

    assert fragment.status_code == 200
    assert "<html" not in fragment.text
    assert f'id="comments-activity-{plans.sofies_activity}"' in fragment.text
    assert "Jeg er i gang" in fragment.text
    assert "<strong>Dig</strong>" in fragment.text
    assert "Din kommentar er sendt." in fragment.text


async def test_htmx_empty_comment_gets_the_form_again_with_the_message(
    sofie: httpx.AsyncClient, plans: Plans
) -> None:
    form = {"item_kind": "goal", "item_id": str(plans.sofies_goal), "text": ""}

    fragment = await _post(sofie, "/kommentarer", form, htmx=True)

    assert fragment.status_code == 400
    assert "<html" not in fragment.text
    assert "Skriv en kommentar først." in fragment.text


async def test_a_proposal_is_stored_for_staff_and_shown_as_proposed(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    form = {"kind": "activity", "title": "Besøg en butik", "description": "Jeg kender en."}

    answer = await _post(sofie, f"/plan/{plans.sofies_plan}/forslag", form)

    assert answer.status_code == 303
    assert answer.headers["location"] == f"/plan#proposals-{plans.sofies_plan}"
    [proposal] = (await db_session.scalars(select(PlanProposal))).all()
    assert proposal.plan_id == plans.sofies_plan
    assert proposal.kind is ProposalKind.ACTIVITY
    assert proposal.status is ProposalStatus.PROPOSED
    assert (proposal.title, proposal.description) == ("Besøg en butik", "Jeg kender en.")
    page = (await sofie.get("/plan")).text
    assert "Besøg en butik" in page
    assert "Foreslået" in page


async def test_a_proposal_without_a_title_keeps_what_was_typed(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    form = {"kind": "goal", "title": "  ", "description": "Jeg vil gerne lære at køre bil."}

    answer = await _post(sofie, f"/plan/{plans.sofies_plan}/forslag", form)

    assert answer.status_code == 400
    assert "Skriv kort, hvad du foreslår." in answer.text
    assert "Jeg vil gerne lære at køre bil." in answer.text
    assert await _count(db_session, PlanProposal) == 0


async def test_a_proposal_with_a_too_long_title_is_refused(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    form = {"kind": "goal", "title": "x" * 201}

    answer = await _post(sofie, f"/plan/{plans.sofies_plan}/forslag", form)

    assert answer.status_code == 400
    assert "Skriv højst 200 tegn." in answer.text
    assert await _count(db_session, PlanProposal) == 0


async def test_a_proposal_to_another_persons_plan_is_not_found(
    sofie: httpx.AsyncClient, plans: Plans, db_session: AsyncSession
) -> None:
    form = {"kind": "goal", "title": "Noget"}

    answer = await _post(sofie, f"/plan/{plans.emils_plan}/forslag", form)

    assert answer.status_code == 404
    assert await _count(db_session, PlanProposal) == 0


@pytest.mark.parametrize(
    ("path", "item"),
    [
        ("/maal/{}", "emils_goal"),
        ("/aktiviteter/{}", "emils_activity"),
        ("/referater/{}", "emils_summary"),
    ],
)
async def test_another_persons_plan_items_are_not_found(
    sofie: httpx.AsyncClient, plans: Plans, path: str, item: str
) -> None:
    answer = await sofie.get(path.format(getattr(plans, item)))

    assert answer.status_code == 404
    assert "Emil" not in answer.text


async def test_the_plan_never_shows_another_persons_plan(
    sofie: httpx.AsyncClient, plans: Plans
) -> None:
    page = (await sofie.get("/plan")).text

    assert "Vejen til job" in page
    assert "Emil" not in page


async def test_the_detail_pages_show_the_item(sofie: httpx.AsyncClient, plans: Plans) -> None:
    goal = (await sofie.get(f"/maal/{plans.sofies_goal}")).text
    activity = (await sofie.get(f"/aktiviteter/{plans.sofies_activity}")).text
    summary = (await sofie.get(f"/referater/{plans.sofies_summary}")).text

    assert "Et mål på kort sigt" in goal
    assert "Skriv et CV" in goal
    assert "Jeg har gjort det" in activity
    assert "Find en praktik" in activity
    assert "Andet møde" in summary
    assert "Af Sara Holm" in summary
    assert "<p>Du vil gerne i praktik i en butik.</p>" in summary


async def test_the_plan_needs_a_login(browser: httpx.AsyncClient, plans: Plans) -> None:
    answer = await browser.get("/plan")

    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/log-ind?tilbage=")


async def test_plan_screens_are_plain_danish_without_inline_script(
    sofie: httpx.AsyncClient, plans: Plans
) -> None:
    paths = [
        "/plan",
        f"/maal/{plans.sofies_goal}",
        f"/aktiviteter/{plans.sofies_activity}",
        f"/referater/{plans.sofies_summary}",
    ]
    for path in paths:
        page = (await sofie.get(path)).text

        assert lix(page) <= 30, path
        assert re.search(r"<script(?![^>]*\bsrc=)", page) is None, path
        assert "<style" not in page, path
        assert " style=" not in page, path
        assert re.search(r"\son[a-z]+=", page) is None, path
        assert "htmx-2.0.11.min.js" in page, path
