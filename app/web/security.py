"""Security headers on every response, including errors and static files."""

from __future__ import annotations

from litestar.datastructures import MutableScopeHeaders
from litestar.types import BeforeMessageSendHookHandler, Message, Scope

from app.settings import Settings

# No inline script or style anywhere, so the policy can stay strict: everything comes
# from our own origin. `worker-src` lets the service worker register; `manifest-src`
# lets the browser read the manifest.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

BASE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}


def security_headers(settings: Settings) -> BeforeMessageSendHookHandler:
    headers = dict(BASE_HEADERS)
    if settings.uses_https:
        headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"

    async def add_security_headers(message: Message, scope: Scope) -> None:
        if message["type"] != "http.response.start":
            return
        response_headers = MutableScopeHeaders.from_message(message)
        for name, value in headers.items():
            if name not in response_headers:
                response_headers[name] = value
        if scope.get("state", {}).get("personal_data"):
            # Someone's data: never kept by the browser's cache or a proxy, so the back
            # button after logout shows nothing.
            response_headers["Cache-Control"] = "no-store"

    return add_security_headers
