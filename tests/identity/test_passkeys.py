"""Passkeys after MitID: made, used, listed, renamed, removed, and never fooled."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.models import AuthMethod, LoginSession, Passkey
from app.settings import Settings
from tests.identity.journeys import log_in_with_mitid
from tests.support.authenticator import SoftAuthenticator

pytestmark = pytest.mark.anyio


@pytest.fixture
def phone(live_settings: Settings) -> SoftAuthenticator:
    return SoftAuthenticator(origin=live_settings.public_url)


def _csrf(browser: httpx.AsyncClient) -> dict[str, str]:
    return {"x-csrftoken": browser.cookies.get("csrftoken") or ""}


async def _register(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, device: str = "iPhone"
) -> httpx.Response:
    options = (await browser.get("/passkeys/ny/valg")).json()
    credential = phone.create(options)
    body = {"credential": credential, "device_name": device}
    return await browser.post("/passkeys", json=body, headers=_csrf(browser))


async def _passkey_login(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, **bend: Any
) -> httpx.Response:
    options = (await browser.get("/log-ind/passkey/valg")).json()
    assertion = phone.get(options, **bend)
    return await browser.post("/log-ind/passkey", json=assertion, headers=_csrf(browser))


async def _log_out(browser: httpx.AsyncClient) -> None:
    await browser.post("/log-ud", headers=_csrf(browser))


async def _passkeys(db_session: AsyncSession) -> list[Passkey]:
    db_session.expire_all()
    return list((await db_session.scalars(select(Passkey))).all())


async def test_a_passkey_made_after_mitid_logs_in_next_time(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, db_session: AsyncSession
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    assert (await _register(browser, phone)).status_code == 201
    await _log_out(browser)

    answer = await _passkey_login(browser, phone)

    assert answer.status_code == 200
    assert answer.json() == {"redirect": "/mit-overblik"}
    assert "Hej Sofie" in (await browser.get("/mit-overblik")).text
    [passkey] = await _passkeys(db_session)
    assert passkey.device_name == "iPhone"
    assert passkey.last_used_at is not None
    login_session = (await db_session.scalars(select(LoginSession))).one()
    assert login_session.auth_method is AuthMethod.PASSKEY


async def test_the_passkey_carries_no_personal_data_on_the_device(
    browser: httpx.AsyncClient,
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")

    options = (await browser.get("/passkeys/ny/valg")).json()

    assert options["user"]["name"] == options["user"]["displayName"] == "Sofie"
    assert "Lund" not in str(options["user"])
    assert options["authenticatorSelection"]["residentKey"] == "required"
    assert options["authenticatorSelection"]["userVerification"] == "required"
    assert options["attestation"] == "none"


async def test_an_authenticator_without_user_verification_is_refused(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, db_session: AsyncSession
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    careless = dataclasses.replace(phone, verifies_user=False)

    answer = await _register(browser, careless)

    assert answer.status_code == 400
    assert answer.json()["title"] == "Vi kunne ikke gemme din passkey. Prøv igen."
    assert await _passkeys(db_session) == []


async def test_a_login_without_user_verification_is_refused(
    browser: httpx.AsyncClient, phone: SoftAuthenticator
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    await _log_out(browser)
    phone.verifies_user = False

    answer = await _passkey_login(browser, phone)

    assert answer.status_code == 400
    assert (await browser.get("/mit-overblik")).status_code == 303


async def test_a_replayed_assertion_is_refused(
    browser: httpx.AsyncClient, phone: SoftAuthenticator
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    await _log_out(browser)
    options = (await browser.get("/log-ind/passkey/valg")).json()
    assertion = phone.get(options)
    assert (
        await browser.post("/log-ind/passkey", json=assertion, headers=_csrf(browser))
    ).status_code == 200
    await _log_out(browser)
    await browser.get("/log-ind/passkey/valg")

    replay = await browser.post("/log-ind/passkey", json=assertion, headers=_csrf(browser))

    assert replay.status_code == 400


async def test_another_persons_credential_is_refused(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, live_settings: Settings
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    sofie = phone.credentials[-1]
    await _log_out(browser)
    emils_phone = SoftAuthenticator(origin=live_settings.public_url)
    await log_in_with_mitid(browser, "Emil Sørensen")
    await _register(browser, emils_phone)
    await _log_out(browser)
    # Emil's credential presented under Sofie's user handle.
    mixed = dataclasses.replace(emils_phone.credentials[-1], user_handle=sofie.user_handle)

    answer = await _passkey_login(browser, emils_phone, stored=mixed)

    assert answer.status_code == 400


async def test_a_sign_count_going_backwards_is_flagged_not_locked_out(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, db_session: AsyncSession
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    await _log_out(browser)
    phone.credentials[-1].sign_count = 10
    await _passkey_login(browser, phone)
    await _log_out(browser)
    phone.credentials[-1].sign_count = 2

    answer = await _passkey_login(browser, phone)

    assert answer.status_code == 200
    [passkey] = await _passkeys(db_session)
    assert passkey.counter_regressed_at is not None


async def test_the_passkey_list_renames_and_removes(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, db_session: AsyncSession
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone, device="iPhone")
    [passkey] = await _passkeys(db_session)

    listing = await browser.get("/passkeys")
    assert "iPhone" in listing.text
    assert "Fjerner du den, skal du bruge MitID næste gang." in listing.text
    await browser.post(
        f"/passkeys/{passkey.id}/navn",
        data={"device_name": "  Min  telefon  ", "_csrf_token": browser.cookies["csrftoken"]},
    )
    assert "Min telefon" in (await browser.get("/passkeys")).text
    await browser.post(f"/passkeys/{passkey.id}/slet", headers=_csrf(browser))
    assert await _passkeys(db_session) == []


async def test_without_passkeys_the_next_login_is_mitid(
    browser: httpx.AsyncClient, phone: SoftAuthenticator
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    passkey_id = (await browser.get("/passkeys")).text.split("/passkeys/")[1].split("/")[0]
    await browser.post(f"/passkeys/{passkey_id}/slet", headers=_csrf(browser))
    await _log_out(browser)

    answer = await _passkey_login(browser, phone)

    assert answer.status_code == 400
    assert "brug MitID" in answer.json()["title"]


async def test_you_cannot_touch_another_persons_passkey(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, db_session: AsyncSession
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    [sofies] = await _passkeys(db_session)
    await _log_out(browser)
    await log_in_with_mitid(browser, "Emil Sørensen")

    answer = await browser.post(f"/passkeys/{sofies.id}/slet", headers=_csrf(browser))

    assert answer.status_code == 404
    assert len(await _passkeys(db_session)) == 1


async def test_a_passkey_session_is_sent_through_mitid_for_a_step_up_view(
    browser: httpx.AsyncClient, phone: SoftAuthenticator
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    await _log_out(browser)
    await _passkey_login(browser, phone)

    answer = await browser.get("/passkeys")

    assert answer.status_code == 303
    assert answer.headers["location"] == "/log-ind/mitid?tilbage=/passkeys"


async def test_a_new_passkey_needs_a_recent_mitid_login(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, db_session: AsyncSession
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    long_ago = utc_now() - timedelta(hours=1)
    await db_session.execute(update(LoginSession).values(mitid_at=long_ago))
    await db_session.commit()

    answer = await browser.get("/passkeys/ny/valg", headers={"accept": "application/json"})

    assert answer.status_code == 403


async def test_an_idle_session_has_expired(
    browser: httpx.AsyncClient, db_session: AsyncSession
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    expired = utc_now() - timedelta(seconds=1)
    await db_session.execute(update(LoginSession).values(expires_at=expired))
    await db_session.commit()

    assert (await browser.get("/mit-overblik")).status_code == 303


async def test_login_steps_are_rate_limited_in_danish(browser: httpx.AsyncClient) -> None:
    answers = [await browser.get("/log-ind/passkey/valg") for _ in range(61)]

    assert [a.status_code for a in answers[:60]] == [200] * 60
    assert answers[60].status_code == 429
    assert "Du har prøvet mange gange" in answers[60].text
    assert answers[60].headers["ratelimit-remaining"] == "0"
    assert (await browser.get("/log-ind")).status_code == 200  # reading the page is free


async def test_a_used_challenge_cannot_be_used_again(
    browser: httpx.AsyncClient, phone: SoftAuthenticator
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    await _log_out(browser)
    options = (await browser.get("/log-ind/passkey/valg")).json()
    phone.verifies_user = False
    failed = await browser.post("/log-ind/passkey", json=phone.get(options), headers=_csrf(browser))
    phone.verifies_user = True

    late = await browser.post("/log-ind/passkey", json=phone.get(options), headers=_csrf(browser))

    assert failed.status_code == late.status_code == 400
    assert (await browser.get("/mit-overblik")).status_code == 303


async def test_removing_a_passkey_ends_the_sessions_it_opened(
    browser: httpx.AsyncClient, phone: SoftAuthenticator, live_settings: Settings
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    async with httpx.AsyncClient(base_url=live_settings.public_url) as lost_phone:
        await _passkey_login(lost_phone, phone)
        assert (await lost_phone.get("/mit-overblik")).status_code == 200
        passkey_id = (await browser.get("/passkeys")).text.split("/passkeys/")[1].split("/")[0]

        await browser.post(f"/passkeys/{passkey_id}/slet", headers=_csrf(browser))

        assert (await lost_phone.get("/mit-overblik")).status_code == 303
    assert (await browser.get("/mit-overblik")).status_code == 200


async def test_a_passkey_login_without_the_csrf_token_is_refused(
    browser: httpx.AsyncClient, phone: SoftAuthenticator
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")
    await _register(browser, phone)
    await _log_out(browser)
    options = (await browser.get("/log-ind/passkey/valg")).json()

    answer = await browser.post("/log-ind/passkey", json=phone.get(options))

    assert answer.status_code == 403
    assert (await browser.get("/mit-overblik")).status_code == 303


async def test_signed_out_fetches_get_a_json_answer_not_a_redirect(
    browser: httpx.AsyncClient,
) -> None:
    answer = await browser.get("/passkeys/ny/valg", headers={"accept": "application/json"})

    assert answer.status_code == 401
    assert answer.json()["title"] == "Log ind først."


async def test_pages_with_passkeys_are_never_cached(browser: httpx.AsyncClient) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")

    assert (await browser.get("/passkeys")).headers["cache-control"] == "no-store"
