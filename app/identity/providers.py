"""Who we log in with: a MitID broker for young people, the municipality's IdP for staff.

Outside production, with no issuer configured, both point at the development
stand-in the app serves itself; the client code is the same either way.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.dev_provider import DEV_MITID_CLIENT, DEV_STAFF_CLIENT, DevClient
from app.identity.models import StaffAccount
from app.identity.oidc import ClientRegistration, OidcError
from app.model import YoungPerson
from app.model.cpr import Cpr, CprKeys, InvalidCprError
from app.settings import OidcClientSettings, Settings

MITID_RETURN_PATH = "/log-ind/mitid/retur"
STAFF_RETURN_PATH = "/personale/log-ind/retur"

# NSIS assurance levels as MitID brokers name them in `acr_values` and the `acr` claim.
NSIS_LOA = {
    "low": "https://data.gov.dk/concept/core/nsis/loa/Low",
    "substantial": "https://data.gov.dk/concept/core/nsis/loa/Substantial",
    "high": "https://data.gov.dk/concept/core/nsis/loa/High",
}
_LOA_RANK = {uri: rank for rank, uri in enumerate(NSIS_LOA.values())}


def mitid_registration(settings: Settings) -> ClientRegistration:
    return _registration(settings, settings.mitid, DEV_MITID_CLIENT, MITID_RETURN_PATH)


def staff_registration(settings: Settings) -> ClientRegistration:
    return _registration(settings, settings.staff_oidc, DEV_STAFF_CLIENT, STAFF_RETURN_PATH)


# How old a MitID authentication may be when it reaches us: we only send people to
# MitID when we need proof now (first binding, step-up, a new passkey).
MAX_AUTHENTICATION_AGE = timedelta(minutes=10)


def mitid_request_parameters(settings: Settings) -> dict[str, str]:
    """Ask the broker for MitID at the configured level, authenticated now: a broker's
    own single sign-on session must not count as a fresh login."""
    return {
        "acr_values": NSIS_LOA[settings.mitid_assurance],
        "idp_values": "mitid",
        "prompt": "login",
        "max_age": "0",
    }


def mitid_authenticated_at(claims: dict[str, Any], now: datetime) -> datetime:
    """When the person actually used MitID, as the broker says in `auth_time`."""
    auth_time = claims.get("auth_time")
    if not isinstance(auth_time, int | float):
        raise OidcError("ID token carries no auth_time")
    moment = datetime.fromtimestamp(auth_time, UTC)
    if now - moment > MAX_AUTHENTICATION_AGE:
        raise OidcError("MitID authentication is not fresh")
    return min(moment, now)


def cpr_from_mitid(claims: dict[str, Any], settings: Settings) -> Cpr:
    """The CPR number, once the login is known to be at the assurance level we asked for."""
    required = _LOA_RANK[NSIS_LOA[settings.mitid_assurance]]
    if _LOA_RANK.get(str(claims.get("acr")), -1) < required:
        raise OidcError("assurance level below what was requested")
    try:
        return Cpr.parse(str(claims.get(settings.mitid_cpr_claim, "")))
    except InvalidCprError as error:
        raise OidcError("ID token carries no valid CPR number") from error


async def find_young_person(db: AsyncSession, keys: CprKeys, cpr: Cpr) -> YoungPerson | None:
    query = select(YoungPerson).where(YoungPerson.cpr_hash == keys.hash(cpr))
    return (await db.scalars(query)).one_or_none()


async def find_staff_account(
    db: AsyncSession, registration: ClientRegistration, claims: dict[str, Any]
) -> StaffAccount | None:
    query = select(StaffAccount).where(
        StaffAccount.issuer == registration.issuer,
        StaffAccount.subject == str(claims["sub"]),
    )
    return (await db.scalars(query)).one_or_none()


def _registration(
    settings: Settings, configured: OidcClientSettings, dev_client: DevClient, return_path: str
) -> ClientRegistration:
    redirect_uri = settings.public_url + return_path
    if not configured.uses_dev_provider:
        return ClientRegistration(
            issuer=configured.issuer,
            client_id=configured.client_id,
            client_secret=configured.client_secret,
            private_key_file=configured.private_key_file,
            redirect_uri=redirect_uri,
            scopes=configured.scopes,
        )
    return ClientRegistration(
        issuer=settings.dev_provider_issuer,
        client_id=dev_client.client_id,
        client_secret=dev_client.client_secret,
        redirect_uri=redirect_uri,
        scopes=configured.scopes,
    )
