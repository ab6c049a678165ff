"""Passkeys (WebAuthn) for young people, after MitID has bound the phone to them.

Discoverable credentials with user verification required: one tap, Face ID, a
fingerprint or the phone's PIN, and no user name. Attestation is `none`: we trust the
credential because MitID vouched for the person who made it, not because of its maker.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url
from webauthn.helpers.exceptions import WebAuthnException
from webauthn.helpers.structs import (
    AuthenticatorAttachment,
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from app.identity.models import Passkey, PasskeyUser
from app.model import YoungPerson
from app.settings import Settings

logger = logging.getLogger("ungeoverblik.identity")

CHALLENGE_LIFETIME = timedelta(minutes=5)
DEVICE_NAME_MAX = 100


class PasskeyError(Exception):
    """A passkey ceremony failed. `reason` is for the log; the user gets a plain message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class RelyingParty:
    id: str
    name: str
    origin: str

    @classmethod
    def for_settings(cls, settings: Settings) -> RelyingParty:
        # rp_id is the bare host; the origin is compared as an exact string.
        host = urlsplit(settings.public_url).hostname or "localhost"
        return cls(id=host, name="Ungeoverblik", origin=settings.public_url)


@dataclass(frozen=True)
class Challenge:
    """A WebAuthn challenge kept in the server-side session: single use, short-lived."""

    value: bytes
    expires_at: datetime

    def to_dict(self) -> dict[str, str]:
        return {"value": bytes_to_base64url(self.value), "expires_at": self.expires_at.isoformat()}

    @classmethod
    def from_dict(cls, stored: dict[str, Any] | None, now: datetime) -> Challenge:
        if not stored:
            raise PasskeyError("no challenge pending (used already, or never asked for)")
        challenge = cls(
            base64url_to_bytes(stored["value"]), datetime.fromisoformat(stored["expires_at"])
        )
        if challenge.expires_at <= now:
            raise PasskeyError("challenge expired")
        return challenge


def new_challenge(now: datetime) -> Challenge:
    return Challenge(secrets.token_bytes(32), now + CHALLENGE_LIFETIME)


async def registration_options(
    db: AsyncSession,
    relying_party: RelyingParty,
    young_person: YoungPerson,
    challenge: Challenge,
) -> str:
    user_handle = await _user_handle(db, young_person.id)
    existing = await list_passkeys(db, young_person.id)
    options = generate_registration_options(
        rp_id=relying_party.id,
        rp_name=relying_party.name,
        user_id=user_handle,
        # Shown by the phone when choosing a passkey: the first name, nothing more.
        user_name=young_person.name.split()[0],
        user_display_name=young_person.name.split()[0],
        challenge=challenge.value,
        authenticator_selection=AuthenticatorSelectionCriteria(
            authenticator_attachment=AuthenticatorAttachment.PLATFORM,
            resident_key=ResidentKeyRequirement.REQUIRED,
            user_verification=UserVerificationRequirement.REQUIRED,
        ),
        exclude_credentials=[
            PublicKeyCredentialDescriptor(id=passkey.credential_id) for passkey in existing
        ],
    )
    return options_to_json(options)


async def register_passkey(
    db: AsyncSession,
    relying_party: RelyingParty,
    young_person: YoungPerson,
    challenge: Challenge,
    credential: dict[str, Any],
    device_name: str,
) -> Passkey:
    try:
        verified = verify_registration_response(
            credential=credential,
            expected_challenge=challenge.value,
            expected_rp_id=relying_party.id,
            expected_origin=relying_party.origin,
            require_user_verification=True,
        )
    except (WebAuthnException, KeyError, ValueError, TypeError) as error:
        raise PasskeyError(f"registration not verified: {type(error).__name__}") from error
    known = select(Passkey.id).where(Passkey.credential_id == verified.credential_id)
    if await db.scalar(known) is not None:
        raise PasskeyError("this credential is registered already")
    passkey = Passkey(
        young_person_id=young_person.id,
        credential_id=verified.credential_id,
        public_key=verified.credential_public_key,
        sign_count=verified.sign_count,
        transports=_transports(credential),
        device_name=clean_device_name(device_name),
    )
    db.add(passkey)
    await db.flush()
    return passkey


def authentication_options(relying_party: RelyingParty, challenge: Challenge) -> str:
    # No allow list: the phone offers the discoverable passkeys it has for us.
    options = generate_authentication_options(
        rp_id=relying_party.id,
        challenge=challenge.value,
        user_verification=UserVerificationRequirement.REQUIRED,
    )
    return options_to_json(options)


async def authenticate(
    db: AsyncSession,
    relying_party: RelyingParty,
    challenge: Challenge,
    credential: dict[str, Any],
    now: datetime,
) -> Passkey:
    """The passkey that signed the challenge, after checking it belongs to its user."""
    passkey = await _passkey_for(db, credential)
    try:
        verified = verify_authentication_response(
            credential=credential,
            expected_challenge=challenge.value,
            expected_rp_id=relying_party.id,
            expected_origin=relying_party.origin,
            credential_public_key=passkey.public_key,
            # We compare sign counts ourselves below: a lower count is flagged, not refused.
            credential_current_sign_count=0,
            require_user_verification=True,
        )
    except (WebAuthnException, KeyError, ValueError, TypeError) as error:
        raise PasskeyError(f"assertion not verified: {type(error).__name__}") from error
    _note_sign_count(passkey, verified.new_sign_count, now)
    passkey.last_used_at = now
    return passkey


async def list_passkeys(db: AsyncSession, young_person_id: int) -> list[Passkey]:
    query = (
        select(Passkey)
        .where(Passkey.young_person_id == young_person_id)
        .order_by(Passkey.created_at, Passkey.id)
    )
    return list((await db.scalars(query)).all())


async def find_own_passkey(db: AsyncSession, young_person_id: int, passkey_id: int) -> Passkey:
    passkey = await db.get(Passkey, passkey_id)
    if passkey is None or passkey.young_person_id != young_person_id:
        raise PasskeyError("no such passkey for this person")
    return passkey


async def count_passkeys(db: AsyncSession, young_person_id: int) -> int:
    query = select(func.count()).where(Passkey.young_person_id == young_person_id)
    return int((await db.scalar(query)) or 0)


def clean_device_name(text: str) -> str:
    name = " ".join(text.split())[:DEVICE_NAME_MAX]
    return name or "Min telefon"


async def _passkey_for(db: AsyncSession, credential: dict[str, Any]) -> Passkey:
    try:
        credential_id = base64url_to_bytes(str(credential["rawId"]))
        user_handle = base64url_to_bytes(str(credential["response"]["userHandle"]))
    except (KeyError, TypeError, ValueError) as error:
        raise PasskeyError("credential without id or user handle") from error
    query = (
        select(Passkey)
        .join(PasskeyUser, PasskeyUser.young_person_id == Passkey.young_person_id)
        .where(Passkey.credential_id == credential_id, PasskeyUser.user_handle == user_handle)
    )
    passkey = (await db.scalars(query)).one_or_none()
    if passkey is None:
        raise PasskeyError("unknown credential, or a credential of another user")
    return passkey


def _note_sign_count(passkey: Passkey, new_count: int, now: datetime) -> None:
    # Synced passkeys always report 0; only a count that goes backwards is suspicious.
    if new_count != 0 and new_count <= passkey.sign_count:
        passkey.counter_regressed_at = now
        logger.warning("passkey %s sign count went backwards; flagged", passkey.id)
    passkey.sign_count = max(new_count, passkey.sign_count)


async def _user_handle(db: AsyncSession, young_person_id: int) -> bytes:
    row = await db.get(PasskeyUser, young_person_id)
    if row is None:
        # Random, so the device never holds anything that points back to the person.
        row = PasskeyUser(young_person_id=young_person_id, user_handle=secrets.token_bytes(32))
        db.add(row)
        await db.flush()
    return row.user_handle


def _transports(credential: dict[str, Any]) -> list[str]:
    transports = credential.get("response", {}).get("transports", [])
    return [str(transport) for transport in transports][:8]
