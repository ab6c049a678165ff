"""Booking, moving and cancelling a young person's appointments from the desk."""

from __future__ import annotations

from typing import Any

from litestar import Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.guards import StaffSession
from app.model import Appointment, YoungPerson
from app.overview.service import Contact
from app.staff import appointments
from app.staff.colleagues import fetch_colleagues
from app.staff.forms import FormData, FormReader
from app.staff.pages import back_to, form_page

BOOKING = "/unge/{young_person_id:int}/aftaler/ny"
MOVING = "/unge/{young_person_id:int}/aftaler/{appointment_id:int}/flyt"
CANCELLING = "/unge/{young_person_id:int}/aftaler/{appointment_id:int}/aflys"


@get(BOOKING)
async def booking_form(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
) -> Response[Any]:
    form = appointments.booking_defaults(utc_now())
    return await _booking_page(db_session, staff, young_person_in_view, form)


@post(BOOKING)
async def book(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    person, form = young_person_in_view, FormReader(data)
    colleagues = await fetch_colleagues(db_session, person.id)
    draft = appointments.read_booking(form, utc_now(), colleagues)
    if draft is None:
        return await _booking_page(db_session, staff, person, form, colleagues)
    appointments.book_appointment(db_session, person.id, staff.member, draft)
    return back_to(person, "aftaler")


@get(MOVING)
async def moving_form(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    appointment_id: FromPath[int],
) -> Response[Any]:
    appointment = await _changeable(db_session, young_person_in_view, appointment_id)
    form = appointments.moving_defaults(appointment)
    return await _moving_page(db_session, staff, young_person_in_view, appointment, form)


@post(MOVING)
async def move(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    appointment_id: FromPath[int],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    now, person, form = utc_now(), young_person_in_view, FormReader(data)
    appointment = await _changeable(db_session, person, appointment_id)
    times = appointments.read_times(form, now)
    if times is None:
        return await _moving_page(db_session, staff, person, appointment, form)
    await appointments.move_appointment(db_session, appointment, times, now)
    return back_to(person, "aftaler")


@post(CANCELLING)
async def cancel(
    db_session: NamedDependency[AsyncSession],
    young_person_in_view: NamedDependency[YoungPerson],
    appointment_id: FromPath[int],
) -> Response[Any]:
    appointment = await _changeable(db_session, young_person_in_view, appointment_id)
    await appointments.cancel_appointment(db_session, appointment, utc_now())
    return back_to(young_person_in_view, "aftaler")


async def _changeable(db: AsyncSession, person: YoungPerson, appointment_id: int) -> Appointment:
    found = await appointments.fetch_changeable_appointment(db, person.id, appointment_id)
    if found is None:
        raise NotFoundException()
    return found


async def _booking_page(
    db: AsyncSession,
    staff: StaffSession,
    person: YoungPerson,
    form: FormReader,
    colleagues: list[Contact] | None = None,
) -> Response[Any]:
    if colleagues is None:
        colleagues = await fetch_colleagues(db, person.id)
    return await form_page(
        db, staff, "appointment_form.html", form, person=person, colleagues=colleagues
    )


async def _moving_page(
    db: AsyncSession,
    staff: StaffSession,
    person: YoungPerson,
    appointment: Appointment,
    form: FormReader,
) -> Response[Any]:
    return await form_page(
        db, staff, "move_form.html", form, person=person, appointment=appointment
    )


APPOINTMENT_ROUTES = [booking_form, book, moving_form, move, cancel]
