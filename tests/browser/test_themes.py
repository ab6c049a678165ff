"""Light and dark: axe-core finds nothing on the young person's pages in either."""

from __future__ import annotations

from typing import Literal

import pytest
from playwright.sync_api import Page

from tests.browser.journeys import SOFIE, pick_at_mitid_stand_in
from tests.support.browser import run_axe
from tests.support.server import RunningServer

pytestmark = pytest.mark.browser

YOUNG_PERSON_PAGES = ["/mit-overblik", "/plan", "/kalender", "/passkeys"]
PUBLIC_PAGES = ["/", "/offline", "/tilgaengelighed", "/log-ind"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_passes_axe_in_both_themes(
    page: Page, demo_server: RunningServer, scheme: Literal["light", "dark"]
) -> None:
    page.emulate_media(color_scheme=scheme)
    for path in PUBLIC_PAGES:
        page.goto(f"{demo_server.url}{path}")
        assert [v["id"] for v in run_axe(page)] == [], (scheme, path)

    page.goto(f"{demo_server.url}/log-ind/mitid")
    pick_at_mitid_stand_in(page, SOFIE)
    for path in YOUNG_PERSON_PAGES:
        page.goto(f"{demo_server.url}{path}")
        assert [v["id"] for v in run_axe(page)] == [], (scheme, path)


def test_the_dark_theme_really_is_dark(page: Page, demo_server: RunningServer) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(demo_server.url)

    background = page.evaluate("getComputedStyle(document.body).backgroundColor")

    assert background == "rgb(20, 20, 20)"
