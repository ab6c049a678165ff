"""A live app with a small cast, and Sara Holm logged in at her desk.

Sara works with Sofie. Emil lives in the same municipality, but Sara's work with him
has ended; Noah lives in another municipality, and a stray relation there names Sara.
Jonas is Sofie's mentor, someone Sara can invite to a meeting.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import date

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.database import create_session_factory
from app.identity.dev_provider import provision_dev_staff_accounts
from app.main import create_app
from app.model import (
    Municipality,
    Plan,
    PlanArea,
    Relation,
    RelationRole,
    Source,
    StaffMember,
    YoungPerson,
)
from app.model.cpr import Cpr, CprKeys
from app.settings import Settings
from tests.identity.journeys import follow, pick
from tests.support.server import RunningServer, free_port, serve


@dataclass(frozen=True)
class Cast:
    sara: int
    jonas: int
    sofie: int
    emil: int
    noah: int
    jonas_for_sofie: int  # Jonas's relation to Sofie
    sofie_plan: int
    emil_plan: int


@pytest.fixture
def live_settings(settings: Settings) -> Settings:
    port = free_port()
    return dataclasses.replace(settings, port=port, public_url=f"http://localhost:{port}")


@pytest.fixture
async def cast(engine: AsyncEngine, live_settings: Settings, cpr_keys: CprKeys) -> Cast:
    async with create_session_factory(engine).begin() as session:
        return await add_cast(session, live_settings, cpr_keys)


async def add_cast(session: AsyncSession, settings: Settings, cpr_keys: CprKeys) -> Cast:
    """The cast in the module docstring, with a staff login for everyone in Fjordby."""
    fjordby = Municipality(code="0999", name="Fjordby Kommune")
    havby = Municipality(code="0998", name="Havby Kommune")
    session.add_all([fjordby, havby])
    await session.flush()
    sara = _staff(fjordby, "Sara Holm", "Sagsbehandler")
    jonas = _staff(fjordby, "Jonas Berg", "Mentor")
    sofie = _young_person(fjordby, "Sofie Lund", "6104094512", cpr_keys)
    emil = _young_person(fjordby, "Emil Sørensen", "7011064321", cpr_keys)
    noah = _young_person(havby, "Noah Dam", "0101054321", cpr_keys)
    session.add_all([sara, jonas, sofie, emil, noah])
    await session.flush()
    session.add_all(
        [
            _relation(sara, sofie, RelationRole.CASEWORKER),
            _relation(sara, emil, RelationRole.CASEWORKER, ended_on=date(2025, 1, 31)),
            _relation(sara, noah, RelationRole.CASEWORKER),
        ]
    )
    jonas_for_sofie = _relation(jonas, sofie, RelationRole.MENTOR)
    sofie_plan, emil_plan = _plan(sofie), _plan(emil)
    session.add_all([jonas_for_sofie, sofie_plan, emil_plan])
    await session.flush()
    await provision_dev_staff_accounts(session, settings)
    return Cast(
        sara=sara.id,
        jonas=jonas.id,
        sofie=sofie.id,
        emil=emil.id,
        noah=noah.id,
        jonas_for_sofie=jonas_for_sofie.id,
        sofie_plan=sofie_plan.id,
        emil_plan=emil_plan.id,
    )


def _staff(municipality: Municipality, name: str, title: str) -> StaffMember:
    return StaffMember(
        municipality_id=municipality.id,
        name=name,
        title=title,
        unit="Jobcenter Fjordby",
        source=Source.DEMO,
        source_id=f"staff-{name}",
    )


def _young_person(municipality: Municipality, name: str, cpr: str, keys: CprKeys) -> YoungPerson:
    number = Cpr.parse(cpr)
    return YoungPerson(
        municipality_id=municipality.id,
        name=name,
        birth_date=date(2008, 4, 1),
        cpr_hash=keys.hash(number),
        cpr_encrypted=keys.encrypt(number),
        source=Source.DEMO,
        source_id=f"young-{name}",
    )


def _relation(
    member: StaffMember,
    person: YoungPerson,
    role: RelationRole,
    ended_on: date | None = None,
) -> Relation:
    return Relation(
        young_person_id=person.id,
        staff_member_id=member.id,
        role=role,
        ended_on=ended_on,
        source=Source.UDB,
        source_id=f"relation-{member.name}-{person.name}",
    )


def _plan(person: YoungPerson) -> Plan:
    return Plan(
        young_person_id=person.id,
        area=PlanArea.EMPLOYMENT,
        title="Plan i Jobcentret",
        source=Source.DEMO,
        source_id=f"plan-{person.name}",
    )


@pytest.fixture
def live_server(live_settings: Settings, cast: Cast) -> Iterator[RunningServer]:
    with serve(create_app(live_settings), port=live_settings.port) as server:
        yield server


@pytest.fixture
async def browser(
    live_server: RunningServer, live_settings: Settings
) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client that keeps cookies like a browser but never follows redirects."""
    async with httpx.AsyncClient(base_url=live_settings.public_url) as client:
        yield client


@pytest.fixture
async def desk(browser: httpx.AsyncClient) -> httpx.AsyncClient:
    """The browser, with Sara Holm logged in through the staff login."""
    provider_page = await follow(browser, await browser.get("/personale/log-ind/start"))
    answer = await browser.get(await pick(browser, provider_page, "Sara Holm"))
    assert answer.headers["location"] == "/personale"
    return browser
