"""The OpenID Connect client believes nothing it has not checked."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import ECKey, KeySet

from app.identity.oidc import ClientRegistration, OidcClient, OidcError, PendingLogin

pytestmark = pytest.mark.anyio

ISSUER = "https://broker.example"
REGISTRATION = ClientRegistration(
    issuer=ISSUER,
    client_id="ungeoverblik",
    client_secret="s3cret",
    redirect_uri="https://app.example/log-ind/mitid/retur",
    scopes="openid ssn",
)
NOW = 1_800_000_000


class FakeBroker:
    """A provider on an httpx mock transport, whose ID token each test can bend."""

    def __init__(self) -> None:
        self.key = ECKey.generate_key("P-256", parameters={"kid": "k1"})
        self.claims: dict[str, Any] = {}
        self.token_status = 200
        self.token_requests: list[dict[str, list[str]]] = []
        self.issuer_in_discovery = ISSUER

    def id_token(self, key: ECKey | None = None) -> str:
        return jwt.encode({"alg": "ES256", "kid": "k1"}, self.claims, key or self.key)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/.well-known/openid-configuration":
            return httpx.Response(200, json=self._discovery())
        if path == "/jwks":
            return httpx.Response(200, json=KeySet([self.key]).as_dict(private=False))
        if path == "/token":
            self.token_requests.append(parse_qs(request.content.decode()))
            if self.token_status != 200:
                return httpx.Response(self.token_status, json={"error": "invalid_grant"})
            return httpx.Response(200, json={"id_token": self.id_token(), "token_type": "Bearer"})
        return httpx.Response(404)

    def _discovery(self) -> dict[str, str]:
        return {
            "issuer": self.issuer_in_discovery,
            "authorization_endpoint": f"{ISSUER}/authorize",
            "token_endpoint": f"{ISSUER}/token",
            "jwks_uri": f"{ISSUER}/jwks",
        }


@pytest.fixture
def broker() -> FakeBroker:
    return FakeBroker()


@pytest.fixture
def pending() -> PendingLogin:
    return PendingLogin.new()


@pytest.fixture
def client(broker: FakeBroker) -> OidcClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(broker.handle))
    return OidcClient(REGISTRATION, http, clock=lambda: NOW)


def _good_claims(pending: PendingLogin) -> dict[str, Any]:
    return {
        "iss": ISSUER,
        "aud": "ungeoverblik",
        "sub": "abc",
        "iat": NOW,
        "exp": NOW + 300,
        "nonce": pending.nonce,
        "dk.cpr": "0102036789",
    }


async def test_the_authorization_url_carries_pkce_state_and_nonce(
    client: OidcClient, pending: PendingLogin
) -> None:
    url = urlsplit(await client.authorization_url(pending, acr_values="loa"))
    query = {name: values[0] for name, values in parse_qs(url.query).items()}

    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{ISSUER}/authorize"
    assert query["code_challenge_method"] == "S256"
    assert query["code_challenge"] == pending.code_challenge
    assert pending.code_verifier not in url.query
    assert query["state"] == pending.state
    assert query["nonce"] == pending.nonce
    assert query["acr_values"] == "loa"


async def test_a_good_login_gives_the_claims(
    client: OidcClient, broker: FakeBroker, pending: PendingLogin
) -> None:
    broker.claims = _good_claims(pending)

    claims = await client.complete(pending, pending.state, "code-1")

    assert claims["dk.cpr"] == "0102036789"
    sent = broker.token_requests[0]
    assert sent["code_verifier"] == [pending.code_verifier]
    assert sent["redirect_uri"] == [REGISTRATION.redirect_uri]


def _bend(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    return change


BENT_CLAIMS = {
    "expired": _bend(lambda c: c.update(iat=NOW - 900, exp=NOW - 600)),
    "another audience": _bend(lambda c: c.update(aud="someone-else")),
    "another issuer": _bend(lambda c: c.update(iss="https://evil.example")),
    "another nonce": _bend(lambda c: c.update(nonce="replayed")),
    "no subject": _bend(lambda c: c.pop("sub")),
}


@pytest.mark.parametrize("bend", BENT_CLAIMS.values(), ids=BENT_CLAIMS.keys())
async def test_it_refuses_an_id_token_with_wrong_claims(
    client: OidcClient,
    broker: FakeBroker,
    pending: PendingLogin,
    bend: Callable[[dict[str, Any]], None],
) -> None:
    broker.claims = _good_claims(pending)
    bend(broker.claims)

    with pytest.raises(OidcError, match="claims"):
        await client.complete(pending, pending.state, "code-1")


async def test_it_refuses_a_token_signed_by_another_key(
    client: OidcClient, broker: FakeBroker, pending: PendingLogin
) -> None:
    broker.claims = _good_claims(pending)
    forger = ECKey.generate_key("P-256", parameters={"kid": "k1"})
    broker.id_token = lambda key=None: jwt.encode(  # type: ignore[method-assign]
        {"alg": "ES256", "kid": "k1"}, broker.claims, forger
    )

    with pytest.raises(OidcError, match="signature"):
        await client.complete(pending, pending.state, "code-1")


async def test_it_refuses_a_wrong_state_before_spending_the_code(
    client: OidcClient, broker: FakeBroker, pending: PendingLogin
) -> None:
    with pytest.raises(OidcError, match="state"):
        await client.complete(pending, "forged-state", "code-1")

    assert broker.token_requests == []


async def test_it_refuses_when_the_provider_rejects_the_code(
    client: OidcClient, broker: FakeBroker, pending: PendingLogin
) -> None:
    broker.token_status = 400

    with pytest.raises(OidcError, match="400"):
        await client.complete(pending, pending.state, "replayed-code")


async def test_it_refuses_a_discovery_document_for_another_issuer(
    client: OidcClient, broker: FakeBroker, pending: PendingLogin
) -> None:
    broker.issuer_in_discovery = "https://evil.example"

    with pytest.raises(OidcError, match="another issuer"):
        await client.authorization_url(pending)


async def test_private_key_jwt_sends_a_signed_assertion_instead_of_the_secret(
    broker: FakeBroker, pending: PendingLogin, tmp_path: Any
) -> None:
    client_key = ECKey.generate_key("P-256")
    key_file = tmp_path / "client.pem"
    key_file.write_bytes(client_key.as_pem(private=True))
    registration = ClientRegistration(
        **{**REGISTRATION.__dict__, "client_secret": "", "private_key_file": str(key_file)}
    )
    http = httpx.AsyncClient(transport=httpx.MockTransport(broker.handle))
    client = OidcClient(registration, http, clock=lambda: NOW)
    broker.claims = _good_claims(pending)

    await client.complete(pending, pending.state, "code-1")

    sent = broker.token_requests[0]
    assert "client_secret" not in sent
    assertion = jwt.decode(sent["client_assertion"][0], client_key)
    assert assertion.claims["aud"] == f"{ISSUER}/token"
    assert assertion.claims["iss"] == assertion.claims["sub"] == "ungeoverblik"
    assert json.dumps(assertion.claims).count("jti") == 1


def test_the_code_verifier_is_long_and_random() -> None:
    first, second = PendingLogin.new(), PendingLogin.new()

    assert len(first.code_verifier) >= 43
    assert first.code_verifier != second.code_verifier
    assert first.state != second.state
