"""What makes the app installable and usable offline: manifest, service worker, offline page."""

from __future__ import annotations

import json

from litestar import Response, get
from litestar.datastructures import CacheControlHeader
from litestar.di import NamedDependency
from litestar.response import Template

from app.web.assets import MANIFEST, SERVICE_WORKER, Assets

# The service worker script names its shell between these markers; we fill in the
# real, fingerprinted list when serving it.
SHELL_PLACEHOLDER = "self.__SHELL__"


# Both must be checked for changes on every visit, or an update never reaches the phone.
ALWAYS_REVALIDATE = CacheControlHeader(no_cache=True)


@get(
    "/manifest.webmanifest",
    media_type="application/manifest+json",
    cache_control=ALWAYS_REVALIDATE,
    sync_to_thread=False,
)
def manifest() -> Response[bytes]:
    return Response(MANIFEST.read_bytes(), media_type="application/manifest+json")


@get("/sw.js", cache_control=ALWAYS_REVALIDATE, sync_to_thread=False)
def service_worker(assets: NamedDependency[Assets]) -> Response[str]:
    script = SERVICE_WORKER.read_text()
    shell = {"version": assets.version, "urls": assets.shell_urls()}
    script = script.replace(SHELL_PLACEHOLDER, json.dumps(shell), 1)
    return Response(
        script,
        media_type="text/javascript",
        headers={"Service-Worker-Allowed": "/"},
    )


@get("/offline", sync_to_thread=False)
def offline_page() -> Template:
    return Template("public/offline.html")


PWA_ROUTES = [manifest, service_worker, offline_page]
