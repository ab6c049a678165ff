"""The caseworker's answers to what a young person sent: change requests, proposals, comments.

Each function finds its row through the young person's id, so an id belonging to
someone else is simply not found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import Activity, Goal, GoalHorizon, Plan, Source, StaffMember
from app.overview.models import (
    AppointmentAnswer,
    Author,
    PlanComment,
    PlanItemKind,
    PlanProposal,
    ProposalKind,
    ProposalStatus,
)
from app.staff.waiting import PLAN_PARTS


async def handle_open_answers(db: AsyncSession, appointment_id: int, now: datetime) -> None:
    """Mark every unhandled answer to an appointment as dealt with."""
    await db.execute(
        update(AppointmentAnswer)
        .where(
            AppointmentAnswer.appointment_id == appointment_id,
            AppointmentAnswer.handled_at.is_(None),
        )
        .values(handled_at=now)
    )


async def mark_answer_handled(
    db: AsyncSession, young_person_id: int, answer_id: int, now: datetime
) -> bool:
    """False when the answer is not this young person's."""
    query = select(AppointmentAnswer).where(
        AppointmentAnswer.id == answer_id, AppointmentAnswer.young_person_id == young_person_id
    )
    answer = (await db.scalars(query)).one_or_none()
    if answer is None:
        return False
    if answer.handled_at is None:
        answer.handled_at = now
    return True


async def fetch_proposal(
    db: AsyncSession, young_person_id: int, proposal_id: int
) -> PlanProposal | None:
    query = (
        select(PlanProposal)
        .join(Plan, Plan.id == PlanProposal.plan_id)
        .where(
            PlanProposal.id == proposal_id,
            PlanProposal.young_person_id == young_person_id,
            Plan.young_person_id == young_person_id,
        )
    )
    return (await db.scalars(query)).one_or_none()


async def accept_proposal(
    db: AsyncSession, proposal: PlanProposal, member: StaffMember, answer: str | None, now: datetime
) -> Goal | Activity | None:
    """Make the proposed goal or activity part of the plan; None if it was answered
    already (a double click, another tab)."""
    if not await _claim(db, proposal, ProposalStatus.ACCEPTED, member, answer, now):
        return None
    item: Goal | Activity
    if proposal.kind is ProposalKind.GOAL:
        item = Goal(
            plan_id=proposal.plan_id,
            horizon=GoalHorizon.SHORT_TERM,
            title=proposal.title,
            description=proposal.description,
            source=Source.UNGEOVERBLIK,
        )
    else:
        item = Activity(
            plan_id=proposal.plan_id,
            title=proposal.title,
            description=proposal.description,
            responsible_is_young_person=True,
            source=Source.UNGEOVERBLIK,
        )
    db.add(item)
    return item


async def decline_proposal(
    db: AsyncSession, proposal: PlanProposal, member: StaffMember, answer: str, now: datetime
) -> None:
    await _claim(db, proposal, ProposalStatus.DECLINED, member, answer, now)


async def item_exists(
    db: AsyncSession, young_person_id: int, kind: PlanItemKind, item_id: int
) -> bool:
    """Whether this young person's plan holds the item a comment is about."""
    query = _item_query(kind, item_id).where(Plan.young_person_id == young_person_id)
    return (await db.scalars(query)).first() is not None


def write_comment(
    db: AsyncSession,
    young_person_id: int,
    kind: PlanItemKind,
    item_id: int,
    member: StaffMember,
    text: str,
) -> PlanComment:
    comment = PlanComment(
        young_person_id=young_person_id,
        item_kind=kind,
        item_id=item_id,
        author=Author.STAFF,
        staff_member_id=member.id,
        text=text,
    )
    db.add(comment)
    return comment


async def _claim(
    db: AsyncSession,
    proposal: PlanProposal,
    status: ProposalStatus,
    member: StaffMember,
    answer: str | None,
    now: datetime,
) -> bool:
    """Answer the proposal in one conditional update, so only one answer ever wins."""
    result = await db.execute(
        update(PlanProposal)
        .where(PlanProposal.id == proposal.id, PlanProposal.status == ProposalStatus.PROPOSED)
        .values(status=status, answered_by_id=member.id, answer=answer, answered_at=now)
        .execution_options(synchronize_session=False)
    )
    await db.refresh(proposal)
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _item_query(kind: PlanItemKind, item_id: int) -> Select[Any]:
    if kind is PlanItemKind.PLAN:
        return select(Plan.id).where(Plan.id == item_id)
    model = PLAN_PARTS[kind]
    return select(model.id).join(Plan, Plan.id == model.plan_id).where(model.id == item_id)


@dataclass(frozen=True)
class SaidComment:
    comment: PlanComment
    staff_name: str | None  # who wrote it, when staff did


async def fetch_comments(
    db: AsyncSession, young_person_id: int, kind: PlanItemKind, item_id: int
) -> list[SaidComment]:
    """Everything said about one plan item, oldest first."""
    query = (
        select(PlanComment, StaffMember.name)
        .outerjoin(StaffMember, StaffMember.id == PlanComment.staff_member_id)
        .where(
            PlanComment.young_person_id == young_person_id,
            PlanComment.item_kind == kind,
            PlanComment.item_id == item_id,
        )
        .order_by(PlanComment.written_at, PlanComment.id)
    )
    rows = await db.execute(query)
    return [SaidComment(comment, name) for comment, name in rows]
