"""The landing page a young person sees before logging in."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import Municipality

pytestmark = pytest.mark.anyio


async def test_it_greets_in_danish_with_a_way_in(client: AsyncTestClient[Litestar]) -> None:
    response = await client.get("/")

    assert response.status_code == 200
    assert '<html lang="da">' in response.text
    assert "Dit overblik. Ét sted." in response.text
    assert 'href="/log-ind"' in response.text


async def test_it_names_the_home_municipality(
    client: AsyncTestClient[Litestar], db_session: AsyncSession
) -> None:
    db_session.add(Municipality(code="0999", name="Fjordby Kommune"))
    await db_session.commit()

    response = await client.get("/")

    assert "Fjordby Kommune hjælper unge" in response.text
