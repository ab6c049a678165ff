"""Errors speak plain Danish to people and JSON to programs, and lose nothing."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

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
