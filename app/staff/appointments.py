"""Booking, moving and cancelling appointments from the desk.

The young person's overview reads the same rows, so a change shows there at once.
Every change a calendar must hear about raises `sequence` (iCalendar SEQUENCE).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import Appointment, AppointmentParticipant, AppointmentStatus, Source, StaffMember
from app.overview.service import ROLE_NAMES, Contact
from app.staff.access import CHANGEABLE_SOURCES
from app.staff.forms import FormReader, local_date_value, local_time_value
from app.staff.replies import handle_open_answers

MAX_EXTRA_NAMES = 10

NO_TITLE = "Skriv en titel."
ENDS_BEFORE_START = "Sluttiden skal være efter starttiden."
IN_THE_PAST = "Tidspunktet er gået. Vælg et senere tidspunkt."
UNKNOWN_PARTICIPANT = "Vælg blandt dem, der er tilknyttet."
TOO_MANY_NAMES = f"Skriv højst {MAX_EXTRA_NAMES} navne."


@dataclass(frozen=True)
class AppointmentDraft:
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str | None
    room: str | None
    online_link: str | None
    purpose: str | None
    agenda: str | None
    preparation: str | None
    colleagues: tuple[Contact, ...]
    extra_names: tuple[str, ...]


def read_booking(
    form: FormReader, now: datetime, colleagues: Sequence[Contact]
) -> AppointmentDraft | None:
    """The appointment typed into the booking form, or `None` with `form.errors` set."""
    title = form.text("title", 200, NO_TITLE)
    times = read_times(form, now)
    place = form.optional_text("place", 300)
    room = form.optional_text("room", 100)
    online_link = form.link("online_link", 500)
    purpose = form.optional_text("purpose")
    agenda = form.optional_text("agenda")
    preparation = form.optional_text("preparation")
    chosen = _chosen_colleagues(form, colleagues)
    extra_names = _extra_names(form)
    if form.errors or times is None:
        return None
    return AppointmentDraft(
        title, *times, place, room, online_link, purpose, agenda, preparation, chosen, extra_names
    )


def read_times(form: FormReader, now: datetime) -> tuple[datetime, datetime] | None:
    """Start and end from a date and two clock times, Copenhagen time; never in the past."""
    starts_at = form.local_moment("date", "starts")
    ends_at = form.local_moment("date", "ends")
    if starts_at is None or ends_at is None:
        return None
    if ends_at <= starts_at:
        form.fail("ends", ENDS_BEFORE_START)
    if starts_at < now:
        form.fail("starts", IN_THE_PAST)
    return None if form.errors else (starts_at, ends_at)


def booking_defaults(now: datetime) -> FormReader:
    """An empty booking form that suggests tomorrow at ten."""
    tomorrow = local_date_value(now + timedelta(days=1))
    return FormReader({"date": tomorrow, "starts": "10:00", "ends": "11:00"})


def moving_defaults(appointment: Appointment) -> FormReader:
    return FormReader(
        {
            "date": local_date_value(appointment.starts_at),
            "starts": local_time_value(appointment.starts_at),
            "ends": local_time_value(appointment.ends_at),
        }
    )


def book_appointment(
    db: AsyncSession, young_person_id: int, organiser: StaffMember, draft: AppointmentDraft
) -> Appointment:
    appointment = Appointment(
        young_person_id=young_person_id,
        organiser_id=organiser.id,
        starts_at=draft.starts_at,
        ends_at=draft.ends_at,
        place=draft.place,
        room=draft.room,
        online_link=draft.online_link,
        title=draft.title,
        purpose=draft.purpose,
        agenda=draft.agenda,
        preparation=draft.preparation,
        status=AppointmentStatus.PLANNED,
        sequence=0,
        source=Source.UNGEOVERBLIK,
        source_id=None,
        fetched_at=None,
        participants=[
            *(_participant_for(contact) for contact in draft.colleagues),
            *(AppointmentParticipant(name=name) for name in draft.extra_names),
        ],
    )
    db.add(appointment)
    return appointment


async def fetch_changeable_appointment(
    db: AsyncSession, young_person_id: int, appointment_id: int
) -> Appointment | None:
    """A planned appointment of this young person that the desk may move or cancel."""
    query = select(Appointment).where(
        Appointment.id == appointment_id,
        Appointment.young_person_id == young_person_id,
        Appointment.status == AppointmentStatus.PLANNED,
        Appointment.source.in_(CHANGEABLE_SOURCES),
    )
    return (await db.scalars(query)).one_or_none()


async def move_appointment(
    db: AsyncSession, appointment: Appointment, times: tuple[datetime, datetime], now: datetime
) -> None:
    """A new time answers any "needs another time" the young person sent."""
    appointment.starts_at, appointment.ends_at = times
    appointment.sequence += 1
    await handle_open_answers(db, appointment.id, now)


async def cancel_appointment(db: AsyncSession, appointment: Appointment, now: datetime) -> None:
    appointment.status = AppointmentStatus.CANCELLED
    appointment.sequence += 1
    await handle_open_answers(db, appointment.id, now)


def _chosen_colleagues(form: FormReader, colleagues: Sequence[Contact]) -> tuple[Contact, ...]:
    by_id = {str(contact.relation.id): contact for contact in colleagues}
    chosen = form.all("participant")
    if any(relation_id not in by_id for relation_id in chosen):
        form.fail("participant", UNKNOWN_PARTICIPANT)
    return tuple(by_id[relation_id] for relation_id in chosen if relation_id in by_id)


def _extra_names(form: FormReader) -> tuple[str, ...]:
    typed = form.optional_text("extra_names") or ""
    names = tuple(line.strip() for line in typed.splitlines() if line.strip())
    if len(names) > MAX_EXTRA_NAMES:
        form.fail("extra_names", TOO_MANY_NAMES)
    if any(len(name) > 200 for name in names):
        form.fail("extra_names", "Et navn er for langt. Højst 200 tegn.")
    return names


def _participant_for(contact: Contact) -> AppointmentParticipant:
    return AppointmentParticipant(
        staff_member_id=contact.relation.staff_member_id,
        name=contact.name,
        role=ROLE_NAMES[contact.relation.role],
    )
