"""The caseworker's desk under /personale: the list of young people and each one's page.

Every route needs a staff session (`staff`); every route about one young person gets
them through `young_person_in_view`, which applies the access rule.
"""

from __future__ import annotations

from typing import Any

from litestar import Router, get
from litestar.di import NamedDependency, Provide
from litestar.response import Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.guards import StaffSession
from app.model import YoungPerson
from app.overview.service import fetch_overview
from app.staff.access import CHANGEABLE_SOURCES
from app.staff.appointment_routes import APPOINTMENT_ROUTES
from app.staff.desk import fetch_desk
from app.staff.pages import desk_page, provide_young_person_in_view
from app.staff.plan_routes import PLAN_ROUTES
from app.staff.reply_routes import REPLY_ROUTES
from app.staff.waiting import fetch_waiting


@get("/")
async def desk(
    db_session: NamedDependency[AsyncSession], staff: NamedDependency[StaffSession]
) -> Template:
    now = utc_now()
    rows = await fetch_desk(db_session, staff.member, now)
    return await desk_page(
        db_session, staff, "desk.html", role=staff.account.role, rows=rows, now=now
    )


@get("/unge/{young_person_id:int}")
async def young_person_page(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_in_view: NamedDependency[YoungPerson],
) -> Template:
    now, person = utc_now(), young_person_in_view
    overview = await fetch_overview(db_session, person.id, now)
    staff_names = {
        contact.relation.staff_member_id: contact.name
        for contact in overview.contacts
        if contact.relation.staff_member_id is not None
    }
    return await desk_page(
        db_session,
        staff,
        "young_person.html",
        person=person,
        overview=overview,
        waiting=await fetch_waiting(db_session, person.id),
        staff_names=staff_names,
        changeable=CHANGEABLE_SOURCES,
        now=now,
    )


STAFF_DESK_ROUTES: list[Any] = [
    Router(
        "/personale",
        route_handlers=[
            desk,
            young_person_page,
            *APPOINTMENT_ROUTES,
            *PLAN_ROUTES,
            *REPLY_ROUTES,
        ],
        dependencies={"young_person_in_view": Provide(provide_young_person_in_view)},
    )
]
