"""The young person's "everything in one place": the overview and its detail pages."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity import passkeys
from app.identity.guards import YoungPersonSession
from app.overview import answers, service
from app.overview.answers import AnswerError

# Pages with personal data: never stored by the browser's HTTP cache or a proxy, and
# one URL serves both a full page and an htmx fragment.
PERSONAL = {"Cache-Control": "no-store", "Vary": "HX-Request"}


@get("/mit-overblik")
async def overview_page(
    db_session: NamedDependency[AsyncSession], young_person: NamedDependency[YoungPersonSession]
) -> Template:
    now = utc_now()
    person = young_person.person
    context = {
        "person": person,
        "overview": await service.fetch_overview(db_session, person.id, now),
        "has_passkey": await passkeys.count_passkeys(db_session, person.id) > 0,
        "now": now,
    }
    return Template("overview/overview.html", context=context, headers=PERSONAL)


@get("/aftaler/{appointment_id:int}")
async def appointment_page(
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    appointment_id: FromPath[int],
) -> Template:
    view = await _own_appointment(db_session, young_person, appointment_id)
    context = {"view": view, "now": utc_now()}
    return Template("overview/appointment.html", context=context, headers=PERSONAL)


@post("/aftaler/{appointment_id:int}/svar")
async def answer_appointment(
    request: Request[Any, Any, Any],
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    appointment_id: FromPath[int],
    data: URLEncodedBody[dict[str, str]],
) -> Response[Any]:
    view = await _own_appointment(db_session, young_person, appointment_id)
    try:
        await answers.answer_appointment(
            db_session, view.appointment, data.get("answer", ""), data.get("reason", "")
        )
    except AnswerError as error:
        context = {"view": view, "now": utc_now(), "error": error.message, "typed": data}
        return Template(
            "overview/appointment.html", context=context, status_code=400, headers=PERSONAL
        )
    if request.headers.get("hx-request"):
        fresh = await _own_appointment(db_session, young_person, appointment_id)
        return Template("overview/_answer.html", context={"view": fresh}, headers=PERSONAL)
    return Redirect(f"/aftaler/{appointment_id}", status_code=HTTP_303_SEE_OTHER)


@get("/kontakter/{relation_id:int}")
async def contact_page(
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    relation_id: FromPath[int],
) -> Template:
    contact = await service.fetch_contact(db_session, young_person.person.id, relation_id)
    if contact is None:
        raise NotFoundException()
    return Template("overview/contact.html", context={"contact": contact}, headers=PERSONAL)


@get("/sager/{case_id:int}")
async def case_page(
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    case_id: FromPath[int],
) -> Template:
    cases = await service.fetch_cases(db_session, young_person.person.id)
    view = next((view for view in cases if view.case.id == case_id), None)
    if view is None:
        raise NotFoundException()
    context = {"view": view, "now": utc_now()}
    return Template("overview/case.html", context=context, headers=PERSONAL)


async def _own_appointment(
    db: AsyncSession, young_person: YoungPersonSession, appointment_id: int
) -> service.AppointmentView:
    view = await service.fetch_appointment(db, young_person.person.id, appointment_id)
    if view is None:
        raise NotFoundException()
    return view


OVERVIEW_ROUTES = [overview_page, appointment_page, answer_appointment, contact_page, case_page]
