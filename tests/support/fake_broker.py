"""A MitID broker that can be told to misbehave, served over HTTP for route tests.

It answers authorize at once (no page), and signs ID tokens whose claims a test may
bend: another audience, an old expiry, a wrong nonce, a weaker assurance level.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from joserfc import jwt
from joserfc.jwk import ECKey, KeySet
from litestar import Litestar, Request, Response, get, post
from litestar.response import Redirect

SUBSTANTIAL = "https://data.gov.dk/concept/core/nsis/loa/Substantial"


@dataclass
class Broker:
    cpr: str
    client_id: str = "ungeoverblik-test"
    issuer: str = ""
    key: ECKey = field(
        default_factory=lambda: ECKey.generate_key("P-256", parameters={"kid": "b1"})
    )
    bent: dict[str, Any] = field(default_factory=dict)
    nonces: dict[str, str] = field(default_factory=dict)

    def claims(self, code: str) -> dict[str, Any]:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "aud": self.client_id,
            "sub": "pseudonym-1",
            "iat": now,
            "auth_time": now,
            "exp": now + 300,
            "nonce": self.nonces.pop(code, ""),
            "acr": SUBSTANTIAL,
            "dk.cpr": self.cpr,
        }
        return {**claims, **self.bent}

    def app(self) -> Litestar:
        broker = self

        @get("/.well-known/openid-configuration", sync_to_thread=False)
        def discovery() -> dict[str, str]:
            return {
                "issuer": broker.issuer,
                "authorization_endpoint": f"{broker.issuer}/authorize",
                "token_endpoint": f"{broker.issuer}/token",
                "jwks_uri": f"{broker.issuer}/jwks",
            }

        @get("/jwks", sync_to_thread=False)
        def jwks() -> dict[str, Any]:
            return dict(KeySet([broker.key]).as_dict(private=False))

        @get("/authorize", sync_to_thread=False)
        def authorize(request: Request[Any, Any, Any]) -> Redirect:
            query = request.query_params
            code = secrets.token_urlsafe(16)
            broker.nonces[code] = query["nonce"]
            back = urlencode({"code": code, "state": query["state"]})
            return Redirect(f"{query['redirect_uri']}?{back}", status_code=303)

        @post("/token", status_code=200)
        async def token(request: Request[Any, Any, Any]) -> Response[dict[str, str]]:
            form = await request.form()
            id_token = jwt.encode(
                {"alg": "ES256", "kid": "b1"}, broker.claims(form["code"]), broker.key
            )
            return Response({"id_token": id_token, "token_type": "Bearer"})

        return Litestar([discovery, jwks, authorize, token])
