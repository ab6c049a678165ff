"""Alembic environment: our metadata, the URL from settings, SQLite in batch mode.

Called two ways: by `app.schema` with an open connection (the CLI, the app and the
tests), or by the `alembic` command, which opens its own async engine.
"""

import asyncio
from typing import Literal

from alembic import context
from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from app.database import AwareDateTime
from app.settings import Settings
from app.tables import metadata


def render_item(kind: str, item: object, _context: object) -> str | Literal[False]:
    """Write our column types as plain SQLAlchemy types, so migrations never import app."""
    if kind == "type" and isinstance(item, AwareDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_with_own_engine() -> None:
    url = Settings.from_environ().resolved_database_url
    engine = create_async_engine(url, poolclass=pool.NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(run_with)
    await engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run them online")

given_connection = context.config.attributes.get("connection")
if given_connection is not None:
    run_with(given_connection)
else:
    asyncio.run(run_with_own_engine())
