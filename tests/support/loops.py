"""Running async set-up from synchronous fixtures."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any


def run_in_own_loop(work: Coroutine[Any, Any, None]) -> None:
    """Run `work` to completion on a fresh event loop in another thread.

    Fixtures are sometimes set up while a loop already runs in this thread (a test's
    anyio loop, or sync Playwright's), where `asyncio.run` refuses to start.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, work).result()
