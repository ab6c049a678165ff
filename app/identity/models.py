"""What identity keeps: server-side sessions, passkeys, staff accounts, login policy."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.database import AwareDateTime, Base
from app.model.columns import Identified, Timestamped, enum_column


class SessionKind(enum.StrEnum):
    ANONYMOUS = "anonymous"  # a login in progress
    YOUNG_PERSON = "young_person"
    STAFF = "staff"


class AuthMethod(enum.StrEnum):
    MITID = "mitid"
    PASSKEY = "passkey"
    STAFF_OIDC = "staff_oidc"


class StaffRole(enum.StrEnum):
    CASEWORKER = "caseworker"
    ADMINISTRATOR = "administrator"


class LoginSession(Identified, Base):
    """A browser's session. The cookie holds a random token; we keep only its hash, so a
    leaked database cannot be replayed as cookies."""

    __tablename__ = "login_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind))
    young_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    staff_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="CASCADE"), index=True
    )
    auth_method: Mapped[AuthMethod | None] = mapped_column(enum_column(AuthMethod))
    # The passkey that opened this session: removing the passkey ends the session.
    passkey_id: Mapped[int | None] = mapped_column(
        ForeignKey("passkeys.id", ondelete="CASCADE"), index=True
    )
    # When this session last proved itself with MitID; step-up compares against it.
    mitid_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    # Flow state that must stay on the server: OIDC state, nonce and PKCE verifier,
    # WebAuthn challenges. Each is removed when used.
    pending: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(AwareDateTime)
    expires_at: Mapped[datetime] = mapped_column(AwareDateTime, index=True)


class PasskeyUser(Base):
    """The random WebAuthn user handle of a young person: no personal data on the device."""

    __tablename__ = "passkey_users"

    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), primary_key=True
    )
    user_handle: Mapped[bytes] = mapped_column(LargeBinary(64), unique=True)


class Passkey(Identified, Timestamped, Base):
    __tablename__ = "passkeys"

    young_person_id: Mapped[int] = mapped_column(
        ForeignKey("young_people.id", ondelete="CASCADE"), index=True
    )
    credential_id: Mapped[bytes] = mapped_column(LargeBinary(1024), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    sign_count: Mapped[int] = mapped_column(Integer, default=0)
    transports: Mapped[list[str]] = mapped_column(JSON, default=list)
    device_name: Mapped[str] = mapped_column(String(100))
    last_used_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    # Set when an authenticator reported a lower sign count than before: a possible
    # clone. We log and flag it for staff to look at; we do not lock the person out.
    counter_regressed_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class StaffAccount(Identified, Timestamped, Base):
    """How a staff member is known to their municipality's identity provider."""

    __tablename__ = "staff_accounts"
    __table_args__ = (UniqueConstraint("issuer", "subject"),)

    staff_member_id: Mapped[int] = mapped_column(
        ForeignKey("staff_members.id", ondelete="CASCADE"), unique=True
    )
    issuer: Mapped[str] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(String(255))  # the IdP's `sub`
    role: Mapped[StaffRole] = mapped_column(enum_column(StaffRole))


class LoginPolicy(Base):
    """Per municipality: which views need a fresh MitID login, and how fresh."""

    __tablename__ = "login_policies"

    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), primary_key=True
    )
    step_up_views: Mapped[list[str]] = mapped_column(JSON, default=list)
    step_up_minutes: Mapped[int] = mapped_column(Integer, default=15)
