"""MitID through the development stand-in: the same client code as a real broker."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.models import AuthMethod, LoginSession, SessionKind
from tests.identity.journeys import (
    follow,
    log_in_with_mitid,
    mitid_return_url,
    pick,
    query_of,
)

pytestmark = pytest.mark.anyio


async def _sessions(db_session: AsyncSession) -> list[LoginSession]:
    db_session.expire_all()
    return list((await db_session.scalars(select(LoginSession))).all())


async def test_first_login_binds_mitid_and_offers_a_passkey(
    browser: httpx.AsyncClient, db_session: AsyncSession
) -> None:
    answer = await log_in_with_mitid(browser, "Sofie Lund")

    assert answer.status_code == 303
    assert answer.headers["location"] == "/passkeys/ny"
    offer = await browser.get("/passkeys/ny")
    assert "Hej Sofie" in offer.text
    assert "Log ind med Face ID / fingeraftryk / pinkode næste gang" in offer.text
    [login_session] = await _sessions(db_session)
    assert login_session.kind is SessionKind.YOUNG_PERSON
    assert login_session.auth_method is AuthMethod.MITID
    assert login_session.mitid_at is not None


async def test_the_session_cookie_is_http_only_and_lax(browser: httpx.AsyncClient) -> None:
    answer = await log_in_with_mitid(browser, "Sofie Lund")

    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie or "SameSite=Lax" in cookie
    assert "Path=/" in cookie


async def test_login_gives_a_new_session_token(browser: httpx.AsyncClient) -> None:
    started = await browser.get("/log-ind/mitid")
    anonymous_token = browser.cookies["ungeoverblik"]
    provider_page = await follow(browser, started)
    await browser.get(await pick(browser, provider_page, "Sofie Lund"))

    assert browser.cookies["ungeoverblik"] != anonymous_token


async def test_an_unknown_cpr_gets_a_kind_message(browser: httpx.AsyncClient) -> None:
    answer = await log_in_with_mitid(browser, "En person vi ikke kender")

    assert answer.status_code == 403
    assert "Vi kan ikke finde dig" in answer.text
    assert (await browser.get("/mit-overblik")).status_code == 303


async def test_a_forged_state_is_refused_and_nothing_is_written(
    browser: httpx.AsyncClient, db_session: AsyncSession
) -> None:
    return_url = await mitid_return_url(browser, "Sofie Lund")
    forged = return_url.replace(query_of(return_url)["state"], "forged")

    answer = await browser.get(forged)

    assert answer.status_code == 400
    assert "Det lykkedes ikke at logge ind med MitID" in answer.text
    assert all(s.kind is SessionKind.ANONYMOUS for s in await _sessions(db_session))


async def test_a_replayed_code_is_refused(browser: httpx.AsyncClient) -> None:
    return_url = await mitid_return_url(browser, "Sofie Lund")
    assert (await browser.get(return_url)).status_code == 303
    await browser.post("/log-ud", headers={"x-csrftoken": browser.cookies.get("csrftoken") or ""})

    replay = await browser.get(return_url)

    assert replay.status_code == 400
    assert (await browser.get("/mit-overblik")).status_code == 303


async def test_a_return_without_a_login_in_progress_is_refused(
    browser: httpx.AsyncClient,
) -> None:
    answer = await browser.get("/log-ind/mitid/retur?code=abc&state=def")

    assert answer.status_code == 400


async def test_cancelling_at_mitid_lands_on_a_clear_message(browser: httpx.AsyncClient) -> None:
    answer = await browser.get("/log-ind/mitid/retur?error=access_denied&state=x")

    assert answer.status_code == 400
    assert "Prøv igen" in answer.text


async def test_return_to_only_goes_to_our_own_pages(browser: httpx.AsyncClient) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    browser.cookies.clear()
    return_url = await mitid_return_url(
        browser, "Sofie Lund", start="/log-ind/mitid?tilbage=//evil.example/"
    )

    answer = await browser.get(return_url)

    assert answer.headers["location"] in {"/mit-overblik", "/passkeys/ny"}


async def test_logged_out_pages_send_you_to_login(browser: httpx.AsyncClient) -> None:
    answer = await browser.get("/mit-overblik")

    assert answer.status_code == 303
    assert answer.headers["location"] == "/log-ind?tilbage=/mit-overblik"


async def test_logging_out_ends_the_session(
    browser: httpx.AsyncClient, db_session: AsyncSession
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")

    answer = await browser.post("/log-ud", headers={"x-csrftoken": browser.cookies["csrftoken"]})

    assert answer.status_code == 303
    assert await _sessions(db_session) == []
    assert (await browser.get("/mit-overblik")).status_code == 303


async def test_log_out_everywhere_ends_every_session_of_that_person_only(
    live_server: object, browser: httpx.AsyncClient, db_session: AsyncSession
) -> None:
    async with httpx.AsyncClient(base_url=str(browser.base_url)) as phone:
        await log_in_with_mitid(phone, "Sofie Lund")
    async with httpx.AsyncClient(base_url=str(browser.base_url)) as other_person:
        await log_in_with_mitid(other_person, "Emil Sørensen")
    await log_in_with_mitid(browser, "Sofie Lund")

    await browser.post("/log-ud/alle", headers={"x-csrftoken": browser.cookies["csrftoken"]})

    remaining = await _sessions(db_session)
    assert len(remaining) == 1
    count = await db_session.scalar(select(func.count()).select_from(LoginSession))
    assert count == 1


async def test_a_post_without_the_csrf_token_is_refused(browser: httpx.AsyncClient) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")

    answer = await browser.post("/log-ud")

    assert answer.status_code == 403
    assert (await browser.get("/mit-overblik")).status_code == 200
