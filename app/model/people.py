"""Who is who: municipalities, young people, staff, organisations and their relations."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import (
    CheckConstraint,
    ColumnElement,
    Date,
    ForeignKey,
    LargeBinary,
    String,
    Text,
    and_,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.database import Base
from app.model.columns import (
    Identified,
    Provenance,
    Timestamped,
    enum_column,
    provenance_unique,
)


class Language(enum.StrEnum):
    DANISH = "da"
    ENGLISH = "en"


class OrganisationKind(enum.StrEnum):
    JOBCENTRE = "jobcentre"  # jobcenter
    SCHOOL = "school"  # uddannelsessted
    FGU = "fgu"  # Forberedende Grunduddannelse
    INTERNSHIP_PLACE = "internship_place"  # praktiksted
    YOUTH_GUIDANCE = "youth_guidance"  # uddannelsesvejledningen / KUI-enheden
    SOCIAL_SERVICES = "social_services"  # socialforvaltningen


class RelationRole(enum.StrEnum):
    """The role a person or organisation has for a young person."""

    EDUCATION_GUIDE = "education_guide"  # uddannelsesvejleder
    YOUTH_GUIDE = "youth_guide"  # ungeguide
    MENTOR = "mentor"
    CASEWORKER = "caseworker"  # sagsbehandler
    JOB_CONSULTANT = "job_consultant"  # jobkonsulent
    CONTACT_TEACHER = "contact_teacher"  # kontaktlærer
    INTERNSHIP_SUPERVISOR = "internship_supervisor"  # praktikvejleder
    JOBCENTRE = "jobcentre"
    SCHOOL = "school"
    INTERNSHIP_PLACE = "internship_place"


class Municipality(Identified, Timestamped, Base):
    """A municipality (kommune), known by its four-digit code (kommunekode)."""

    __tablename__ = "municipalities"
    __table_args__ = (CheckConstraint("length(code) = 4", name="code_four_digits"),)

    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Organisation(Identified, Timestamped, Provenance, Base):
    """A jobcentre, school, FGU or internship place."""

    __tablename__ = "organisations"
    __table_args__ = (provenance_unique(),)

    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(500))
    opening_hours: Mapped[str | None] = mapped_column(Text)


class StaffMember(Identified, Timestamped, Provenance, Base):
    """A professional around the young people: guide, mentor, caseworker (medarbejder)."""

    __tablename__ = "staff_members"
    __table_args__ = (provenance_unique(),)

    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(254))

    organisation: Mapped[Organisation | None] = relationship(lazy="raise")


class YoungPerson(Identified, Timestamped, Provenance, Base):
    """A young person in the youth effort (den unge).

    The CPR number is stored only encrypted, and found by its keyed hash; the
    encrypted column is deferred so that no ordinary query loads it.
    """

    __tablename__ = "young_people"
    __table_args__ = (provenance_unique(),)

    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="RESTRICT"), index=True
    )
    cpr_hash: Mapped[str] = mapped_column(String(64), unique=True)
    cpr_encrypted: Mapped[bytes] = mapped_column(
        LargeBinary, deferred=True, deferred_group="secret"
    )
    name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[date] = mapped_column(Date)
    preferred_language: Mapped[Language] = mapped_column(
        enum_column(Language), default=Language.DANISH
    )

    municipality: Mapped[Municipality] = relationship(lazy="raise")


class Relation(Identified, Timestamped, Provenance, Base):
    """Who is attached to a young person, in which role (tilknytning)."""

    __tablename__ = "relations"
    __table_args__ = (
        provenance_unique(),
        CheckConstraint(
            "staff_member_id IS NOT NULL OR organisation_id IS NOT NULL",
            name="names_staff_or_organisation",
        ),
    )

    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    staff_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[RelationRole] = mapped_column(enum_column(RelationRole))
    is_primary: Mapped[bool] = mapped_column(default=False)
    # What this person does for the young person, in their own words.
    description: Mapped[str | None] = mapped_column(Text)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)

    staff_member: Mapped[StaffMember | None] = relationship(lazy="raise")
    organisation: Mapped[Organisation | None] = relationship(lazy="raise")

    @classmethod
    def is_active_on(cls, day: date) -> ColumnElement[bool]:
        """Started (or no start known) and not yet over; the end day itself still counts."""
        return and_(
            or_(cls.started_on.is_(None), cls.started_on <= day),
            or_(cls.ended_on.is_(None), cls.ended_on >= day),
        )
