"""A caseworker sees only the young people they work with, in their own municipality."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import Relation
from app.web.danish_time import today_in_copenhagen
from tests.identity.journeys import log_in_with_mitid
from tests.staff.conftest import Cast
from tests.staff.submit import post_form

pytestmark = pytest.mark.anyio


async def test_the_desk_greets_the_caseworker(desk: httpx.AsyncClient) -> None:
    page = await desk.get("/personale")

    assert page.status_code == 200
    assert "Hej Sara Holm" in page.text
    assert "Fjordby Kommune" in page.text
    assert "Du er administrator." in page.text
    assert 'action="/log-ud"' in page.text
    assert page.headers["cache-control"] == "no-store"


async def test_the_desk_lists_only_the_young_people_sara_works_with(
    desk: httpx.AsyncClient, cast: Cast
) -> None:
    page = await desk.get("/personale")

    assert f'href="/personale/unge/{cast.sofie}"' in page.text
    assert "Sofie Lund" in page.text
    assert "Emil Sørensen" not in page.text  # the work with him has ended
    assert "Noah Dam" not in page.text  # another municipality


async def test_sara_opens_the_young_person_she_works_with(
    desk: httpx.AsyncClient, cast: Cast
) -> None:
    page = await desk.get(f"/personale/unge/{cast.sofie}")

    assert page.status_code == 200
    assert '<h1 id="person-title">Sofie Lund</h1>' in page.text


@pytest.mark.parametrize("who", ["emil", "noah", "nobody"])
async def test_anyone_else_looks_like_nobody(desk: httpx.AsyncClient, cast: Cast, who: str) -> None:
    young_person_id = {"emil": cast.emil, "noah": cast.noah, "nobody": 999_999}[who]

    page = await desk.get(f"/personale/unge/{young_person_id}")
    booking = await desk.get(f"/personale/unge/{young_person_id}/aftaler/ny")

    assert page.status_code == 404
    assert booking.status_code == 404
    assert "Siden findes ikke" in page.text


async def test_a_form_sent_about_someone_else_is_not_found(
    desk: httpx.AsyncClient, cast: Cast
) -> None:
    answer = await post_form(
        desk, f"/personale/unge/{cast.emil}/maal/ny", {"title": "Noget", "horizon": "short_term"}
    )

    assert answer.status_code == 404


async def test_a_young_persons_session_does_not_open_the_desk(
    browser: httpx.AsyncClient, cast: Cast
) -> None:
    await log_in_with_mitid(browser, "Sofie Lund")

    desk = await browser.get("/personale")
    own_page = await browser.get(f"/personale/unge/{cast.sofie}")

    assert desk.status_code == 303
    assert desk.headers["location"] == "/personale/log-ind?tilbage=/personale"
    assert own_page.status_code == 303
    assert own_page.headers["location"].startswith("/personale/log-ind")


async def _set_emils_relation(db: AsyncSession, cast: Cast, **dates: date | None) -> None:
    relation = (
        await db.scalars(
            select(Relation).where(
                Relation.young_person_id == cast.emil, Relation.staff_member_id == cast.sara
            )
        )
    ).one()
    for name, value in dates.items():
        setattr(relation, name, value)
    await db.commit()


async def test_work_that_has_not_started_yet_gives_no_access(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    next_week = today_in_copenhagen() + timedelta(days=7)
    await _set_emils_relation(db_session, cast, started_on=next_week, ended_on=None)

    assert (await desk.get(f"/personale/unge/{cast.emil}")).status_code == 404


async def test_work_that_ends_later_still_gives_access_today(
    desk: httpx.AsyncClient, cast: Cast, db_session: AsyncSession
) -> None:
    await _set_emils_relation(db_session, cast, ended_on=today_in_copenhagen())

    assert (await desk.get(f"/personale/unge/{cast.emil}")).status_code == 200
