"""A live app whose relying party talks to its own development provider over HTTP.

The app must know its own address (the redirect URIs and the issuer contain it), so
the port is chosen before the app is made. Data: the demo cast's kind of people, made
here so each test knows exactly who exists.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from app.database import create_session_factory
from app.identity.dev_provider import provision_dev_staff_accounts
from app.identity.models import LoginPolicy
from app.main import create_app
from app.model import Municipality, Source, StaffMember, YoungPerson
from app.model.cpr import Cpr, CprKeys
from app.settings import Settings
from tests.support.server import RunningServer, free_port, serve

SOFIE_CPR = Cpr.parse("6104094512")
EMIL_CPR = Cpr.parse("7011064321")


@pytest.fixture
def live_settings(settings: Settings) -> Settings:
    port = free_port()
    return dataclasses.replace(settings, port=port, public_url=f"http://localhost:{port}")


@pytest.fixture
async def people(engine: AsyncEngine, live_settings: Settings, cpr_keys: CprKeys) -> None:
    async with create_session_factory(engine).begin() as session:
        fjordby = Municipality(code="0999", name="Fjordby Kommune")
        session.add(fjordby)
        await session.flush()
        for name, cpr in [("Sofie Lund", SOFIE_CPR), ("Emil Sørensen", EMIL_CPR)]:
            session.add(_young_person(fjordby, name, cpr, cpr_keys))
        session.add(
            StaffMember(
                municipality_id=fjordby.id,
                name="Sara Holm",
                title="Sagsbehandler",
                unit="Jobcenter Fjordby",
                source=Source.DEMO,
                source_id="staff-sara",
            )
        )
        session.add(LoginPolicy(municipality_id=fjordby.id, step_up_views=["passkeys"]))
        await session.flush()
        await provision_dev_staff_accounts(session, live_settings)


def _young_person(municipality: Municipality, name: str, cpr: Cpr, keys: CprKeys) -> YoungPerson:
    return YoungPerson(
        municipality_id=municipality.id,
        name=name,
        birth_date=date(2009, 4, 1),
        cpr_hash=keys.hash(cpr),
        cpr_encrypted=keys.encrypt(cpr),
        source=Source.DEMO,
        source_id=f"young-{name}",
    )


@pytest.fixture
def live_server(live_settings: Settings, people: None) -> Iterator[RunningServer]:
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
def data_dir(live_settings: Settings) -> Path:
    return live_settings.data_dir
