"""Young people's login: MitID once, then passkeys; their passkeys; logging out."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated, Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException, PermissionDeniedException
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter, URLEncodedBody
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity import passkeys, sessions
from app.identity.guards import (
    LOGIN_RATE_LIMITED,
    YoungPersonSession,
    clear_session_cookie,
    has_fresh_mitid,
    local_path,
    require_fresh_mitid,
    set_session_cookie,
)
from app.identity.models import AuthMethod, LoginSession, Passkey, SessionKind
from app.identity.oidc import OidcClient, OidcError, PendingLogin
from app.identity.passkeys import PasskeyError, RelyingParty
from app.identity.providers import (
    cpr_from_mitid,
    find_young_person,
    mitid_authenticated_at,
    mitid_request_parameters,
)
from app.identity.sessions import Subject
from app.model.cpr import load_cpr_keys
from app.settings import Settings

logger = logging.getLogger("ungeoverblik.identity")

HOME = "/mit-overblik"
PASSKEY_OFFER = "/passkeys/ny"
MITID_PENDING = "mitid"
PASSKEY_LOGIN_CHALLENGE = "passkey_login"
PASSKEY_REGISTRATION_CHALLENGE = "passkey_registration"

MITID_FAILED = "Det lykkedes ikke at logge ind med MitID. Prøv igen."
PASSKEY_FAILED = "Vi kunne ikke logge dig ind med din passkey. Prøv igen, eller brug MitID."
PASSKEY_NOT_SAVED = "Vi kunne ikke gemme din passkey. Prøv igen."


@get("/log-ind")
async def login_page(tilbage: FromQuery[str | None] = None) -> Template:
    return Template("identity/login.html", context={"return_to": local_path(tilbage, HOME)})


@get("/log-ind/mitid", opt=LOGIN_RATE_LIMITED)
async def start_mitid_login(
    request: Request[Any, Any, Any],
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    login_session: NamedDependency[LoginSession | None],
    mitid_client: NamedDependency[OidcClient],
    tilbage: FromQuery[str | None] = None,
) -> Response[Any]:
    """Send the browser to MitID, remembering state, nonce and PKCE verifier server-side."""
    current, token = await _session_for_ceremony(db_session, login_session)
    pending = PendingLogin.new()
    sessions.remember(
        current, MITID_PENDING, {**pending.to_dict(), "return_to": local_path(tilbage, HOME)}
    )
    try:
        url = await mitid_client.authorization_url(pending, **mitid_request_parameters(settings))
    except OidcError as error:
        logger.warning("MitID login could not start: %s", error.reason)
        return _login_failed_page(MITID_FAILED, status_code=503)
    return set_session_cookie(Redirect(url, status_code=HTTP_303_SEE_OTHER), settings, token)


@get("/log-ind/mitid/retur", opt=LOGIN_RATE_LIMITED)
async def finish_mitid_login(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    login_session: NamedDependency[LoginSession | None],
    mitid_client: NamedDependency[OidcClient],
    code: FromQuery[str | None] = None,
    returned_state: Annotated[str | None, QueryParameter(name="state")] = None,
    error: FromQuery[str | None] = None,
) -> Response[Any]:
    stored = sessions.take(login_session, MITID_PENDING) if login_session else None
    if login_session is None or stored is None or error or not (code and returned_state):
        logger.info("MitID return refused: %s", error or "no pending login or missing code")
        return _login_failed_page(MITID_FAILED)
    try:
        claims = await mitid_client.complete(PendingLogin.from_dict(stored), returned_state, code)
        cpr = cpr_from_mitid(claims, settings)
        authenticated_at = mitid_authenticated_at(claims, utc_now())
    except OidcError as failure:
        logger.warning("MitID login refused: %s", failure.reason)
        return _login_failed_page(MITID_FAILED)
    person = await find_young_person(db_session, load_cpr_keys(settings), cpr)
    if person is None:
        return Template("identity/unknown_person.html", status_code=403)
    subject = Subject(SessionKind.YOUNG_PERSON, person.id, AuthMethod.MITID, authenticated_at)
    _, token = await sessions.log_in(db_session, settings, login_session, subject, utc_now())
    has_passkey = await passkeys.count_passkeys(db_session, person.id) > 0
    destination = stored["return_to"] if has_passkey else PASSKEY_OFFER
    return set_session_cookie(
        Redirect(destination, status_code=HTTP_303_SEE_OTHER), settings, token
    )


@get("/log-ind/passkey/valg", opt=LOGIN_RATE_LIMITED)
async def passkey_login_options(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    login_session: NamedDependency[LoginSession | None],
) -> Response[Any]:
    """Options fetched when the page loads, so the tap itself can call WebAuthn at once
    (iOS drops the user's gesture if the call waits for a fetch)."""
    current, token = await _session_for_ceremony(db_session, login_session)
    challenge = passkeys.new_challenge(utc_now())
    sessions.remember(current, PASSKEY_LOGIN_CHALLENGE, challenge.to_dict())
    options = passkeys.authentication_options(RelyingParty.for_settings(settings), challenge)
    response = Response(options, media_type="application/json", headers=_NO_STORE)
    return set_session_cookie(response, settings, token)


@post("/log-ind/passkey", status_code=200, opt=LOGIN_RATE_LIMITED)
async def log_in_with_passkey(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    login_session: NamedDependency[LoginSession | None],
    data: JSONBody[dict[str, Any]],
) -> Response[Any]:
    now = utc_now()
    if login_session is None:
        return _json_error(PASSKEY_FAILED)
    stored = sessions.take(login_session, PASSKEY_LOGIN_CHALLENGE)
    try:
        challenge = passkeys.Challenge.from_dict(stored, now)
        relying_party = RelyingParty.for_settings(settings)
        passkey = await passkeys.authenticate(db_session, relying_party, challenge, data, now)
    except PasskeyError as error:
        logger.info("passkey login refused: %s", error.reason)
        return _json_error(PASSKEY_FAILED)
    subject = Subject(
        SessionKind.YOUNG_PERSON,
        passkey.young_person_id,
        AuthMethod.PASSKEY,
        passkey_id=passkey.id,
    )
    _, token = await sessions.log_in(db_session, settings, login_session, subject, now)
    return set_session_cookie(Response({"redirect": HOME}, headers=_NO_STORE), settings, token)


@get(PASSKEY_OFFER)
async def passkey_offer(young_person: NamedDependency[YoungPersonSession]) -> Template:
    return Template("identity/passkey_offer.html", context={"person": young_person.person})


@get("/passkeys/ny/valg", opt=LOGIN_RATE_LIMITED)
async def passkey_registration_options(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    young_person: NamedDependency[YoungPersonSession],
) -> Response[Any]:
    _require_recent_mitid(young_person)
    challenge = passkeys.new_challenge(utc_now())
    sessions.remember(young_person.session, PASSKEY_REGISTRATION_CHALLENGE, challenge.to_dict())
    options = await passkeys.registration_options(
        db_session, RelyingParty.for_settings(settings), young_person.person, challenge
    )
    return Response(options, media_type="application/json", headers=_NO_STORE)


@post("/passkeys", status_code=201, opt=LOGIN_RATE_LIMITED)
async def create_passkey(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    young_person: NamedDependency[YoungPersonSession],
    data: JSONBody[dict[str, Any]],
) -> Response[Any]:
    _require_recent_mitid(young_person)
    stored = sessions.take(young_person.session, PASSKEY_REGISTRATION_CHALLENGE)
    try:
        challenge = passkeys.Challenge.from_dict(stored, utc_now())
        await passkeys.register_passkey(
            db_session,
            RelyingParty.for_settings(settings),
            young_person.person,
            challenge,
            data.get("credential", {}),
            str(data.get("device_name", "")),
        )
    except PasskeyError as error:
        logger.info("passkey registration refused: %s", error.reason)
        return _json_error(PASSKEY_NOT_SAVED)
    return Response({"redirect": "/passkeys"}, status_code=201, headers=_NO_STORE)


@get("/passkeys")
async def passkey_list(
    request: Request[Any, Any, Any],
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
) -> Template:
    await require_fresh_mitid(db_session, young_person, "passkeys", request.url.path)
    context = {
        "passkeys": await passkeys.list_passkeys(db_session, young_person.person.id),
        "can_add": has_fresh_mitid(young_person.session, NEW_PASSKEY_WINDOW),
    }
    return Template("identity/passkeys.html", context=context)


@post("/passkeys/{passkey_id:int}/navn", opt=LOGIN_RATE_LIMITED)
async def rename_passkey(
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    passkey_id: FromPath[int],
    data: URLEncodedBody[dict[str, str]],
) -> Redirect:
    await require_fresh_mitid(db_session, young_person, "passkeys", "/passkeys")
    passkey = await _own_passkey(db_session, young_person, passkey_id)
    passkey.device_name = passkeys.clean_device_name(data.get("device_name", ""))
    return Redirect("/passkeys", status_code=HTTP_303_SEE_OTHER)


@post("/passkeys/{passkey_id:int}/slet", opt=LOGIN_RATE_LIMITED)
async def remove_passkey(
    db_session: NamedDependency[AsyncSession],
    young_person: NamedDependency[YoungPersonSession],
    passkey_id: FromPath[int],
) -> Redirect:
    await require_fresh_mitid(db_session, young_person, "passkeys", "/passkeys")
    passkey = await _own_passkey(db_session, young_person, passkey_id)
    await db_session.delete(passkey)
    return Redirect("/passkeys", status_code=HTTP_303_SEE_OTHER)


@post("/log-ud")
async def log_out(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    login_session: NamedDependency[LoginSession | None],
) -> Response[Any]:
    if login_session is not None:
        await sessions.log_out(db_session, login_session)
    return clear_session_cookie(_to_front_page_logged_out(), settings)


@post("/log-ud/alle")
async def log_out_everywhere(
    db_session: NamedDependency[AsyncSession],
    settings: NamedDependency[Settings],
    login_session: NamedDependency[LoginSession | None],
) -> Response[Any]:
    if login_session is not None:
        await sessions.log_out_everywhere(db_session, login_session)
    return clear_session_cookie(_to_front_page_logged_out(), settings)


_NO_STORE = {"Cache-Control": "no-store"}
# How long after MitID a new passkey may be added.
NEW_PASSKEY_WINDOW = timedelta(minutes=15)


async def _session_for_ceremony(
    db: AsyncSession, login_session: LoginSession | None
) -> tuple[LoginSession, str | None]:
    """The browser's session, or a new anonymous one; the token is set only when new."""
    if login_session is not None:
        return login_session, None
    return await sessions.start_anonymous_session(db, utc_now())


def _require_recent_mitid(young_person: YoungPersonSession) -> None:
    # A new passkey is a new way into the account: only right after MitID.
    if not has_fresh_mitid(young_person.session, NEW_PASSKEY_WINDOW):
        raise PermissionDeniedException("a new passkey needs a recent MitID login")


async def _own_passkey(
    db: AsyncSession, young_person: YoungPersonSession, passkey_id: int
) -> Passkey:
    try:
        return await passkeys.find_own_passkey(db, young_person.person.id, passkey_id)
    except PasskeyError as error:
        raise NotFoundException() from error


def _to_front_page_logged_out() -> Redirect:
    # The front page tells the service worker to forget the kept overview, and
    # Clear-Site-Data asks the browser to drop its HTTP cache of our pages too.
    return Redirect(
        "/?logget-ud=1",
        status_code=HTTP_303_SEE_OTHER,
        headers={"Clear-Site-Data": '"cache"'},
    )


def _login_failed_page(message: str, status_code: int = 400) -> Template:
    return Template("identity/login.html", context={"error": message}, status_code=status_code)


def _json_error(message: str) -> Response[Any]:
    return Response({"title": message}, status_code=400, headers=_NO_STORE)


YOUNG_PERSON_ROUTES = [
    login_page,
    start_mitid_login,
    finish_mitid_login,
    passkey_login_options,
    log_in_with_passkey,
    passkey_registration_options,
    create_passkey,
    passkey_offer,
    passkey_list,
    rename_passkey,
    remove_passkey,
    log_out,
    log_out_everywhere,
]
