"""A strict Content-Security-Policy and the other security headers on every response."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

pytestmark = pytest.mark.anyio

PATHS = ["/", "/offline", "/manifest.webmanifest", "/sw.js", "/static/css/app.css", "/nowhere"]


@pytest.mark.parametrize("path", PATHS)
async def test_every_response_carries_the_security_headers(
    client: AsyncTestClient[Litestar], path: str
) -> None:
    response = await client.get(path)

    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "same-origin"


async def test_pages_hold_no_inline_script_or_style(client: AsyncTestClient[Litestar]) -> None:
    for path in ["/", "/offline", "/tilgaengelighed", "/nowhere"]:
        html = (await client.get(path)).text

        assert "<script>" not in html
        assert "<style" not in html
        assert " style=" not in html
        assert " on" + "click=" not in html
