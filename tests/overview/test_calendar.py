"""Appointments in the phone's calendar: one file per appointment, and a private feed.

Cast: Sofie, who has appointments and a calendar; Emil, whose appointment she must
never see. Sofie is logged in through a real server-side session (the same cookie a
MitID login sets); a calendar app fetching the feed carries no cookie at all.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from icalendar import Calendar, Event
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.database import create_session_factory, utc_now
from app.identity import sessions
from app.identity.models import AuthMethod, SessionKind
from app.main import create_app
from app.model import (
    Appointment,
    AppointmentParticipant,
    AppointmentStatus,
    Municipality,
    Source,
    StaffMember,
    YoungPerson,
)
from app.model.cpr import Cpr, CprKeys
from app.overview.models import CalendarFeed
from app.settings import Settings
from tests.support.readability import lix

pytestmark = pytest.mark.anyio

FEED_LINK = re.compile(r"webcal://localhost:8000/kalender/feed/([A-Za-z0-9_-]+)\.ics")
CSRF_FIELD = re.compile(r'name="_csrf_token" value="([^"]+)"')
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>")


@dataclass(frozen=True)
class Cast:
    sofie_id: int
    emil_id: int
    meeting_id: int  # Sofie's next meeting
    cancelled_id: int  # Sofie's, cancelled
    old_id: int  # Sofie's, two months ago: outside the feed
    emils_id: int  # Emil's meeting


@pytest.fixture
def sessions_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return create_session_factory(engine)


@pytest.fixture
async def cast(sessions_factory: async_sessionmaker[AsyncSession], cpr_keys: CprKeys) -> Cast:
    async with sessions_factory.begin() as db:
        fjordby = Municipality(code="0999", name="Fjordby Kommune")
        db.add(fjordby)
        await db.flush()
        sofie = _young_person(fjordby, "Sofie Lund", Cpr.parse("6104094512"), cpr_keys)
        emil = _young_person(fjordby, "Emil Sørensen", Cpr.parse("7011064321"), cpr_keys)
        sara = StaffMember(
            municipality_id=fjordby.id,
            name="Sara Holm",
            title="Sagsbehandler",
            email="sara.holm@fjordby.dk",
            source=Source.DEMO,
            source_id="staff-sara",
        )
        db.add_all([sofie, emil, sara])
        await db.flush()
        soon = _hour(days=2)
        meeting = _appointment(sofie, sara, "Samtale om uddannelse", soon)
        meeting.place, meeting.room = "Jobcenter Fjordby, Torvet 1", "Lokale 4"
        meeting.purpose = "Vi taler om, hvad du vil efter sommer."
        meeting.agenda = "Din plan. Skoler du kan søge."
        meeting.preparation = "Tænk over tre ting, du er god til."
        meeting.online_link = "https://meet.fjordby.dk/sofie"
        meeting.participants = [AppointmentParticipant(name="Jonas Berg", role="mentor")]
        cancelled = _appointment(sofie, sara, "Praktikbesøg", _hour(days=5))
        cancelled.status = AppointmentStatus.CANCELLED
        cancelled.sequence = 1
        old = _appointment(sofie, sara, "Første møde", _hour(days=-60))
        emils = _appointment(emil, sara, "Emils møde", soon)
        db.add_all([meeting, cancelled, old, emils])
        await db.flush()
        return Cast(sofie.id, emil.id, meeting.id, cancelled.id, old.id, emils.id)


@pytest.fixture
async def sofie(
    cast: Cast,
    settings: Settings,
    sessions_factory: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncTestClient[Litestar]]:
    """Sofie's phone, logged in as a MitID login would leave it."""
    subject = sessions.Subject(SessionKind.YOUNG_PERSON, cast.sofie_id, AuthMethod.MITID)
    async with sessions_factory.begin() as db:
        _, token = await sessions.log_in(db, settings, None, subject, utc_now())
    async with AsyncTestClient(app=create_app(settings)) as client:
        client.cookies.set(sessions.SessionCookie.for_settings(settings).name, token)
        yield client


@pytest.fixture
async def calendar_app(settings: Settings) -> AsyncIterator[AsyncTestClient[Litestar]]:
    """A calendar app fetching the feed: no session, no cookies (and its own app process)."""
    async with AsyncTestClient(app=create_app(settings)) as client:
        yield client


async def test_an_appointment_downloads_as_one_event(
    sofie: AsyncTestClient[Litestar], cast: Cast
) -> None:
    answer = await sofie.get(f"/aftaler/{cast.meeting_id}/kalender.ics")

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/calendar; charset=utf-8"
    assert answer.headers["content-disposition"] == 'attachment; filename="aftale.ics"'
    assert answer.headers["cache-control"] == "no-store"
    [event] = _events(answer.content)
    assert str(event["uid"]) == f"aftale-{cast.meeting_id}@localhost"
    assert event["sequence"] == 0
    assert event["status"] == "CONFIRMED"
    assert event.decoded("dtstart") == _hour(days=2)
    assert event.decoded("dtend") == _hour(days=2) + timedelta(hours=1)
    assert event["summary"] == "Samtale om uddannelse"
    assert event["location"] == "Jobcenter Fjordby, Torvet 1, Lokale 4"
    assert event["url"] == "https://meet.fjordby.dk/sofie"
    assert event["organizer"] == "mailto:sara.holm@fjordby.dk"
    assert event["organizer"].params["cn"] == "Sara Holm"


async def test_the_event_tells_why_and_what_to_prepare(
    sofie: AsyncTestClient[Litestar], cast: Cast
) -> None:
    answer = await sofie.get(f"/aftaler/{cast.meeting_id}/kalender.ics")

    description = str(_events(answer.content)[0]["description"])
    assert "Formål:\nVi taler om, hvad du vil efter sommer." in description
    assert "Dagsorden:\nDin plan. Skoler du kan søge." in description
    assert "Det skal du forberede:\nTænk over tre ting, du er god til." in description
    assert "Med:\nSara Holm, Jonas Berg (mentor)" in description


async def test_another_persons_appointment_is_not_found(
    sofie: AsyncTestClient[Litestar], cast: Cast
) -> None:
    answer = await sofie.get(f"/aftaler/{cast.emils_id}/kalender.ics")

    assert answer.status_code == 404
    assert "Emils møde" not in answer.text


async def test_without_login_the_download_sends_you_to_log_in(
    calendar_app: AsyncTestClient[Litestar], cast: Cast
) -> None:
    answer = await calendar_app.get(
        f"/aftaler/{cast.meeting_id}/kalender.ics", follow_redirects=False
    )

    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/log-ind?")


async def test_the_calendar_page_explains_and_offers_a_link(
    sofie: AsyncTestClient[Litestar],
) -> None:
    page = await sofie.get("/kalender")

    assert page.status_code == 200
    assert "Lav et link" in page.text
    assert "Alle, der har det, kan se dine møder." in page.text
    assert "webcal://" not in page.text
    _assert_plain_and_strict(page.text)


async def test_a_new_link_is_shown_once(
    sofie: AsyncTestClient[Litestar], sessions_factory: async_sessionmaker[AsyncSession]
) -> None:
    made = await _make_link(sofie)

    assert made.status_code == 200
    assert made.headers["cache-control"] == "no-store"
    token = FEED_LINK.findall(made.text)[0]
    assert f'value="http://localhost:8000/kalender/feed/{token}.ics"' in made.text
    assert "Vi viser det kun denne ene gang." in made.text
    _assert_plain_and_strict(made.text)
    later = await sofie.get("/kalender")
    assert token not in later.text
    assert "Du har et link." in later.text
    assert "Lav et nyt link" in later.text
    assert "Stop linket" in later.text
    _assert_plain_and_strict(later.text)
    async with sessions_factory() as db:
        feed = (await db.scalars(select(CalendarFeed))).one()
    assert feed.token_hash == hashlib.sha256(token.encode()).hexdigest()


async def test_the_feed_holds_your_appointments_without_a_login(
    sofie: AsyncTestClient[Litestar],
    calendar_app: AsyncTestClient[Litestar],
    cast: Cast,
    sessions_factory: async_sessionmaker[AsyncSession],
) -> None:
    token = await _token(sofie)

    answer = await calendar_app.get(f"/kalender/feed/{token}.ics")

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/calendar; charset=utf-8"
    assert answer.headers["cache-control"] == "no-store"
    calendar = Calendar.from_ical(answer.content)
    assert calendar["x-wr-calname"] == "Ungeoverblik"
    assert calendar["prodid"] == "-//Ungeoverblik//DA"
    uids = [str(event["uid"]) for event in calendar.walk("VEVENT")]
    assert uids == [f"aftale-{cast.meeting_id}@localhost", f"aftale-{cast.cancelled_id}@localhost"]
    async with sessions_factory() as db:
        feed = (await db.scalars(select(CalendarFeed))).one()
    assert feed.last_fetched_at is not None


async def test_a_cancelled_appointment_stays_in_the_feed_as_cancelled(
    sofie: AsyncTestClient[Litestar], calendar_app: AsyncTestClient[Litestar], cast: Cast
) -> None:
    token = await _token(sofie)

    events = await _feed_events(calendar_app, token)

    cancelled = events[f"aftale-{cast.cancelled_id}@localhost"]
    assert cancelled["status"] == "CANCELLED"
    assert cancelled["sequence"] == 1
    assert cancelled["summary"] == "Aflyst: Praktikbesøg"


async def test_a_moved_appointment_keeps_its_uid(
    sofie: AsyncTestClient[Litestar],
    calendar_app: AsyncTestClient[Litestar],
    cast: Cast,
    sessions_factory: async_sessionmaker[AsyncSession],
) -> None:
    token = await _token(sofie)
    uid = f"aftale-{cast.meeting_id}@localhost"
    before = (await _feed_events(calendar_app, token))[uid]

    async with sessions_factory.begin() as db:
        meeting = await db.get_one(Appointment, cast.meeting_id)
        meeting.starts_at += timedelta(days=1)
        meeting.ends_at += timedelta(days=1)
        meeting.sequence += 1
    after = (await _feed_events(calendar_app, token))[uid]

    assert before["sequence"] == 0
    assert after["sequence"] == 1
    assert after.decoded("dtstart") == before.decoded("dtstart") + timedelta(days=1)
    assert after["status"] == "CONFIRMED"


async def test_a_cancelled_appointment_keeps_its_uid(
    sofie: AsyncTestClient[Litestar],
    calendar_app: AsyncTestClient[Litestar],
    cast: Cast,
    sessions_factory: async_sessionmaker[AsyncSession],
) -> None:
    token = await _token(sofie)
    uid = f"aftale-{cast.meeting_id}@localhost"

    async with sessions_factory.begin() as db:
        meeting = await db.get_one(Appointment, cast.meeting_id)
        meeting.status = AppointmentStatus.CANCELLED
        meeting.sequence += 1
    after = (await _feed_events(calendar_app, token))[uid]

    assert after["status"] == "CANCELLED"
    assert after["sequence"] == 1


async def test_a_replaced_link_stops_working(
    sofie: AsyncTestClient[Litestar], calendar_app: AsyncTestClient[Litestar]
) -> None:
    old = await _token(sofie)
    new = await _token(sofie)

    assert (await calendar_app.get(f"/kalender/feed/{old}.ics")).status_code == 404
    assert (await calendar_app.get(f"/kalender/feed/{new}.ics")).status_code == 200


async def test_a_stopped_link_stops_working(
    sofie: AsyncTestClient[Litestar], calendar_app: AsyncTestClient[Litestar]
) -> None:
    token = await _token(sofie)
    page = await sofie.get("/kalender")

    stopped = await sofie.post(
        "/kalender/stop", data={"_csrf_token": _csrf(page.text)}, follow_redirects=False
    )

    assert stopped.status_code == 303
    assert stopped.headers["location"] == "/kalender"
    assert (await calendar_app.get(f"/kalender/feed/{token}.ics")).status_code == 404
    assert "Lav et link" in (await sofie.get("/kalender")).text


async def test_an_unknown_link_is_not_found(
    sofie: AsyncTestClient[Litestar], calendar_app: AsyncTestClient[Litestar]
) -> None:
    token = await _token(sofie)

    assert (await calendar_app.get("/kalender/feed/gaet-et-link.ics")).status_code == 404
    assert (await calendar_app.get(f"/kalender/feed/{token}")).status_code == 404
    assert (await calendar_app.get(f"/kalender/feed/{token}.ics")).status_code == 200


async def test_a_post_without_the_csrf_token_is_refused(
    sofie: AsyncTestClient[Litestar],
    calendar_app: AsyncTestClient[Litestar],
    sessions_factory: async_sessionmaker[AsyncSession],
) -> None:
    token = await _token(sofie)

    made = await sofie.post("/kalender", data={})
    stopped = await sofie.post("/kalender/stop", data={})

    assert made.status_code == 403
    assert stopped.status_code == 403
    async with sessions_factory() as db:
        assert len((await db.scalars(select(CalendarFeed))).all()) == 1
    assert (await calendar_app.get(f"/kalender/feed/{token}.ics")).status_code == 200


async def test_the_token_is_never_logged(
    sofie: AsyncTestClient[Litestar],
    calendar_app: AsyncTestClient[Litestar],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)

    token = await _token(sofie)
    await calendar_app.get(f"/kalender/feed/{token}.ics")

    # The test client (httpx) logs the URLs it asks for; the app must not.
    app_lines = [record.getMessage() for record in caplog.records if record.name != "httpx"]
    assert any("calendar feed" in line for line in app_lines)
    assert not any(token in line for line in app_lines)


def _young_person(municipality: Municipality, name: str, cpr: Cpr, keys: CprKeys) -> YoungPerson:
    return YoungPerson(
        municipality_id=municipality.id,
        name=name,
        birth_date=date(2008, 4, 1),
        cpr_hash=keys.hash(cpr),
        cpr_encrypted=keys.encrypt(cpr),
        source=Source.DEMO,
        source_id=f"young-{name}",
    )


def _appointment(
    person: YoungPerson, organiser: StaffMember, title: str, starts_at: datetime
) -> Appointment:
    return Appointment(
        young_person_id=person.id,
        organiser_id=organiser.id,
        title=title,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=1),
        source=Source.UNGEOVERBLIK,
        participants=[],
    )


def _hour(days: int) -> datetime:
    """10:00 UTC, `days` from today: fixed per test, so tests can compare with it."""
    today = datetime.now(UTC).date()
    return datetime(today.year, today.month, today.day, 10, tzinfo=UTC) + timedelta(days=days)


def _csrf(page: str) -> str:
    token: str = CSRF_FIELD.findall(page)[0]
    return token


async def _make_link(client: AsyncTestClient[Litestar]) -> httpx.Response:
    page = await client.get("/kalender")
    return await client.post("/kalender", data={"_csrf_token": _csrf(page.text)})


async def _token(client: AsyncTestClient[Litestar]) -> str:
    made = await _make_link(client)
    token: str = FEED_LINK.findall(made.text)[0]
    return token


async def _feed_events(client: AsyncTestClient[Litestar], token: str) -> dict[str, Event]:
    answer = await client.get(f"/kalender/feed/{token}.ics")
    assert answer.status_code == 200
    return {str(event["uid"]): event for event in _events(answer.content)}


def _events(content: bytes) -> list[Event]:
    components = Calendar.from_ical(content).walk("VEVENT")
    return [component for component in components if isinstance(component, Event)]


def _assert_plain_and_strict(html: str) -> None:
    assert lix(html) <= 30
    assert not INLINE_SCRIPT.search(html)
    assert " style=" not in html
