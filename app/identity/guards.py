"""Who is asking: the session behind a request, and the checks routes put in front.

Routes declare what they need (`young_person`, `staff`), and these dependencies either
hand it over or raise an error that app-level handlers turn into a redirect to login.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import quote

from litestar import Request, Response
from litestar.di import NamedDependency, Provide
from litestar.response import Redirect
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.models import LoginPolicy, LoginSession, SessionKind, StaffAccount
from app.identity.sessions import MAX_LIFETIME, SessionCookie, find_session, touch
from app.model import StaffMember, YoungPerson
from app.settings import Settings
from app.web.errors import wants_json


class NotLoggedInError(Exception):
    """The route needs a logged-in person of another kind, or nobody is logged in."""

    def __init__(self, login_path: str, return_to: str) -> None:
        super().__init__(login_path)
        self.login_path = login_path
        self.return_to = return_to


class StepUpRequiredError(Exception):
    """The view needs a recent MitID login, and this session's is too old (or absent)."""

    def __init__(self, return_to: str) -> None:
        super().__init__(return_to)
        self.return_to = return_to


@dataclass(frozen=True)
class YoungPersonSession:
    session: LoginSession
    person: YoungPerson


@dataclass(frozen=True)
class StaffSession:
    session: LoginSession
    member: StaffMember
    account: StaffAccount


async def provide_login_session(
    request: Request[Any, Any, Any],
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
) -> LoginSession | None:
    token = request.cookies.get(SessionCookie.for_settings(settings).name)
    if not token:
        return None
    login_session = await find_session(db_session, token, utc_now())
    if login_session is not None:
        touch(login_session, settings, utc_now())
    return login_session


async def provide_young_person(
    request: Request[Any, Any, Any],
    login_session: NamedDependency[LoginSession | None],
    db_session: NamedDependency[AsyncSession],
) -> YoungPersonSession:
    if login_session is None or login_session.young_person_id is None:
        raise NotLoggedInError("/log-ind", _this_page(request))
    person = await db_session.get(YoungPerson, login_session.young_person_id)
    if person is None:
        raise NotLoggedInError("/log-ind", _this_page(request))
    mark_personal(request)
    return YoungPersonSession(login_session, person)


async def provide_staff(
    request: Request[Any, Any, Any],
    login_session: NamedDependency[LoginSession | None],
    db_session: NamedDependency[AsyncSession],
) -> StaffSession:
    if login_session is None or login_session.staff_member_id is None:
        raise NotLoggedInError("/personale/log-ind", _this_page(request))
    member = await db_session.get(StaffMember, login_session.staff_member_id)
    account = await _staff_account(db_session, login_session.staff_member_id)
    if member is None or account is None:
        raise NotLoggedInError("/personale/log-ind", _this_page(request))
    mark_personal(request)
    return StaffSession(login_session, member, account)


async def require_fresh_mitid(
    db: AsyncSession, young_person: YoungPersonSession, view: str, return_to: str
) -> None:
    """Send a passkey session through MitID if the municipality says `view` needs it."""
    policy = await db.get(LoginPolicy, young_person.person.municipality_id)
    if policy is None or view not in policy.step_up_views:
        return
    if not has_fresh_mitid(young_person.session, timedelta(minutes=policy.step_up_minutes)):
        raise StepUpRequiredError(return_to)


def has_fresh_mitid(login_session: LoginSession, max_age: timedelta) -> bool:
    mitid_at = login_session.mitid_at
    return mitid_at is not None and utc_now() - mitid_at <= max_age


def local_path(candidate: str | None, default: str) -> str:
    """Only paths on this site may be returned to, never another host."""
    if candidate and candidate.startswith("/") and not candidate.startswith(("//", "/\\")):
        return candidate
    return default


def redirect_to_login(request: Request[Any, Any, Any], error: NotLoggedInError) -> Response[Any]:
    if wants_json(request):
        return Response({"status": 401, "title": "Log ind først."}, status_code=401)
    return Redirect(
        f"{error.login_path}?tilbage={quote(error.return_to)}", status_code=HTTP_303_SEE_OTHER
    )


def redirect_to_step_up(
    request: Request[Any, Any, Any], error: StepUpRequiredError
) -> Response[Any]:
    return Redirect(
        f"/log-ind/mitid?tilbage={quote(error.return_to)}", status_code=HTTP_303_SEE_OTHER
    )


YOUNG_PERSON_COOKIE_SECONDS = int(MAX_LIFETIME[SessionKind.YOUNG_PERSON].total_seconds())


def set_session_cookie(
    response: Response[Any], settings: Settings, token: str | None, *, lasting: bool = True
) -> Response[Any]:
    """Attach a new session's cookie; `None` means the browser keeps the one it has."""
    if token is None:
        return response
    cookie = SessionCookie.for_settings(settings)
    response.set_cookie(
        key=cookie.name,
        value=token,
        path="/",
        secure=cookie.secure,
        httponly=True,
        samesite="lax",
        # A young person's phone keeps the cookie across app restarts; the server's idle
        # deadline decides how long it is good for. Staff cookies end with the browser.
        max_age=YOUNG_PERSON_COOKIE_SECONDS if lasting else None,
    )
    return response


def clear_session_cookie(response: Response[Any], settings: Settings) -> Response[Any]:
    # Set, not deleted: a __Host- cookie is only replaced by one that is also Secure.
    cookie = SessionCookie.for_settings(settings)
    response.set_cookie(
        key=cookie.name,
        value="",
        path="/",
        max_age=0,
        secure=cookie.secure,
        httponly=True,
        samesite="lax",
    )
    return response


def _this_page(request: Request[Any, Any, Any]) -> str:
    return request.url.path if request.method == "GET" else "/"


async def _staff_account(db: AsyncSession, staff_member_id: int) -> StaffAccount | None:
    query = select(StaffAccount).where(StaffAccount.staff_member_id == staff_member_id)
    return (await db.scalars(query)).one_or_none()


def mark_personal(request: Request[Any, Any, Any]) -> None:
    """Tell the response hook that this response shows someone's personal data."""
    request.state.personal_data = True


# Marks a handler as a login or passkey endpoint; they share one rate limit.
LOGIN_RATE_LIMITED = {"login_rate_limited": True}


async def is_login_endpoint(request: Request[Any, Any, Any]) -> bool:
    # Async on purpose: Litestar sends a sync check through the thread pool, on every
    # request of every route.
    return bool(request.route_handler.opt.get("login_rate_limited"))


def client_network(request: Request[Any, Any, Any]) -> str:
    """Who a rate limit counts: the client's address, or its /64 for IPv6, since one
    IPv6 client can have a whole /64 to rotate through."""
    host = request.client.host if request.client else "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


IDENTITY_DEPENDENCIES = {
    "login_session": Provide(provide_login_session),
    "young_person": Provide(provide_young_person),
    "staff": Provide(provide_staff),
}
IDENTITY_ERROR_HANDLERS = {
    NotLoggedInError: redirect_to_login,
    StepUpRequiredError: redirect_to_step_up,
}
