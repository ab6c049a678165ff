"""Submitting the desk's forms the way a browser does."""

from __future__ import annotations

from collections.abc import Mapping

import httpx


async def post_form(
    client: httpx.AsyncClient, path: str, form: Mapping[str, str | list[str]] | None = None
) -> httpx.Response:
    """POST a form with the CSRF token the page would carry (the cookie's value)."""
    return await client.post(
        path, data={**(form or {}), "_csrf_token": client.cookies["csrftoken"]}
    )
