"""A running app on SQLite and a real Chromium profile for browser tests."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

from app.database import create_engine, create_session_factory
from app.demo import DemoOptions, load_demo_data
from app.identity.dev_provider import provision_dev_staff_accounts
from app.identity.models import LoginPolicy
from app.main import create_app
from app.model import Municipality
from app.model.cpr import load_cpr_keys
from app.schema import upgrade
from app.settings import TEST, Settings
from tests.support.browser import launch_persistent
from tests.support.loops import run_in_own_loop
from tests.support.server import RunningServer, free_port, serve


@pytest.fixture
def browser_settings(tmp_path: Path) -> Settings:
    settings = Settings(
        environment=TEST,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'browser.sqlite3'}",
        data_dir=tmp_path,
        load_demo_data=False,
    )
    run_in_own_loop(_prepare(settings))
    return settings


async def _prepare(settings: Settings) -> None:
    engine = create_engine(settings.resolved_database_url)
    await upgrade(engine)
    async with create_session_factory(engine)() as session:
        session.add(Municipality(code=settings.municipality_code, name="Fjordby Kommune"))
        await session.commit()
    await engine.dispose()


@pytest.fixture
def live_server(browser_settings: Settings) -> Iterator[RunningServer]:
    with serve(create_app(browser_settings)) as server:
        yield server


# Module scope, not session: sync Playwright keeps an event loop running in this thread
# while it lives, and the async tests collected after the browser tests need it gone.
@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as running:
        yield running


@pytest.fixture
def browser_context(playwright: Playwright, tmp_path: Path) -> Iterator[BrowserContext]:
    context = launch_persistent(playwright, tmp_path / "profile")
    yield context
    context.close()


@pytest.fixture
def page(browser_context: BrowserContext) -> Page:
    return browser_context.pages[0] if browser_context.pages else browser_context.new_page()


@pytest.fixture
def demo_server(browser_settings: Settings) -> Iterator[RunningServer]:
    port = free_port()
    settings = dataclasses.replace(
        browser_settings,
        port=port,
        public_url=f"http://localhost:{port}",
        database_url=f"sqlite+aiosqlite:///{browser_settings.data_dir / 'demo.sqlite3'}",
    )
    run_in_own_loop(_load_demo(settings))
    with serve(create_app(settings), port=port) as server:
        server.url = settings.public_url
        yield server


async def _load_demo(settings: Settings) -> None:
    engine = create_engine(settings.resolved_database_url)
    await upgrade(engine)
    options = DemoOptions(reference=datetime.now(UTC))
    await load_demo_data(engine, load_cpr_keys(settings), options)
    async with create_session_factory(engine).begin() as session:
        session.add(LoginPolicy(municipality_id=1, step_up_views=["passkeys"]))
        await provision_dev_staff_accounts(session, settings)
    await engine.dispose()
