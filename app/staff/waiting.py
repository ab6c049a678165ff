"""What waits for the caseworker: change requests, proposals and comments not yet answered.

- an appointment whose newest answer is "needs another time", not yet handled;
- a proposal still open;
- a young person's comment newer than the newest staff comment on the same item.

The same conditions give the counts on the desk and the lists on a young person's page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.model import Activity, Appointment, Goal, MeetingSummary, Plan
from app.overview.models import (
    Answer,
    AppointmentAnswer,
    Author,
    PlanComment,
    PlanItemKind,
    PlanProposal,
    ProposalStatus,
)

# The parts of a plan a comment can be about, besides the plan itself.
PLAN_PARTS: dict[PlanItemKind, type[Goal | Activity | MeetingSummary]] = {
    PlanItemKind.GOAL: Goal,
    PlanItemKind.ACTIVITY: Activity,
    PlanItemKind.MEETING_SUMMARY: MeetingSummary,
}
ITEM_MODELS: dict[PlanItemKind, type[Plan | Goal | Activity | MeetingSummary]] = {
    PlanItemKind.PLAN: Plan,
    **PLAN_PARTS,
}


@dataclass(frozen=True)
class OpenAnswer:
    answer: AppointmentAnswer
    appointment: Appointment


@dataclass(frozen=True)
class CommentThread:
    """The young person's unanswered comments on one plan item."""

    kind: PlanItemKind
    item_id: int
    item_title: str
    comments: Sequence[PlanComment]


@dataclass(frozen=True)
class Waiting:
    answers: Sequence[OpenAnswer]
    proposals: Sequence[PlanProposal]
    threads: Sequence[CommentThread]

    @property
    def count(self) -> int:
        comments = sum(len(thread.comments) for thread in self.threads)
        return len(self.answers) + len(self.proposals) + comments


async def fetch_waiting(db: AsyncSession, young_person_id: int) -> Waiting:
    ids = [young_person_id]
    answers = await db.execute(
        select(AppointmentAnswer, Appointment)
        .join(Appointment, Appointment.id == AppointmentAnswer.appointment_id)
        .where(_open_answer(ids))
        .order_by(AppointmentAnswer.answered_at)
    )
    proposals = await db.scalars(
        select(PlanProposal).where(_open_proposal(ids)).order_by(PlanProposal.proposed_at)
    )
    comments = await db.scalars(
        select(PlanComment).where(_unanswered_comment(ids)).order_by(PlanComment.written_at)
    )
    return Waiting(
        answers=[OpenAnswer(answer, appointment) for answer, appointment in answers],
        proposals=list(proposals.all()),
        threads=await _threads(db, comments.all()),
    )


async def waiting_counts(db: AsyncSession, young_person_ids: list[int]) -> Counter[int]:
    """How many things wait, per young person, in three queries whatever the number."""
    counts: Counter[int] = Counter()
    for person_column, condition in [
        (AppointmentAnswer.young_person_id, _open_answer(young_person_ids)),
        (PlanProposal.young_person_id, _open_proposal(young_person_ids)),
        (PlanComment.young_person_id, _unanswered_comment(young_person_ids)),
    ]:
        query = select(person_column, func.count()).where(condition).group_by(person_column)
        counts.update(dict((await db.execute(query)).all()))
    return counts


def _open_answer(young_person_ids: list[int]) -> ColumnElement[bool]:
    newer = aliased(AppointmentAnswer)
    is_newer = or_(
        newer.answered_at > AppointmentAnswer.answered_at,
        and_(newer.answered_at == AppointmentAnswer.answered_at, newer.id > AppointmentAnswer.id),
    )
    return and_(
        AppointmentAnswer.young_person_id.in_(young_person_ids),
        AppointmentAnswer.answer == Answer.NEEDS_ANOTHER_TIME,
        AppointmentAnswer.handled_at.is_(None),
        ~exists().where(newer.appointment_id == AppointmentAnswer.appointment_id, is_newer),
    )


def _open_proposal(young_person_ids: list[int]) -> ColumnElement[bool]:
    return and_(
        PlanProposal.young_person_id.in_(young_person_ids),
        PlanProposal.status == ProposalStatus.PROPOSED,
    )


def _unanswered_comment(young_person_ids: list[int]) -> ColumnElement[bool]:
    staff_reply = aliased(PlanComment)
    answered_later = exists().where(
        staff_reply.young_person_id == PlanComment.young_person_id,
        staff_reply.item_kind == PlanComment.item_kind,
        staff_reply.item_id == PlanComment.item_id,
        staff_reply.author == Author.STAFF,
        staff_reply.written_at >= PlanComment.written_at,
    )
    return and_(
        PlanComment.young_person_id.in_(young_person_ids),
        PlanComment.author == Author.YOUNG_PERSON,
        ~answered_later,
    )


async def _threads(db: AsyncSession, comments: Sequence[PlanComment]) -> list[CommentThread]:
    by_item: dict[tuple[PlanItemKind, int], list[PlanComment]] = {}
    for comment in comments:
        by_item.setdefault((comment.item_kind, comment.item_id), []).append(comment)
    titles = await item_titles(db, by_item.keys())
    return [
        CommentThread(kind, item_id, titles.get((kind, item_id), ""), thread)
        for (kind, item_id), thread in by_item.items()
    ]


async def item_titles(
    db: AsyncSession, items: Iterable[tuple[PlanItemKind, int]]
) -> dict[tuple[PlanItemKind, int], str]:
    """The titles of plan items, one query per kind present."""
    wanted: dict[PlanItemKind, set[int]] = {}
    for kind, item_id in items:
        wanted.setdefault(kind, set()).add(item_id)
    titles: dict[tuple[PlanItemKind, int], str] = {}
    for kind, ids in wanted.items():
        model = ITEM_MODELS[kind]
        rows = await db.execute(select(model.id, model.title).where(model.id.in_(ids)))
        titles.update({(kind, item_id): title for item_id, title in rows})
    return titles
