"""What every desk page shares: who is asking, the young person in view, and the answers.

`provide_young_person_in_view` is the desk's only way to a young person from a URL; it
asks `app.staff.access`, and anyone the staff member may not see is a plain 404.
"""

from __future__ import annotations

from typing import Any

from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER, HTTP_400_BAD_REQUEST
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.guards import StaffSession
from app.model import Municipality, YoungPerson
from app.staff.access import open_young_person
from app.staff.forms import FormReader

# Desk pages hold personal data: never kept by a browser or a proxy.
NO_STORE = {"Cache-Control": "no-store"}


async def provide_young_person_in_view(
    db_session: NamedDependency[AsyncSession],
    staff: NamedDependency[StaffSession],
    young_person_id: FromPath[int],
) -> YoungPerson:
    person = await open_young_person(db_session, staff.member, young_person_id)
    if person is None:
        raise NotFoundException()
    return person


async def desk_page(
    db: AsyncSession,
    staff: StaffSession,
    template: str,
    status_code: int = 200,
    **context: Any,
) -> Template:
    municipality = await db.get(Municipality, staff.member.municipality_id)
    return Template(
        f"staff/{template}",
        context={"member": staff.member, "municipality": municipality, **context},
        status_code=status_code,
        headers=NO_STORE,
    )


async def form_page(
    db: AsyncSession,
    staff: StaffSession,
    template: str,
    form: FormReader,
    **context: Any,
) -> Template:
    """A form page; with errors it answers 400 and shows what was typed."""
    status_code = HTTP_400_BAD_REQUEST if form.errors else 200
    return await desk_page(db, staff, template, status_code, form=form, **context)


def back_to(person: YoungPerson, anchor: str = "") -> Redirect:
    """After a change: the young person's page, where the change now shows."""
    target = f"/personale/unge/{person.id}" + (f"#{anchor}" if anchor else "")
    return Redirect(target, status_code=HTTP_303_SEE_OTHER)
