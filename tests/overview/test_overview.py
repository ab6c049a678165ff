"""The young person's overview: who, when, what next, and only their own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.database import create_session_factory, utc_now
from app.model import (
    Activity,
    Appointment,
    AppointmentStatus,
    Case,
    CaseStatus,
    Deadline,
    Goal,
    GoalHorizon,
    MeetingSummary,
    Organisation,
    OrganisationKind,
    Plan,
    PlanArea,
    Relation,
    RelationRole,
    Source,
    StaffMember,
    YoungPerson,
)
from app.overview.models import Answer, AppointmentAnswer
from app.staff.replies import handle_open_answers
from tests.identity.journeys import log_in_with_mitid
from tests.support.readability import lix

pytestmark = pytest.mark.anyio

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


@dataclass(frozen=True)
class World:
    next_meeting: int
    cancelled_meeting: int
    emils_meeting: int
    sofies_relation: int
    emils_relation: int
    sofies_case: int
    emils_case: int


def _from_jobcentre(source_id: str) -> dict[str, object]:
    return {"source": Source.DFDG, "source_id": source_id, "fetched_at": utc_now()}


@pytest.fixture
async def world(engine: AsyncEngine, people: None) -> World:
    async with create_session_factory(engine).begin() as db:
        sofie, emil = (await db.scalars(select(YoungPerson).order_by(YoungPerson.id))).all()
        sara = (await db.scalars(select(StaffMember))).one()
        sara.phone, sara.email = "01 23 45 67", "sara@fjordby.example"
        jobcentre = Organisation(
            kind=OrganisationKind.JOBCENTRE,
            name="Jobcenter Fjordby",
            opening_hours="Mandag til fredag kl. 9-15",
            **_from_jobcentre("org-1"),
        )
        db.add(jobcentre)
        await db.flush()
        relations = [
            Relation(
                young_person_id=sofie.id,
                staff_member_id=sara.id,
                role=RelationRole.CASEWORKER,
                is_primary=True,
                description="Hun hjælper dig med job og penge.",
                **_from_jobcentre("rel-1"),
            ),
            Relation(
                young_person_id=sofie.id,
                organisation_id=jobcentre.id,
                role=RelationRole.JOBCENTRE,
                **_from_jobcentre("rel-2"),
            ),
            Relation(
                young_person_id=emil.id,
                staff_member_id=sara.id,
                role=RelationRole.MENTOR,
                description="Emils hemmelige mentor.",
                **_from_jobcentre("rel-3"),
            ),
        ]
        db.add_all(relations)
        tomorrow_ten = _tomorrow_at(10)
        meetings = [
            _meeting(sofie, sara, "Snak om praktik", tomorrow_ten, "m-1"),
            _meeting(sofie, sara, "Aflyst møde", tomorrow_ten + timedelta(days=2), "m-2"),
            _meeting(emil, sara, "Emils hemmelige møde", tomorrow_ten, "m-3"),
        ]
        meetings[1].status = AppointmentStatus.CANCELLED
        db.add_all(meetings)
        plan = Plan(
            young_person_id=sofie.id,
            area=PlanArea.EMPLOYMENT,
            title="Din plan",
            **_from_jobcentre("plan-1"),
        )
        db.add(plan)
        await db.flush()
        db.add_all(
            [
                Goal(
                    plan_id=plan.id,
                    horizon=GoalHorizon.SHORT_TERM,
                    title="Find en praktik",
                    progress=40,
                    **_from_jobcentre("goal-1"),
                ),
                Activity(
                    plan_id=plan.id,
                    title="Skriv et CV",
                    responsible_is_young_person=True,
                    due_on=datetime.now(COPENHAGEN).date() + timedelta(days=3),
                    **_from_jobcentre("act-1"),
                ),
                MeetingSummary(
                    plan_id=plan.id,
                    held_at=utc_now() - timedelta(days=7),
                    title="Første møde",
                    summary="Vi talte om praktik.",
                    **_from_jobcentre("sum-1"),
                ),
            ]
        )
        cases = [
            Case(
                young_person_id=sofie.id,
                title="Sag",
                kle_number="15.20.01",
                status=CaseStatus.IN_PROGRESS,
                self_service_url="https://selvbetjening.example/1",
                responsible_unit="Jobcenter Fjordby",
                **_from_jobcentre("case-1"),
            ),
            Case(
                young_person_id=emil.id,
                title="Emils sag",
                kle_number="32.12.08",
                status=CaseStatus.CREATED,
                **_from_jobcentre("case-2"),
            ),
        ]
        db.add_all(cases)
        await db.flush()
        db.add(
            Deadline(
                young_person_id=sofie.id,
                case_id=cases[0].id,
                title="Send dit CV",
                due_at=tomorrow_ten + timedelta(days=1),
                **_from_jobcentre("dl-1"),
            )
        )
        await db.flush()
        return World(
            next_meeting=meetings[0].id,
            cancelled_meeting=meetings[1].id,
            emils_meeting=meetings[2].id,
            sofies_relation=relations[0].id,
            emils_relation=relations[2].id,
            sofies_case=cases[0].id,
            emils_case=cases[1].id,
        )


def _tomorrow_at(hour: int) -> datetime:
    tomorrow = datetime.now(COPENHAGEN).date() + timedelta(days=1)
    return datetime(tomorrow.year, tomorrow.month, tomorrow.day, hour, tzinfo=COPENHAGEN)


def _meeting(
    person: YoungPerson, organiser: StaffMember, title: str, start: datetime, source_id: str
) -> Appointment:
    return Appointment(
        young_person_id=person.id,
        organiser_id=organiser.id,
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        title=title,
        place="Jobcenter Fjordby, Havnegade 1, 9999 Fjordby",
        purpose="Vi finder en praktik sammen.",
        preparation="Tag dit CV med.",
        **_from_jobcentre(source_id),
    )


@pytest.fixture
async def sofie(browser: httpx.AsyncClient, world: World) -> httpx.AsyncClient:
    await log_in_with_mitid(browser, "Sofie Lund")
    return browser


def _csrf(client: httpx.AsyncClient) -> str:
    return client.cookies.get("csrftoken") or ""


async def test_the_next_meeting_says_when_where_with_whom_and_why(
    sofie: httpx.AsyncClient,
) -> None:
    page = (await sofie.get("/mit-overblik")).text

    assert "Snak om praktik" in page
    assert "i morgen kl. 10" in page
    assert "Jobcenter Fjordby, Havnegade 1" in page
    assert "openstreetmap.org/search?query=" in page
    assert "Sara Holm" in page
    assert "Vi finder en praktik sammen." in page
    assert "Tag dit CV med." in page
    assert "Jeg kommer" in page
    assert "Tilføj til kalender" in page


async def test_my_people_come_with_role_words_and_one_tap_actions(
    sofie: httpx.AsyncClient,
) -> None:
    page = (await sofie.get("/mit-overblik")).text

    assert "Sara Holm</strong></a>,\n        sagsbehandler" in page or "sagsbehandler" in page
    assert "Hun hjælper dig med job og penge." in page
    assert 'href="tel:01234567"' in page
    assert 'href="sms:01234567"' in page
    assert 'href="mailto:sara@fjordby.example"' in page
    assert "Jobcenter Fjordby" in page


async def test_the_plan_cases_and_deadlines_are_in_plain_words(
    sofie: httpx.AsyncClient,
) -> None:
    page = (await sofie.get("/mit-overblik")).text

    assert "Find en praktik" in page
    assert "40 %" in page
    assert "Skriv et CV" in page
    assert "Første møde" in page
    assert "Min Plan" in page  # the KLE title of 15.20.01, not its number
    assert "15.20.01" not in page
    assert "Vi arbejder på den" in page
    assert "Send dit CV" in page
    assert "Fra Jobcentret, hentet" in page


async def test_nothing_of_another_young_person_shows(sofie: httpx.AsyncClient) -> None:
    page = (await sofie.get("/mit-overblik")).text

    assert "Emils hemmelige" not in page
    assert "Emils sag" not in page


async def test_another_persons_details_are_not_found(
    sofie: httpx.AsyncClient, world: World
) -> None:
    for path in [
        f"/aftaler/{world.emils_meeting}",
        f"/kontakter/{world.emils_relation}",
        f"/sager/{world.emils_case}",
    ]:
        assert (await sofie.get(path)).status_code == 404, path
    answer = await sofie.post(
        f"/aftaler/{world.emils_meeting}/svar",
        data={"answer": "coming", "_csrf_token": _csrf(sofie)},
    )
    assert answer.status_code == 404


async def test_details_of_my_own_items_open(sofie: httpx.AsyncClient, world: World) -> None:
    meeting = await sofie.get(f"/aftaler/{world.next_meeting}")
    contact = await sofie.get(f"/kontakter/{world.sofies_relation}")
    case = await sofie.get(f"/sager/{world.sofies_case}")

    assert "Brug for en anden tid?" in meeting.text
    assert "Sara Holm" in contact.text
    assert 'href="tel:01234567"' in contact.text
    assert "Se din sag" in case.text
    assert "https://selvbetjening.example/1" in case.text


async def test_pages_with_personal_data_are_never_cached(sofie: httpx.AsyncClient) -> None:
    answer = await sofie.get("/mit-overblik")

    assert answer.headers["cache-control"] == "no-store"
    assert "HX-Request" in answer.headers["vary"]
    assert 'hx-history="false"' in answer.text


async def _answers(db_session: AsyncSession) -> list[AppointmentAnswer]:
    db_session.expire_all()
    return list((await db_session.scalars(select(AppointmentAnswer))).all())


async def test_jeg_kommer_through_htmx_swaps_in_the_answer(
    sofie: httpx.AsyncClient, world: World, db_session: AsyncSession
) -> None:
    answer = await sofie.post(
        f"/aftaler/{world.next_meeting}/svar",
        data={"answer": "coming"},
        headers={"hx-request": "true", "x-csrftoken": _csrf(sofie)},
    )

    assert answer.status_code == 200
    assert "<html" not in answer.text
    assert "Du har sagt: Jeg kommer." in answer.text
    [stored] = await _answers(db_session)
    assert stored.answer is Answer.COMING


async def test_asking_for_another_time_keeps_the_reason_for_the_organiser(
    sofie: httpx.AsyncClient, world: World, db_session: AsyncSession
) -> None:
    answer = await sofie.post(
        f"/aftaler/{world.next_meeting}/svar",
        data={
            "answer": "needs_another_time",
            "reason": "Jeg er til eksamen",
            "_csrf_token": _csrf(sofie),
        },
    )

    assert answer.status_code == 303
    [stored] = await _answers(db_session)
    assert stored.answer is Answer.NEEDS_ANOTHER_TIME
    assert stored.reason == "Jeg er til eksamen"
    assert "Du har bedt om en anden tid." in (await sofie.get(answer.headers["location"])).text


async def test_a_strange_answer_is_refused_in_danish_and_nothing_is_stored(
    sofie: httpx.AsyncClient, world: World, db_session: AsyncSession
) -> None:
    answer = await sofie.post(
        f"/aftaler/{world.next_meeting}/svar",
        data={"answer": "maybe", "reason": "Måske", "_csrf_token": _csrf(sofie)},
    )

    assert answer.status_code == 400
    assert "Vælg et svar" in answer.text
    assert "Måske" in answer.text  # what was typed is kept
    assert await _answers(db_session) == []


async def test_a_cancelled_meeting_cannot_be_answered(
    sofie: httpx.AsyncClient, world: World, db_session: AsyncSession
) -> None:
    page = await sofie.get(f"/aftaler/{world.cancelled_meeting}")
    assert "Mødet er aflyst." in page.text

    answer = await sofie.post(
        f"/aftaler/{world.cancelled_meeting}/svar",
        data={"answer": "coming", "_csrf_token": _csrf(sofie)},
    )

    assert answer.status_code == 400
    assert await _answers(db_session) == []


async def test_the_screens_read_easily(sofie: httpx.AsyncClient, world: World) -> None:
    for path in [
        "/mit-overblik",
        f"/aftaler/{world.next_meeting}",
        f"/kontakter/{world.sofies_relation}",
        f"/sager/{world.sofies_case}",
    ]:
        assert lix((await sofie.get(path)).text) <= 30, path


async def test_logged_out_the_overview_sends_you_to_login(
    browser: httpx.AsyncClient, world: World
) -> None:
    answer = await browser.get("/mit-overblik")

    assert answer.status_code == 303


async def test_a_moved_meeting_asks_for_a_fresh_answer(
    sofie: httpx.AsyncClient, world: World, db_session: AsyncSession
) -> None:
    await sofie.post(
        f"/aftaler/{world.next_meeting}/svar",
        data={"answer": "coming", "_csrf_token": _csrf(sofie)},
    )
    # Moving a meeting settles its answers (app.staff.appointments.move_appointment).
    await handle_open_answers(db_session, world.next_meeting, utc_now())
    await db_session.commit()

    page = (await sofie.get(f"/aftaler/{world.next_meeting}")).text

    assert "Du har sagt: Jeg kommer." not in page
    assert ">Jeg kommer</button>" in page.replace("\n", "").replace("  ", "")
