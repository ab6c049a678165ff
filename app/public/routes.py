"""Pages anyone may see without logging in: the landing page and the accessibility statement."""

from __future__ import annotations

from typing import Annotated

from litestar import get
from litestar.di import NamedDependency
from litestar.params import QueryParameter
from litestar.response import Template
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import Municipality
from app.settings import Settings


async def find_home_municipality(session: AsyncSession, settings: Settings) -> Municipality | None:
    query = select(Municipality).where(Municipality.code == settings.municipality_code)
    return (await session.scalars(query)).one_or_none()


@get("/")
async def landing_page(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    logged_out: Annotated[str | None, QueryParameter(name="logget-ud")] = None,
) -> Template:
    municipality = await find_home_municipality(db_session, settings)
    context = {"municipality": municipality, "logged_out": logged_out is not None}
    return Template("public/landing.html", context=context)


@get("/tilgaengelighed")
async def accessibility_statement(
    db_session: NamedDependency[AsyncSession], settings: NamedDependency[Settings]
) -> Template:
    municipality = await find_home_municipality(db_session, settings)
    return Template("public/accessibility.html", context={"municipality": municipality})


PUBLIC_ROUTES = [landing_page, accessibility_statement]
