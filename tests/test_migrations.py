"""Every schema change is a migration that runs up and down on both databases."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from app import schema
from app.tables import metadata

pytestmark = pytest.mark.anyio

ALL_TABLES = {
    "municipalities",
    "young_people",
    "staff_members",
    "organisations",
    "relations",
    "appointments",
    "appointment_participants",
    "plans",
    "goals",
    "activities",
    "meeting_summaries",
    "cases",
    "deadlines",
    "login_sessions",
    "passkeys",
    "passkey_users",
    "staff_accounts",
    "login_policies",
    "stored_values",
    "appointment_answers",
    "plan_comments",
    "plan_proposals",
    "calendar_feeds",
}


def _table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def _differences_from_models(connection: Connection) -> list[object]:
    return list(compare_metadata(MigrationContext.configure(connection), metadata))


async def test_upgrade_creates_every_table(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        tables = await connection.run_sync(_table_names)

    assert tables >= ALL_TABLES


async def test_migrations_match_the_models(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        differences = await connection.run_sync(_differences_from_models)

    assert differences == []


async def test_downgrade_to_base_removes_everything_and_upgrade_restores_it(
    engine: AsyncEngine,
) -> None:
    await schema.downgrade(engine, "base")
    async with engine.connect() as connection:
        assert await connection.run_sync(_table_names) <= {"alembic_version"}
    assert await schema.current_revision(engine) is None

    await schema.upgrade(engine)

    async with engine.connect() as connection:
        assert await connection.run_sync(_table_names) >= ALL_TABLES


async def test_the_database_is_at_the_newest_revision(engine: AsyncEngine) -> None:
    head = ScriptDirectory.from_config(schema.alembic_config()).get_current_head()

    assert await schema.current_revision(engine) == head
