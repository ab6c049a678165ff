"""Answering what a young person sent: "needs another time", proposals and comments."""

from __future__ import annotations

from typing import Any

from litestar import Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.guards import StaffSession
from app.model import YoungPerson
from app.overview.models import PlanItemKind, PlanProposal, ProposalStatus
from app.staff import replies
from app.staff.forms import FormData, FormReader
from app.staff.pages import back_to, form_page
from app.staff.waiting import item_titles

HANDLED = "/unge/{young_person_id:int}/svar/{answer_id:int}/haandteret"
PROPOSAL = "/unge/{young_person_id:int}/forslag/{proposal_id:int}"
COMMENTS = "/unge/{young_person_id:int}/kommentarer"

ACCEPT, DECLINE = "ja", "nej"
NO_REASON = "Skriv kort, hvorfor du siger nej."
NO_COMMENT = "Skriv en kommentar."


@post(HANDLED)
async def mark_handled(
    db_session: NamedDependency[AsyncSession],
    young_person_in_view: NamedDependency[YoungPerson],
    answer_id: FromPath[int],
) -> Response[Any]:
    person = young_person_in_view
    if not await replies.mark_answer_handled(db_session, person.id, answer_id, utc_now()):
        raise NotFoundException()
    return back_to(person, "venter")


@get(PROPOSAL)
async def proposal_page(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    proposal_id: FromPath[int],
) -> Response[Any]:
    proposal = await _proposal(db_session, young_person_in_view, proposal_id)
    return await _proposal_page(db_session, staff, young_person_in_view, proposal, FormReader())


@post(PROPOSAL)
async def answer_proposal(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    proposal_id: FromPath[int],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    person, form = young_person_in_view, FormReader(data)
    proposal = await _proposal(db_session, person, proposal_id)
    if proposal.status is not ProposalStatus.PROPOSED:
        return back_to(person, "venter")  # answered already, perhaps in another tab
    decision = form.value("decision")
    answer = form.optional_text("answer", 2000)
    if decision == DECLINE and answer is None:
        form.fail("answer", NO_REASON)
    if decision not in (ACCEPT, DECLINE):
        form.fail("decision", "Vælg ja eller nej.")
    if form.errors:
        return await _proposal_page(db_session, staff, person, proposal, form)
    if decision == ACCEPT:
        await replies.accept_proposal(db_session, proposal, staff.member, answer, utc_now())
    else:
        await replies.decline_proposal(db_session, proposal, staff.member, answer or "", utc_now())
    return back_to(person, "venter")


@get(COMMENTS)
async def comments_page(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    item_kind: FromQuery[str],
    item_id: FromQuery[int],
) -> Response[Any]:
    form = FormReader({"item_kind": item_kind, "item_id": str(item_id)})
    kind = await _item(db_session, young_person_in_view, form)
    return await _comments_page(db_session, staff, young_person_in_view, kind, item_id, form)


@post(COMMENTS)
async def add_comment(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
    data: URLEncodedBody[FormData],
) -> Response[Any]:
    person, form = young_person_in_view, FormReader(data)
    kind = await _item(db_session, person, form)
    item_id = int(form.value("item_id"))
    text = form.text("text", 5000, NO_COMMENT)
    if form.errors:
        return await _comments_page(db_session, staff, person, kind, item_id, form)
    replies.write_comment(db_session, person.id, kind, item_id, staff.member, text)
    return back_to(person, "venter")


async def _proposal(db: AsyncSession, person: YoungPerson, proposal_id: int) -> PlanProposal:
    found = await replies.fetch_proposal(db, person.id, proposal_id)
    if found is None:
        raise NotFoundException()
    return found


async def _item(db: AsyncSession, person: YoungPerson, form: FormReader) -> PlanItemKind:
    """The plan item a comment is about; an item that is not this young person's is a 404."""
    kind = next((kind for kind in PlanItemKind if kind.value == form.value("item_kind")), None)
    item_id = form.value("item_id")
    if kind is None or not item_id.isdigit():
        raise NotFoundException()
    if not await replies.item_exists(db, person.id, kind, int(item_id)):
        raise NotFoundException()
    return kind


async def _proposal_page(
    db: AsyncSession,
    staff: StaffSession,
    person: YoungPerson,
    proposal: PlanProposal,
    form: FormReader,
) -> Response[Any]:
    return await form_page(db, staff, "proposal.html", form, person=person, proposal=proposal)


async def _comments_page(
    db: AsyncSession,
    staff: StaffSession,
    person: YoungPerson,
    kind: PlanItemKind,
    item_id: int,
    form: FormReader,
) -> Response[Any]:
    titles = await item_titles(db, [(kind, item_id)])
    return await form_page(
        db,
        staff,
        "comments.html",
        form,
        person=person,
        kind=kind,
        item_id=item_id,
        item_title=titles.get((kind, item_id), ""),
        comments=await replies.fetch_comments(db, person.id, kind, item_id),
    )


REPLY_ROUTES = [mark_handled, proposal_page, answer_proposal, comments_page, add_comment]
