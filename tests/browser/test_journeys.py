"""Two people, two browsers: a caseworker books and summarises, the young person sees
it, asks for another time, ticks off, comments and adds the meeting to the calendar;
the caseworker sees the answer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, expect

from tests.browser.journeys import SOFIE, pick_at_mitid_stand_in
from tests.support.browser import launch_persistent
from tests.support.server import RunningServer

pytestmark = pytest.mark.browser

MEETING = "Snak om dit skema"


@pytest.fixture
def caseworker(playwright: Playwright, tmp_path: Path) -> Iterator[Page]:
    context: BrowserContext = launch_persistent(playwright, tmp_path / "desk", viewport=None)
    yield context.pages[0]
    context.close()


def _log_in_at_the_desk(page: Page, server: RunningServer) -> None:
    page.goto(f"{server.url}/personale/log-ind/start")
    page.get_by_role("button", name="Mette Vestergaard").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hej Mette")


def _book_a_meeting_for_sofie(page: Page) -> None:
    page.get_by_role("link", name=SOFIE).click()
    page.get_by_role("link", name="Book aftale").click()
    day = datetime.now(ZoneInfo("Europe/Copenhagen")).date() + timedelta(days=2)
    page.get_by_label("Titel").fill(MEETING)
    page.get_by_label("Dato").fill(day.isoformat())
    page.get_by_label("Starter kl.").fill("10:00")
    page.get_by_label("Slutter kl.").fill("10:30")
    page.get_by_label("Adresse").fill("Ungeindsatsen, Torvet 2, 9999 Fjordby")
    page.get_by_label("Formål").fill("Vi ser på dit skema sammen.")
    page.get_by_role("button", name="Book aftalen").click()
    expect(page.get_by_text(MEETING).first).to_be_visible()


def test_caseworker_and_young_person_work_on_the_same_plan(
    page: Page, caseworker: Page, demo_server: RunningServer
) -> None:
    _log_in_at_the_desk(caseworker, demo_server)
    _book_a_meeting_for_sofie(caseworker)

    page.goto(f"{demo_server.url}/log-ind/mitid")
    pick_at_mitid_stand_in(page, SOFIE)
    page.goto(f"{demo_server.url}/mit-overblik")
    page.get_by_role("link", name=MEETING).click()
    expect(page.get_by_text("Vi ser på dit skema sammen.")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Tilføj til kalender").click()
    assert "BEGIN:VCALENDAR" in Path(download.value.path()).read_text()
    page.get_by_label("Hvorfor? (du behøver ikke svare)").fill("Jeg har eksamen den dag")
    page.get_by_role("button", name="Bed om en anden tid").click()
    expect(page.get_by_text("Du har bedt om en anden tid.")).to_be_visible()

    caseworker.reload()
    expect(caseworker.get_by_text("Jeg har eksamen den dag")).to_be_visible()


def test_the_young_person_ticks_off_and_comments_in_the_plan(
    page: Page, demo_server: RunningServer
) -> None:
    page.goto(f"{demo_server.url}/log-ind/mitid")
    pick_at_mitid_stand_in(page, SOFIE)
    page.goto(f"{demo_server.url}/plan")

    own_activity = page.get_by_role("link", name="Skriv til Henrik, hvis du er syg")
    own_activity.click()
    page.get_by_role("button", name="Jeg har gjort det").click()
    expect(page.get_by_text("Udført").first).to_be_visible()
    page.get_by_label("Skriv en kommentar").fill("Det gik fint")
    page.get_by_role("button", name="Send kommentar").click()
    expect(page.get_by_text("Det gik fint")).to_be_visible()
