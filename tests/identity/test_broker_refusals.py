"""What a real broker might send wrong, answered through our routes: a clear message,
the right status, and no login written."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.models import LoginSession, SessionKind
from app.main import create_app
from app.settings import OidcClientSettings, Settings
from tests.identity.conftest import SOFIE_CPR
from tests.support.fake_broker import Broker
from tests.support.server import RunningServer, free_port, serve

pytestmark = pytest.mark.anyio


@pytest.fixture
def broker() -> Iterator[Broker]:
    broker = Broker(cpr=SOFIE_CPR.digits)
    port = free_port()
    broker.issuer = f"http://127.0.0.1:{port}"
    with serve(broker.app(), port=port):
        yield broker


@pytest.fixture
def app_server(live_settings: Settings, people: None, broker: Broker) -> Iterator[RunningServer]:
    mitid = OidcClientSettings(
        issuer=broker.issuer,
        client_id=broker.client_id,
        client_secret="not-checked-by-the-fake",
        scopes="openid ssn",
    )
    settings = dataclasses.replace(live_settings, mitid=mitid)
    with serve(create_app(settings), port=settings.port) as server:
        yield server


@pytest.fixture
async def phone(
    app_server: RunningServer, live_settings: Settings
) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=live_settings.public_url) as client:
        yield client


async def _mitid_round_trip(phone: httpx.AsyncClient) -> httpx.Response:
    to_broker = await phone.get("/log-ind/mitid")
    back_home = await phone.get(to_broker.headers["location"])
    return await phone.get(back_home.headers["location"])


async def test_a_good_broker_logs_sofie_in(phone: httpx.AsyncClient) -> None:
    answer = await _mitid_round_trip(phone)

    assert answer.status_code == 303
    assert answer.headers["location"] == "/passkeys/ny"


BENT = {
    "expired ID token": {"iat": int(time.time()) - 900, "exp": int(time.time()) - 600},
    "wrong audience": {"aud": "another-service"},
    "wrong nonce": {"nonce": "from-another-login"},
    "wrong issuer": {"iss": "https://evil.example"},
    "too weak assurance": {"acr": "https://data.gov.dk/concept/core/nsis/loa/Low"},
    "no CPR number": {"dk.cpr": ""},
    "an old MitID login": {"auth_time": int(time.time()) - 3600},
}


@pytest.mark.parametrize("bent", BENT.values(), ids=BENT.keys())
async def test_a_bad_id_token_is_refused_and_nothing_is_written(
    phone: httpx.AsyncClient, broker: Broker, db_session: AsyncSession, bent: dict[str, Any]
) -> None:
    broker.bent = bent

    answer = await _mitid_round_trip(phone)

    assert answer.status_code == 400
    assert "Det lykkedes ikke at logge ind med MitID. Prøv igen." in answer.text
    sessions = (await db_session.scalars(select(LoginSession))).all()
    assert [s.kind for s in sessions] == [SessionKind.ANONYMOUS]
    assert (await phone.get("/mit-overblik")).status_code == 303
