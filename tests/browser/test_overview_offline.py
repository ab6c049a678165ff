"""The overview in a real Chromium: answer a meeting, read it offline, and after
logging out nothing personal is left in the caches."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.journeys import SOFIE, pick_at_mitid_stand_in
from tests.browser.test_pwa import WAIT_FOR_CONTROLLER
from tests.support.browser import run_axe
from tests.support.server import RunningServer

pytestmark = pytest.mark.browser

PERSONAL_CACHE_KEYS = """async () => {
    const cache = await caches.open("personal");
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
}"""


def _log_in_as_sofie(page: Page, server: RunningServer) -> None:
    page.goto(f"{server.url}/log-ind/mitid")
    pick_at_mitid_stand_in(page, SOFIE)
    page.goto(f"{server.url}/mit-overblik")
    page.evaluate(WAIT_FOR_CONTROLLER)
    page.reload()  # now through the service worker, which keeps a copy
    expect(page.get_by_role("heading", level=1)).to_have_text("Hej Sofie")


def test_the_young_person_answers_the_next_meeting(page: Page, demo_server: RunningServer) -> None:
    _log_in_as_sofie(page, demo_server)

    page.get_by_role("button", name="Jeg kommer").click()

    expect(page.get_by_text("Du har sagt: Jeg kommer.")).to_be_visible()
    assert [violation["id"] for violation in run_axe(page)] == []


def test_the_overview_stays_readable_offline_and_says_so(
    page: Page, demo_server: RunningServer
) -> None:
    _log_in_as_sofie(page, demo_server)
    assert page.evaluate(PERSONAL_CACHE_KEYS) == ["/mit-overblik"]

    demo_server.stop()
    page.context.set_offline(True)
    page.goto(f"{demo_server.url}/mit-overblik")

    expect(page.get_by_role("heading", level=1)).to_have_text("Hej Sofie")
    expect(page.get_by_text("Du er offline. Du ser dit overblik fra")).to_be_visible()


def test_logging_out_leaves_nothing_personal_in_the_caches(
    page: Page, demo_server: RunningServer
) -> None:
    _log_in_as_sofie(page, demo_server)

    page.get_by_role("button", name="Log ud", exact=True).click()
    expect(page.get_by_text("Du er logget ud.")).to_be_visible()

    # The worker deletes the cache as the logout passes through it; give it a moment.
    for _ in range(20):
        if page.evaluate(PERSONAL_CACHE_KEYS) == []:
            break
        page.wait_for_timeout(100)
    assert page.evaluate(PERSONAL_CACHE_KEYS) == []
    demo_server.stop()
    page.goto(f"{demo_server.url}/mit-overblik")
    expect(page.get_by_role("heading", level=1)).to_have_text("Du er offline")
