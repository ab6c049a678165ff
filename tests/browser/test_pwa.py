"""The app in a real Chromium on a phone-sized screen: renders, installs, works offline,
and passes axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, expect

from tests.support.browser import installability_errors, launch_persistent, run_axe
from tests.support.server import RunningServer

pytestmark = pytest.mark.browser

IPHONE_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1"
)


# Playwright's wait_for_function evaluates a string, which our CSP forbids; evaluate()
# goes through DevTools and is not subject to it.
WAIT_FOR_CONTROLLER = """async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener(
            "controllerchange", resolve, {once: true}));
    }
    return navigator.serviceWorker.controller.scriptURL;
}"""


def _wait_for_service_worker(page: Page) -> None:
    assert page.evaluate(WAIT_FOR_CONTROLLER).endswith("/sw.js")


def test_the_landing_page_fits_a_phone(page: Page, live_server: RunningServer) -> None:
    page.goto(live_server.url)

    expect(page.get_by_role("heading", level=1)).to_have_text("Dit overblik. Ét sted.")
    expect(page.get_by_role("link", name="Log ind")).to_be_visible()
    expect(page.get_by_text("Fjordby Kommune hjælper unge")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_the_service_worker_shows_the_offline_page_without_network(
    page: Page, live_server: RunningServer
) -> None:
    page.goto(live_server.url)
    _wait_for_service_worker(page)

    live_server.stop()
    page.goto(f"{live_server.url}/aftaler")

    expect(page.get_by_role("heading", level=1)).to_have_text("Du er offline")
    page.goto(live_server.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Dit overblik. Ét sted.")


def test_chromium_finds_the_app_installable(page: Page, live_server: RunningServer) -> None:
    page.goto(live_server.url)
    _wait_for_service_worker(page)

    assert installability_errors(page) == []


# Chromium's own install dialog cannot be clicked headless; record that we asked for it
# and answer as a person who accepts.
ACCEPT_INSTALL_PROMPT = """
    BeforeInstallPromptEvent.prototype.prompt = function () {
        window.installPrompted = true;
        return Promise.resolve({outcome: "accepted"});
    };
    Object.defineProperty(BeforeInstallPromptEvent.prototype, "userChoice", {
        get() { return Promise.resolve({outcome: "accepted", platform: "web"}); },
    });
"""


def test_chromium_offers_to_install_and_our_button_asks_once(
    page: Page, live_server: RunningServer
) -> None:
    page.add_init_script(ACCEPT_INSTALL_PROMPT)
    page.goto(live_server.url)
    install_button = page.get_by_role("button", name="Installer appen")

    expect(install_button).to_be_visible()
    install_button.click()

    assert page.evaluate("window.installPrompted") is True
    expect(install_button).to_be_hidden()


def test_an_iphone_gets_a_guide_to_add_the_app_to_the_home_screen(
    playwright: Playwright, live_server: RunningServer, tmp_path: object
) -> None:
    context = launch_persistent(playwright, f"{tmp_path}/iphone", user_agent=IPHONE_SAFARI)
    page = context.pages[0]
    page.goto(live_server.url)

    page.get_by_text("Sådan gør du på iPhone").click()

    expect(page.get_by_text("Føj til hjemmeskærm")).to_be_visible()
    expect(page.get_by_role("button", name="Installer appen")).to_be_hidden()
    context.close()


@pytest.mark.parametrize("path", ["/", "/offline", "/tilgaengelighed", "/findes-ikke"])
def test_axe_finds_no_accessibility_violations(
    page: Page, live_server: RunningServer, path: str
) -> None:
    page.goto(f"{live_server.url}{path}")

    violations = run_axe(page)

    assert [violation["id"] for violation in violations] == []


def test_the_strict_content_security_policy_blocks_nothing_we_ship(
    browser_context: BrowserContext, live_server: RunningServer
) -> None:
    page = browser_context.new_page()
    reports: list[str] = []
    page.on("console", lambda message: reports.append(message.text))

    page.goto(live_server.url)
    _wait_for_service_worker(page)

    assert [text for text in reports if "Content Security Policy" in text] == []
