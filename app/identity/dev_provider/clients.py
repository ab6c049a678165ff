"""The two relying parties the stand-in knows, and what it tells them about itself."""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from typing import Any, Literal

from app.settings import NSIS_LEVELS, Settings

Audience = Literal["young_person", "staff"]

SIGNING_ALGORITHM = "ES256"
SUPPORTED_SCOPES = ("openid", "ssn", "profile", "email")
PROTOCOL_CLAIMS = ("iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "acr", "idp")

# NSIS assurance levels as the Danish common concepts name them, and as brokers send
# them in `acr_values` and the `acr` claim.
NSIS_URIS = {
    level: f"https://data.gov.dk/concept/core/nsis/loa/{level.capitalize()}"
    for level in NSIS_LEVELS
}
DEFAULT_ACR = NSIS_URIS["substantial"]


@dataclass(frozen=True)
class DevClient:
    """A client registered at the stand-in: ours, once for MitID and once for staff."""

    client_id: str
    client_secret: str = field(repr=False)
    redirect_path: str
    audience: Audience

    def redirect_uri(self, settings: Settings) -> str:
        """The only redirect URI this client may use: exact match, as real brokers demand."""
        return settings.public_url + self.redirect_path

    def has_secret(self, secret: str) -> bool:
        return hmac.compare_digest(secret.encode(), self.client_secret.encode())


DEV_MITID_CLIENT = DevClient(
    client_id="ungeoverblik-dev-mitid",
    client_secret="dev-mitid-secret",  # noqa: S106 - a published development value
    redirect_path="/log-ind/mitid/retur",
    audience="young_person",
)
DEV_STAFF_CLIENT = DevClient(
    client_id="ungeoverblik-dev-staff",
    client_secret="dev-staff-secret",  # noqa: S106 - a published development value
    redirect_path="/personale/log-ind/retur",
    audience="staff",
)
DEV_CLIENTS = {client.client_id: client for client in (DEV_MITID_CLIENT, DEV_STAFF_CLIENT)}


def find_client(client_id: str) -> DevClient | None:
    return DEV_CLIENTS.get(client_id)


def discovery_document(settings: Settings) -> dict[str, Any]:
    """The provider metadata (OpenID Connect Discovery 1.0) a client configures itself from."""
    issuer = settings.dev_provider_issuer
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}/authorize",
        "token_endpoint": f"{issuer}/token",
        "jwks_uri": f"{issuer}/jwks",
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": [SIGNING_ALGORITHM],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "scopes_supported": list(SUPPORTED_SCOPES),
        "claims_supported": [*PROTOCOL_CLAIMS, settings.mitid_cpr_claim, "name", "email"],
        "acr_values_supported": list(NSIS_URIS.values()),
    }
