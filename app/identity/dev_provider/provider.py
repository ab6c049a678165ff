"""The stand-in itself: its keys, its directory of people, and logins in flight."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.identity.dev_provider.grants import AuthorizationRequest, Clock, Grant, GrantStore
from app.identity.dev_provider.identities import IdentityDirectory
from app.identity.dev_provider.keys import load_provider_keys
from app.identity.dev_provider.tokens import (
    TokenError,
    authenticate_client,
    check_grant,
    id_token_claims,
    token_response,
)
from app.model.cpr import load_cpr_keys
from app.settings import Settings


class DevProvider:
    def __init__(self, settings: Settings, clock: Clock = utc_now) -> None:
        if settings.is_production:
            raise RuntimeError("the development identity provider never runs in production")
        self.settings = settings
        self.keys = load_provider_keys(settings.data_dir)
        self.grants = GrantStore(clock)
        self.directory = IdentityDirectory(settings, load_cpr_keys(settings), self.keys)

    def now(self) -> datetime:
        return self.grants.clock()

    async def grant_code(
        self, session: AsyncSession, request: AuthorizationRequest, identity_key: str
    ) -> str | None:
        """An authorization code for the chosen identity; None if it names no one."""
        claims = await self.directory.claims(session, request, identity_key)
        if claims is None:
            return None
        return self.grants.issue_code(Grant(request, claims, auth_time=self.now()))

    def exchange_code(self, form: Mapping[str, str], authorization: str | None) -> dict[str, Any]:
        """The token response for a code (RFC 6749 section 4.1.3), or a TokenError."""
        client = authenticate_client(form, authorization)
        if form.get("grant_type") != "authorization_code":
            raise TokenError("unsupported_grant_type", "only authorization_code is supported")
        code = form.get("code", "")
        if not code:
            raise TokenError("invalid_request", "code is required")

        grant = check_grant(self.grants.redeem_code(code), client, form)
        claims = id_token_claims(grant, self.settings.dev_provider_issuer, self.now())
        return token_response(self.keys.sign(claims))
