"""The desk's list: each young person a staff member works with, what is next, what waits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import Appointment, AppointmentStatus, StaffMember, YoungPerson
from app.staff.access import young_people_of
from app.staff.waiting import waiting_counts


@dataclass(frozen=True)
class DeskRow:
    person: YoungPerson
    next_appointment_at: datetime | None
    waiting: int


async def fetch_desk(db: AsyncSession, member: StaffMember, now: datetime) -> list[DeskRow]:
    people = await young_people_of(db, member)
    ids = [person.id for person in people]
    next_at = await _next_appointments(db, ids, now)
    counts = await waiting_counts(db, ids)
    return [DeskRow(person, next_at.get(person.id), counts[person.id]) for person in people]


async def _next_appointments(
    db: AsyncSession, young_person_ids: list[int], now: datetime
) -> dict[int, datetime]:
    query = (
        select(Appointment.young_person_id, func.min(Appointment.starts_at))
        .where(
            Appointment.young_person_id.in_(young_person_ids),
            Appointment.status == AppointmentStatus.PLANNED,
            Appointment.starts_at >= now,
        )
        .group_by(Appointment.young_person_id)
    )
    return dict((await db.execute(query)).all())
