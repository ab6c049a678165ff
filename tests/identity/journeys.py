"""Walking the login journeys the way a browser would, one redirect at a time."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import httpx

PICK_BUTTON = re.compile(r'name="identity" value="([^"]+)">\s*([^<]+?)\s*<small>', re.S)
HIDDEN_REQUEST = re.compile(r'name="request" value="([^"]+)"')
CSRF_FIELD = re.compile(r'name="_csrf_token" value="([^"]+)"')


async def follow(client: httpx.AsyncClient, response: httpx.Response) -> httpx.Response:
    """Follow one 303 redirect, to another host too (the provider is on the same one)."""
    assert response.status_code in (302, 303), response.text
    return await client.get(response.headers["location"])


async def pick(client: httpx.AsyncClient, provider_page: httpx.Response, name: str) -> str:
    """Choose `name` on the stand-in's page; returns our return URL with code and state."""
    page = provider_page.text
    choices = {unescape(label): key for key, label in PICK_BUTTON.findall(page)}
    form = {
        "request": HIDDEN_REQUEST.findall(page)[0],
        "identity": choices[name],
        "_csrf_token": CSRF_FIELD.findall(page)[0],
    }
    picked = await client.post(
        str(provider_page.url.copy_with(path="/dev-idp/authorize/pick")), data=form
    )
    assert picked.status_code == 303, picked.text
    return picked.headers["location"]


async def mitid_return_url(
    client: httpx.AsyncClient, name: str, start: str = "/log-ind/mitid"
) -> str:
    started = await client.get(start)
    provider_page = await follow(client, started)
    return await pick(client, provider_page, name)


async def log_in_with_mitid(client: httpx.AsyncClient, name: str) -> httpx.Response:
    """The whole MitID journey; returns our answer to the browser's return."""
    return await client.get(await mitid_return_url(client, name))


def query_of(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def csrf_token(client: httpx.AsyncClient) -> str:
    return client.cookies.get("csrftoken") or ""
