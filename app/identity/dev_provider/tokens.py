"""The token endpoint's rules: who the client is, whether its code holds, what it gets.

Errors follow RFC 6749 section 5.2; the description is for the developer reading the
client's log and never repeats a code, secret or verifier.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import unquote_plus

from app.identity.dev_provider.clients import DevClient, find_client
from app.identity.dev_provider.grants import Grant

# RFC 7636 section 4.1: unreserved characters, 43 to 128 of them.
CODE_VERIFIER = re.compile(r"[A-Za-z0-9._~-]{43,128}")
# MitID brokers issue ID tokens that live five minutes; so do we.
TOKEN_LIFETIME = timedelta(seconds=300)


class TokenError(Exception):
    def __init__(self, error: str, description: str, status_code: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status_code = status_code

    def as_body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


def authenticate_client(form: Mapping[str, str], authorization: str | None) -> DevClient:
    """The client, by HTTP Basic (client_secret_basic) or form fields (client_secret_post)."""
    if authorization is None:
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
    else:
        client_id, secret = _basic_credentials(authorization)
        if "client_secret" in form or form.get("client_id", client_id) != client_id:
            raise TokenError("invalid_request", "use one way of client authentication")

    client = find_client(client_id)
    if client is None or not secret or not client.has_secret(secret):
        raise TokenError("invalid_client", "client authentication failed", 401)
    return client


def _basic_credentials(authorization: str) -> tuple[str, str]:
    scheme, _, encoded = authorization.partition(" ")
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        decoded = ""
    client_id, colon, secret = decoded.partition(":")
    if scheme.lower() != "basic" or not colon:
        raise TokenError("invalid_client", "malformed Basic authorization", 401)
    # RFC 6749 section 2.3.1: both parts are form-encoded before they are joined.
    return unquote_plus(client_id), unquote_plus(secret)


def check_grant(grant: Grant | None, client: DevClient, form: Mapping[str, str]) -> Grant:
    """The grant behind a redeemed code, if this client may have it with this verifier."""
    if grant is None:
        raise TokenError("invalid_grant", "the code is unknown, used or expired")
    request = grant.request
    if request.client != client:
        raise TokenError("invalid_grant", "the code was issued to another client")
    if form.get("redirect_uri") != request.redirect_uri:
        raise TokenError("invalid_grant", "redirect_uri differs from the authorization request")
    if not verifier_matches(form.get("code_verifier", ""), request.code_challenge):
        raise TokenError("invalid_grant", "code_verifier does not match the code_challenge")
    return grant


def verifier_matches(verifier: str, challenge: str) -> bool:
    """RFC 7636 S256: the challenge is BASE64URL(SHA256(verifier)) without padding."""
    if not CODE_VERIFIER.fullmatch(verifier):
        return False
    digest = hashlib.sha256(verifier.encode()).digest()
    computed = base64.urlsafe_b64encode(digest).decode().rstrip("=")
    return hmac.compare_digest(computed, challenge)


def id_token_claims(grant: Grant, issuer: str, now: datetime) -> dict[str, Any]:
    issued_at = int(now.timestamp())
    request = grant.request
    return {
        **grant.identity_claims,
        "iss": issuer,
        "aud": request.client.client_id,
        "iat": issued_at,
        "exp": issued_at + int(TOKEN_LIFETIME.total_seconds()),
        "auth_time": int(grant.auth_time.timestamp()),
        "nonce": request.nonce,
        "acr": request.acr,
    }


def token_response(id_token: str) -> dict[str, Any]:
    return {
        # Nothing accepts this token; clients get one because RFC 6749 requires it.
        "access_token": secrets.token_urlsafe(32),
        "token_type": "Bearer",
        "expires_in": int(TOKEN_LIFETIME.total_seconds()),
        "id_token": id_token,
    }
