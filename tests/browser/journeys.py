"""Steps the browser journeys share."""

from __future__ import annotations

from playwright.sync_api import Page, expect

SOFIE = "Sofie Lund Andersen"


def pick_at_mitid_stand_in(page: Page, name: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text("Test-login – ikke rigtig MitID")
    page.get_by_role("button", name=name).click()
