"""Error pages in plain Danish, and a request id in the log for every server error.

The log line carries the path and the error, never query strings, headers or bodies:
those may hold personal data.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException
from litestar.response import Template
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

logger = logging.getLogger("ungeoverblik.web")

MESSAGES = {
    400: ("Noget i din forespørgsel var forkert", "Prøv igen fra forsiden."),
    403: ("Det har du ikke adgang til", "Log ind, eller gå tilbage til forsiden."),
    404: ("Siden findes ikke", "Måske er linket for gammelt. Prøv at starte her."),
    405: ("Det kan man ikke her", "Gå tilbage og prøv igen."),
    429: ("Du har prøvet mange gange", "Vent et øjeblik, og prøv så igen."),
    500: ("Noget gik galt hos os", "Det er ikke din skyld. Prøv igen om lidt."),
}


def handle_http_error(request: Request[Any, Any, Any], error: HTTPException) -> Response[Any]:
    response = _error_response(request, error.status_code)
    # Keep what the error carries for clients, e.g. a rate limit's RateLimit-* headers.
    response.headers.update(error.headers or {})
    return response


def handle_server_error(request: Request[Any, Any, Any], error: Exception) -> Response[Any]:
    request_id = secrets.token_hex(6)
    logger.error(
        "unhandled error %s on %s %s (request %s)",
        type(error).__name__,
        request.method,
        _route_of(request),
        request_id,
        exc_info=error,
    )
    return _error_response(request, HTTP_500_INTERNAL_SERVER_ERROR, request_id)


def _route_of(request: Request[Any, Any, Any]) -> str:
    """The route's template, e.g. /kalender/feed/{token:str}: a path may hold a secret."""
    handler = request.scope.get("route_handler")
    paths = sorted(getattr(handler, "paths", None) or [])
    return paths[0] if paths else "(no route)"


def _error_response(
    request: Request[Any, Any, Any], status_code: int, request_id: str | None = None
) -> Response[Any]:
    title, advice = MESSAGES.get(status_code, MESSAGES[500 if status_code >= 500 else 400])
    if wants_json(request):
        content = {"status": status_code, "title": title, "detail": advice}
        if request_id:
            content["request_id"] = request_id
        return Response(content, status_code=status_code, media_type=MediaType.JSON)
    context = {"title": title, "advice": advice, "status": status_code, "request_id": request_id}
    return Template("errors/error.html", context=context, status_code=status_code)


def wants_json(request: Request[Any, Any, Any]) -> bool:
    if request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


EXCEPTION_HANDLERS = {
    HTTPException: handle_http_error,
    Exception: handle_server_error,
}
