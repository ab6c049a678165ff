"""A throwaway PostgreSQL cluster built from Debian's binaries, for tests.

Debian's `postgresql` package does not start a server here, and `initdb` refuses to
run as root, so the cluster runs as the `postgres` user in a temporary directory.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

URL_ENV = "TEST_POSTGRES_URL"
DATABASE = "ungeoverblik_test"
SUPERUSER = "postgres"
_PG_ROOT = Path("/usr/lib/postgresql")
_START_TIMEOUT_S = 30
# Durability is pointless for a cluster that is deleted after the run; these make it fast.
_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
}


@contextmanager
def running_postgres() -> Iterator[str]:
    """Yield a SQLAlchemy asyncpg URL for a fresh, empty database.

    `TEST_POSTGRES_URL` short-circuits everything so CI or a developer can point the
    tests at a server they already run.
    """
    preset = os.environ.get(URL_ENV)
    if preset:
        yield preset
        return
    bin_dir = _find_bin_dir()
    root = Path(tempfile.mkdtemp(prefix="ungeoverblik-pg-"))
    try:
        _hand_to_postgres_user(root)
        port = _free_port()
        _init_cluster(bin_dir, root, port)
        _start(bin_dir, root)
        try:
            _create_database(bin_dir, root, port)
            yield f"postgresql+asyncpg://{SUPERUSER}@127.0.0.1:{port}/{DATABASE}"
        finally:
            _stop(bin_dir, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _find_bin_dir() -> Path:
    """Pick the newest installed major version, as Debian may keep several side by side."""
    candidates = [
        path.parent
        for path in _PG_ROOT.glob("*/bin/pg_ctl")
        if path.parent.parent.name.isdigit() and (path.parent / "initdb").exists()
    ]
    if not candidates:
        raise RuntimeError(
            f"No PostgreSQL server binaries under {_PG_ROOT}/*/bin. Install Debian's "
            "`postgresql` package (apt-get install -y postgresql) or set "
            f"{URL_ENV} to an existing database."
        )
    return max(candidates, key=lambda path: int(path.parent.name))


def _as_root() -> bool:
    return os.geteuid() == 0


def _hand_to_postgres_user(root: Path) -> None:
    """The server process must own its data directory, so give the temp dir away as root."""
    if _as_root():
        shutil.chown(root, user=SUPERUSER, group=SUPERUSER)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _run(root: Path, *command: str | Path) -> None:
    """Run a PostgreSQL tool as the user that owns the cluster, failing with its output."""
    prefix = ["runuser", "-u", SUPERUSER, "--"] if _as_root() else []
    # Ambient PG* variables (PGPORT, PGHOST, ...) would redirect the tools to another server.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    # cwd inside the temp dir: the postgres user may not be allowed into the caller's cwd.
    result = subprocess.run(
        [*prefix, *map(str, command)],
        cwd=root,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, command))} failed ({result.returncode}):\n"
            f"{result.stdout}{result.stderr}{_server_log(root)}"
        )


def _server_log(root: Path) -> str:
    log = root / "server.log"
    return log.read_text(errors="replace") if log.exists() else ""


def _init_cluster(bin_dir: Path, root: Path, port: int) -> None:
    data = root / "data"
    socket_dir = root / "socket"
    _run(root, "mkdir", socket_dir)
    _run(
        root,
        bin_dir / "initdb",
        "--pgdata",
        data,
        "--username",
        SUPERUSER,
        "--auth",
        "trust",
        "--encoding",
        "UTF8",
        "--locale",
        "C",
        "--no-sync",
    )
    settings = {**_SETTINGS, "port": str(port), "unix_socket_directories": f"'{socket_dir}'"}
    lines = "".join(f"{key} = {value}\n" for key, value in settings.items())
    # Appending keeps the file owned by the postgres user even when written as root.
    with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write(lines)


def _start(bin_dir: Path, root: Path) -> None:
    # -w waits until the server accepts connections; -l keeps the server from holding our
    # captured pipes open, which would make subprocess.run hang.
    _run(
        root,
        bin_dir / "pg_ctl",
        "start",
        "--pgdata",
        root / "data",
        "--log",
        root / "server.log",
        "--wait",
        "--timeout",
        str(_START_TIMEOUT_S),
    )


def _create_database(bin_dir: Path, root: Path, port: int) -> None:
    host = root / "socket"
    _run(root, bin_dir / "createdb", "-h", host, "-p", str(port), "-U", SUPERUSER, DATABASE)


def _stop(bin_dir: Path, root: Path) -> None:
    # Immediate mode: nothing in a throwaway cluster is worth a clean checkpoint.
    _run(root, bin_dir / "pg_ctl", "stop", "--pgdata", root / "data", "-m", "immediate", "-w")
