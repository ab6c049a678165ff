"""Cases (sager) in municipal systems, and deadlines (frister) for the young person."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.database import AwareDateTime, Base
from app.model.columns import (
    Identified,
    Provenance,
    Timestamped,
    enum_column,
    provenance_unique,
)


class CaseStatus(enum.StrEnum):
    """The five case states of the common model *Borgervendt Sag*."""

    CREATED = "created"  # 1 Oprettet
    IN_PROGRESS = "in_progress"  # 2 Behandles
    DECIDED = "decided"  # 3 Afgjort
    CLOSED = "closed"  # 4 Afsluttet
    REJECTED = "rejected"  # 5 Afvist


class Case(Identified, Timestamped, Provenance, Base):
    __tablename__ = "cases"
    __table_args__ = (provenance_unique(),)

    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    case_number: Mapped[str | None] = mapped_column(String(50))  # sagsnummer
    kle_number: Mapped[str] = mapped_column(String(8))  # e.g. 17.27.30
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus))
    responsible_unit: Mapped[str | None] = mapped_column(String(200))
    self_service_url: Mapped[str | None] = mapped_column(String(500))
    opened_on: Mapped[date | None] = mapped_column(Date)


class Deadline(Identified, Timestamped, Provenance, Base):
    """A date by which the young person must act (frist)."""

    __tablename__ = "deadlines"
    __table_args__ = (provenance_unique(),)

    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime] = mapped_column(AwareDateTime)
    action_url: Mapped[str | None] = mapped_column(String(500))
