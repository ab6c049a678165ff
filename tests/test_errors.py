"""Errors speak plain Danish to people and JSON to programs, and lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.main import create_app
from app.settings import TEST, Settings

pytestmark = pytest.mark.anyio


async def test_an_unknown_page_is_a_kind_danish_404(client: AsyncTestClient[Litestar]) -> None:
    response = await client.get("/findes-ikke")

    assert response.status_code == 404
    assert "Siden findes ikke" in response.text
    assert 'href="/"' in response.text


async def test_an_api_caller_gets_a_json_error(client: AsyncTestClient[Litestar]) -> None:
    response = await client.get("/api/findes-ikke")

    assert response.status_code == 404
    assert response.json()["title"] == "Siden findes ikke"


async def test_a_wrong_method_is_refused_in_danish(client: AsyncTestClient[Litestar]) -> None:
    response = await client.post("/offline")

    assert response.status_code == 405
    assert "Det kan man ikke her" in response.text


async def test_the_health_check_reports_the_database(client: AsyncTestClient[Litestar]) -> None:
    response = await client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"database": "ok"}


async def test_the_health_check_says_when_the_database_is_unreachable(tmp_path: Path) -> None:
    unreachable = f"sqlite+aiosqlite:///{tmp_path / 'no' / 'such' / 'dir.sqlite3'}"
    settings = Settings(environment=TEST, database_url=unreachable, data_dir=tmp_path)

    async with AsyncTestClient(app=create_app(settings)) as client:
        response = await client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"database": "unreachable"}
