"""The `ungeoverblik` command: run the app, migrate the database, load demo data."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import click
import uvicorn
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from app import schema
from app.database import create_engine, create_session_factory
from app.demo import DemoDataError, DemoOptions, has_municipality, load_demo_data
from app.identity.dev_provider import provision_dev_staff_accounts
from app.identity.models import LoginPolicy
from app.keys import new_key
from app.main import create_app
from app.model import Municipality
from app.model.cpr import load_cpr_keys
from app.settings import Settings, SettingsError

logger = logging.getLogger("ungeoverblik")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Ungeoverblik: one place on the phone for young people in the youth effort.

    Configuration comes from environment variables (see docs/operations.md); the
    defaults run everything on this machine with SQLite and demo data.
    """


@main.command()
@click.option("--host", help="Address to listen on (default: HOST or 127.0.0.1).")
@click.option("--port", type=int, help="Port to listen on (default: PORT or 8000).")
def run(host: str | None, port: int | None) -> None:
    """Migrate the database, load demo data into an empty one, and serve the app."""
    settings = _settings()
    asyncio.run(_prepare_database(settings))
    click.echo(f"Ungeoverblik runs on {settings.public_url}")
    uvicorn.run(
        create_app(settings),
        host=host or settings.host,
        port=port or settings.port,
        log_level="info",
        # The access log would print query strings, and login returns carry codes there.
        access_log=False,
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=settings.trusted_proxies or None,
    )


@main.command()
@click.option(
    "--revision",
    default="head",
    show_default=True,
    help="Revision to upgrade to, or to downgrade to with --down ('base' empties the database).",
)
@click.option("--down", is_flag=True, help="Downgrade to --revision instead of upgrading.")
def migrate(revision: str, down: bool) -> None:
    """Bring the database schema up to date (or back, with --down)."""
    settings = _settings()
    asyncio.run(_migrate(settings, revision, down=down))


@main.command("demo-data")
@click.option("--seed", default=2026, show_default=True, help="Seed for the generator.")
@click.option(
    "--young-people",
    default=6,
    show_default=True,
    type=click.IntRange(min=5),
    help="How many young people to make; large numbers are for benchmarks.",
)
def demo_data(seed: int, young_people: int) -> None:
    """Load a fictional municipality with young people, staff, plans and cases."""
    settings = _settings()
    options = DemoOptions(
        reference=datetime.now(UTC),
        seed=seed,
        young_people=young_people,
        municipality_code=settings.municipality_code,
    )
    try:
        asyncio.run(_load_demo_data(settings, options))
    except DemoDataError as error:
        raise click.ClickException(str(error)) from error


@main.command("generate-keys")
def generate_keys() -> None:
    """Print new secrets as environment variables, for a production setup."""
    click.echo(f"CPR_ENCRYPTION_KEY={new_key()}")
    click.echo(f"CPR_HASH_KEY={new_key()}")
    click.echo(f"CSRF_SECRET={new_key()}")


def _settings() -> Settings:
    try:
        settings = Settings.from_environ()
    except SettingsError as error:
        raise click.ClickException(str(error)) from error
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return settings


async def _migrate(settings: Settings, revision: str, *, down: bool) -> None:
    engine = create_engine(settings.resolved_database_url)
    try:
        if down:
            await schema.downgrade(engine, revision)
        else:
            await schema.upgrade(engine, revision)
        click.echo(f"Database at revision {await schema.current_revision(engine)}")
    finally:
        await engine.dispose()


async def _prepare_database(settings: Settings) -> None:
    await _migrate(settings, "head", down=False)
    if not settings.load_demo_data:
        return
    engine = create_engine(settings.resolved_database_url)
    try:
        if await has_municipality(engine, settings.municipality_code):
            return
    finally:
        await engine.dispose()
    options = DemoOptions(reference=datetime.now(UTC), municipality_code=settings.municipality_code)
    await _load_demo_data(settings, options)


async def _load_demo_data(settings: Settings, options: DemoOptions) -> None:
    engine = create_engine(settings.resolved_database_url)
    try:
        with click.progressbar(length=options.young_people, label="Demo data") as bar:
            summary = await load_demo_data(
                engine, load_cpr_keys(settings), options, progress=bar.update
            )
        await _prepare_demo_logins(engine, settings)
    finally:
        await engine.dispose()
    click.echo(", ".join(f"{count} {table}" for table, count in summary.rows.items()))


async def _prepare_demo_logins(engine: AsyncEngine, settings: Settings) -> None:
    """Let the demo staff log in through the stand-in, and show step-up on one view."""
    async with create_session_factory(engine).begin() as session:
        municipality = await session.scalar(
            select(Municipality).where(Municipality.code == settings.municipality_code)
        )
        if municipality is None:
            return
        session.add(LoginPolicy(municipality_id=municipality.id, step_up_views=["passkeys"]))
        if settings.serves_dev_provider:
            await provision_dev_staff_accounts(session, settings)
