"""Every desk screen: a label for every field, and no inline script or style (strict CSP)."""

from __future__ import annotations

from html.parser import HTMLParser

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.staff.conftest import Cast
from tests.staff.everything import add_one_of_everything, desk_paths
from tests.staff.submit import post_form

pytestmark = pytest.mark.anyio

FIELDS = {"input", "select", "textarea"}
UNLABELLED_INPUTS = {"hidden", "submit", "button"}


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.field_ids: list[str | None] = []
        self.label_targets: set[str] = set()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in FIELDS and attributes.get("type") not in UNLABELLED_INPUTS:
            self.field_ids.append(attributes.get("id"))
        if tag == "label" and attributes.get("for"):
            self.label_targets.add(attributes["for"] or "")
        if tag == "script" and not attributes.get("src"):
            self.problems.append("inline script")
        self.problems += [f"{name} attribute" for name in attributes if name == "style"]
        self.problems += [f"{name} handler" for name in attributes if name.startswith("on")]

    def unlabelled(self) -> list[str | None]:
        return [field for field in self.field_ids if field not in self.label_targets]


def _check(page: httpx.Response) -> _Markup:
    markup = _Markup()
    markup.feed(page.text)
    assert markup.unlabelled() == [], page.url
    assert markup.problems == [], page.url
    return markup


async def test_every_desk_page_labels_its_fields_and_has_no_inline_code(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    ids = await add_one_of_everything(db_session, cast)

    for path in desk_paths(cast, ids):
        page = await desk.get(path)
        assert page.status_code == 200, path
        _check(page)


async def test_a_form_with_errors_points_each_field_to_its_message(
    desk: httpx.AsyncClient, cast: Cast
) -> None:
    page = await post_form(desk, f"/personale/unge/{cast.sofie}/aftaler/ny", {"title": ""})

    assert page.status_code == 400
    _check(page)
    assert 'aria-describedby="f-title-error" aria-invalid="true"' in page.text
    assert 'id="f-title-error">Skriv en titel.</p>' in page.text
