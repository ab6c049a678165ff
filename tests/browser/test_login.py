"""The login journey in a real Chromium with a virtual platform authenticator:
MitID stand-in, a new passkey, log out, log in with it, step up, remove it."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import CDPSession, Page, expect

from tests.browser.journeys import SOFIE, pick_at_mitid_stand_in
from tests.support.browser import run_axe
from tests.support.server import RunningServer

pytestmark = pytest.mark.browser


def _platform_authenticator(page: Page, *, verifies_user: bool = True) -> CDPSession:
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    options: dict[str, Any] = {
        "protocol": "ctap2",
        "transport": "internal",
        "hasResidentKey": True,
        "hasUserVerification": True,
        "isUserVerified": verifies_user,
        "automaticPresenceSimulation": True,
    }
    cdp.send("WebAuthn.addVirtualAuthenticator", {"options": options})
    return cdp


def test_mitid_then_passkey_then_passkey_login_then_removal(
    page: Page, demo_server: RunningServer
) -> None:
    _platform_authenticator(page)
    page.goto(f"{demo_server.url}/log-ind")

    page.get_by_role("link", name="Log ind med MitID").click()
    pick_at_mitid_stand_in(page, SOFIE)
    expect(page.get_by_role("heading", level=1)).to_have_text("Hej Sofie")
    page.get_by_role("button", name="næste gang").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dine passkeys")
    expect(page.get_by_role("heading", level=2)).to_have_count(1)

    page.goto(f"{demo_server.url}/mit-overblik")
    page.get_by_role("button", name="Log ud", exact=True).click()
    page.goto(f"{demo_server.url}/log-ind")
    page.get_by_role("button", name="Log ind med Face ID, fingeraftryk eller pinkode").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hej Sofie")

    page.get_by_role("link", name="Dine passkeys").click()
    pick_at_mitid_stand_in(page, SOFIE)  # the demo municipality asks for a step-up here
    expect(page.get_by_role("heading", level=1)).to_have_text("Dine passkeys")
    page.get_by_role("button", name="Fjern").click()
    expect(page.get_by_text("Du har ingen passkeys. Du logger ind med MitID.")).to_be_visible()


def test_an_authenticator_that_cannot_verify_the_user_is_refused(
    page: Page, demo_server: RunningServer
) -> None:
    _platform_authenticator(page, verifies_user=False)
    page.goto(f"{demo_server.url}/log-ind/mitid")
    pick_at_mitid_stand_in(page, SOFIE)

    page.get_by_role("button", name="næste gang").click()

    expect(page.get_by_role("alert")).to_be_visible()
    page.goto(f"{demo_server.url}/passkeys")
    expect(page.get_by_text("Du har ingen passkeys.")).to_be_visible()


def _assert_accessible(page: Page) -> None:
    assert [violation["id"] for violation in run_axe(page)] == [], page.url


def test_axe_finds_no_violations_along_the_journey(page: Page, demo_server: RunningServer) -> None:
    for path in ["/log-ind", "/personale/log-ind"]:
        page.goto(f"{demo_server.url}{path}")
        _assert_accessible(page)

    page.goto(f"{demo_server.url}/log-ind/mitid")
    _assert_accessible(page)  # the stand-in's own page
    pick_at_mitid_stand_in(page, SOFIE)
    _assert_accessible(page)  # the passkey offer
    for path in ["/mit-overblik", "/passkeys"]:
        page.goto(f"{demo_server.url}{path}")
        _assert_accessible(page)
