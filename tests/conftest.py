"""Fixtures every test shares: settings, a migrated database on SQLite and PostgreSQL,
and an ASGI client for the app.

Database tests run twice, once per backend, through the `database_url` parameter; each
test starts from an empty database at the newest revision, migrated once per session.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.database import create_engine, create_session_factory
from app.main import create_app
from app.model.cpr import CprKeys, load_cpr_keys
from app.schema import upgrade
from app.settings import TEST, Settings
from app.tables import metadata
from tests.support.loops import run_in_own_loop
from tests.support.postgres import running_postgres


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file at the newest revision, copied for each test: faster than migrating."""
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    run_in_own_loop(_migrate(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(scope="session")
def migrated_postgres() -> Iterator[str]:
    """A PostgreSQL database at the newest revision, emptied after each test."""
    with running_postgres() as url:
        run_in_own_loop(_migrate(url))
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    url: str = request.getfixturevalue("migrated_postgres")
    yield url
    await _empty_tables(url)


async def _empty_tables(url: str) -> None:
    tables = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    await engine.dispose()


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    await upgrade(engine)
    await engine.dispose()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        environment=TEST,
        database_url=database_url,
        data_dir=tmp_path,
        load_demo_data=False,
    )


@pytest.fixture
def cpr_keys(settings: Settings) -> CprKeys:
    return load_cpr_keys(settings)


@pytest.fixture
async def engine(settings: Settings) -> AsyncIterator[AsyncEngine]:
    """An engine on this test's own database, already at the newest revision."""
    engine = create_engine(settings.resolved_database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
async def db_session(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    async with create_session_factory(engine)() as session:
        yield session


@pytest.fixture
async def client(
    settings: Settings, engine: AsyncEngine
) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with AsyncTestClient(app=create_app(settings)) as test_client:
        yield test_client
