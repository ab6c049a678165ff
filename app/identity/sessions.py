"""Server-side sessions in the database, so that every app process sees the same ones.

The cookie carries a random token; the database keeps only its SHA-256, so neither a
copy of the database nor a log line can be replayed as a cookie. A login always starts
a new session (a new token), which defeats session fixation.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.models import AuthMethod, LoginSession, SessionKind
from app.settings import Settings

# A login in progress (MitID round trip, passkey ceremony) must finish within this.
ANONYMOUS_LIFETIME = timedelta(minutes=15)
# Writing last_seen on every request would make every page a database write.
TOUCH_INTERVAL = timedelta(seconds=60)
# However active, a session ends this long after login: a working day for staff, and
# for a young person's own phone a season (views that matter ask for MitID anyway).
MAX_LIFETIME = {
    SessionKind.ANONYMOUS: ANONYMOUS_LIFETIME,
    SessionKind.STAFF: timedelta(hours=12),
    SessionKind.YOUNG_PERSON: timedelta(days=90),
}


@dataclass(frozen=True)
class SessionCookie:
    name: str
    secure: bool

    @classmethod
    def for_settings(cls, settings: Settings) -> SessionCookie:
        # The __Host- prefix makes the browser refuse the cookie unless it is Secure,
        # host-only and for path /, so only HTTPS installations can use it.
        if settings.uses_https:
            return cls(name="__Host-ungeoverblik", secure=True)
        return cls(name="ungeoverblik", secure=False)


@dataclass(frozen=True)
class Subject:
    """Who a session belongs to once logged in."""

    kind: SessionKind
    id: int
    auth_method: AuthMethod
    # For MitID: when the person authenticated there (the token's auth_time).
    authenticated_at: datetime | None = None
    # For a passkey: which one, so that removing it ends the session.
    passkey_id: int | None = None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def find_session(db: AsyncSession, token: str, now: datetime) -> LoginSession | None:
    query = select(LoginSession).where(LoginSession.token_hash == hash_token(token))
    login_session = (await db.scalars(query)).one_or_none()
    if login_session is None or login_session.expires_at <= now:
        return None
    if now - login_session.created_at > MAX_LIFETIME[login_session.kind]:
        return None
    return login_session


async def start_anonymous_session(db: AsyncSession, now: datetime) -> tuple[LoginSession, str]:
    return await _create(db, SessionKind.ANONYMOUS, now, now + ANONYMOUS_LIFETIME)


async def log_in(
    db: AsyncSession,
    settings: Settings,
    previous: LoginSession | None,
    subject: Subject,
    now: datetime,
) -> tuple[LoginSession, str]:
    """Replace whatever session the browser had with a new one for `subject`."""
    if previous is not None:
        await db.delete(previous)
    login_session, token = await _create(
        db, subject.kind, now, now + idle_timeout(settings, subject.kind)
    )
    login_session.auth_method = subject.auth_method
    login_session.passkey_id = subject.passkey_id
    if subject.kind is SessionKind.STAFF:
        login_session.staff_member_id = subject.id
    else:
        login_session.young_person_id = subject.id
    if subject.auth_method is AuthMethod.MITID:
        login_session.mitid_at = subject.authenticated_at or now
    await db.flush()
    return login_session, token


def touch(login_session: LoginSession, settings: Settings, now: datetime) -> None:
    """Push the idle deadline forward, at most once a minute."""
    if now - login_session.last_seen_at < TOUCH_INTERVAL:
        return
    login_session.last_seen_at = now
    if login_session.kind is not SessionKind.ANONYMOUS:
        login_session.expires_at = now + idle_timeout(settings, login_session.kind)


async def log_out(db: AsyncSession, login_session: LoginSession) -> None:
    await db.delete(login_session)


async def log_out_everywhere(db: AsyncSession, login_session: LoginSession) -> int:
    """End every session of the same person, on every device."""
    if login_session.young_person_id is not None:
        condition = LoginSession.young_person_id == login_session.young_person_id
    elif login_session.staff_member_id is not None:
        condition = LoginSession.staff_member_id == login_session.staff_member_id
    else:
        condition = LoginSession.id == login_session.id
    result = await db.execute(delete(LoginSession).where(condition))
    return int(result.rowcount)  # type: ignore[attr-defined]


def remember(login_session: LoginSession, key: str, value: Any) -> None:
    # Assign a new dict: SQLAlchemy does not see changes made inside a JSON value.
    login_session.pending = {**login_session.pending, key: value}


def take(login_session: LoginSession, key: str) -> Any:
    """Read and forget a pending value, so it can be used only once."""
    pending = dict(login_session.pending)
    value = pending.pop(key, None)
    login_session.pending = pending
    return value


def idle_timeout(settings: Settings, kind: SessionKind) -> timedelta:
    if kind is SessionKind.STAFF:
        return timedelta(minutes=settings.staff_idle_minutes)
    if kind is SessionKind.YOUNG_PERSON:
        return timedelta(minutes=settings.young_person_idle_minutes)
    return ANONYMOUS_LIFETIME


async def purge_expired_sessions(db: AsyncSession, now: datetime) -> int:
    result = await db.execute(delete(LoginSession).where(LoginSession.expires_at <= now))
    return int(result.rowcount)  # type: ignore[attr-defined]


async def _create(
    db: AsyncSession, kind: SessionKind, now: datetime, expires_at: datetime
) -> tuple[LoginSession, str]:
    token = secrets.token_urlsafe(32)
    login_session = LoginSession(
        token_hash=hash_token(token),
        kind=kind,
        pending={},
        created_at=now,
        last_seen_at=now,
        expires_at=expires_at,
    )
    db.add(login_session)
    await db.flush()
    return login_session, token
