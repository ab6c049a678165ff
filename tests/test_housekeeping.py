"""Expired sessions and stored values are purged; live ones stay."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from app.database import create_session_factory, utc_now
from app.housekeeping import purge_expired
from app.identity.models import LoginSession, SessionKind
from app.web.store import DatabaseStore, StoredValue

pytestmark = pytest.mark.anyio


def _session(token_hash: str, expires_in: timedelta) -> LoginSession:
    now = utc_now()
    return LoginSession(
        token_hash=token_hash,
        kind=SessionKind.ANONYMOUS,
        pending={},
        created_at=now,
        last_seen_at=now,
        expires_at=now + expires_in,
    )


async def test_purging_removes_only_what_has_expired(engine: AsyncEngine) -> None:
    sessions = create_session_factory(engine)
    async with sessions.begin() as db:
        db.add_all([_session("old", timedelta(seconds=-1)), _session("live", timedelta(hours=1))])
    store = DatabaseStore(sessions, namespace="test")
    await store.set("gone", b"1", expires_in=timedelta(seconds=-1))
    await store.set("kept", b"2", expires_in=60)

    assert await purge_expired(sessions) == (1, 1)

    async with sessions() as db:
        assert await db.scalar(select(LoginSession.token_hash)) == "live"
        assert await db.scalar(select(func.count()).select_from(StoredValue)) == 1
    assert await store.get("kept") == b"2"


async def test_setting_a_key_twice_keeps_one_row_with_the_newest_value(
    engine: AsyncEngine,
) -> None:
    store = DatabaseStore(create_session_factory(engine), namespace="test")

    await store.set("key", b"first", expires_in=60)
    await store.set("key", "second", expires_in=60)

    assert await store.get("key") == b"second"
    assert 0 < (await store.expires_in("key") or 0) <= 60
