"""The desk in a real Chromium: Sara logs in and axe-core finds nothing on any page,
on a phone and at a desk."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from app.database import create_engine, create_session_factory
from app.main import create_app
from app.model.cpr import load_cpr_keys
from app.schema import upgrade
from app.settings import TEST, Settings
from tests.staff.conftest import Cast, add_cast
from tests.staff.everything import add_one_of_everything, desk_paths
from tests.support.browser import run_axe
from tests.support.loops import run_in_own_loop
from tests.support.server import RunningServer, free_port, serve

pytestmark = pytest.mark.browser


@dataclasses.dataclass(frozen=True)
class Scene:
    server: RunningServer
    paths: list[str]


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    port = free_port()
    settings = Settings(
        environment=TEST,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'desk.sqlite3'}",
        data_dir=tmp_path,
        load_demo_data=False,
        port=port,
        public_url=f"http://localhost:{port}",
    )
    paths: list[str] = []
    run_in_own_loop(_prepare(settings, paths))
    with serve(create_app(settings), port=port) as server:
        server.url = settings.public_url
        yield Scene(server, paths)


async def _prepare(settings: Settings, paths: list[str]) -> None:
    engine = create_engine(settings.resolved_database_url)
    await upgrade(engine)
    async with create_session_factory(engine).begin() as session:
        cast: Cast = await add_cast(session, settings, load_cpr_keys(settings))
    async with create_session_factory(engine)() as session:
        ids = await add_one_of_everything(session, cast)
    await engine.dispose()
    paths += desk_paths(cast, ids)


# Module scope: sync Playwright keeps an event loop in this thread while it lives.
def _log_in_as_sara(page: Page, scene: Scene) -> None:
    page.goto(f"{scene.server.url}/personale/log-ind")
    page.get_by_role("link", name="Log ind med kommunens login").click()
    page.get_by_role("button", name="Sara Holm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hej Sara Holm")


@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_no_violations_on_the_desk(page: Page, scene: Scene, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    _log_in_as_sara(page, scene)

    for path in scene.paths:
        response = page.goto(f"{scene.server.url}{path}")
        assert response is not None
        assert response.status == 200, path
        assert [violation["id"] for violation in run_axe(page)] == [], path


def test_a_booking_with_a_mistake_is_announced_and_accessible(page: Page, scene: Scene) -> None:
    _log_in_as_sara(page, scene)
    page.goto(f"{scene.server.url}{scene.paths[2]}")

    page.get_by_role("button", name="Book aftalen").click()

    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_text("Skriv en titel.")).to_be_visible()
    assert [violation["id"] for violation in run_axe(page)] == []
