"""Staff login through the municipality's OpenID Connect provider."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from litestar import Response, get
from litestar.di import NamedDependency
from litestar.params import FromQuery, QueryParameter
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity import sessions
from app.identity.guards import (
    LOGIN_RATE_LIMITED,
    local_path,
    set_session_cookie,
)
from app.identity.models import AuthMethod, LoginSession, SessionKind
from app.identity.oidc import OidcClient, OidcError, PendingLogin
from app.identity.providers import find_staff_account
from app.identity.sessions import Subject
from app.settings import Settings

logger = logging.getLogger("ungeoverblik.identity")

DESK = "/personale"
STAFF_PENDING = "staff_oidc"
STAFF_LOGIN_FAILED = "Login lykkedes ikke. Prøv igen, eller kontakt din IT-afdeling."


@get("/personale/log-ind")
async def staff_login_page(tilbage: FromQuery[str | None] = None) -> Template:
    return Template("identity/staff_login.html", context={"return_to": local_path(tilbage, DESK)})


@get("/personale/log-ind/start", opt=LOGIN_RATE_LIMITED)
async def start_staff_login(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    login_session: NamedDependency[LoginSession | None],
    staff_oidc_client: NamedDependency[OidcClient],
    tilbage: FromQuery[str | None] = None,
) -> Response[Any]:
    token = None
    if login_session is None:
        login_session, token = await sessions.start_anonymous_session(db_session, utc_now())
    pending = PendingLogin.new()
    return_to = local_path(tilbage, DESK)
    sessions.remember(login_session, STAFF_PENDING, {**pending.to_dict(), "return_to": return_to})
    try:
        url = await staff_oidc_client.authorization_url(pending)
    except OidcError as error:
        logger.warning("staff login could not start: %s", error.reason)
        return _failed(status_code=503)
    redirect = Redirect(url, status_code=HTTP_303_SEE_OTHER)
    return set_session_cookie(redirect, settings, token, lasting=False)


@get("/personale/log-ind/retur", opt=LOGIN_RATE_LIMITED)
async def finish_staff_login(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    login_session: NamedDependency[LoginSession | None],
    staff_oidc_client: NamedDependency[OidcClient],
    code: FromQuery[str | None] = None,
    returned_state: Annotated[str | None, QueryParameter(name="state")] = None,
    error: FromQuery[str | None] = None,
) -> Response[Any]:
    stored = sessions.take(login_session, STAFF_PENDING) if login_session else None
    if login_session is None or stored is None or error or not (code and returned_state):
        return _failed()
    try:
        claims = await staff_oidc_client.complete(
            PendingLogin.from_dict(stored), returned_state, code
        )
    except OidcError as failure:
        logger.warning("staff login refused: %s", failure.reason)
        return _failed()
    account = await find_staff_account(db_session, staff_oidc_client.registration, claims)
    if account is None:
        return Template("identity/staff_unknown.html", status_code=403)
    subject = Subject(SessionKind.STAFF, account.staff_member_id, AuthMethod.STAFF_OIDC)
    _, token = await sessions.log_in(db_session, settings, login_session, subject, utc_now())
    redirect = Redirect(stored["return_to"], status_code=HTTP_303_SEE_OTHER)
    return set_session_cookie(redirect, settings, token, lasting=False)


def _failed(status_code: int = 400) -> Template:
    return Template(
        "identity/staff_login.html",
        context={"error": STAFF_LOGIN_FAILED, "return_to": DESK},
        status_code=status_code,
    )


STAFF_ROUTES = [staff_login_page, start_staff_login, finish_staff_login]
