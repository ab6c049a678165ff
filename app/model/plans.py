"""The plan (plan): goals, agreed activities and meeting summaries across areas."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.database import AwareDateTime, Base
from app.model.columns import (
    Identified,
    Provenance,
    Timestamped,
    enum_column,
    provenance_unique,
)


class PlanArea(enum.StrEnum):
    """Which part of the municipality's effort a plan belongs to (område)."""

    EMPLOYMENT = "employment"  # beskæftigelse, jobcentret
    EDUCATION = "education"  # uddannelsesvejledning
    SOCIAL = "social"  # socialområdet
    YOUTH_EFFORT = "youth_effort"  # den samlede ungeindsats


class PlanStatus(enum.StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class GoalHorizon(enum.StrEnum):
    SHORT_TERM = "short_term"  # kort sigt
    LONG_TERM = "long_term"  # lang sigt


class GoalStatus(enum.StrEnum):
    OPEN = "open"
    REACHED = "reached"  # nået
    DROPPED = "dropped"  # opgivet


class ActivityStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Plan(Identified, Timestamped, Provenance, Base):
    __tablename__ = "plans"
    __table_args__ = (provenance_unique(),)

    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="SET NULL"), index=True
    )
    area: Mapped[PlanArea] = mapped_column(enum_column(PlanArea))
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus), default=PlanStatus.ACTIVE)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)

    goals: Mapped[list[Goal]] = relationship(lazy="raise", passive_deletes=True)
    activities: Mapped[list[Activity]] = relationship(lazy="raise", passive_deletes=True)


class Goal(Identified, Timestamped, Provenance, Base):
    """A goal (mål), short or long term."""

    __tablename__ = "goals"
    __table_args__ = (
        provenance_unique(),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress_percent"),
    )

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    horizon: Mapped[GoalHorizon] = mapped_column(enum_column(GoalHorizon))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[GoalStatus] = mapped_column(enum_column(GoalStatus), default=GoalStatus.OPEN)
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent
    target_on: Mapped[date | None] = mapped_column(Date)


class Activity(Identified, Timestamped, Provenance, Base):
    """Something agreed to do (aktivitet, indsats), by the young person or by staff."""

    __tablename__ = "activities"
    __table_args__ = (provenance_unique(),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goals.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    # Staff member responsible, or None with responsible_is_young_person set.
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="SET NULL"), index=True
    )
    responsible_is_young_person: Mapped[bool] = mapped_column(default=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActivityStatus] = mapped_column(
        enum_column(ActivityStatus), default=ActivityStatus.PLANNED
    )
    completed_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class MeetingSummary(Identified, Timestamped, Provenance, Base):
    """What was said and agreed at a meeting (mødereferat)."""

    __tablename__ = "meeting_summaries"
    __table_args__ = (provenance_unique(),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="SET NULL"), index=True
    )
    held_at: Mapped[datetime] = mapped_column(AwareDateTime)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
