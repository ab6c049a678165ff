"""A Litestar `Store` in our database, so that every app process shares rate limits.

Litestar's default store lives in one process's memory; with several processes each
would count on its own and a limit would multiply by their number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from litestar.stores.base import Store
from sqlalchemy import LargeBinary, String, delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column

from app.database import AwareDateTime, Base, utc_now


class StoredValue(Base):
    __tablename__ = "stored_values"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)
    expires_at: Mapped[datetime | None] = mapped_column(AwareDateTime, index=True)


class DatabaseStore(Store):
    def __init__(self, sessions: async_sessionmaker[AsyncSession], namespace: str) -> None:
        self._sessions = sessions
        self._prefix = f"{namespace}:"

    async def set(
        self, key: str, value: str | bytes, expires_in: int | timedelta | None = None
    ) -> None:
        data = value.encode() if isinstance(value, str) else value
        async with self._sessions.begin() as session:
            row = await session.get(StoredValue, self._prefix + key)
            if row is None:
                row = StoredValue(key=self._prefix + key, value=data)
                session.add(row)
            row.value = data
            row.expires_at = _deadline(expires_in)

    async def get(self, key: str, renew_for: int | timedelta | None = None) -> bytes | None:
        async with self._sessions.begin() as session:
            row = await self._live_row(session, key)
            if row is None:
                return None
            if renew_for is not None and row.expires_at is not None:
                row.expires_at = _deadline(renew_for)
            return row.value

    async def delete(self, key: str) -> None:
        async with self._sessions.begin() as session:
            await session.execute(delete(StoredValue).where(StoredValue.key == self._prefix + key))

    async def delete_all(self) -> None:
        async with self._sessions.begin() as session:
            query = delete(StoredValue).where(StoredValue.key.startswith(self._prefix))
            await session.execute(query)

    async def exists(self, key: str) -> bool:
        async with self._sessions() as session:
            return await self._live_row(session, key) is not None

    async def expires_in(self, key: str) -> int | None:
        async with self._sessions() as session:
            row = await self._live_row(session, key)
        if row is None or row.expires_at is None:
            return None
        return max(0, int((row.expires_at - utc_now()).total_seconds()))

    async def _live_row(self, session: AsyncSession, key: str) -> StoredValue | None:
        query = select(StoredValue).where(StoredValue.key == self._prefix + key)
        row = (await session.scalars(query)).one_or_none()
        if row is None or (row.expires_at is not None and row.expires_at <= utc_now()):
            return None
        return row


def _insert_for(dialect: str) -> Callable[..., Any]:
    if dialect == "postgresql":
        return postgresql_insert
    return sqlite_insert


async def purge_expired_values(sessions: async_sessionmaker[AsyncSession]) -> int:
    async with sessions.begin() as session:
        result = await session.execute(
            delete(StoredValue).where(StoredValue.expires_at <= utc_now())
        )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _deadline(expires_in: int | timedelta | None) -> datetime | None:
    if expires_in is None:
        return None
    seconds = expires_in if isinstance(expires_in, timedelta) else timedelta(seconds=expires_in)
    return utc_now() + seconds
