"""Appointments (aftaler): meetings with a time, a place and people."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.database import AwareDateTime, Base
from app.model.columns import (
    Identified,
    Provenance,
    Timestamped,
    enum_column,
    provenance_unique,
)
from app.model.people import StaffMember


class AppointmentStatus(enum.StrEnum):
    PLANNED = "planned"  # planlagt
    HELD = "held"  # afholdt
    CANCELLED = "cancelled"  # aflyst


class Appointment(Identified, Timestamped, Provenance, Base):
    __tablename__ = "appointments"
    __table_args__ = (
        provenance_unique(),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index(None, "young_person_id", "starts_at"),
    )

    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_people.id", ondelete="CASCADE"))
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="SET NULL"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(AwareDateTime)
    ends_at: Mapped[datetime] = mapped_column(AwareDateTime)
    place: Mapped[str | None] = mapped_column(String(300))  # address (adresse)
    room: Mapped[str | None] = mapped_column(String(100))  # lokale
    online_link: Mapped[str | None] = mapped_column(String(500))
    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(Text)  # formål
    agenda: Mapped[str | None] = mapped_column(Text)  # dagsorden
    preparation: Mapped[str | None] = mapped_column(Text)  # hvad du skal forberede
    status: Mapped[AppointmentStatus] = mapped_column(
        enum_column(AppointmentStatus), default=AppointmentStatus.PLANNED
    )
    # Raised at every change a calendar must hear about (iCalendar SEQUENCE).
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    organiser: Mapped[StaffMember | None] = relationship(lazy="raise")
    participants: Mapped[list[AppointmentParticipant]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )


class AppointmentParticipant(Identified, Base):
    """Someone besides the young person who takes part (deltager).

    Staff we know are linked; others (a parent, an interpreter) are named only.
    """

    __tablename__ = "appointment_participants"

    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), index=True
    )
    staff_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
