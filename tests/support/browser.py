"""Drive Debian's Chromium with sync Playwright; never download a browser.

Playwright's bundled browsers need a download from a CDN these machines cannot reach,
so every launch points `executable_path` at the distribution's binary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import BrowserContext, Page, Playwright

# The real binary; /usr/bin/chromium is a wrapper script that prints a warning first.
_CANDIDATES = (Path("/usr/lib/chromium/chromium"), Path("/usr/bin/chromium"))
# The flags from design.md. --no-sandbox is required as root; the rest keep Chromium from
# phoning home, which would fail (no internet) and slow every launch.
CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
# A mid-size phone: the app is mobile-first, so tests see what young people see.
VIEWPORT = {"width": 390, "height": 844}
LOCALE = "da-DK"
TIMEZONE = "Europe/Copenhagen"


def chromium_executable() -> str:
    """Path of Debian's Chromium, or a RuntimeError telling how to get it."""
    for candidate in _CANDIDATES:
        if candidate.is_file():
            return str(candidate)
    raise RuntimeError(
        "Debian's Chromium is not installed (looked for "
        + ", ".join(map(str, _CANDIDATES))
        + "). Install it with `apt-get install -y chromium`; the tests never download "
        "a browser."
    )


def launch_persistent(
    playwright: Playwright, user_data_dir: str | Path, **kwargs: Any
) -> BrowserContext:
    """Launch a real, non-incognito profile (service workers, push and install state live
    in a profile) on a phone-sized viewport in Danish. `kwargs` override the defaults."""
    options: dict[str, Any] = {
        "executable_path": chromium_executable(),
        # Playwright adds its own --headless; together with --headless=new from our args
        # Chromium runs the new headless mode, and Playwright knows the window is hidden.
        "headless": True,
        "args": list(CHROMIUM_ARGS),
        "viewport": VIEWPORT,
        "locale": LOCALE,
        "timezone_id": TIMEZONE,
        **kwargs,
    }
    return playwright.chromium.launch_persistent_context(user_data_dir, **options)


def installability_errors(page: Page) -> list[dict[str, Any]]:
    """Chromium's own verdict on whether the page is an installable PWA; empty means yes.

    Chromium 156 judges the manifest only: it does not require a service worker and does
    not fetch the icon URLs, so a test must request the icons itself to catch a 404.
    """
    session = page.context.new_cdp_session(page)
    try:
        result = session.send("Page.getInstallabilityErrors")
    finally:
        session.detach()
    return cast(list[dict[str, Any]], result.get("installabilityErrors", []))


def run_axe(page: Page, options: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run axe-core on the current page and return its violations (empty is a pass).

    The script ships inside axe-playwright-python; evaluating it through Playwright is not
    subject to the page's Content-Security-Policy, so a strict CSP does not block it.
    """
    page.evaluate(cast(str, AXE_SCRIPT))
    violations = page.evaluate(
        "async (options) => (await axe.run(document, options)).violations",
        options or {"resultTypes": ["violations"]},
    )
    return cast(list[dict[str, Any]], violations)
