"""Login attempts and authorization codes in flight, kept in this process's memory.

Both live minutes at most and are taken out when used, so each gives at most one
result. Memory is enough: the stand-in serves development on one process, never a
deployment with several.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from app.identity.dev_provider.clients import DevClient

Clock = Callable[[], datetime]

PENDING_LIFETIME = timedelta(minutes=10)
CODE_LIFETIME = timedelta(seconds=60)

T = TypeVar("T")


@dataclass(frozen=True)
class AuthorizationRequest:
    """A checked request from a client, waiting for the tester to pick an identity."""

    client: DevClient
    redirect_uri: str
    scopes: frozenset[str]
    state: str
    nonce: str
    code_challenge: str
    acr: str


@dataclass(frozen=True)
class Grant:
    """What an authorization code stands for: the request, and who logged in when."""

    request: AuthorizationRequest
    identity_claims: Mapping[str, Any]
    auth_time: datetime


@dataclass(frozen=True)
class _Held(Generic[T]):
    value: T
    expires_at: datetime


class GrantStore:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._requests: dict[str, _Held[AuthorizationRequest]] = {}
        self._codes: dict[str, _Held[Grant]] = {}

    def hold_request(self, request: AuthorizationRequest) -> str:
        """Keep the request server-side; the login page carries only the returned id."""
        return self._hold(self._requests, request, PENDING_LIFETIME)

    def take_request(self, request_id: str) -> AuthorizationRequest | None:
        """The request, once; None when it is unknown, used or expired."""
        return self._take(self._requests, request_id)

    def issue_code(self, grant: Grant) -> str:
        return self._hold(self._codes, grant, CODE_LIFETIME)

    def redeem_code(self, code: str) -> Grant | None:
        """The grant, once; None when the code is unknown, used or expired.

        The code is spent even when the exchange then fails on a wrong verifier, so a
        stolen code cannot be tried against many verifiers.
        """
        return self._take(self._codes, code)

    def _hold(self, store: dict[str, _Held[T]], value: T, lifetime: timedelta) -> str:
        now = self.clock()
        for key in [key for key, held in store.items() if held.expires_at <= now]:
            del store[key]
        key = secrets.token_urlsafe(32)
        store[key] = _Held(value, now + lifetime)
        return key

    def _take(self, store: dict[str, _Held[T]], key: str) -> T | None:
        held = store.pop(key, None)
        if held is None or held.expires_at <= self.clock():
            return None
        return held.value
