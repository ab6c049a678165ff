"""Our side of OpenID Connect: the authorization code flow with PKCE, state and nonce.

The same client talks to a MitID broker, a municipality's staff identity provider and
the development stand-in; only the configuration differs. Everything the provider says
is checked against its discovery document and keys before it is believed.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlencode

import httpx
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet, KeySetSerialization, RSAKey

# ID tokens from MitID brokers live five minutes; allow a little clock skew.
CLOCK_SKEW_SECONDS = 60
METADATA_MAX_AGE_SECONDS = 3600
HTTP_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
SIGNING_ALGORITHMS = ["RS256", "PS256", "ES256"]
REQUIRED_ENDPOINTS = ("authorization_endpoint", "token_endpoint", "jwks_uri")


class OidcError(Exception):
    """The login could not be completed. `reason` is for the log, never for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ClientRegistration:
    """Who we are at one provider."""

    issuer: str
    client_id: str
    redirect_uri: str
    scopes: str
    client_secret: str = field(default="", repr=False)
    private_key_file: str = ""


@dataclass(frozen=True)
class PendingLogin:
    """What we remember, server-side, between sending the user off and their return."""

    state: str
    nonce: str
    code_verifier: str

    @classmethod
    def new(cls) -> PendingLogin:
        return cls(
            state=secrets.token_urlsafe(32),
            nonce=secrets.token_urlsafe(32),
            code_verifier=secrets.token_urlsafe(64),
        )

    @property
    def code_challenge(self) -> str:
        digest = hashlib.sha256(self.code_verifier.encode()).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    def to_dict(self) -> dict[str, str]:
        return {"state": self.state, "nonce": self.nonce, "code_verifier": self.code_verifier}

    @classmethod
    def from_dict(cls, stored: dict[str, Any]) -> PendingLogin:
        return cls(stored["state"], stored["nonce"], stored["code_verifier"])


@dataclass
class _ProviderCache:
    metadata: dict[str, Any] | None = None
    keys: KeySet | None = None
    fetched_at: float = 0.0


class OidcClient:
    def __init__(
        self,
        registration: ClientRegistration,
        http: httpx.AsyncClient,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.registration = registration
        self._http = http
        self._clock = clock
        self._cache = _ProviderCache()

    async def authorization_url(self, pending: PendingLogin, **extra: str) -> str:
        metadata = await self._metadata()
        parameters = {
            "response_type": "code",
            "client_id": self.registration.client_id,
            "redirect_uri": self.registration.redirect_uri,
            "scope": self.registration.scopes,
            "state": pending.state,
            "nonce": pending.nonce,
            "code_challenge": pending.code_challenge,
            "code_challenge_method": "S256",
            **extra,
        }
        return f"{metadata['authorization_endpoint']}?{urlencode(parameters)}"

    async def complete(self, pending: PendingLogin, state: str, code: str) -> dict[str, Any]:
        """Exchange the code and return the ID token's verified claims."""
        if not secrets.compare_digest(state, pending.state):
            raise OidcError("state does not match")
        id_token = await self._exchange_code(pending, code)
        return await self._verified_claims(id_token, pending.nonce)

    async def _exchange_code(self, pending: PendingLogin, code: str) -> str:
        metadata = await self._metadata()
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.registration.redirect_uri,
            "code_verifier": pending.code_verifier,
            **self._client_authentication(metadata["token_endpoint"]),
        }
        try:
            response = await self._http.post(
                metadata["token_endpoint"], data=form, timeout=HTTP_TIMEOUT
            )
        except httpx.HTTPError as error:
            raise OidcError(f"token endpoint unreachable: {type(error).__name__}") from error
        if response.status_code != 200:
            raise OidcError(f"token endpoint answered {response.status_code}")
        try:
            answer = response.json()
        except ValueError as error:
            raise OidcError("token response is not JSON") from error
        id_token = answer.get("id_token") if isinstance(answer, dict) else None
        if not isinstance(id_token, str):
            raise OidcError("token response has no id_token")
        return id_token

    def _client_authentication(self, token_endpoint: str) -> dict[str, str]:
        registration = self.registration
        if not registration.private_key_file:
            secret = registration.client_secret
            return {"client_id": registration.client_id, "client_secret": secret}
        return {
            "client_id": registration.client_id,
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": self._client_assertion(token_endpoint),
        }

    def _client_assertion(self, token_endpoint: str) -> str:
        """A `private_key_jwt` assertion: short-lived, single-use (random jti)."""
        key = _private_key(Path(self.registration.private_key_file).read_bytes())
        now = int(self._clock())
        claims = {
            "iss": self.registration.client_id,
            "sub": self.registration.client_id,
            "aud": token_endpoint,
            "jti": secrets.token_urlsafe(24),
            "iat": now,
            "exp": now + 60,
        }
        algorithm = "RS256" if isinstance(key, RSAKey) else "ES256"
        return jwt.encode({"alg": algorithm}, claims, key)

    async def _verified_claims(self, id_token: str, nonce: str) -> dict[str, Any]:
        keys = await self._keys()
        try:
            token = jwt.decode(id_token, keys, algorithms=SIGNING_ALGORITHMS)
        except JoseError as error:
            keys = await self._keys(refresh=True)  # the provider may have rotated its keys
            try:
                token = jwt.decode(id_token, keys, algorithms=SIGNING_ALGORITHMS)
            except JoseError:
                raise OidcError(f"ID token signature: {type(error).__name__}") from error
        self._check_claims(token.claims, nonce)
        return token.claims

    def _check_claims(self, claims: dict[str, Any], nonce: str) -> None:
        registry = jwt.JWTClaimsRegistry(
            now=lambda: int(self._clock()),
            leeway=CLOCK_SKEW_SECONDS,
            iss={"essential": True, "value": self.registration.issuer},
            aud={"essential": True, "value": self.registration.client_id},
            sub={"essential": True},
            exp={"essential": True},
            iat={"essential": True},
            nonce={"essential": True, "value": nonce},
        )
        try:
            registry.validate(claims)
        except JoseError as error:
            raise OidcError(f"ID token claims: {type(error).__name__} {error}") from error

    async def _metadata(self) -> dict[str, Any]:
        cache = self._cache
        stale = self._clock() - cache.fetched_at > METADATA_MAX_AGE_SECONDS
        if cache.metadata is None or stale:
            url = f"{self.registration.issuer}/.well-known/openid-configuration"
            metadata = await self._get_json(url)
            if metadata.get("issuer") != self.registration.issuer:
                raise OidcError("discovery document names another issuer")
            if not all(isinstance(metadata.get(name), str) for name in REQUIRED_ENDPOINTS):
                raise OidcError("discovery document lacks an endpoint we need")
            cache.metadata, cache.keys, cache.fetched_at = metadata, None, self._clock()
        return cache.metadata

    async def _keys(self, *, refresh: bool = False) -> KeySet:
        metadata = await self._metadata()
        if self._cache.keys is None or refresh:
            key_set = await self._get_json(metadata["jwks_uri"])
            self._cache.keys = KeySet.import_key_set(cast(KeySetSerialization, key_set))
        return self._cache.keys

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            response = await self._http.get(url, timeout=HTTP_TIMEOUT)
            response.raise_for_status()
            document = response.json()
        except (httpx.HTTPError, ValueError) as error:
            raise OidcError(f"provider document unavailable: {type(error).__name__}") from error
        if not isinstance(document, dict):
            raise OidcError("provider document is not a JSON object")
        return document


def _private_key(pem: bytes) -> RSAKey | ECKey:
    loaded = load_pem_private_key(pem, password=None)
    if isinstance(loaded, rsa.RSAPrivateKey):
        return RSAKey.import_key(pem)
    if isinstance(loaded, ec.EllipticCurvePrivateKey):
        return ECKey.import_key(pem)
    raise OidcError("the client's private key must be RSA or EC")
