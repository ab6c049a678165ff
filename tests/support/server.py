"""Run an ASGI app with uvicorn on 127.0.0.1 in a background thread, for browser tests.

A real socket is needed because the browser is a separate process; the thread keeps
the test's own code synchronous.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

_START_TIMEOUT_S = 30.0
_POLL_S = 0.01
# A browser may hold a request open (streaming, slow fetch); stop() must not wait for it.
_SHUTDOWN_GRACE_S = 2


def free_port(host: str = "127.0.0.1") -> int:
    """Ask the kernel for an unused port; the tiny race until it is bound is acceptable."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class RunningServer:
    """A started uvicorn server; `stop()` lets a test cut the network mid-test."""

    def __init__(self, server: uvicorn.Server, thread: threading.Thread, url: str) -> None:
        self._server = server
        self._thread = thread
        self.url = url

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Shut down and wait; safe to call any number of times."""
        self._server.should_exit = True
        self._thread.join()


@contextmanager
def serve(
    app: Callable[..., Any], host: str = "127.0.0.1", port: int | None = None
) -> Iterator[RunningServer]:
    """Serve `app` until the block ends, yielding its base URL as `RunningServer.url`.

    Pass `port` when the app must know its own address beforehand (its public URL)."""
    port = port or free_port(host)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        lifespan="on",
        timeout_graceful_shutdown=_SHUTDOWN_GRACE_S,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=_run, args=(server,), name=f"uvicorn-{port}", daemon=True)
    thread.start()
    running = RunningServer(server, thread, f"http://{host}:{port}")
    try:
        _wait_started(server, thread)
        yield running
    finally:
        running.stop()


def _run(server: uvicorn.Server) -> None:
    """uvicorn calls sys.exit() when startup fails; in a thread that is only noise, so swallow
    it and let `_wait_started` report the dead thread instead."""
    try:
        server.run()
    except SystemExit:
        return


def _wait_started(server: uvicorn.Server, thread: threading.Thread) -> None:
    """Block until uvicorn listens; a dead thread means startup failed (port, lifespan)."""
    deadline = time.monotonic() + _START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("uvicorn exited during startup; see the log above")
        if time.monotonic() > deadline:
            raise RuntimeError(f"uvicorn did not start within {_START_TIMEOUT_S} s")
        time.sleep(_POLL_S)
