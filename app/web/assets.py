"""Static files, fingerprinted by one version for the whole front end.

The version is a hash of every shipped file, so a deploy that changes any of them
changes every asset URL and the service worker's cache name together.
"""

from __future__ import annotations

import hashlib
from functools import cached_property
from pathlib import Path

from app.settings import PROJECT_ROOT

STATIC_DIR = PROJECT_ROOT / "frontend" / "static"
TEMPLATES_DIR = PROJECT_ROOT / "frontend" / "templates"
SERVICE_WORKER = PROJECT_ROOT / "service-worker" / "sw.js"
MANIFEST = PROJECT_ROOT / "manifest.webmanifest"

# What the service worker caches on install: enough to show the offline page and the
# landing page with its styles, script, font and icons.
SHELL_FILES = (
    "css/app.css",
    "js/app.js",
    "fonts/IBMPlexSans-Regular-Latin1.woff2",
    "fonts/IBMPlexSans-SemiBold-Latin1.woff2",
    "icons/icon-192.png",
)


class Assets:
    def __init__(self, static_dir: Path = STATIC_DIR) -> None:
        self.static_dir = static_dir

    @cached_property
    def version(self) -> str:
        digest = hashlib.sha256()
        for path in sorted(self._shipped_files()):
            digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()[:12]

    def url(self, relative_path: str) -> str:
        return f"/static/{relative_path}?v={self.version}"

    def shell_urls(self) -> list[str]:
        shipped = [name for name in SHELL_FILES if (self.static_dir / name).is_file()]
        return ["/", "/offline", "/manifest.webmanifest", *map(self.url, shipped)]

    def _shipped_files(self) -> list[Path]:
        files = [path for path in self.static_dir.rglob("*") if path.is_file()]
        return [*files, SERVICE_WORKER, MANIFEST]
