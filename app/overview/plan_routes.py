"""The young person's plan: "Min plan", its goals, activities and meeting summaries.

Routes parse, call `app.overview.plan_actions` and render. The tick-off and comment
forms work with htmx (a fragment is swapped in) and without it (303 back to the page).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from litestar import Request, Response, Router, get, post
from litestar.datastructures import CacheControlHeader, ResponseHeader
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.guards import YoungPersonSession, local_path
from app.overview.models import PlanItemKind
from app.overview.plan_actions import (
    AREA_NAMES,
    PROPOSAL_STATUS_NAMES,
    ActivityCancelledError,
    CommentView,
    InvalidInputError,
    NotResponsibleError,
    PlanItemNotFoundError,
    ProposalForm,
    add_comment,
    fetch_activity_detail,
    fetch_comments,
    fetch_goal_detail,
    fetch_plan_page,
    fetch_summary_detail,
    parse_item_kind,
    propose,
    tick_off_activity,
    untick_activity,
)
from app.web.danish_time import day_in_words, when_in_words

PLAN_PAGE = "/plan"
TEMPLATES = "overview/plan"

NOT_RESPONSIBLE = "{name} står for den aktivitet. Du kan kun sætte flueben ved dine egne."
CANCELLED = "Den aktivitet er aflyst. Så er der ikke noget at sætte flueben ved."

Detail = TypeVar("Detail")


@dataclass(frozen=True)
class TypedComment:
    """A comment that could not be saved, kept so the form shows what was typed."""

    text: str
    error: str


@dataclass(frozen=True)
class CommentSection:
    """The comments on one item and the form under them: one swappable fragment."""

    kind: PlanItemKind
    item_id: int
    comments: Sequence[CommentView]
    typed: TypedComment | None = None
    sent: bool = False

    @property
    def element_id(self) -> str:
        return f"comments-{self.kind.value.replace('_', '-')}-{self.item_id}"


@dataclass(frozen=True)
class FailedProposal:
    plan_id: int
    form: ProposalForm
    error: InvalidInputError


@get(PLAN_PAGE)
async def plan_page(
    db_session: NamedDependency[AsyncSession], young_person: NamedDependency[YoungPersonSession]
) -> Template:
    return await _plan_template(db_session, young_person.person.id)


@get("/maal/{goal_id:int}")
async def goal_page(
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    goal_id: FromPath[int],
) -> Template:
    return await _goal_template(db_session, young_person.person.id, goal_id)


@get("/aktiviteter/{activity_id:int}")
async def activity_page(
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    activity_id: FromPath[int],
) -> Template:
    return await _activity_template(db_session, young_person.person.id, activity_id)


@get("/referater/{summary_id:int}")
async def summary_page(
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    summary_id: FromPath[int],
) -> Template:
    return await _summary_template(db_session, young_person.person.id, summary_id)


@post("/aktiviteter/{activity_id:int}/udfoert")
async def tick_off(
    request: Request[Any, Any, Any],
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    activity_id: FromPath[int],
    data: URLEncodedBody[dict[str, str]],
) -> Response[Any]:
    return await _change_activity(request, db_session, young_person, activity_id, data, done=True)


@post("/aktiviteter/{activity_id:int}/ikke-udfoert")
async def untick(
    request: Request[Any, Any, Any],
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    activity_id: FromPath[int],
    data: URLEncodedBody[dict[str, str]],
) -> Response[Any]:
    return await _change_activity(request, db_session, young_person, activity_id, data, done=False)


@post("/kommentarer")
async def comment(
    request: Request[Any, Any, Any],
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    data: URLEncodedBody[dict[str, str]],
) -> Response[Any]:
    person_id = young_person.person.id
    try:
        kind = parse_item_kind(data.get("item_kind", ""))
        item_id = _item_id(data.get("item_id", ""))
        await add_comment(db_session, person_id, kind, item_id, data.get("text", ""), utc_now())
    except PlanItemNotFoundError as error:
        raise NotFoundException() from error
    except InvalidInputError as error:
        typed = TypedComment(data.get("text", ""), error.message)
        if _is_htmx(request):
            return await _comments_fragment(db_session, person_id, kind, item_id, typed=typed)
        return await _ITEM_PAGES[kind](db_session, person_id, item_id, typed)
    if _is_htmx(request):
        return await _comments_fragment(db_session, person_id, kind, item_id, sent=True)
    return Redirect(_item_url(kind, item_id), status_code=HTTP_303_SEE_OTHER)


@post("/plan/{plan_id:int}/forslag")
async def make_proposal(
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    plan_id: FromPath[int],
    data: URLEncodedBody[dict[str, str]],
) -> Response[Any]:
    form = ProposalForm(
        kind=data.get("kind", ""),
        title=data.get("title", ""),
        description=data.get("description", ""),
    )
    try:
        await propose(db_session, young_person.person.id, plan_id, form, utc_now())
    except PlanItemNotFoundError as error:
        raise NotFoundException() from error
    except InvalidInputError as error:
        failed = FailedProposal(plan_id, form, error)
        return await _plan_template(db_session, young_person.person.id, failed_proposal=failed)
    return Redirect(f"{PLAN_PAGE}#proposals-{plan_id}", status_code=HTTP_303_SEE_OTHER)


async def _change_activity(
    request: Request[Any, Any, Any],
    db: AsyncSession,
    young_person: YoungPersonSession,
    activity_id: int,
    data: dict[str, str],
    *,
    done: bool,
) -> Response[Any]:
    person_id = young_person.person.id
    try:
        if done:
            activity = await tick_off_activity(db, person_id, activity_id, utc_now())
        else:
            activity = await untick_activity(db, person_id, activity_id)
    except PlanItemNotFoundError as error:
        raise NotFoundException() from error
    except NotResponsibleError as error:
        return _refused(NOT_RESPONSIBLE.format(name=error.responsible_name), status_code=403)
    except ActivityCancelledError:
        return _refused(CANCELLED, status_code=409)
    return_to = local_path(data.get("tilbage"), PLAN_PAGE)
    if _is_htmx(request):
        context = {"activity": activity, "return_to": return_to}
        return Template(f"{TEMPLATES}/_activity_status.html", context=context)
    return Redirect(return_to, status_code=HTTP_303_SEE_OTHER)


async def _plan_template(
    db: AsyncSession,
    person_id: int,
    *,
    failed_proposal: FailedProposal | None = None,
    typed_comment: tuple[int, TypedComment] | None = None,
) -> Template:
    page = await fetch_plan_page(db, person_id)
    discussions = {
        section.view.plan.id: CommentSection(
            PlanItemKind.PLAN, section.view.plan.id, section.comments
        )
        for section in page.sections
    }
    if typed_comment is not None and typed_comment[0] in discussions:
        plan_id, typed = typed_comment
        discussions[plan_id] = CommentSection(
            PlanItemKind.PLAN, plan_id, discussions[plan_id].comments, typed
        )
    failed = failed_proposal is not None or typed_comment is not None
    context = {
        "page": page,
        "discussions": discussions,
        "failed_proposal": failed_proposal,
        **_words(utc_now()),
    }
    return Template(f"{TEMPLATES}/plan.html", context=context, status_code=400 if failed else 200)


async def _plan_with_comment(
    db: AsyncSession, person_id: int, plan_id: int, typed: TypedComment | None
) -> Template:
    typed_comment = (plan_id, typed) if typed is not None else None
    return await _plan_template(db, person_id, typed_comment=typed_comment)


async def _goal_template(
    db: AsyncSession, person_id: int, goal_id: int, typed: TypedComment | None = None
) -> Template:
    detail = await _found(fetch_goal_detail(db, person_id, goal_id))
    comments = await _comment_section(db, person_id, PlanItemKind.GOAL, goal_id, typed)
    context = {"detail": detail, "comment_section": comments, **_words(utc_now())}
    return _detail_template("goal.html", context, typed)


async def _activity_template(
    db: AsyncSession, person_id: int, activity_id: int, typed: TypedComment | None = None
) -> Template:
    detail = await _found(fetch_activity_detail(db, person_id, activity_id))
    comments = await _comment_section(db, person_id, PlanItemKind.ACTIVITY, activity_id, typed)
    context = {"detail": detail, "comment_section": comments, **_words(utc_now())}
    return _detail_template("activity.html", context, typed)


async def _summary_template(
    db: AsyncSession, person_id: int, summary_id: int, typed: TypedComment | None = None
) -> Template:
    detail = await _found(fetch_summary_detail(db, person_id, summary_id))
    kind = PlanItemKind.MEETING_SUMMARY
    comments = await _comment_section(db, person_id, kind, summary_id, typed)
    context = {"detail": detail, "comment_section": comments, **_words(utc_now())}
    return _detail_template("summary.html", context, typed)


def _detail_template(name: str, context: dict[str, Any], typed: TypedComment | None) -> Template:
    status_code = 400 if typed is not None else 200
    return Template(f"{TEMPLATES}/{name}", context=context, status_code=status_code)


async def _comment_section(
    db: AsyncSession,
    person_id: int,
    kind: PlanItemKind,
    item_id: int,
    typed: TypedComment | None = None,
    *,
    sent: bool = False,
) -> CommentSection:
    comments = await fetch_comments(db, person_id, kind, item_id)
    return CommentSection(kind, item_id, comments, typed, sent)


async def _comments_fragment(
    db: AsyncSession,
    person_id: int,
    kind: PlanItemKind,
    item_id: int,
    *,
    typed: TypedComment | None = None,
    sent: bool = False,
) -> Template:
    section = await _comment_section(db, person_id, kind, item_id, typed, sent=sent)
    context = {"comment_section": section, **_words(utc_now())}
    status_code = 400 if typed is not None else 200
    return Template(f"{TEMPLATES}/_comments.html", context=context, status_code=status_code)


def _refused(message: str, status_code: int) -> Template:
    return Template(
        f"{TEMPLATES}/refused.html", context={"message": message}, status_code=status_code
    )


async def _found(lookup: Awaitable[Detail]) -> Detail:
    try:
        return await lookup
    except PlanItemNotFoundError as error:
        raise NotFoundException() from error


def _item_id(text: str) -> int:
    if not text.isdigit():
        raise PlanItemNotFoundError()
    return int(text)


def _item_url(kind: PlanItemKind, item_id: int) -> str:
    return {
        PlanItemKind.PLAN: f"{PLAN_PAGE}#plan-{item_id}",
        PlanItemKind.GOAL: f"/maal/{item_id}#comments",
        PlanItemKind.ACTIVITY: f"/aktiviteter/{item_id}#comments",
        PlanItemKind.MEETING_SUMMARY: f"/referater/{item_id}#comments",
    }[kind]


def _is_htmx(request: Request[Any, Any, Any]) -> bool:
    return request.headers.get("hx-request") == "true"


def _words(now: datetime) -> dict[str, Any]:
    """What the templates use to say dates, times, areas and states in plain words."""

    def day(moment: date | datetime) -> str:
        return day_in_words(moment, now)

    def when(moment: datetime) -> str:
        return when_in_words(moment, now)

    return {
        "day": day,
        "when": when,
        "paragraphs": _paragraphs,
        "area_names": AREA_NAMES,
        "proposal_status_names": PROPOSAL_STATUS_NAMES,
    }


def _paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    parts = text.replace("\r\n", "\n").split("\n\n")
    return [part.strip() for part in parts if part.strip()]


# The page each kind of item is shown on, given what was typed into its comment form.
ItemPage = Callable[[AsyncSession, int, int, TypedComment | None], Awaitable[Template]]
_ITEM_PAGES: dict[PlanItemKind, ItemPage] = {
    PlanItemKind.PLAN: _plan_with_comment,
    PlanItemKind.GOAL: _goal_template,
    PlanItemKind.ACTIVITY: _activity_template,
    PlanItemKind.MEETING_SUMMARY: _summary_template,
}

# One URL serves a page or, to htmx, a fragment; both hold personal data.
PLAN_ROUTES: list[Any] = [
    Router(
        path="/",
        route_handlers=[
            plan_page,
            goal_page,
            activity_page,
            summary_page,
            tick_off,
            untick,
            comment,
            make_proposal,
        ],
        response_headers=[ResponseHeader(name="Vary", value="HX-Request")],
        cache_control=CacheControlHeader(no_store=True),
    )
]
