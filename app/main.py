"""The application factory: the one place routes, plugins and the lifespan are wired."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar
from litestar.datastructures import CacheControlHeader
from litestar.di import Provide
from litestar.static_files import create_static_files_router
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import create_engine, create_session_factory, session_scope
from app.public.routes import PUBLIC_ROUTES
from app.settings import Settings
from app.web.assets import STATIC_DIR, Assets
from app.web.errors import EXCEPTION_HANDLERS
from app.web.health import health
from app.web.pwa import PWA_ROUTES
from app.web.security import security_headers
from app.web.templates import template_config


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or Settings.from_environ()
    assets = Assets()
    engine = create_engine(settings.resolved_database_url)
    session_factory = create_session_factory(engine)

    @asynccontextmanager
    async def lifespan(_app: Litestar) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await engine.dispose()

    async def provide_db_session() -> AsyncIterator[AsyncSession]:
        async for session in session_scope(session_factory):
            yield session

    static_files = create_static_files_router(
        path="/static",
        directories=[STATIC_DIR],
        cache_control=CacheControlHeader(no_cache=True),
        include_in_schema=False,
    )
    return Litestar(
        route_handlers=[*PUBLIC_ROUTES, *PWA_ROUTES, health, static_files],
        dependencies={
            "settings": Provide(lambda: settings, sync_to_thread=False),
            "assets": Provide(lambda: assets, sync_to_thread=False),
            "db_session": Provide(provide_db_session),
        },
        lifespan=[lifespan],
        before_send=[security_headers(settings)],
        exception_handlers=EXCEPTION_HANDLERS,  # type: ignore[arg-type]
        template_config=template_config(assets),
        debug=False,
    )
