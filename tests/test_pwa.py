"""What makes the app installable: the manifest, the service worker, the offline page."""

from __future__ import annotations

import json

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

pytestmark = pytest.mark.anyio


async def test_the_manifest_describes_an_installable_danish_app(
    client: AsyncTestClient[Litestar],
) -> None:
    response = await client.get("/manifest.webmanifest")
    manifest = response.json()

    assert response.headers["content-type"].startswith("application/manifest+json")
    assert manifest["lang"] == "da"
    assert manifest["display"] == "standalone"
    assert manifest["id"] == manifest["start_url"] == manifest["scope"] == "/"
    assert {"theme_color", "background_color", "name", "short_name"} <= manifest.keys()
    sizes = {(icon["sizes"], icon.get("purpose", "any")) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes


async def test_every_manifest_icon_is_served_as_a_png_of_its_size(
    client: AsyncTestClient[Litestar],
) -> None:
    manifest = (await client.get("/manifest.webmanifest")).json()

    for icon in manifest["icons"]:
        response = await client.get(icon["src"])
        assert response.status_code == 200, icon["src"]
        if icon["type"] == "image/png":
            width, height = _png_size(response.content)
            assert f"{width}x{height}" == icon["sizes"]


async def test_the_apple_touch_icon_is_linked_and_served(client: AsyncTestClient[Litestar]) -> None:
    html = (await client.get("/")).text
    assert 'rel="apple-touch-icon"' in html

    response = await client.get("/static/icons/apple-touch-icon.png")

    assert _png_size(response.content) == (180, 180)


async def test_the_service_worker_is_served_at_the_root_and_never_cached(
    client: AsyncTestClient[Litestar],
) -> None:
    response = await client.get("/sw.js")

    assert response.headers["content-type"].startswith("text/javascript")
    assert "no-cache" in response.headers["cache-control"]
    assert "self.__SHELL__" not in response.text


async def test_the_service_worker_caches_the_shell_with_fingerprinted_assets(
    client: AsyncTestClient[Litestar],
) -> None:
    script = (await client.get("/sw.js")).text
    shell = json.loads(script.split("const SHELL = ", 1)[1].split(";\n", 1)[0])

    assert "/offline" in shell["urls"]
    assert "/" in shell["urls"]
    for url in shell["urls"]:
        assert (await client.get(url)).status_code == 200, url
        if url.startswith("/static/"):
            assert url.endswith(f"?v={shell['version']}")


async def test_the_offline_page_says_so_in_plain_danish(client: AsyncTestClient[Litestar]) -> None:
    response = await client.get("/offline")

    assert response.status_code == 200
    assert "Du er offline" in response.text


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


async def test_static_files_are_compressed_but_pages_are_not(
    client: AsyncTestClient[Litestar],
) -> None:
    gzip = {"accept-encoding": "gzip"}

    stylesheet = await client.get("/static/css/app.css", headers=gzip)
    page = await client.get("/", headers=gzip)

    assert stylesheet.headers.get("content-encoding") == "gzip"
    assert "content-encoding" not in page.headers


async def test_fonts_and_images_are_sent_as_they_are(client: AsyncTestClient[Litestar]) -> None:
    font = await client.get(
        "/static/fonts/IBMPlexSans-Regular-Latin1.woff2", headers={"accept-encoding": "gzip"}
    )

    assert "content-encoding" not in font.headers
