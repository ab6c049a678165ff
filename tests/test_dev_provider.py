"""The development stand-in for MitID and the staff login is a real OpenID provider.

Each test drives the flow by hand, as our relying party will: discovery, the login
page, the pick, the token exchange with a real PKCE verifier, and a signature check
against the published keys.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import stat
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import KeySet
from litestar import Litestar
from litestar.config.csrf import CSRFConfig
from litestar.di import Provide
from litestar.testing import AsyncTestClient, TestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import create_engine, create_session_factory, session_scope
from app.identity.dev_provider import (
    DEV_MITID_CLIENT,
    DEV_STAFF_CLIENT,
    DevClient,
    dev_provider_router,
    provision_dev_staff_accounts,
)
from app.identity.models import StaffAccount, StaffRole
from app.main import create_app
from app.model import Municipality, Source, StaffMember, YoungPerson
from app.model.cpr import Cpr, CprKeys
from app.settings import PRODUCTION, TEST, OidcClientSettings, Settings
from app.web.assets import Assets
from app.web.errors import EXCEPTION_HANDLERS
from app.web.security import security_headers
from app.web.templates import template_config
from tests.support.readability import lix

pytestmark = pytest.mark.anyio

NSIS = "https://data.gov.dk/concept/core/nsis/loa/"
# Replacement-style numbers (day + 60): fictional, like the demo's.
EMIL_CPR = Cpr("6302084123")
IDA_CPR = Cpr("7011074456")
# The first CPR number the stand-in would give the unknown person.
FIRST_UNKNOWN_CPR = Cpr("7506084999")


@dataclass
class FrozenClock:
    now: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass(frozen=True)
class Fjordby:
    emil: YoungPerson
    sara: StaffMember
    mads: StaffMember


@dataclass(frozen=True)
class Login:
    """One login as our relying party starts it: its own state, nonce and verifier."""

    client: DevClient
    redirect_uri: str
    scope: str
    state: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    nonce: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    verifier: str = field(default_factory=lambda: secrets.token_urlsafe(48))

    def query(self, **changes: str | None) -> dict[str, str]:
        digest = hashlib.sha256(self.verifier.encode()).digest()
        parameters = {
            "response_type": "code",
            "client_id": self.client.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": self.scope,
            "state": self.state,
            "nonce": self.nonce,
            "code_challenge": base64.urlsafe_b64encode(digest).decode().rstrip("="),
            "code_challenge_method": "S256",
        }
        merged = {**parameters, **changes}
        return {name: value for name, value in merged.items() if value is not None}


@dataclass
class Form:
    action: str
    fields: dict[str, str] = field(default_factory=dict)
    buttons: list[tuple[str, str, str]] = field(default_factory=list)  # name, value, text


class FormReader(HTMLParser):
    """The forms of a page, with their hidden fields and submit buttons."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self._button: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.forms.append(Form(attributes["action"]))
        elif tag == "input" and attributes.get("type") == "hidden":
            self.forms[-1].fields[attributes["name"]] = attributes.get("value", "")
        elif tag == "button":
            self._button = [attributes.get("name", ""), attributes.get("value", ""), ""]

    def handle_data(self, data: str) -> None:
        if self._button is not None:
            self._button[2] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "button" and self._button is not None:
            name, value, text = self._button
            self.forms[-1].buttons.append((name, value, " ".join(text.split())))
            self._button = None


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
async def idp(settings: Settings, clock: FrozenClock) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with AsyncTestClient(app=stand_in_app(settings, clock)) as client:
        yield client


def stand_in_app(settings: Settings, clock: FrozenClock) -> Litestar:
    """The stand-in on the app's shared web layer, on a clock the test moves.

    Templates, error pages, security headers and CSRF protection are the app's own. The
    CSRF config excludes no path: the token endpoint must opt out by itself. The app
    has its own engine, as the test client runs it on another event loop.
    """
    engine = create_engine(settings.resolved_database_url)
    factory = create_session_factory(engine)

    @asynccontextmanager
    async def lifespan(_app: Litestar) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await engine.dispose()

    async def provide_db_session() -> AsyncIterator[AsyncSession]:
        async with session_scope(factory) as session:
            yield session

    return Litestar(
        route_handlers=[dev_provider_router(settings, clock=clock)],
        dependencies={
            "settings": Provide(lambda: settings, sync_to_thread=False),
            "db_session": Provide(provide_db_session),
        },
        before_send=[security_headers(settings)],
        exception_handlers=EXCEPTION_HANDLERS,  # type: ignore[arg-type]
        template_config=template_config(Assets()),
        csrf_config=CSRFConfig(secret=secrets.token_urlsafe(32)),
        lifespan=[lifespan],
    )


@pytest.fixture
async def fjordby(db_session: AsyncSession, cpr_keys: CprKeys) -> Fjordby:
    home = Municipality(code="0999", name="Fjordby Kommune")
    elsewhere = Municipality(code="0998", name="Andeby Kommune")
    db_session.add_all([home, elsewhere])
    await db_session.flush()
    emil = _young_person(cpr_keys, home, "Emil Testesen", EMIL_CPR, date(2008, 2, 3))
    ida = _young_person(cpr_keys, elsewhere, "Ida Andetsted", IDA_CPR, date(2007, 11, 10))
    sara = _staff_member(home, "Sara Sagsbehandler", "Sagsbehandler", "sara@fjordby.example")
    mads = _staff_member(home, "Mads Mentor", "Mentor", None)
    olga = _staff_member(elsewhere, "Olga Andetsted", "Vejleder", None)
    db_session.add_all([emil, ida, sara, mads, olga])
    await db_session.commit()
    return Fjordby(emil, sara, mads)


def _young_person(
    keys: CprKeys, municipality: Municipality, name: str, cpr: Cpr, birth_date: date
) -> YoungPerson:
    return YoungPerson(
        municipality_id=municipality.id,
        cpr_hash=keys.hash(cpr),
        cpr_encrypted=keys.encrypt(cpr),
        name=name,
        birth_date=birth_date,
        source=Source.UNGEOVERBLIK,
    )


def _staff_member(
    municipality: Municipality, name: str, title: str, email: str | None
) -> StaffMember:
    return StaffMember(
        municipality_id=municipality.id,
        name=name,
        title=title,
        email=email,
        source=Source.UNGEOVERBLIK,
    )


def mitid_login(settings: Settings, scope: str = "openid ssn") -> Login:
    return Login(DEV_MITID_CLIENT, DEV_MITID_CLIENT.redirect_uri(settings), scope)


def staff_login(settings: Settings) -> Login:
    return Login(DEV_STAFF_CLIENT, DEV_STAFF_CLIENT.redirect_uri(settings), "openid profile email")


async def open_login_page(
    idp: AsyncTestClient[Litestar], login: Login, **changes: str | None
) -> httpx.Response:
    params = login.query(**changes)
    return await idp.get("/dev-idp/authorize", params=params, follow_redirects=False)


async def choose(
    idp: AsyncTestClient[Litestar], page: httpx.Response, button_text: str
) -> httpx.Response:
    """Press the first button whose text contains `button_text`, as a browser would."""
    for form in FormReader(page.text).forms:
        for name, value, text in form.buttons:
            if button_text in text:
                data = {**form.fields, name: value}
                return await idp.post(form.action, data=data, follow_redirects=False)
    raise AssertionError(f"no button with {button_text!r} on the page")


def returned_to(response: httpx.Response, login: Login) -> dict[str, str]:
    """The parameters the browser brings back to the client's redirect URI."""
    assert response.status_code in (302, 303)
    location = response.headers["location"]
    assert location.startswith(login.redirect_uri + "?")
    return {name: values[0] for name, values in parse_qs(urlsplit(location).query).items()}


async def log_in_as(idp: AsyncTestClient[Litestar], login: Login, button_text: str) -> str:
    """Run the browser part of the flow; return the authorization code."""
    page = await open_login_page(idp, login)
    returned = returned_to(await choose(idp, page, button_text), login)
    assert returned["state"] == login.state
    return returned["code"]


async def redeem(
    idp: AsyncTestClient[Litestar], login: Login, code: str, **changes: str
) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": login.redirect_uri,
        "code_verifier": login.verifier,
        "client_id": login.client.client_id,
        "client_secret": login.client.client_secret,
        **changes,
    }
    return await idp.post("/dev-idp/token", data=form)


async def verified_claims(idp: AsyncTestClient[Litestar], id_token: str) -> dict[str, Any]:
    """The ID token's claims, after checking its signature against the published keys."""
    keys = KeySet.import_key_set((await idp.get("/dev-idp/jwks")).json())
    token = jwt.decode(id_token, keys, algorithms=["ES256"])
    assert token.header["kid"] == keys.keys[0].kid
    return token.claims


async def test_discovery_describes_the_stand_in(
    idp: AsyncTestClient[Litestar], settings: Settings
) -> None:
    response = await idp.get("/dev-idp/.well-known/openid-configuration")

    document = response.json()
    issuer = "http://localhost:8000/dev-idp"
    assert document["issuer"] == settings.dev_provider_issuer == issuer
    assert document["authorization_endpoint"] == f"{issuer}/authorize"
    assert document["token_endpoint"] == f"{issuer}/token"
    assert document["jwks_uri"] == f"{issuer}/jwks"
    assert document["response_types_supported"] == ["code"]
    assert document["grant_types_supported"] == ["authorization_code"]
    assert document["subject_types_supported"] == ["public"]
    assert document["id_token_signing_alg_values_supported"] == ["ES256"]
    assert document["code_challenge_methods_supported"] == ["S256"]
    assert set(document["token_endpoint_auth_methods_supported"]) == {
        "client_secret_basic",
        "client_secret_post",
    }
    assert {"openid", "ssn"} <= set(document["scopes_supported"])
    assert {"dk.cpr", "acr", "nonce", "idp"} <= set(document["claims_supported"])
    assert document["acr_values_supported"] == [f"{NSIS}Low", f"{NSIS}Substantial", f"{NSIS}High"]


def test_the_signing_key_is_kept_owner_only_and_survives_a_restart(tmp_path: Path) -> None:
    settings = Settings(environment=TEST, data_dir=tmp_path)

    first = _published_keys(stand_in_app(settings, FrozenClock()))
    again = _published_keys(stand_in_app(settings, FrozenClock()))

    key_file = tmp_path / "dev-idp-key.json"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert first == again
    [key] = first["keys"]
    assert (key["kty"], key["crv"], key["alg"], key["use"]) == ("EC", "P-256", "ES256", "sig")
    assert key["kid"]
    assert "d" not in key  # the private part stays on the server


def _published_keys(app: Litestar) -> dict[str, Any]:
    with TestClient(app) as client:
        keys: dict[str, Any] = client.get("/dev-idp/jwks").json()
    return keys


async def test_a_young_person_logs_in_and_the_client_gets_a_signed_id_token(
    idp: AsyncTestClient[Litestar], settings: Settings, clock: FrozenClock, fjordby: Fjordby
) -> None:
    login = mitid_login(settings)
    page = await open_login_page(idp, login, acr_values=f"{NSIS}High")
    returned = returned_to(await choose(idp, page, "Emil Testesen"), login)
    assert returned["state"] == login.state

    response = await redeem(idp, login, returned["code"])

    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 300
    assert body["access_token"]
    claims = await verified_claims(idp, body["id_token"])
    assert claims["iss"] == settings.dev_provider_issuer
    assert claims["aud"] == DEV_MITID_CLIENT.client_id
    assert claims["nonce"] == login.nonce
    assert claims["dk.cpr"] == EMIL_CPR.digits
    assert claims["idp"] == "mitid"
    assert claims["acr"] == f"{NSIS}High"
    assert claims["iat"] == claims["auth_time"] == int(clock.now.timestamp())
    assert claims["exp"] - claims["iat"] == 300
    assert uuid.UUID(claims["sub"])  # a pseudonym, not the CPR number
    assert EMIL_CPR.digits not in claims["sub"]


async def test_the_same_person_always_gets_the_same_subject(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby
) -> None:
    subjects = []
    for _ in range(2):
        login = mitid_login(settings)
        response = await redeem(idp, login, await log_in_as(idp, login, "Emil Testesen"))
        subjects.append((await verified_claims(idp, response.json()["id_token"]))["sub"])

    assert subjects[0] == subjects[1]


async def test_the_login_page_lists_the_home_municipality_without_cpr_numbers(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby
) -> None:
    page = await open_login_page(idp, mitid_login(settings))

    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert "Test-login \N{EN DASH} ikke rigtig MitID" in page.text
    assert "Emil Testesen" in page.text
    assert "Født 3. februar 2008" in page.text
    assert "En person vi ikke kender" in page.text
    assert "Ida Andetsted" not in page.text  # another municipality
    assert EMIL_CPR.digits not in page.text
    assert "630208-4123" not in page.text
    [choices, cancel] = FormReader(page.text).forms
    assert "_csrf_token" in choices.fields
    assert "_csrf_token" in cancel.fields
    assert lix(page.text) <= 30


async def test_the_unknown_person_has_a_cpr_number_nobody_has(
    idp: AsyncTestClient[Litestar],
    settings: Settings,
    fjordby: Fjordby,
    db_session: AsyncSession,
    cpr_keys: CprKeys,
) -> None:
    # Someone already has the number the stand-in tries first.
    home = fjordby.emil.municipality_id
    db_session.add(
        YoungPerson(
            municipality_id=home,
            cpr_hash=cpr_keys.hash(FIRST_UNKNOWN_CPR),
            cpr_encrypted=cpr_keys.encrypt(FIRST_UNKNOWN_CPR),
            name="Karl Kendt",
            birth_date=date(2008, 6, 15),
            source=Source.UNGEOVERBLIK,
        )
    )
    await db_session.commit()
    login = mitid_login(settings)

    response = await redeem(idp, login, await log_in_as(idp, login, "En person vi ikke kender"))

    cpr = Cpr.parse((await verified_claims(idp, response.json()["id_token"]))["dk.cpr"])
    taken = select(func.count()).where(YoungPerson.cpr_hash == cpr_keys.hash(cpr))
    assert await db_session.scalar(taken) == 0
    assert int(cpr.digits[:2]) > 60  # replacement-style: no real person's number


async def test_the_cpr_number_comes_only_with_the_ssn_scope(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby
) -> None:
    login = mitid_login(settings, scope="openid")

    response = await redeem(idp, login, await log_in_as(idp, login, "Emil Testesen"))

    claims = await verified_claims(idp, response.json()["id_token"])
    assert "dk.cpr" not in claims
    assert claims["sub"]


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"redirect_uri": "https://evil.example/steal"}, id="foreign-redirect"),
        pytest.param({"redirect_uri": "http://localhost:8000/log-ind/mitid/retur/"}, id="near"),
        pytest.param({"redirect_uri": None}, id="no-redirect"),
        pytest.param({"client_id": "someone-else"}, id="unknown-client"),
        pytest.param(
            {"redirect_uri": "http://localhost:8000/personale/log-ind/retur"}, id="other-clients"
        ),
    ],
)
async def test_an_untrusted_client_or_redirect_gets_a_page_not_a_redirect(
    idp: AsyncTestClient[Litestar], settings: Settings, changes: dict[str, str | None]
) -> None:
    response = await open_login_page(idp, mitid_login(settings), **changes)

    assert response.status_code == 400
    assert "location" not in response.headers
    assert "Vi kan ikke sende dig tilbage" in response.text
    assert lix(response.text) <= 30


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        pytest.param({"code_challenge_method": "plain"}, "invalid_request", id="plain-pkce"),
        pytest.param({"code_challenge_method": None}, "invalid_request", id="pkce-method-missing"),
        pytest.param({"code_challenge": None}, "invalid_request", id="no-pkce"),
        pytest.param({"nonce": None}, "invalid_request", id="no-nonce"),
        pytest.param({"scope": "ssn"}, "invalid_scope", id="no-openid-scope"),
        pytest.param({"response_type": "token"}, "unsupported_response_type", id="implicit"),
        pytest.param({"acr_values": "substantial"}, "invalid_request", id="unknown-acr"),
    ],
)
async def test_a_faulty_request_goes_back_to_the_client_as_an_error(
    idp: AsyncTestClient[Litestar], settings: Settings, changes: dict[str, str | None], error: str
) -> None:
    login = mitid_login(settings)

    response = await open_login_page(idp, login, **changes)

    returned = returned_to(response, login)
    assert returned["error"] == error
    assert returned["state"] == login.state
    assert "code" not in returned


async def test_a_request_without_state_is_refused(
    idp: AsyncTestClient[Litestar], settings: Settings
) -> None:
    login = mitid_login(settings)

    returned = returned_to(await open_login_page(idp, login, state=None), login)

    assert returned == {"error": "invalid_request", "error_description": "state is required"}


async def test_a_code_works_only_once(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby
) -> None:
    login = mitid_login(settings)
    code = await log_in_as(idp, login, "Emil Testesen")
    assert (await redeem(idp, login, code)).status_code == 200

    replay = await redeem(idp, login, code)

    assert replay.status_code == 400
    assert replay.headers["cache-control"] == "no-store"
    assert set(replay.json()) == {"error", "error_description"}
    assert replay.json()["error"] == "invalid_grant"


async def test_a_wrong_code_verifier_is_refused_and_spends_the_code(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby
) -> None:
    login = mitid_login(settings)
    code = await log_in_as(idp, login, "Emil Testesen")

    wrong = await redeem(idp, login, code, code_verifier=secrets.token_urlsafe(48))
    right_too_late = await redeem(idp, login, code)

    assert wrong.status_code == 400
    assert wrong.json()["error"] == "invalid_grant"
    assert right_too_late.json()["error"] == "invalid_grant"


async def test_a_changed_redirect_uri_is_refused_at_the_token_endpoint(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby
) -> None:
    login = mitid_login(settings)
    code = await log_in_as(idp, login, "Emil Testesen")

    response = await redeem(idp, login, code, redirect_uri="http://localhost:8000/andet")

    assert response.json()["error"] == "invalid_grant"


@pytest.mark.parametrize("method", ["client_secret_post", "client_secret_basic"])
async def test_a_wrong_client_secret_is_refused(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby, method: str
) -> None:
    login = mitid_login(settings)
    code = await log_in_as(idp, login, "Emil Testesen")

    if method == "client_secret_post":
        response = await redeem(idp, login, code, client_secret="guess")
    else:
        response = await _redeem_with_basic(idp, login, code, secret="guess")

    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert response.headers["www-authenticate"].startswith("Basic")


async def _redeem_with_basic(
    idp: AsyncTestClient[Litestar], login: Login, code: str, secret: str
) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": login.redirect_uri,
        "code_verifier": login.verifier,
    }
    credentials = httpx.BasicAuth(login.client.client_id, secret)
    return await idp.post("/dev-idp/token", data=form, auth=credentials)


@pytest.mark.parametrize(("seconds", "status"), [(59, 200), (61, 400)])
async def test_a_code_lasts_one_minute(
    idp: AsyncTestClient[Litestar],
    settings: Settings,
    clock: FrozenClock,
    fjordby: Fjordby,
    seconds: int,
    status: int,
) -> None:
    login = mitid_login(settings)
    code = await log_in_as(idp, login, "Emil Testesen")

    clock.advance(seconds=seconds)
    response = await redeem(idp, login, code)

    assert response.status_code == status


async def test_a_login_page_left_for_ten_minutes_expires(
    idp: AsyncTestClient[Litestar], settings: Settings, clock: FrozenClock, fjordby: Fjordby
) -> None:
    page = await open_login_page(idp, mitid_login(settings))

    clock.advance(minutes=10, seconds=1)
    response = await choose(idp, page, "Emil Testesen")

    assert response.status_code == 400
    assert "location" not in response.headers
    assert "Dit login er udløbet" in response.text


async def test_a_tampered_choice_is_refused(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby
) -> None:
    page = await open_login_page(idp, mitid_login(settings))
    [choices, _cancel] = FormReader(page.text).forms

    response = await idp.post(
        choices.action, data={**choices.fields, "identity": f"staff:{fjordby.sara.id}"}
    )

    assert response.status_code == 400
    assert "Vi fandt ikke den person" in response.text


async def test_cancel_sends_access_denied_back_with_the_state(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby
) -> None:
    login = mitid_login(settings)
    page = await open_login_page(idp, login)

    response = await choose(idp, page, "Fortryd")

    returned = returned_to(response, login)
    assert response.status_code == 303
    assert returned["error"] == "access_denied"
    assert returned["state"] == login.state
    assert "code" not in returned


async def test_a_staff_member_logs_in_with_their_staff_subject(
    idp: AsyncTestClient[Litestar],
    settings: Settings,
    fjordby: Fjordby,
    db_session: AsyncSession,
) -> None:
    await provision_dev_staff_accounts(db_session, settings)
    await db_session.commit()
    account = await db_session.scalar(
        select(StaffAccount).where(StaffAccount.staff_member_id == fjordby.sara.id)
    )
    assert account is not None
    login = staff_login(settings)
    page = await open_login_page(idp, login)
    assert "Mads Mentor" in page.text
    assert "Olga Andetsted" not in page.text  # another municipality

    code = returned_to(await choose(idp, page, "Sara Sagsbehandler"), login)["code"]
    response = await _redeem_with_basic(idp, login, code, DEV_STAFF_CLIENT.client_secret)

    claims = await verified_claims(idp, response.json()["id_token"])
    assert claims["sub"] == account.subject
    assert claims["aud"] == DEV_STAFF_CLIENT.client_id
    assert claims["name"] == "Sara Sagsbehandler"
    assert claims["email"] == "sara@fjordby.example"
    assert claims["acr"] == f"{NSIS}Substantial"
    assert "dk.cpr" not in claims


async def test_provisioning_is_idempotent_and_makes_one_administrator(
    settings: Settings, fjordby: Fjordby, db_session: AsyncSession
) -> None:
    made = await provision_dev_staff_accounts(db_session, settings)
    made_again = await provision_dev_staff_accounts(db_session, settings)
    await db_session.commit()

    accounts = {
        account.staff_member_id: account
        for account in await db_session.scalars(select(StaffAccount))
    }
    assert (made, made_again) == (2, 0)  # Sara and Mads; Olga works elsewhere
    assert set(accounts) == {fjordby.sara.id, fjordby.mads.id}
    assert accounts[fjordby.sara.id].role == StaffRole.ADMINISTRATOR
    assert accounts[fjordby.mads.id].role == StaffRole.CASEWORKER
    assert accounts[fjordby.mads.id].issuer == settings.dev_provider_issuer
    assert accounts[fjordby.mads.id].subject == f"dev-staff-{fjordby.mads.id}"


def test_the_router_refuses_production(tmp_path: Path) -> None:
    external = OidcClientSettings(issuer="https://broker.example", client_id="ungeoverblik")
    production = Settings(
        environment=PRODUCTION,
        public_url="https://unge.fjordby.example",
        data_dir=tmp_path,
        cpr_encryption_key=base64.urlsafe_b64encode(bytes(32)).decode(),
        cpr_hash_key=base64.urlsafe_b64encode(bytes(range(32))).decode(),
        csrf_secret="production-secret",
        mitid=external,
        staff_oidc=external,
    )

    with pytest.raises(RuntimeError, match="never runs in production"):
        dev_provider_router(production)
    assert not (tmp_path / "dev-idp-key.json").exists()


async def test_a_login_form_without_its_csrf_token_is_refused(
    idp: AsyncTestClient[Litestar], settings: Settings, fjordby: Fjordby
) -> None:
    page = await open_login_page(idp, mitid_login(settings))
    [choices, _cancel] = FormReader(page.text).forms

    response = await idp.post(
        choices.action,
        data={**choices.fields, "_csrf_token": "", "identity": f"young-person:{fjordby.emil.id}"},
    )

    assert choices.fields["_csrf_token"]
    assert response.status_code == 403
    assert "location" not in response.headers


async def test_the_app_serves_the_stand_in_unless_an_issuer_is_configured(
    settings: Settings, fjordby: Fjordby
) -> None:
    external = OidcClientSettings(issuer="https://broker.example", client_id="ungeoverblik")
    with_broker = replace(settings, mitid=external, staff_oidc=external)
    path = "/dev-idp/.well-known/openid-configuration"

    async with AsyncTestClient(app=create_app(settings)) as app:
        served = await app.get(path)
    async with AsyncTestClient(app=create_app(with_broker)) as app:
        not_served = await app.get(path)

    assert served.json()["issuer"] == settings.dev_provider_issuer
    assert not_served.status_code == 404


async def test_a_whole_login_runs_through_the_app_and_its_csrf_protection(
    settings: Settings, fjordby: Fjordby
) -> None:
    login = mitid_login(settings)

    async with AsyncTestClient(app=create_app(settings)) as app:
        code = await log_in_as(app, login, "Emil Testesen")
        response = await redeem(app, login, code)
        claims = await verified_claims(app, response.json()["id_token"])

    assert claims["dk.cpr"] == EMIL_CPR.digits
