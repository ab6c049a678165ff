"""What young people add to their overview: answers, comments, proposals, calendar feeds."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.database import AwareDateTime, Base, utc_now
from app.model.columns import Identified, enum_column


class Answer(enum.StrEnum):
    COMING = "coming"  # Jeg kommer
    NEEDS_ANOTHER_TIME = "needs_another_time"  # Jeg har brug for en anden tid


class Author(enum.StrEnum):
    YOUNG_PERSON = "young_person"
    STAFF = "staff"


class PlanItemKind(enum.StrEnum):
    """What in a plan a comment is about."""

    PLAN = "plan"
    GOAL = "goal"
    ACTIVITY = "activity"
    MEETING_SUMMARY = "meeting_summary"


class ProposalKind(enum.StrEnum):
    GOAL = "goal"
    ACTIVITY = "activity"


class ProposalStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class AppointmentAnswer(Identified, Base):
    """The young person's answer to an appointment; the newest one counts."""

    __tablename__ = "appointment_answers"
    __table_args__ = (Index(None, "appointment_id", "answered_at"),)

    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id", ondelete="CASCADE"))
    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    answer: Mapped[Answer] = mapped_column(enum_column(Answer))
    reason: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utc_now)
    # Set when the organiser has seen and dealt with it.
    handled_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class PlanComment(Identified, Base):
    """A comment on a plan, goal, activity or meeting summary, by the young person or staff."""

    __tablename__ = "plan_comments"
    __table_args__ = (Index(None, "item_kind", "item_id"),)

    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    item_kind: Mapped[PlanItemKind] = mapped_column(enum_column(PlanItemKind))
    item_id: Mapped[int] = mapped_column()
    author: Mapped[Author] = mapped_column(enum_column(Author))
    staff_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utc_now)


class PlanProposal(Identified, Base):
    """A goal or activity the young person suggests; staff accept or decline it."""

    __tablename__ = "plan_proposals"

    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ProposalKind] = mapped_column(enum_column(ProposalKind))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ProposalStatus] = mapped_column(
        enum_column(ProposalStatus), default=ProposalStatus.PROPOSED
    )
    proposed_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utc_now)
    answered_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="SET NULL")
    )
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class CalendarFeed(Identified, Base):
    """A private calendar subscription. The URL holds a random token; we keep its hash."""

    __tablename__ = "calendar_feeds"

    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    last_fetched_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
