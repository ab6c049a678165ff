"""The stand-in's HTTP face under /dev-idp: discovery, keys, the login page, tokens.

The routes only parse and answer; the rules live in the modules they call. Nothing
here logs a CPR number, code, secret or token: log lines carry client ids, error
codes and the id of the chosen identity.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from litestar import Request, Response, Router, get, post
from litestar.di import NamedDependency, Provide
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_200_OK, HTTP_303_SEE_OTHER, HTTP_400_BAD_REQUEST
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.dev_provider.authorization import (
    AuthorizationRequestError,
    UntrustedRedirectError,
    access_denied_redirect_url,
    code_redirect_url,
    parse_authorization_request,
)
from app.identity.dev_provider.clients import NSIS_URIS, discovery_document
from app.identity.dev_provider.grants import AuthorizationRequest, Clock
from app.identity.dev_provider.provider import DevProvider
from app.identity.dev_provider.tokens import TokenError
from app.settings import DEV_PROVIDER_PATH, Settings

logger = logging.getLogger("ungeoverblik.identity.dev_provider")

TEMPLATES = "identity/dev_provider"
PICK_PATH = f"{DEV_PROVIDER_PATH}/authorize/pick"
# Login pages and token responses are for one moment and one person.
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
ASSURANCE_NAMES = {
    NSIS_URIS["low"]: "lav",
    NSIS_URIS["substantial"]: "betydelig",
    NSIS_URIS["high"]: "høj",
}


@dataclass(frozen=True)
class Problem:
    title: str
    advice: str


UNTRUSTED_REQUEST = Problem(
    "Vi kan ikke sende dig tilbage",
    "Appen bad om login med et ukendt navn eller en forkert adresse. "
    "Tjek client_id og redirect_uri.",
)
EXPIRED_LOGIN = Problem(
    "Dit login er udløbet",
    "Der gik mere end 10 minutter, eller du har allerede valgt. Start forfra i appen.",
)
NOBODY_FOUND = Problem("Vi fandt ikke den person", "Start forfra i appen, og vælg en anden.")
BROKEN_FORM = Problem("Formularen var forkert", "Start forfra i appen.")


class RepeatedParameterError(ValueError):
    """RFC 6749 section 3.1: a parameter must not be sent more than once."""


def dev_provider_router(settings: Settings, clock: Clock = utc_now) -> Router:
    """The stand-in under /dev-idp. `clock` lets tests move time; it refuses production."""
    provider = DevProvider(settings, clock)
    return Router(
        path=DEV_PROVIDER_PATH,
        route_handlers=[discovery, jwks, authorize, pick_identity, token],
        dependencies={"dev_provider": Provide(lambda: provider, sync_to_thread=False)},
        include_in_schema=False,
    )


@get("/.well-known/openid-configuration", sync_to_thread=False)
def discovery(dev_provider: NamedDependency[DevProvider]) -> dict[str, Any]:
    return discovery_document(dev_provider.settings)


@get("/jwks", sync_to_thread=False)
def jwks(dev_provider: NamedDependency[DevProvider]) -> dict[str, Any]:
    return dev_provider.keys.public_key_set()


@get("/authorize")
async def authorize(
    request: Request[Any, Any, Any],
    dev_provider: NamedDependency[DevProvider],
    db_session: NamedDependency[AsyncSession],
) -> Response[Any]:
    try:
        query = single_values(request.query_params.multi_items())
        authorization = parse_authorization_request(query, dev_provider.settings)
    except (RepeatedParameterError, UntrustedRedirectError) as error:
        logger.warning("dev provider refused an authorization request: %s", error)
        return problem_page(UNTRUSTED_REQUEST)
    except AuthorizationRequestError as error:
        logger.info("dev provider sent %s back to the client", error.error)
        return Redirect(error.redirect_url)

    request_id = dev_provider.grants.hold_request(authorization)
    return await login_page(dev_provider, db_session, authorization, request_id)


@post("/authorize/pick")
async def pick_identity(
    request: Request[Any, Any, Any],
    dev_provider: NamedDependency[DevProvider],
    db_session: NamedDependency[AsyncSession],
) -> Response[Any]:
    try:
        form = await form_values(request)
    except RepeatedParameterError:
        return problem_page(BROKEN_FORM)
    authorization = dev_provider.grants.take_request(form.get("request", ""))
    if authorization is None:
        return problem_page(EXPIRED_LOGIN)
    client_id = authorization.client.client_id
    if "cancel" in form:
        logger.info("dev login for %s cancelled", client_id)
        return Redirect(access_denied_redirect_url(authorization), status_code=HTTP_303_SEE_OTHER)

    identity = form.get("identity", "")
    code = await dev_provider.grant_code(db_session, authorization, identity)
    if code is None:
        return problem_page(NOBODY_FOUND)
    logger.info("dev login for %s as %s", client_id, identity)
    return Redirect(code_redirect_url(authorization, code), status_code=HTTP_303_SEE_OTHER)


# Server to server: the client proves itself with its secret, so no CSRF token applies.
@post("/token", status_code=HTTP_200_OK, opt={"exclude_from_csrf": True})
async def token(
    request: Request[Any, Any, Any], dev_provider: NamedDependency[DevProvider]
) -> Response[dict[str, Any]]:
    try:
        form = await form_values(request)
        body = dev_provider.exchange_code(form, request.headers.get("authorization"))
    except RepeatedParameterError as error:
        return token_error(TokenError("invalid_request", str(error)))
    except TokenError as error:
        return token_error(error)
    return Response(body, headers=NO_STORE)


async def login_page(
    provider: DevProvider,
    session: AsyncSession,
    authorization: AuthorizationRequest,
    request_id: str,
) -> Template:
    audience = authorization.client.audience
    context = {
        "audience": audience,
        "assurance": ASSURANCE_NAMES[authorization.acr],
        "identities": await provider.directory.choices(session, audience),
        "municipality": await provider.directory.municipality(session),
        "pick_url": PICK_PATH,
        "request_id": request_id,
    }
    return Template(f"{TEMPLATES}/login.html", context=context, headers=NO_STORE)


def problem_page(problem: Problem) -> Template:
    return Template(
        f"{TEMPLATES}/problem.html",
        context={"title": problem.title, "advice": problem.advice},
        status_code=HTTP_400_BAD_REQUEST,
        headers=NO_STORE,
    )


def token_error(error: TokenError) -> Response[dict[str, Any]]:
    logger.info("dev provider refused a token request: %s (%s)", error.error, error.description)
    headers = dict(NO_STORE)
    if error.status_code == 401:
        headers["WWW-Authenticate"] = 'Basic realm="dev-idp"'
    return Response(error.as_body(), status_code=error.status_code, headers=headers)


async def form_values(request: Request[Any, Any, Any]) -> dict[str, str]:
    form = await request.form()
    return single_values((name, value) for name, value in form.multi_items())


def single_values(items: Iterable[tuple[str, Any]]) -> dict[str, str]:
    """Text parameters by name; files are ignored, a repeated name is refused."""
    values: dict[str, str] = {}
    for name, value in items:
        if name in values:
            raise RepeatedParameterError(f"{name} is sent more than once")
        if isinstance(value, str):
            values[name] = value
    return values
