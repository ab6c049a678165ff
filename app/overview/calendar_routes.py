"""Appointments into the phone's own calendar: a download per appointment, and a feed.

The feed is fetched by calendar apps, which carry no session: the secret token in its
URL is the only key. It never appears in a log line; the feed's id does.
"""

from __future__ import annotations

from typing import Any

from litestar import Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.guards import YoungPersonSession, require_fresh_mitid
from app.overview import calendar, service
from app.overview.calendar import FeedLinks
from app.overview.models import CalendarFeed
from app.settings import Settings

CALENDAR_PAGE = "/kalender"
CALENDAR_TEMPLATE = "overview/calendar/calendar.html"
CALENDAR_MEDIA_TYPE = "text/calendar"  # Litestar adds "; charset=utf-8"
FEED_SUFFIX = ".ics"
# The link and the appointments are personal: no browser or proxy may keep a copy.
NO_STORE = {"Cache-Control": "no-store"}


@get("/aftaler/{appointment_id:int}/kalender.ics")
async def appointment_calendar_file(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    young_person: NamedDependency[YoungPersonSession],
    appointment_id: FromPath[int],
) -> Response[bytes]:
    view = await service.fetch_appointment(db_session, young_person.person.id, appointment_id)
    if view is None:
        raise NotFoundException()
    content = calendar.appointment_file(view.appointment, settings.public_url, utc_now())
    headers = {**NO_STORE, "Content-Disposition": 'attachment; filename="aftale.ics"'}
    return Response(content, media_type=CALENDAR_MEDIA_TYPE, headers=headers)


@get(CALENDAR_PAGE)
async def calendar_page(
    db_session: NamedDependency[AsyncSession], young_person: NamedDependency[YoungPersonSession]
) -> Template:
    feed = await calendar.active_feed(db_session, young_person.person.id)
    return _page(feed, links=None)


@post(CALENDAR_PAGE, status_code=200)
async def create_calendar_feed(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    young_person: NamedDependency[YoungPersonSession],
) -> Template:
    """Show the new link once, on this answer: only its hash is kept."""
    await require_fresh_mitid(db_session, young_person, "calendar", CALENDAR_PAGE)
    new = await calendar.create_feed(db_session, young_person.person.id, utc_now())
    return _page(new.feed, links=calendar.feed_links(settings.public_url, new.token))


@post(f"{CALENDAR_PAGE}/stop")
async def stop_calendar_feed(
    db_session: NamedDependency[AsyncSession], young_person: NamedDependency[YoungPersonSession]
) -> Redirect:
    await calendar.revoke_feeds(db_session, young_person.person.id, utc_now())
    return Redirect(CALENDAR_PAGE, status_code=HTTP_303_SEE_OTHER)


# Litestar matches whole path segments only, so "{token}.ics" is read as one segment.
@get(f"{CALENDAR_PAGE}/feed/{{feed_file:str}}")
async def calendar_feed(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    feed_file: FromPath[str],
) -> Response[bytes]:
    if not feed_file.endswith(FEED_SUFFIX):
        raise NotFoundException()
    feed = await calendar.find_feed(db_session, feed_file.removesuffix(FEED_SUFFIX))
    if feed is None:
        raise NotFoundException()
    now = utc_now()
    appointments = await calendar.fetch_feed(db_session, feed, now)
    content = calendar.feed_file(appointments, settings.public_url, now)
    return Response(content, media_type=CALENDAR_MEDIA_TYPE, headers=NO_STORE)


def _page(feed: CalendarFeed | None, links: FeedLinks | None) -> Template:
    context: dict[str, Any] = {"feed": feed, "links": links}
    return Template(CALENDAR_TEMPLATE, context=context, headers=NO_STORE)


CALENDAR_ROUTES: list[Any] = [
    appointment_calendar_file,
    calendar_page,
    create_calendar_feed,
    stop_calendar_feed,
    calendar_feed,
]
