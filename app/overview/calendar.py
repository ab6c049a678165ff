"""Appointments in the phone's own calendar: one `.ics` file, or a private feed.

A feed is found only by its secret token, which lives in the subscription URL on the
young person's phone. We store the token's SHA-256 hash, never the token, so the page
can show it once, right after it is made; a new token revokes the old one.

Calendar apps follow a change by the event's UID, which never changes, and a SEQUENCE
that staff code raises at every move or cancellation; a cancelled appointment stays in
the feed with STATUS:CANCELLED, so the phone removes it.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from icalendar import Calendar, Event, vCalAddress, vText
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.model import Appointment, AppointmentStatus
from app.overview.models import CalendarFeed

logger = logging.getLogger("ungeoverblik.calendar")

PRODUCT_ID = "-//Ungeoverblik//DA"
CALENDAR_NAME = "Ungeoverblik"
FEED_PATH = "/kalender/feed/{token}.ics"
# How far back the feed reaches; everything ahead is included.
FEED_HISTORY = timedelta(days=30)
# How often we ask calendar apps to fetch the feed again (many poll less often anyway).
REFRESH_INTERVAL = timedelta(hours=1)
PUBLISHED_TTL = "PT1H"  # the same, as Apple and Microsoft read it

EVENT_STATUS = {
    AppointmentStatus.PLANNED: "CONFIRMED",
    AppointmentStatus.HELD: "CONFIRMED",
    AppointmentStatus.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True)
class NewFeed:
    """A feed just made; `token` exists only here and in the URL we show once."""

    feed: CalendarFeed
    token: str


@dataclass(frozen=True)
class FeedLinks:
    webcal: str  # opens the phone's "subscribe" dialog (iPhone, Outlook)
    https: str  # the same feed, for calendars that ask for a web address (Google)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def feed_links(public_url: str, token: str) -> FeedLinks:
    address = urlsplit(public_url)
    path = FEED_PATH.format(token=token)
    return FeedLinks(webcal=f"webcal://{address.netloc}{path}", https=f"{public_url}{path}")


async def create_feed(db: AsyncSession, young_person_id: int, now: datetime) -> NewFeed:
    """Make a new feed for the young person; any feed they had stops working."""
    await revoke_feeds(db, young_person_id, now)
    token = secrets.token_urlsafe(32)
    feed = CalendarFeed(
        young_person_id=young_person_id, token_hash=hash_token(token), created_at=now
    )
    db.add(feed)
    await db.flush()
    logger.info("calendar feed %s created for young person %s", feed.id, young_person_id)
    return NewFeed(feed, token)


async def revoke_feeds(db: AsyncSession, young_person_id: int, now: datetime) -> None:
    statement = (
        update(CalendarFeed)
        .where(CalendarFeed.young_person_id == young_person_id, CalendarFeed.revoked_at.is_(None))
        .values(revoked_at=now)
        .returning(CalendarFeed.id)
    )
    for feed_id in (await db.scalars(statement)).all():
        logger.info("calendar feed %s revoked", feed_id)


async def active_feed(db: AsyncSession, young_person_id: int) -> CalendarFeed | None:
    query = (
        select(CalendarFeed)
        .where(CalendarFeed.young_person_id == young_person_id, CalendarFeed.revoked_at.is_(None))
        .order_by(CalendarFeed.created_at.desc())
        .limit(1)
    )
    return (await db.scalars(query)).one_or_none()


async def find_feed(db: AsyncSession, token: str) -> CalendarFeed | None:
    """The live feed behind a token; `None` for an unknown or revoked one."""
    query = select(CalendarFeed).where(
        CalendarFeed.token_hash == hash_token(token), CalendarFeed.revoked_at.is_(None)
    )
    return (await db.scalars(query)).one_or_none()


async def fetch_feed(db: AsyncSession, feed: CalendarFeed, now: datetime) -> list[Appointment]:
    """The feed's appointments, from `FEED_HISTORY` ago onwards; marks the feed as fetched."""
    feed.last_fetched_at = now
    query = (
        select(Appointment)
        .where(
            Appointment.young_person_id == feed.young_person_id,
            Appointment.ends_at >= now - FEED_HISTORY,
        )
        .options(selectinload(Appointment.organiser), selectinload(Appointment.participants))
        .order_by(Appointment.starts_at, Appointment.id)
    )
    appointments = list((await db.scalars(query)).all())
    logger.debug("calendar feed %s fetched: %s appointments", feed.id, len(appointments))
    return appointments


def appointment_file(appointment: Appointment, public_url: str, now: datetime) -> bytes:
    """One appointment as a calendar file to download and open."""
    return _serialised(_calendar([appointment], public_url, now))


def feed_file(appointments: Sequence[Appointment], public_url: str, now: datetime) -> bytes:
    """The young person's appointments as a subscribed calendar."""
    calendar = _calendar(appointments, public_url, now)
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("name", CALENDAR_NAME)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", PUBLISHED_TTL)
    return _serialised(calendar)


def event_uid(appointment: Appointment, public_url: str) -> str:
    """The same for the appointment's whole life, so a calendar updates it in place."""
    return f"aftale-{appointment.id}@{urlsplit(public_url).hostname}"


def _calendar(appointments: Sequence[Appointment], public_url: str, now: datetime) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for appointment in appointments:
        calendar.add_component(_event(appointment, public_url, now))
    return calendar


def _serialised(calendar: Calendar) -> bytes:
    content: bytes = calendar.to_ical()  # untyped in icalendar
    return content


def _event(appointment: Appointment, public_url: str, now: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(appointment, public_url))
    event.add("sequence", appointment.sequence)
    event.add("status", EVENT_STATUS[appointment.status])
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", appointment.starts_at.astimezone(UTC))
    event.add("dtend", appointment.ends_at.astimezone(UTC))
    event.add("last-modified", appointment.updated_at.astimezone(UTC))
    event.add("summary", _summary(appointment))
    location = ", ".join(part for part in (appointment.place, appointment.room) if part)
    if location:
        event.add("location", location)
    if appointment.online_link:
        event.add("url", appointment.online_link)
    event.add("description", _description(appointment))
    organiser = appointment.organiser
    # ORGANIZER's value must be an address; without an e-mail the name is only in the text.
    if organiser is not None and organiser.email:
        address = vCalAddress(f"mailto:{organiser.email}")
        address.params["cn"] = vText(organiser.name)
        event.add("organizer", address)
    return event


def _summary(appointment: Appointment) -> str:
    # Not every calendar app hides a cancelled event, so the title says it too.
    if appointment.status is AppointmentStatus.CANCELLED:
        return f"Aflyst: {appointment.title}"
    return appointment.title


def _description(appointment: Appointment) -> str:
    sections = [
        ("Formål:", appointment.purpose),
        ("Dagsorden:", appointment.agenda),
        ("Det skal du forberede:", appointment.preparation),
        ("Med:", _people(appointment)),
        ("Online:", appointment.online_link),
    ]
    return "\n\n".join(f"{label}\n{text.strip()}" for label, text in sections if text)


def _people(appointment: Appointment) -> str:
    names = [appointment.organiser.name] if appointment.organiser else []
    for participant in appointment.participants:
        names.append(
            f"{participant.name} ({participant.role})" if participant.role else participant.name
        )
    return ", ".join(names)
