"""Staff log in through their municipality's identity provider (here the stand-in)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import httpx
import pytest
from litestar import Response
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.guards import clear_session_cookie
from app.identity.models import LoginSession, SessionKind, StaffAccount
from app.identity.sessions import SessionCookie
from app.settings import DEVELOPMENT, PRODUCTION, TEST, OidcClientSettings, Settings, SettingsError
from tests.identity.journeys import follow, log_in_with_mitid, pick

pytestmark = pytest.mark.anyio


async def _staff_login(browser: httpx.AsyncClient, name: str) -> httpx.Response:
    page = await browser.get("/personale/log-ind")
    assert "Log ind med kommunens login" in page.text
    provider_page = await follow(browser, await browser.get("/personale/log-ind/start"))
    return await browser.get(await pick(browser, provider_page, name))


async def test_a_caseworker_logs_in_to_the_desk(
    browser: httpx.AsyncClient, db_session: AsyncSession, live_settings: Settings
) -> None:
    answer = await _staff_login(browser, "Sara Holm")

    assert answer.headers["location"] == "/personale"
    desk = await browser.get("/personale")
    assert "Hej Sara Holm" in desk.text
    assert "Fjordby Kommune" in desk.text
    login_session = (await db_session.scalars(select(LoginSession))).one()
    assert login_session.kind is SessionKind.STAFF
    idle = login_session.expires_at - login_session.last_seen_at
    assert idle == timedelta(minutes=live_settings.staff_idle_minutes)


async def test_a_staff_cookie_ends_with_the_browser(browser: httpx.AsyncClient) -> None:
    answer = await _staff_login(browser, "Sara Holm")

    assert "Max-Age" not in answer.headers["set-cookie"]


async def test_someone_the_municipality_has_not_set_up_gets_no_access(
    browser: httpx.AsyncClient, db_session: AsyncSession
) -> None:
    provider_page = await follow(browser, await browser.get("/personale/log-ind/start"))
    return_url = await pick(browser, provider_page, "Sara Holm")
    # The provider vouches for Sara, but the municipality has since closed her account.
    await db_session.execute(delete(StaffAccount))
    await db_session.commit()

    answer = await browser.get(return_url)

    assert answer.status_code == 403
    assert "Du har ikke adgang endnu" in answer.text


async def test_a_young_persons_session_does_not_open_the_desk(
    browser: httpx.AsyncClient,
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")

    answer = await browser.get("/personale")

    assert answer.status_code == 303
    assert answer.headers["location"] == "/personale/log-ind?tilbage=/personale"


REAL_PROVIDER = OidcClientSettings(issuer="https://idp.example", client_id="x")


def test_the_cookie_is_secure_on_https() -> None:
    on_localhost = Settings(environment=TEST)
    on_https = dataclasses.replace(
        on_localhost,
        public_url="https://unge.fjordby.example",
        mitid=REAL_PROVIDER,
        staff_oidc=REAL_PROVIDER,
    )

    assert SessionCookie.for_settings(on_https) == SessionCookie("__Host-ungeoverblik", True)
    assert SessionCookie.for_settings(on_localhost).secure is False


def test_logging_out_on_https_replaces_the_cookie_with_a_secure_empty_one() -> None:
    on_https = Settings(
        environment=TEST,
        public_url="https://unge.fjordby.example",
        mitid=REAL_PROVIDER,
        staff_oidc=REAL_PROVIDER,
    )

    response = clear_session_cookie(Response(None), on_https)

    [cookie] = response.cookies
    assert (cookie.key, cookie.value, cookie.max_age) == ("__Host-ungeoverblik", "", 0)
    assert cookie.secure is True


def test_the_login_stand_in_never_serves_a_public_address() -> None:
    with pytest.raises(SettingsError, match="localhost"):
        Settings(environment=DEVELOPMENT, public_url="https://unge.fjordby.example")


def test_production_needs_https() -> None:
    with pytest.raises(SettingsError, match="https"):
        Settings(
            environment=PRODUCTION,
            public_url="http://unge.fjordby.example",
            cpr_encryption_key="k",
            cpr_hash_key="k",
            csrf_secret="k",
            mitid=REAL_PROVIDER,
            staff_oidc=REAL_PROVIDER,
        )
