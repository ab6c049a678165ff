"""The young person's side of the plan: reading it in detail, and what they may change.

A young person may tick off the activities they are responsible for, comment on any
item of their own plans, and propose a new goal or activity. Every function takes the
young person's id and filters by it in the query, through the item's plan, so another
person's item is simply not found. Errors are domain errors; routes turn them into
answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import (
    Activity,
    ActivityStatus,
    Goal,
    GoalHorizon,
    MeetingSummary,
    Plan,
    PlanArea,
    PlanStatus,
    StaffMember,
)
from app.overview.models import (
    Author,
    PlanComment,
    PlanItemKind,
    PlanProposal,
    ProposalKind,
    ProposalStatus,
)
from app.overview.service import PlanView, fetch_plans

COMMENT_MAX_CHARS = 2000
PROPOSAL_TITLE_MAX_CHARS = 200
PROPOSAL_DESCRIPTION_MAX_CHARS = 2000

# Who made each plan, in plain words.
AREA_NAMES = {
    PlanArea.EMPLOYMENT: "Jobcentret",
    PlanArea.EDUCATION: "Uddannelsesvejledningen",
    PlanArea.SOCIAL: "Socialrådgivningen",
    PlanArea.YOUTH_EFFORT: "Ungeindsatsen",
}
PROPOSAL_STATUS_NAMES = {
    ProposalStatus.PROPOSED: "Foreslået",
    ProposalStatus.ACCEPTED: "Godkendt",
    ProposalStatus.DECLINED: "Ikke godkendt",
}
YOU = "Dig"
UNKNOWN_STAFF = "En medarbejder"

EMPTY_COMMENT = "Skriv en kommentar først."
LONG_COMMENT = f"Din kommentar er for lang. Den må højst være {COMMENT_MAX_CHARS} tegn."
EMPTY_TITLE = "Skriv kort, hvad du foreslår."
LONG_TITLE = f"Det er for langt. Skriv højst {PROPOSAL_TITLE_MAX_CHARS} tegn."
LONG_DESCRIPTION = f"Det er for langt. Skriv højst {PROPOSAL_DESCRIPTION_MAX_CHARS} tegn."
UNKNOWN_KIND = "Vælg, om du foreslår et mål eller en aktivitet."

OwnItem = TypeVar("OwnItem", Goal, Activity, MeetingSummary)


class PlanItemNotFoundError(Exception):
    """No such item in this young person's plans."""


class NotResponsibleError(Exception):
    """Someone else is responsible for the activity, so only they may tick it off."""

    def __init__(self, responsible_name: str) -> None:
        super().__init__("the young person is not responsible for this activity")
        self.responsible_name = responsible_name


class ActivityCancelledError(Exception):
    """A cancelled activity cannot be ticked off."""


class InvalidInputError(ValueError):
    """What the young person typed cannot be saved; `message` says why, in Danish."""

    def __init__(self, message: str, field_name: str) -> None:
        super().__init__(message)
        self.message = message
        self.field_name = field_name


@dataclass(frozen=True)
class CommentView:
    comment: PlanComment
    author_name: str

    @property
    def is_own(self) -> bool:
        return self.comment.author is Author.YOUNG_PERSON


@dataclass(frozen=True)
class Staff:
    """Staff members by id, for naming who is responsible or who wrote."""

    members: dict[int, StaffMember] = field(default_factory=dict)

    def name_of(self, staff_member_id: int | None) -> str:
        member = self.members.get(staff_member_id) if staff_member_id is not None else None
        return member.name if member is not None else UNKNOWN_STAFF

    def responsible_for(self, activity: Activity) -> str:
        if activity.responsible_is_young_person:
            return YOU
        return self.name_of(activity.responsible_id)


@dataclass(frozen=True)
class PlanSection:
    view: PlanView
    summaries: Sequence[MeetingSummary]
    proposals: Sequence[PlanProposal]
    comments: Sequence[CommentView]

    @property
    def area_name(self) -> str:
        return AREA_NAMES[self.view.plan.area]

    @property
    def short_term_goals(self) -> list[Goal]:
        return [goal for goal in self.view.goals if goal.horizon is GoalHorizon.SHORT_TERM]

    @property
    def long_term_goals(self) -> list[Goal]:
        return [goal for goal in self.view.goals if goal.horizon is GoalHorizon.LONG_TERM]

    @property
    def activities(self) -> list[Activity]:
        """Open activities first, soonest due first; done and cancelled ones last."""
        return sorted(
            self.view.activities,
            key=lambda activity: (
                activity.status in (ActivityStatus.DONE, ActivityStatus.CANCELLED),
                activity.due_on is None,
                activity.due_on,
                activity.id,
            ),
        )


@dataclass(frozen=True)
class PlanPage:
    sections: Sequence[PlanSection]
    staff: Staff


@dataclass(frozen=True)
class GoalDetail:
    goal: Goal
    plan: Plan
    activities: Sequence[Activity]
    staff: Staff


@dataclass(frozen=True)
class ActivityDetail:
    activity: Activity
    plan: Plan
    goal: Goal | None
    staff: Staff


@dataclass(frozen=True)
class SummaryDetail:
    summary: MeetingSummary
    plan: Plan
    staff: Staff


async def fetch_plan_page(db: AsyncSession, young_person_id: int) -> PlanPage:
    views = await fetch_plans(db, young_person_id)
    plan_ids = [view.plan.id for view in views]
    summaries = await _summaries_of(db, plan_ids)
    proposals = await _proposals_of(db, young_person_id, plan_ids)
    plan_comments = await _comments_on(db, young_person_id, PlanItemKind.PLAN, plan_ids)
    staff = await _staff(
        db,
        [activity.responsible_id for view in views for activity in view.activities],
        [summary.author_id for summary in summaries],
        [comment.staff_member_id for comment in plan_comments],
    )
    sections = [
        PlanSection(
            view=view,
            summaries=[s for s in summaries if s.plan_id == view.plan.id],
            proposals=[p for p in proposals if p.plan_id == view.plan.id],
            comments=[_comment_view(c, staff) for c in plan_comments if c.item_id == view.plan.id],
        )
        for view in views
    ]
    return PlanPage(sections, staff)


async def fetch_goal_detail(db: AsyncSession, young_person_id: int, goal_id: int) -> GoalDetail:
    goal, plan = await _own_item(db, Goal, young_person_id, goal_id)
    query = select(Activity).where(Activity.goal_id == goal.id).order_by(Activity.id)
    activities = list((await db.scalars(query)).all())
    staff = await _staff(db, [activity.responsible_id for activity in activities])
    return GoalDetail(goal, plan, activities, staff)


async def fetch_activity_detail(
    db: AsyncSession, young_person_id: int, activity_id: int
) -> ActivityDetail:
    activity, plan = await _own_item(db, Activity, young_person_id, activity_id)
    goal = await db.get(Goal, activity.goal_id) if activity.goal_id is not None else None
    return ActivityDetail(activity, plan, goal, await _staff(db, [activity.responsible_id]))


async def fetch_summary_detail(
    db: AsyncSession, young_person_id: int, summary_id: int
) -> SummaryDetail:
    summary, plan = await _own_item(db, MeetingSummary, young_person_id, summary_id)
    return SummaryDetail(summary, plan, await _staff(db, [summary.author_id]))


async def fetch_comments(
    db: AsyncSession, young_person_id: int, kind: PlanItemKind, item_id: int
) -> list[CommentView]:
    """The comments on one item, oldest first, each with its author's name."""
    comments = await _comments_on(db, young_person_id, kind, [item_id])
    staff = await _staff(db, [comment.staff_member_id for comment in comments])
    return [_comment_view(comment, staff) for comment in comments]


async def tick_off_activity(
    db: AsyncSession, young_person_id: int, activity_id: int, now: datetime
) -> Activity:
    activity = await _own_activity_to_change(db, young_person_id, activity_id)
    if activity.status is not ActivityStatus.DONE:
        activity.status = ActivityStatus.DONE
        activity.completed_at = now
    return activity


async def untick_activity(db: AsyncSession, young_person_id: int, activity_id: int) -> Activity:
    activity = await _own_activity_to_change(db, young_person_id, activity_id)
    if activity.status is ActivityStatus.DONE:
        activity.status = ActivityStatus.PLANNED
        activity.completed_at = None
    return activity


def parse_item_kind(text: str) -> PlanItemKind:
    try:
        return PlanItemKind(text)
    except ValueError as error:
        raise PlanItemNotFoundError() from error


async def add_comment(
    db: AsyncSession,
    young_person_id: int,
    kind: PlanItemKind,
    item_id: int,
    text: str,
    now: datetime,
) -> PlanComment:
    await check_own_item(db, young_person_id, kind, item_id)
    comment = PlanComment(
        young_person_id=young_person_id,
        item_kind=kind,
        item_id=item_id,
        author=Author.YOUNG_PERSON,
        text=validate_comment(text),
        written_at=now,
    )
    db.add(comment)
    await db.flush()
    return comment


def validate_comment(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInputError(EMPTY_COMMENT, "text")
    if len(cleaned) > COMMENT_MAX_CHARS:
        raise InvalidInputError(LONG_COMMENT, "text")
    return cleaned


async def check_own_item(
    db: AsyncSession, young_person_id: int, kind: PlanItemKind, item_id: int
) -> None:
    """Raise `PlanItemNotFoundError` unless the item is in one of this person's plans."""
    if kind is PlanItemKind.PLAN:
        await _own_plan(db, young_person_id, item_id, active_only=False)
    elif kind is PlanItemKind.GOAL:
        await _own_item(db, Goal, young_person_id, item_id)
    elif kind is PlanItemKind.ACTIVITY:
        await _own_item(db, Activity, young_person_id, item_id)
    else:
        await _own_item(db, MeetingSummary, young_person_id, item_id)


async def propose(
    db: AsyncSession,
    young_person_id: int,
    plan_id: int,
    form: ProposalForm,
    now: datetime,
) -> PlanProposal:
    """Store a proposal on one of the person's active plans; staff read it from the table."""
    plan = await _own_plan(db, young_person_id, plan_id, active_only=True)
    kind, title, description = form.validated()
    proposal = PlanProposal(
        young_person_id=young_person_id,
        plan_id=plan.id,
        kind=kind,
        title=title,
        description=description,
        status=ProposalStatus.PROPOSED,
        proposed_at=now,
    )
    db.add(proposal)
    await db.flush()
    return proposal


@dataclass(frozen=True)
class ProposalForm:
    """What the young person typed, kept as typed so a refused form can be shown again."""

    kind: str = ""
    title: str = ""
    description: str = ""

    def validated(self) -> tuple[ProposalKind, str, str | None]:
        try:
            kind = ProposalKind(self.kind)
        except ValueError as error:
            raise InvalidInputError(UNKNOWN_KIND, "kind") from error
        title = self.title.strip()
        if not title:
            raise InvalidInputError(EMPTY_TITLE, "title")
        if len(title) > PROPOSAL_TITLE_MAX_CHARS:
            raise InvalidInputError(LONG_TITLE, "title")
        description = self.description.strip()
        if len(description) > PROPOSAL_DESCRIPTION_MAX_CHARS:
            raise InvalidInputError(LONG_DESCRIPTION, "description")
        return kind, title, description or None


async def _own_activity_to_change(
    db: AsyncSession, young_person_id: int, activity_id: int
) -> Activity:
    activity, _plan = await _own_item(db, Activity, young_person_id, activity_id)
    if not activity.responsible_is_young_person:
        staff = await _staff(db, [activity.responsible_id])
        raise NotResponsibleError(staff.responsible_for(activity))
    if activity.status is ActivityStatus.CANCELLED:
        raise ActivityCancelledError()
    return activity


async def _own_item(
    db: AsyncSession, model: type[OwnItem], young_person_id: int, item_id: int
) -> tuple[OwnItem, Plan]:
    query = (
        select(model, Plan)
        .join(Plan, Plan.id == model.plan_id)
        .where(model.id == item_id, Plan.young_person_id == young_person_id)
    )
    row = (await db.execute(query)).one_or_none()
    if row is None:
        raise PlanItemNotFoundError()
    return row[0], row[1]


async def _own_plan(
    db: AsyncSession, young_person_id: int, plan_id: int, *, active_only: bool
) -> Plan:
    query = select(Plan).where(Plan.id == plan_id, Plan.young_person_id == young_person_id)
    if active_only:
        query = query.where(Plan.status == PlanStatus.ACTIVE)
    plan = (await db.scalars(query)).one_or_none()
    if plan is None:
        raise PlanItemNotFoundError()
    return plan


async def _summaries_of(db: AsyncSession, plan_ids: list[int]) -> list[MeetingSummary]:
    query = (
        select(MeetingSummary)
        .where(MeetingSummary.plan_id.in_(plan_ids))
        .order_by(MeetingSummary.held_at.desc(), MeetingSummary.id.desc())
    )
    return list((await db.scalars(query)).all())


async def _proposals_of(
    db: AsyncSession, young_person_id: int, plan_ids: list[int]
) -> list[PlanProposal]:
    query = (
        select(PlanProposal)
        .where(PlanProposal.young_person_id == young_person_id, PlanProposal.plan_id.in_(plan_ids))
        .order_by(PlanProposal.proposed_at.desc(), PlanProposal.id.desc())
    )
    return list((await db.scalars(query)).all())


async def _comments_on(
    db: AsyncSession, young_person_id: int, kind: PlanItemKind, item_ids: list[int]
) -> list[PlanComment]:
    query = (
        select(PlanComment)
        .where(
            PlanComment.young_person_id == young_person_id,
            PlanComment.item_kind == kind,
            PlanComment.item_id.in_(item_ids),
        )
        .order_by(PlanComment.written_at, PlanComment.id)
    )
    return list((await db.scalars(query)).all())


async def _staff(db: AsyncSession, *id_lists: Iterable[int | None]) -> Staff:
    ids = {staff_id for ids in id_lists for staff_id in ids if staff_id is not None}
    if not ids:
        return Staff()
    members = (await db.scalars(select(StaffMember).where(StaffMember.id.in_(ids)))).all()
    return Staff({member.id: member for member in members})


def _comment_view(comment: PlanComment, staff: Staff) -> CommentView:
    if comment.author is Author.YOUNG_PERSON:
        return CommentView(comment, YOU)
    return CommentView(comment, staff.name_of(comment.staff_member_id))
