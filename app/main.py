"""The application factory: the one place routes, plugins and the lifespan are wired."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from litestar import Litestar
from litestar.config.compression import CompressionConfig
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import CacheControlHeader
from litestar.di import Provide
from litestar.middleware import DefineMiddleware
from litestar.middleware.compression import CompressionMiddleware
from litestar.middleware.rate_limit import RateLimitConfig
from litestar.static_files import create_static_files_router
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import create_engine, create_session_factory, session_scope
from app.housekeeping import housekeeping_scheduler
from app.identity.dev_provider import dev_provider_router
from app.identity.guards import (
    IDENTITY_DEPENDENCIES,
    IDENTITY_ERROR_HANDLERS,
    client_network,
    is_login_endpoint,
)
from app.identity.oidc import OidcClient
from app.identity.providers import mitid_registration, staff_registration
from app.identity.routes import YOUNG_PERSON_ROUTES
from app.identity.staff_routes import STAFF_ROUTES
from app.keys import development_secret
from app.overview.calendar_routes import CALENDAR_ROUTES
from app.overview.plan_routes import PLAN_ROUTES
from app.overview.routes import OVERVIEW_ROUTES
from app.public.routes import PUBLIC_ROUTES
from app.settings import Settings
from app.staff.routes import STAFF_DESK_ROUTES
from app.web.assets import STATIC_DIR, Assets
from app.web.errors import EXCEPTION_HANDLERS
from app.web.health import health
from app.web.pwa import PWA_ROUTES
from app.web.security import security_headers
from app.web.store import DatabaseStore
from app.web.templates import template_config

# Every login and passkey step (page views are not counted) shares one budget per client
# address. A login takes two to five steps, so a class behind one school address can
# still log in within a minute, while guessing stays slow.
LOGIN_RATE_LIMIT = RateLimitConfig(
    rate_limit=("minute", 60),
    store="rate_limit",
    check_throttle_handler=is_login_endpoint,
    identifier_for_request=client_network,
)


# Static files are most of a first load and hold nothing secret: compress them. Pages
# are left alone, since they carry CSRF tokens and personal data next to text a user
# typed, the mix that compression side channels (BREACH) feed on.
STATIC_COMPRESSION = DefineMiddleware(
    CompressionMiddleware,
    # woff2 and PNG are compressed already; gzip would only make them bigger.
    config=CompressionConfig(
        backend="gzip", gzip_compress_level=6, exclude=[r"\.woff2$", r"\.png$"]
    ),
)


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or Settings.from_environ()
    assets = Assets()
    engine = create_engine(settings.resolved_database_url)
    session_factory = create_session_factory(engine)
    http = httpx.AsyncClient(follow_redirects=False)
    mitid_client = OidcClient(mitid_registration(settings), http)
    staff_oidc_client = OidcClient(staff_registration(settings), http)

    scheduler = housekeeping_scheduler(session_factory)

    @asynccontextmanager
    async def lifespan(_app: Litestar) -> AsyncIterator[None]:
        scheduler.start()
        try:
            yield
        finally:
            scheduler.shutdown(wait=False)
            await http.aclose()
            await engine.dispose()

    async def provide_db_session() -> AsyncIterator[AsyncSession]:
        # A context manager, not a nested generator: when the handler raises, Litestar
        # throws into this generator and the session is rolled back and closed now,
        # not whenever the garbage collector gets to it.
        async with session_scope(session_factory) as session:
            yield session

    return Litestar(
        route_handlers=_route_handlers(settings),
        dependencies={
            "settings": _constant(settings),
            "assets": _constant(assets),
            "mitid_client": _constant(mitid_client),
            "staff_oidc_client": _constant(staff_oidc_client),
            "db_session": Provide(provide_db_session),
            **IDENTITY_DEPENDENCIES,
        },
        lifespan=[lifespan],
        before_send=[security_headers(settings)],
        exception_handlers=_exception_handlers(),
        template_config=template_config(assets),
        csrf_config=_csrf_config(settings),
        middleware=[LOGIN_RATE_LIMIT.middleware],
        stores={"rate_limit": DatabaseStore(session_factory, namespace="rate_limit")},
        debug=False,
    )


def _exception_handlers() -> dict[Any, Any]:
    # Each map is typed by its own exceptions; Litestar takes any exception type.
    return {**EXCEPTION_HANDLERS, **IDENTITY_ERROR_HANDLERS}


def _route_handlers(settings: Settings) -> list[Any]:
    static_files = create_static_files_router(
        path="/static",
        directories=[STATIC_DIR],
        cache_control=CacheControlHeader(no_cache=True),
        include_in_schema=False,
        middleware=[STATIC_COMPRESSION],
    )
    handlers: list[Any] = [
        *PUBLIC_ROUTES,
        *PWA_ROUTES,
        *YOUNG_PERSON_ROUTES,
        *STAFF_ROUTES,
        *OVERVIEW_ROUTES,
        *PLAN_ROUTES,
        *CALENDAR_ROUTES,
        *STAFF_DESK_ROUTES,
        health,
        static_files,
    ]
    if settings.serves_dev_provider:
        handlers.append(dev_provider_router(settings))
    return handlers


def _csrf_config(settings: Settings) -> CSRFConfig:
    secret = settings.csrf_secret or development_secret(settings.data_dir, "csrf_secret")
    return CSRFConfig(secret=secret, cookie_secure=settings.uses_https, cookie_samesite="lax")


def _constant(value: object) -> Provide:
    return Provide(lambda: value, sync_to_thread=False)
