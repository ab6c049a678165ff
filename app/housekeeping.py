"""Jobs that keep the database tidy: expired sessions and stored values go.

APScheduler only triggers them; they hold no state, so a restart loses nothing, and
several processes running them at once only delete the same rows.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.database import utc_now
from app.identity.sessions import purge_expired_sessions
from app.web.store import purge_expired_values

logger = logging.getLogger("ungeoverblik.housekeeping")

PURGE_INTERVAL_MINUTES = 10


async def purge_expired(sessions: async_sessionmaker[AsyncSession]) -> tuple[int, int]:
    async with sessions.begin() as session:
        login_sessions = await purge_expired_sessions(session, utc_now())
    stored_values = await purge_expired_values(sessions)
    logger.info("purged %d sessions and %d stored values", login_sessions, stored_values)
    return login_sessions, stored_values


def housekeeping_scheduler(sessions: async_sessionmaker[AsyncSession]) -> AsyncIOScheduler:
    """A scheduler to start inside the running event loop (the app's lifespan)."""
    scheduler = AsyncIOScheduler(timezone=ZoneInfo("Europe/Copenhagen"))
    scheduler.add_job(
        purge_expired,
        "interval",
        minutes=PURGE_INTERVAL_MINUTES,
        args=[sessions],
        id="purge_expired",
        coalesce=True,
        # A run missed during a restart still runs when the app is back.
        misfire_grace_time=PURGE_INTERVAL_MINUTES * 60,
    )
    return scheduler
