"""Booking, moving and cancelling appointments; the young person's overview reads the same rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.model import Appointment, AppointmentStatus, Source
from app.overview.models import Answer, AppointmentAnswer
from app.overview.service import upcoming_appointments
from app.web.danish_time import COPENHAGEN
from tests.staff.conftest import Cast
from tests.staff.submit import post_form

pytestmark = pytest.mark.anyio


def _in_days(days: int) -> str:
    return (datetime.now(COPENHAGEN) + timedelta(days=days)).date().isoformat()


def _booking(**changes: str | list[str]) -> dict[str, str | list[str]]:
    form: dict[str, str | list[str]] = {
        "title": "Samtale om uddannelse",
        "date": _in_days(3),
        "starts": "10:00",
        "ends": "11:00",
        "place": "Havnegade 1, Fjordby",
        "room": "Mødelokale 2",
        "online_link": "",
        "purpose": "Vi taler om dine ønsker.",
        "agenda": "1. Hvordan går det?\n2. Uddannelse",
        "preparation": "Tag dit CV med.",
        "extra_names": "Mor",
    }
    return {**form, **changes}


async def _appointment(
    db: AsyncSession, young_person_id: int, source: Source = Source.UNGEOVERBLIK
) -> int:
    starts_at = (utc_now() + timedelta(days=2)).replace(microsecond=0)
    appointment = Appointment(
        young_person_id=young_person_id,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=1),
        title="Opfølgning",
        source=source,
        source_id=None if source is Source.UNGEOVERBLIK else "dfdg-1",
    )
    db.add(appointment)
    await db.commit()
    return appointment.id


async def _appointments(db: AsyncSession) -> int:
    return (await db.scalar(select(func.count()).select_from(Appointment))) or 0


async def test_a_booked_appointment_is_in_the_young_persons_overview(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    form = _booking(participant=[str(cast.jonas_for_sofie)])

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/aftaler/ny", form)

    assert answer.status_code == 303
    assert answer.headers["location"] == f"/personale/unge/{cast.sofie}#aftaler"
    [view] = await upcoming_appointments(db_session, cast.sofie, utc_now())
    booked = view.appointment
    assert booked.title == "Samtale om uddannelse"
    assert booked.starts_at.astimezone(COPENHAGEN).strftime("%Y-%m-%d %H:%M") == (
        f"{_in_days(3)} 10:00"
    )
    assert booked.ends_at - booked.starts_at == timedelta(hours=1)
    assert (booked.place, booked.room) == ("Havnegade 1, Fjordby", "Mødelokale 2")
    assert booked.preparation == "Tag dit CV med."
    assert booked.agenda == "1. Hvordan går det?\n2. Uddannelse"
    assert (booked.source, booked.source_id, booked.fetched_at) == (Source.UNGEOVERBLIK, None, None)
    assert booked.organiser_id == cast.sara
    assert booked.sequence == 0
    participants = {(p.name, p.staff_member_id, p.role) for p in booked.participants}
    assert participants == {("Jonas Berg", cast.jonas, "Mentor"), ("Mor", None, None)}


async def test_the_booking_form_offers_the_people_around_the_young_person(
    desk: httpx.AsyncClient, cast: Cast
) -> None:
    page = await desk.get(f"/personale/unge/{cast.sofie}/aftaler/ny")

    assert page.status_code == 200
    assert f'value="{cast.jonas_for_sofie}"' in page.text
    assert "Jonas Berg, Mentor" in page.text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "Skriv en titel."),
        ({"ends": "09:30"}, "Sluttiden skal være efter starttiden."),
        ({"date": _in_days(-1)}, "Tidspunktet er gået. Vælg et senere tidspunkt."),
        ({"date": "i morgen"}, "Skriv en dato, fx 2026-03-24."),
        ({"online_link": "javascript:alert(1)"}, "Linket skal starte med https://."),
        ({"participant": "999"}, "Vælg blandt dem, der er tilknyttet."),
    ],
)
async def test_a_booking_with_a_mistake_is_shown_again_and_writes_nothing(
    desk: httpx.AsyncClient,
    cast: Cast,
    db_session: AsyncSession,
    changes: dict[str, str],
    message: str,
) -> None:
    form = _booking(**changes, preparation="Tag dit CV & din kalender med.")

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/aftaler/ny", form)

    assert answer.status_code == 400
    assert message in answer.text
    assert "Tag dit CV &amp; din kalender med." in answer.text
    assert 'value="Havnegade 1, Fjordby"' in answer.text
    assert await _appointments(db_session) == 0


async def test_moving_changes_the_time_raises_the_sequence_and_handles_the_request(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    appointment_id = await _appointment(db_session, cast.sofie)
    db_session.add(
        AppointmentAnswer(
            appointment_id=appointment_id,
            young_person_id=cast.sofie,
            answer=Answer.NEEDS_ANOTHER_TIME,
            reason="Jeg er i praktik.",
        )
    )
    await db_session.commit()
    path = f"/personale/unge/{cast.sofie}/aftaler/{appointment_id}/flyt"

    form_page = await desk.get(path)
    answer = await post_form(desk, path, {"date": _in_days(5), "starts": "13:30", "ends": "14"})

    assert "Flyt aftalen: Opfølgning" in form_page.text
    assert answer.status_code == 303
    db_session.expire_all()
    moved = await db_session.get_one(Appointment, appointment_id)
    assert moved.starts_at.astimezone(COPENHAGEN).strftime("%Y-%m-%d %H:%M") == (
        f"{_in_days(5)} 13:30"
    )
    assert moved.ends_at - moved.starts_at == timedelta(minutes=30)
    assert moved.sequence == 1
    request = (await db_session.scalars(select(AppointmentAnswer))).one()
    assert request.handled_at is not None


async def test_moving_into_the_past_is_refused(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    appointment_id = await _appointment(db_session, cast.sofie)
    path = f"/personale/unge/{cast.sofie}/aftaler/{appointment_id}/flyt"

    answer = await post_form(desk, path, {"date": _in_days(-2), "starts": "10:00", "ends": "11:00"})

    assert answer.status_code == 400
    assert "Tidspunktet er gået." in answer.text
    assert f'value="{_in_days(-2)}"' in answer.text
    db_session.expire_all()
    assert (await db_session.get_one(Appointment, appointment_id)).sequence == 0


async def test_cancelling_sets_cancelled_and_raises_the_sequence(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    appointment_id = await _appointment(db_session, cast.sofie)

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/aftaler/{appointment_id}/aflys")

    assert answer.status_code == 303
    db_session.expire_all()
    cancelled = await db_session.get_one(Appointment, appointment_id)
    assert cancelled.status is AppointmentStatus.CANCELLED
    assert cancelled.sequence == 1
    [view] = await upcoming_appointments(db_session, cast.sofie, utc_now())
    assert view.is_cancelled


async def test_a_cancelled_appointment_cannot_be_cancelled_again(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    appointment_id = await _appointment(db_session, cast.sofie)
    path = f"/personale/unge/{cast.sofie}/aftaler/{appointment_id}/aflys"

    await post_form(desk, path)
    again = await post_form(desk, path)

    assert again.status_code == 404
    db_session.expire_all()
    assert (await db_session.get_one(Appointment, appointment_id)).sequence == 1


async def test_another_young_persons_appointment_is_not_found_through_sofie(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    emils_id = await _appointment(db_session, cast.emil)

    answer = await post_form(desk, f"/personale/unge/{cast.sofie}/aftaler/{emils_id}/aflys")

    assert answer.status_code == 404
    db_session.expire_all()
    assert (await db_session.get_one(Appointment, emils_id)).status is AppointmentStatus.PLANNED


async def test_an_appointment_from_the_jobcentre_is_changed_there_not_here(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    from_jobcentre_id = await _appointment(db_session, cast.sofie, Source.DFDG)

    page = await desk.get(f"/personale/unge/{cast.sofie}")
    answer = await post_form(
        desk, f"/personale/unge/{cast.sofie}/aftaler/{from_jobcentre_id}/aflys"
    )

    assert "Opfølgning" in page.text
    assert f"/aftaler/{from_jobcentre_id}/aflys" not in page.text
    assert answer.status_code == 404


async def test_the_desk_shows_the_next_appointment_in_words(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    tomorrow_ten = datetime.combine(
        datetime.now(COPENHAGEN).date() + timedelta(days=1),
        datetime.min.time().replace(hour=10),
        tzinfo=COPENHAGEN,
    ).astimezone(UTC)
    db_session.add(
        Appointment(
            young_person_id=cast.sofie,
            starts_at=tomorrow_ten,
            ends_at=tomorrow_ten + timedelta(hours=1),
            title="Samtale",
            source=Source.UNGEOVERBLIK,
        )
    )
    await db_session.commit()

    page = await desk.get("/personale")

    assert "i morgen kl. 10" in page.text
