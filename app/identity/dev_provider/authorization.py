"""Checking an authorization request, and the redirects that answer it.

A request whose client or redirect URI we cannot trust is answered with a page, never
a redirect: sending the browser to an unchecked address would make us an open
redirector. Every other fault goes back to the client as `error=...`, as RFC 6749
section 4.1.2.1 says.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlencode

from app.identity.dev_provider.clients import DEFAULT_ACR, NSIS_URIS, DevClient, find_client
from app.identity.dev_provider.grants import AuthorizationRequest
from app.settings import Settings

# An S256 challenge is a SHA-256 digest in base64url without padding: 43 characters.
S256_CHALLENGE = re.compile(r"[A-Za-z0-9_-]{43}")


class UntrustedRedirectError(Exception):
    """The client is unknown or its redirect URI is not the registered one."""


class AuthorizationRequestError(Exception):
    """A fault the client is told about by a redirect to its (checked) redirect URI."""

    def __init__(self, redirect_uri: str, state: str, error: str, description: str) -> None:
        super().__init__(f"{error}: {description}")
        self.redirect_uri = redirect_uri
        self.state = state
        self.error = error
        self.description = description

    @property
    def redirect_url(self) -> str:
        parameters = {"error": self.error, "error_description": self.description}
        if self.state:
            parameters["state"] = self.state
        return redirect_with(self.redirect_uri, parameters)


class _RefusedError(Exception):
    def __init__(self, error: str, description: str) -> None:
        super().__init__(description)
        self.error = error
        self.description = description


def parse_authorization_request(
    query: Mapping[str, str], settings: Settings
) -> AuthorizationRequest:
    client = find_client(query.get("client_id", ""))
    if client is None:
        raise UntrustedRedirectError("unknown client_id")
    redirect_uri = query.get("redirect_uri", "")
    if redirect_uri != client.redirect_uri(settings):
        raise UntrustedRedirectError("redirect_uri is not the registered one")

    state = query.get("state", "")
    try:
        return _checked_request(query, client, redirect_uri)
    except _RefusedError as refused:
        raise AuthorizationRequestError(
            redirect_uri, state, refused.error, refused.description
        ) from None


def _checked_request(
    query: Mapping[str, str], client: DevClient, redirect_uri: str
) -> AuthorizationRequest:
    if query.get("response_type") != "code":
        raise _RefusedError("unsupported_response_type", "only response_type=code is supported")
    scopes = frozenset(query.get("scope", "").split())
    if "openid" not in scopes:
        raise _RefusedError("invalid_scope", "scope must include openid")
    for required in ("state", "nonce", "code_challenge"):
        if not query.get(required):
            raise _RefusedError("invalid_request", f"{required} is required")
    # A missing method means "plain" (RFC 7636 section 4.3), which we refuse too.
    if query.get("code_challenge_method") != "S256":
        raise _RefusedError("invalid_request", "code_challenge_method must be S256")
    if not S256_CHALLENGE.fullmatch(query["code_challenge"]):
        raise _RefusedError("invalid_request", "code_challenge is not an S256 challenge")
    acr = _requested_acr(query.get("acr_values", ""))
    if acr is None:
        raise _RefusedError("invalid_request", "acr_values must be NSIS level URIs")

    return AuthorizationRequest(
        client=client,
        redirect_uri=redirect_uri,
        scopes=scopes,
        state=query["state"],
        nonce=query["nonce"],
        code_challenge=query["code_challenge"],
        acr=acr,
    )


def _requested_acr(acr_values: str) -> str | None:
    """The first level asked for, Substantial when none is; None for an unknown value."""
    requested = acr_values.split()
    if not requested:
        return DEFAULT_ACR
    if any(value not in NSIS_URIS.values() for value in requested):
        return None
    return requested[0]


def code_redirect_url(request: AuthorizationRequest, code: str) -> str:
    return redirect_with(request.redirect_uri, {"code": code, "state": request.state})


def access_denied_redirect_url(request: AuthorizationRequest) -> str:
    parameters = {
        "error": "access_denied",
        "error_description": "the user cancelled the login",
        "state": request.state,
    }
    return redirect_with(request.redirect_uri, parameters)


def redirect_with(redirect_uri: str, parameters: Mapping[str, str]) -> str:
    separator = "&" if "?" in redirect_uri else "?"
    return f"{redirect_uri}{separator}{urlencode(parameters)}"
