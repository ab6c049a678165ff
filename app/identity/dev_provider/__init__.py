"""The development stand-in for the MitID broker and the staff identity provider.

A real OpenID Connect provider (authorization code flow with PKCE, ES256 ID tokens,
discovery and JWKS), served by the app itself outside production, so the relying party
runs the same code against it as against a real broker. There is no login bypass: a
tester picks a person on a page that says plainly it is not MitID, and the client
still has to exchange a code and check a signed token.
"""

from app.identity.dev_provider.clients import DEV_MITID_CLIENT, DEV_STAFF_CLIENT, DevClient
from app.identity.dev_provider.identities import provision_dev_staff_accounts
from app.identity.dev_provider.routes import dev_provider_router

__all__ = [
    "DEV_MITID_CLIENT",
    "DEV_STAFF_CLIENT",
    "DevClient",
    "dev_provider_router",
    "provision_dev_staff_accounts",
]
