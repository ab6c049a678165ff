"""Benchmark: the young person's overview (`/mit-overblik`) beside a bare Litestar response.

Run by hand (see bench/README.md), never by the test suite:

    uv run python bench/overview.py

It builds or reuses a SQLite database with 100,000 demo young people under var/bench/,
logs one of them in directly in the database, serves the real app and a bare Litestar
app with the same uvicorn setup in two subprocesses, loads both with the same client,
measures the first-load size of the page, times the parts of one overview request in
process, prints a table and updates docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import logging
import os
import platform
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
BENCH_DATA = ROOT / "var" / "bench"
DOC = ROOT / "docs" / "benchmarks.md"
WRK_SCRIPT = Path(__file__).resolve().parent / "wrk_report.lua"
HOST = "127.0.0.1"
OVERVIEW_PATH = "/mit-overblik"
SEED = 2026
# A reused database keeps its reference time; past this age its "upcoming" appointments
# have mostly passed and the page gets lighter than a real one.
STALE_AFTER = timedelta(days=14)
# The aims of issue 5, "Speed".
FULL_PAGE_AIM = 10.0
REPEAT_VIEW_AIM = 50.0
FIRST_LOAD_AIM_BYTES = 60_000

GENERATED_START = "<!-- bench/overview.py: latest run, start -->"
GENERATED_END = "<!-- bench/overview.py: latest run, end -->"
HISTORY_MARK = "<!-- bench/overview.py: new history rows go below -->"

BARE_BODY = (
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Bare</title></head>'
    "<body><p>Hej fra en bar Litestar.</p></body></html>"
)

_Result = TypeVar("_Result")


# --------------------------------------------------------------------------- servers


def bare_app() -> Any:
    """One `@get("/")` returning a small HTML string: the ceiling for this stack."""
    from litestar import Litestar, MediaType, get

    @get("/", media_type=MediaType.HTML)
    async def bare() -> str:
        return BARE_BODY

    return Litestar(route_handlers=[bare], debug=False)


def serve(kind: str, port: int) -> None:
    """Run in a subprocess: one server, one worker, the same uvicorn setup for both."""
    import uvicorn

    if kind == "bare":
        target = bare_app()
    else:
        from app.main import create_app
        from app.settings import Settings

        target = create_app(Settings.from_environ())
    # The same options as `ungeoverblik run`: default loop and HTTP implementation
    # (asyncio and h11 here), no access log.
    uvicorn.run(target, host=HOST, port=port, log_level="warning", access_log=False)


@dataclass
class Server:
    kind: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def app_environment(database: Path, port: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        ENVIRONMENT="development",
        DATA_DIR=str(BENCH_DATA),
        DATABASE_URL=f"sqlite+aiosqlite:///{database}",
        PORT=str(port),
        PUBLIC_URL=f"http://localhost:{port}",
        LOAD_DEMO_DATA="false",
    )
    return env


def start_server(kind: str, database: Path) -> Server:
    port = free_port()
    log = BENCH_DATA / f"server-{kind}.log"
    command = [sys.executable, str(Path(__file__).resolve()), "--serve", kind, "--port", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(  # noqa: S603 - our own script, fixed arguments
            command,
            cwd=ROOT,
            env=app_environment(database, port),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    server = Server(kind, port, process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the {kind} server stopped:\n{log.read_text()}")
        with suppress(httpx.HTTPError):
            httpx.get(server.base_url + "/", timeout=2)
            return server
        time.sleep(0.2)
    stop_server(server)
    raise SystemExit(f"the {kind} server did not answer within 60 s; see {log}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


# --------------------------------------------------------------------------- database


@dataclass(frozen=True)
class DatabaseInfo:
    path: Path
    young_people: int
    reference: datetime
    build_seconds: float | None
    rows: dict[str, int]

    @property
    def size_mb(self) -> float:
        return self.path.stat().st_size / 1_000_000


def database_path(young_people: int) -> Path:
    return BENCH_DATA / f"overview-{young_people}.sqlite3"


def sidecar_path(database: Path) -> Path:
    return database.with_suffix(".json")


def bench_settings(database: Path) -> Any:
    from app.settings import Settings

    return Settings(data_dir=BENCH_DATA, database_url=f"sqlite+aiosqlite:///{database}")


async def build_database(database: Path, young_people: int) -> None:
    """Migrate a new file and load the demo into it; rename it into place when done."""
    from app import schema
    from app.database import create_engine
    from app.demo import DemoOptions, load_demo_data
    from app.model.cpr import load_cpr_keys

    building = database.with_suffix(".building")
    for leftover in _sqlite_files(building):
        leftover.unlink(missing_ok=True)
    settings = bench_settings(building)
    reference = datetime.now(UTC)
    started = time.perf_counter()
    engine = create_engine(settings.resolved_database_url)
    done = 0

    def progress(step: int) -> None:
        nonlocal done
        done += step
        if done % max(young_people // 10, 1) < step or done == young_people:
            elapsed = time.perf_counter() - started
            print(f"  {done:,} of {young_people:,} young people, {elapsed:.0f} s", flush=True)

    try:
        await schema.upgrade(engine)
        options = DemoOptions(reference=reference, seed=SEED, young_people=young_people)
        await load_demo_data(engine, load_cpr_keys(settings), options, progress=progress)
    finally:
        await engine.dispose()
    building.rename(database)
    seconds = time.perf_counter() - started
    sidecar = {"reference": reference.isoformat(), "seed": SEED, "build_seconds": seconds}
    sidecar_path(database).write_text(json.dumps(sidecar, indent=2) + "\n")


def _sqlite_files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def ensure_database(young_people: int, *, rebuild: bool) -> DatabaseInfo:
    BENCH_DATA.mkdir(parents=True, exist_ok=True)
    database = database_path(young_people)
    if rebuild:
        for old in [*_sqlite_files(database), sidecar_path(database)]:
            old.unlink(missing_ok=True)
    if database.exists():
        print(f"Reusing {database.relative_to(ROOT)}")
    else:
        print(f"Building {database.relative_to(ROOT)} ({young_people:,} young people) …")
        asyncio.run(build_database(database, young_people))
    meta: dict[str, Any] = {}
    if sidecar_path(database).exists():
        meta = json.loads(sidecar_path(database).read_text())
    reference = (
        datetime.fromisoformat(meta["reference"])
        if "reference" in meta
        else datetime.fromtimestamp(database.stat().st_mtime, UTC)
    )
    if datetime.now(UTC) - reference > STALE_AFTER:
        print(f"Warning: the database was made for {reference:%Y-%m-%d}; consider --rebuild.")
    rows = table_counts(database)
    return DatabaseInfo(
        database, rows.get("young_people", 0), reference, meta.get("build_seconds"), rows
    )


COUNTED = (
    "young_people",
    "staff_members",
    "organisations",
    "relations",
    "appointments",
    "appointment_participants",
    "plans",
    "goals",
    "activities",
    "meeting_summaries",
    "cases",
    "deadlines",
)


def table_counts(database: Path) -> dict[str, int]:
    connection = sqlite3.connect(database)
    try:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in COUNTED
        }
    finally:
        connection.close()


# --------------------------------------------------------------------------- the person


@dataclass(frozen=True)
class Person:
    id: int
    token: str
    counts: dict[str, int]


async def log_in_person(database: Path, person_id: int | None) -> Person:
    """Pick a young person with a full overview and give them a session, as MitID would."""
    from sqlalchemy import delete, exists, func, select

    from app.database import create_engine, create_session_factory, utc_now
    from app.identity.models import AuthMethod, LoginSession, SessionKind
    from app.identity.sessions import Subject, log_in
    from app.model import Appointment, Case, Plan, PlanStatus, Relation, YoungPerson

    settings = bench_settings(database)
    engine = create_engine(settings.resolved_database_url)
    now = utc_now()
    try:
        async with create_session_factory(engine).begin() as db:
            if person_id is None:
                # The first young person from the middle of the table with something in
                # every part of the page: not the hand-written cast, not an empty page.
                middle = (await db.scalar(select(func.max(YoungPerson.id)))) or 0
                query = (
                    select(YoungPerson.id)
                    .where(
                        YoungPerson.id >= middle // 2,
                        exists().where(
                            Appointment.young_person_id == YoungPerson.id,
                            Appointment.ends_at >= now,
                        ),
                        exists().where(
                            Plan.young_person_id == YoungPerson.id,
                            Plan.status == PlanStatus.ACTIVE,
                        ),
                        exists().where(Case.young_person_id == YoungPerson.id),
                        exists().where(Relation.young_person_id == YoungPerson.id),
                    )
                    .order_by(YoungPerson.id)
                    .limit(1)
                )
                person_id = await db.scalar(query)
                if person_id is None:
                    person_id = await db.scalar(select(func.min(YoungPerson.id)))
            if person_id is None or await db.get(YoungPerson, person_id) is None:
                raise SystemExit("no young person to log in; is the database empty?")
            # Sessions from earlier runs would only pile up.
            await db.execute(delete(LoginSession).where(LoginSession.young_person_id == person_id))
            subject = Subject(
                kind=SessionKind.YOUNG_PERSON,
                id=person_id,
                auth_method=AuthMethod.MITID,
                authenticated_at=now,
            )
            _, token = await log_in(db, settings, None, subject, now)
    finally:
        await engine.dispose()
    return Person(person_id, token, person_counts(database, person_id, now))


def person_counts(database: Path, person_id: int, now: datetime) -> dict[str, int]:
    """What is on this person's page, counted with plain SQL."""
    iso = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    queries = {
        "upcoming appointments": (
            "SELECT count(*) FROM appointments WHERE young_person_id = ? AND ends_at >= ?",
            (person_id, iso),
        ),
        "contacts": (
            "SELECT count(*) FROM relations WHERE young_person_id = ? AND ended_on IS NULL",
            (person_id,),
        ),
        "active plans": (
            "SELECT count(*) FROM plans WHERE young_person_id = ? AND status = 'active'",
            (person_id,),
        ),
        "goals": (
            "SELECT count(*) FROM goals JOIN plans ON plans.id = goals.plan_id "
            "WHERE plans.young_person_id = ? AND plans.status = 'active'",
            (person_id,),
        ),
        "activities": (
            "SELECT count(*) FROM activities JOIN plans ON plans.id = activities.plan_id "
            "WHERE plans.young_person_id = ? AND plans.status = 'active'",
            (person_id,),
        ),
        "cases": ("SELECT count(*) FROM cases WHERE young_person_id = ?", (person_id,)),
        "deadlines": ("SELECT count(*) FROM deadlines WHERE young_person_id = ?", (person_id,)),
    }
    connection = sqlite3.connect(database)
    try:
        return {
            name: connection.execute(sql, parameters).fetchone()[0]
            for name, (sql, parameters) in queries.items()
        }
    finally:
        connection.close()


# --------------------------------------------------------------------------- load


@dataclass(frozen=True)
class Measurement:
    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class Case:
    key: str
    label: str
    url: str
    headers: dict[str, str]
    expected_status: int


@dataclass
class CaseResult:
    case: Case
    rounds: list[Measurement] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return statistics.median(m.rate for m in self.rounds)

    @property
    def p50_ms(self) -> float:
        return statistics.median(m.p50_ms for m in self.rounds)

    @property
    def p95_ms(self) -> float:
        return statistics.median(m.p95_ms for m in self.rounds)

    @property
    def errors(self) -> int:
        return sum(m.errors for m in self.rounds)


class LoadGenerator:
    name = ""

    def run(self, case: Case, seconds: float, connections: int) -> Measurement:
        raise NotImplementedError


class Wrk(LoadGenerator):
    def __init__(self, executable: str) -> None:
        self.executable = executable
        first_line = subprocess.run(  # noqa: S603 - wrk, fixed arguments
            [executable, "-v"], capture_output=True, text=True, check=False
        ).stdout.splitlines()
        words = first_line[0].split() if first_line else []
        self.name = f"wrk {words[1] if len(words) > 1 else ''}".strip()

    def run(self, case: Case, seconds: float, connections: int) -> Measurement:
        duration = f"{max(round(seconds), 1)}s"
        command = [self.executable, "--threads=1", f"--connections={connections}"]
        command += [f"--duration={duration}", "--timeout=10s", f"--script={WRK_SCRIPT}"]
        for name, value in case.headers.items():
            command += ["--header", f"{name}: {value}"]
        command.append(case.url)
        output = subprocess.run(  # noqa: S603 - wrk, fixed arguments
            command, capture_output=True, text=True, check=True
        ).stdout
        line = next(line for line in output.splitlines() if line.startswith("BENCH-JSON "))
        data = json.loads(line.removeprefix("BENCH-JSON "))
        return Measurement(
            requests=data["requests"],
            seconds=data["duration_us"] / 1e6,
            p50_ms=data["p50_us"] / 1000,
            p95_ms=data["p95_us"] / 1000,
            p99_ms=data["p99_us"] / 1000,
            errors=data["socket_errors"] + data["status_errors"],
        )


class HttpxLoop(LoadGenerator):
    """A fallback when wrk is missing: slower than the servers it measures, so the bare
    rate it reports is partly the client's limit, and ratios come out too kind."""

    name = f"httpx {version('httpx')} async loop"

    def run(self, case: Case, seconds: float, connections: int) -> Measurement:
        return asyncio.run(self._run(case, seconds, connections))

    async def _run(self, case: Case, seconds: float, connections: int) -> Measurement:
        latencies: list[float] = []
        errors = 0
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        async with httpx.AsyncClient(limits=limits, timeout=10) as client:
            deadline = time.perf_counter() + seconds

            async def worker() -> None:
                nonlocal errors
                while time.perf_counter() < deadline:
                    started = time.perf_counter()
                    try:
                        response = await client.get(case.url, headers=case.headers)
                    except httpx.HTTPError:
                        errors += 1
                        continue
                    latencies.append(time.perf_counter() - started)
                    if response.status_code != case.expected_status:
                        errors += 1
                    client.cookies.clear()

            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(connections)))
            elapsed = time.perf_counter() - started
        cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
        return Measurement(
            requests=len(latencies),
            seconds=elapsed,
            p50_ms=cuts[49] * 1000,
            p95_ms=cuts[94] * 1000,
            p99_ms=cuts[98] * 1000,
            errors=errors,
        )


def load_generator(choice: str) -> LoadGenerator:
    executable = shutil.which("wrk")
    if choice == "wrk" and executable is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install -y wrk)")
    if choice in ("auto", "wrk") and executable is not None:
        return Wrk(executable)
    return HttpxLoop()


def check_case(case: Case) -> httpx.Response:
    response = httpx.get(case.url, headers=case.headers, follow_redirects=False, timeout=30)
    if response.status_code != case.expected_status:
        location = response.headers.get("location", "")
        raise SystemExit(
            f"{case.label}: expected {case.expected_status}, got {response.status_code} "
            f"{location}".strip()
        )
    return response


# --------------------------------------------------------------------------- first load


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.styles: list[str] = []
        self.scripts: list[str] = []
        self.icons: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        rel = values.get("rel", "").lower().split()
        if tag == "link" and "stylesheet" in rel and values.get("href"):
            self.styles.append(values["href"])
        elif (
            tag == "link"
            and values.get("href")
            and {"icon", "apple-touch-icon", "manifest"} & set(rel)
        ):
            self.icons.append(values["href"])
        elif tag == "script" and values.get("src"):
            self.scripts.append(values["src"])


@dataclass(frozen=True)
class Resource:
    kind: str
    path: str
    raw: int
    gzipped: int
    served: int
    served_encoding: str


@dataclass(frozen=True)
class FirstLoad:
    counted: list[Resource]
    not_counted: list[Resource]

    @property
    def total_gzip(self) -> int:
        return sum(resource.gzipped for resource in self.counted)

    @property
    def total_raw(self) -> int:
        return sum(resource.raw for resource in self.counted)

    @property
    def total_served(self) -> int:
        return sum(resource.served for resource in self.counted)


CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def measure_first_load(page_url: str, headers: dict[str, str]) -> FirstLoad:
    """GET the page, its stylesheets, scripts and the fonts the CSS names; gzip each."""
    counted: list[Resource] = []
    not_counted: list[Resource] = []
    with httpx.Client(timeout=30, headers={"Accept-Encoding": "gzip, br"}) as client:

        def fetch(kind: str, url: str, extra: dict[str, str] | None = None) -> bytes:
            response = client.get(url, headers=extra or {})
            response.raise_for_status()
            body = response.content
            path = urlsplit(url).path
            encoding = response.headers.get("content-encoding", "none")
            gzipped = len(gzip.compress(body, 6))
            served = response.num_bytes_downloaded
            resource = Resource(kind, path, len(body), gzipped, served, encoding)
            (not_counted if kind in ("icon", "manifest") else counted).append(resource)
            return body

        page = fetch("page", page_url, headers).decode()
        links = _Links()
        links.feed(page)
        for href in links.styles:
            css_url = urljoin(page_url, href)
            css = fetch("css", css_url).decode()
            fonts = [found for found in CSS_URL.findall(css) if not found.startswith("data:")]
            for font in dict.fromkeys(fonts):
                fetch("font", urljoin(css_url, font))
        for src in links.scripts:
            fetch("js", urljoin(page_url, src))
        for href in links.icons:
            kind = "manifest" if href.endswith("webmanifest") else "icon"
            fetch(kind, urljoin(page_url, href))
    return FirstLoad(counted, not_counted)


# --------------------------------------------------------------------------- profile


@dataclass
class QueryTiming:
    label: str
    statement: str
    parameters: Any
    driver_ms: list[float] = field(default_factory=list)
    rows: int = 0


@dataclass
class Profile:
    requests: int
    total_ms: list[float]
    steps: dict[str, list[float]]
    queries_per_request: int
    queries: list[QueryTiming]
    sqlite_alone_ms: dict[str, float]
    html_bytes: int
    statement_cost_ms: dict[str, float]


def query_label(statement: str) -> str:
    flat = " ".join(statement.split())
    verb = flat.split(" ", 1)[0].upper()
    table_match = re.search(r"\b(?:FROM|UPDATE|INTO)\s+(\w+)", flat, re.IGNORECASE)
    table = table_match.group(1) if table_match else "?"
    joins = re.findall(r"\bJOIN\s+(\w+)", flat, re.IGNORECASE)
    label = f"{verb} {table}"
    if joins:
        label += " JOIN " + ", ".join(joins)
    if re.search(r"\bIN\s*\(", flat):
        label += " WHERE … IN (…)"
    if "count(" in flat.lower():
        label += " (count)"
    return label


class Recorder:
    """Collects the time of named steps and of each SQL statement for one request."""

    def __init__(self) -> None:
        self.steps: dict[str, float] = defaultdict(float)
        self.queries: list[tuple[str, Any, float, int]] = []

    def reset(self) -> None:
        self.steps = defaultdict(float)
        self.queries = []


@contextmanager
def instrumented(recorder: Recorder) -> Iterator[None]:
    """Wrap the overview's parts in timers, in this process only; the app is untouched."""
    import jinja2
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.ext.asyncio import AsyncSession

    from app.identity import guards, passkeys
    from app.overview import service

    patches: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)
        patches.append((owner, name, original))

        async def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await original(*args, **kwargs)
            finally:
                recorder.steps[label] += time.perf_counter() - started

        setattr(owner, name, timed)

    patch(guards, "find_session", "session: find_session")
    patch(AsyncSession, "get", "session: db.get(YoungPerson)")
    for name in (
        "upcoming_appointments",
        "fetch_contacts",
        "fetch_plans",
        "fetch_cases",
        "upcoming_deadlines",
        "latest_meeting_summary",
    ):
        patch(service, name, f"overview: {name}")
    patch(passkeys, "count_passkeys", "overview: count_passkeys")
    patch(AsyncSession, "commit", "end: commit")

    original_render = jinja2.Template.render
    patches.append((jinja2.Template, "render", original_render))

    def timed_render(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        started = time.perf_counter()
        try:
            return original_render(self, *args, **kwargs)
        finally:
            recorder.steps["render: Jinja template"] += time.perf_counter() - started

    jinja2.Template.render = timed_render  # type: ignore[method-assign]

    starts: dict[int, float] = {}

    def before(
        _conn: Any, cursor: Any, _statement: str, _params: Any, _ctx: Any, _many: bool
    ) -> None:
        starts[id(cursor)] = time.perf_counter()

    def after(_conn: Any, cursor: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        elapsed = time.perf_counter() - starts.pop(id(cursor), time.perf_counter())
        rows = len(getattr(cursor, "_rows", ()) or ())
        recorder.queries.append((statement, params, elapsed, rows))

    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)
    try:
        yield
    finally:
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "after_cursor_execute", after)
        for owner, name, original in reversed(patches):
            setattr(owner, name, original)


async def profile_overview(
    database: Path, person_id: int, cookie: str, requests: int, pyinstrument_out: Path | None
) -> Profile:
    """Time the parts of one overview request, in process, through the ASGI app."""
    from app.main import create_app

    settings = bench_settings(database)
    litestar_app = create_app(settings)
    # The app logs at INFO; a line per in-process request would bury the report.
    for noisy in ("httpx", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    recorder = Recorder()
    totals: list[float] = []

    async def timed_app(scope: Any, receive: Any, send: Any) -> None:
        started = time.perf_counter()
        await litestar_app(scope, receive, send)
        if scope["type"] == "http":
            totals.append(time.perf_counter() - started)

    steps: dict[str, list[float]] = defaultdict(list)
    queries: dict[str, QueryTiming] = {}
    query_counts: list[int] = []
    html_bytes = 0
    transport = httpx.ASGITransport(app=timed_app)
    headers = {"Cookie": cookie}
    async with (
        litestar_app.lifespan(),
        httpx.AsyncClient(transport=transport, base_url="http://localhost:8000") as client,
    ):
        for _ in range(20):  # warm caches: compiled SQL, templates, SQLite pages
            (await client.get(OVERVIEW_PATH, headers=headers)).raise_for_status()
        totals.clear()
        with instrumented(recorder):
            for _ in range(requests):
                recorder.reset()
                response = await client.get(OVERVIEW_PATH, headers=headers)
                if response.status_code != 200:
                    raise SystemExit(f"profile: overview answered {response.status_code}")
                html_bytes = len(response.content)
                for name, seconds in recorder.steps.items():
                    steps[name].append(seconds * 1000)
                query_counts.append(len(recorder.queries))
                seen: dict[str, int] = defaultdict(int)
                for statement, params, seconds, rows in recorder.queries:
                    label = query_label(statement)
                    seen[label] += 1
                    key = label if seen[label] == 1 else f"{label} #{seen[label]}"
                    timing = queries.setdefault(key, QueryTiming(key, statement, params))
                    timing.driver_ms.append(seconds * 1000)
                    timing.rows = rows
        if pyinstrument_out is not None:
            await _pyinstrument(client, headers, requests, pyinstrument_out)
    return Profile(
        requests=requests,
        total_ms=[seconds * 1000 for seconds in totals[:requests]],
        steps=dict(steps),
        queries_per_request=round(statistics.median(query_counts)),
        queries=list(queries.values()),
        sqlite_alone_ms=sqlite_alone(database, list(queries.values())),
        html_bytes=html_bytes,
        statement_cost_ms=await statement_costs(database, person_id),
    )


async def statement_costs(database: Path, person_id: int, repeat: int = 150) -> dict[str, float]:
    """What one more statement in a request's session costs, layer by layer: a session
    running ten times the same small query, less a session running none, over ten."""
    from sqlalchemy import select
    from sqlalchemy.ext.asyncio import AsyncSession

    from app.database import create_engine, create_session_factory
    from app.model import Relation

    where = (Relation.young_person_id == person_id, Relation.ended_on.is_(None))
    orm_query = select(Relation).where(*where)
    core_query = select(Relation.__table__).where(*where)
    sql = "SELECT * FROM relations WHERE young_person_id = ? AND ended_on IS NULL"

    async def orm(db: AsyncSession) -> None:
        (await db.scalars(orm_query)).all()

    async def core(db: AsyncSession) -> None:
        (await db.execute(core_query)).all()

    async def driver(db: AsyncSession) -> None:
        (await (await db.connection()).exec_driver_sql(sql, (person_id,))).all()

    engine = create_engine(bench_settings(database).resolved_database_url)
    factory = create_session_factory(engine)

    async def session_with(
        statement: Callable[[AsyncSession], Awaitable[None]], count: int
    ) -> float:
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            async with factory() as db:
                await driver(db)  # every request's session has a connection
                for _ in range(count):
                    await statement(db)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    costs: dict[str, float] = {}
    try:
        kinds = {
            "ORM entities (`db.scalars(select(Relation))`)": orm,
            "Core rows (`db.execute(select(relations))`)": core,
            "SQL string (`exec_driver_sql`)": driver,
        }
        for name, statement in kinds.items():
            await session_with(statement, 10)  # warm up
            costs[name] = (
                await session_with(statement, 10) - await session_with(statement, 0)
            ) * 100
    finally:
        await engine.dispose()
    connection = sqlite3.connect(database)
    try:
        samples = []
        for _ in range(repeat * 10):
            started = time.perf_counter()
            connection.execute(sql, (person_id,)).fetchall()
            samples.append(time.perf_counter() - started)
        costs["stdlib `sqlite3`, no event loop"] = statistics.median(samples) * 1000
    finally:
        connection.close()
    return costs


async def _pyinstrument(
    client: httpx.AsyncClient, headers: dict[str, str], requests: int, output: Path
) -> None:
    try:
        from pyinstrument import Profiler  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        print("pyinstrument is not installed; skipping (uv pip install pyinstrument)")
        return
    profiler = Profiler(async_mode="enabled", interval=0.0005)
    profiler.start()
    for _ in range(requests):
        await client.get(OVERVIEW_PATH, headers=headers)
    profiler.stop()
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    await asyncio.to_thread(output.write_text, text)
    print(f"pyinstrument profile written to {output.relative_to(ROOT)}")


def sqlite_alone(
    database: Path, queries: Sequence[QueryTiming], repeat: int = 200
) -> dict[str, float]:
    """Each statement again through the stdlib sqlite3 module: what SQLite itself costs."""
    connection = sqlite3.connect(database)
    result: dict[str, float] = {}
    try:
        for timing in queries:
            if not timing.statement.lstrip().upper().startswith("SELECT"):
                continue
            parameters = tuple(timing.parameters or ())
            samples = []
            for _ in range(repeat):
                started = time.perf_counter()
                connection.execute(timing.statement, parameters).fetchall()
                samples.append(time.perf_counter() - started)
            result[timing.label] = statistics.median(samples) * 1000
    finally:
        connection.close()
    return result


# --------------------------------------------------------------------------- report


@dataclass(frozen=True)
class Machine:
    cpus: int
    cpu_model: str
    memory_gb: float
    kernel: str
    python: str
    sqlite: str
    packages: str
    load_before: float

    @classmethod
    def describe(cls) -> Machine:
        cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
        model = next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo.splitlines()
                if line.startswith("model name")
            ),
            platform.processor() or "unknown",
        )
        memory = 0.0
        meminfo = Path("/proc/meminfo")
        if meminfo.exists():
            first = meminfo.read_text().splitlines()[0].split()
            memory = int(first[1]) / 1_000_000
        packages = ", ".join(
            f"{name} {version(name)}"
            for name in ("litestar", "sqlalchemy", "aiosqlite", "jinja2", "uvicorn", "h11")
        )
        return cls(
            cpus=len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 0,
            cpu_model=model,
            memory_gb=memory,
            kernel=platform.release(),
            python=platform.python_version(),
            sqlite=sqlite3.sqlite_version,
            packages=packages,
            load_before=os.getloadavg()[0],
        )


def git_commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(  # noqa: S603 - git, fixed arguments
            ["git", *args],  # noqa: S607 - git from PATH
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = bool(git("status", "--porcelain", "--", "app", "frontend"))
    return f"{commit} + uncommitted changes" if dirty else commit


def source_fingerprint() -> str:
    """A hash of the app's code and front end, to notice edits made during a run."""
    digest = hashlib.sha256()
    for folder in ("app", "frontend"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def percent(part: float, whole: float) -> float:
    return 100 * part / whole if whole else 0.0


def verdict(value: float, aim: float, *, at_least: bool = True) -> str:
    met = value >= aim if at_least else value <= aim
    return "met" if met else "not met"


@dataclass(frozen=True)
class Report:
    when: datetime
    commit: str
    machine: Machine
    database: DatabaseInfo
    person: Person
    generator: str
    connections: int
    seconds: float
    rounds: int
    results: list[CaseResult]
    repeat_view: str | None
    first_load: FirstLoad
    profile: Profile
    load_after: float

    def result(self, key: str) -> CaseResult | None:
        return next((r for r in self.results if r.case.key == key), None)


def _ms(values: Sequence[float]) -> str:
    return f"{statistics.median(values):.2f}" if values else "–"


def render_markdown(report: Report) -> str:
    machine, database, person = report.machine, report.database, report.person
    bare = report.result("bare")
    bare_rate = bare.rate if bare else 0.0
    lines = [
        GENERATED_START,
        "## Latest run",
        "",
        f"- When: {report.when:%Y-%m-%d %H:%M} UTC, app at commit {report.commit}.",
        f"- Machine: {machine.cpus} CPUs ({machine.cpu_model}), {machine.memory_gb:.0f} GB, "
        f"Linux {machine.kernel}; Python {machine.python}, SQLite {machine.sqlite}; "
        f"{machine.packages}.",
        f"- Load average (1 min): {machine.load_before:.2f} before, {report.load_after:.2f} "
        "after (the machine is shared; a busy neighbour lowers every rate).",
        f"- Database: SQLite, `{database.path.relative_to(ROOT)}`, {database.size_mb:,.0f} MB: "
        + ", ".join(
            f"{count:,} {table.replace('_', ' ')}" for table, count in database.rows.items()
        )
        + f". Demo reference time {database.reference:%Y-%m-%d %H:%M} UTC"
        + (f", built in {database.build_seconds / 60:.1f} min." if database.build_seconds else "."),
        f"- Person: young person #{person.id}, logged in by a session row (no MitID): "
        + ", ".join(f"{name} {count}" for name, count in person.counts.items())
        + ".",
        f"- Servers: uvicorn, one worker each, asyncio loop, h11, no access log; the real app "
        f'(`create_app`) and a bare Litestar app with one `@get("/")` ({len(BARE_BODY)} bytes '
        "of HTML), each in its own process on 127.0.0.1.",
        f"- Load: {report.generator}, 1 thread, {report.connections} connections, "
        f"{report.rounds} round(s) of {report.seconds:.0f} s per case, cases interleaved, after "
        "a warm-up; the table shows the median round (rate range in brackets).",
        "",
        "| Case | Requests/s | p50 ms | p95 ms | % of bare | Aim |",
        "|---|---:|---:|---:|---:|---|",
    ]
    aims = {
        "overview": (FULL_PAGE_AIM, "≥ 10 %"),
        "repeat": (REPEAT_VIEW_AIM, "≥ 50 %"),
    }
    for result in report.results:
        low = min(m.rate for m in result.rounds)
        high = max(m.rate for m in result.rounds)
        share = percent(result.rate, bare_rate)
        aim_text = "–"
        if result.case.key in aims:
            aim, words = aims[result.case.key]
            aim_text = f"{words}: {verdict(share, aim)}"
        errors = f" ({result.errors} errors)" if result.errors else ""
        lines.append(
            f"| {result.case.label}{errors} | {result.rate:,.0f} ({low:,.0f}–{high:,.0f}) | "
            f"{result.p50_ms:.2f} | {result.p95_ms:.2f} | {share:.1f} % | {aim_text} |"
        )
    if report.repeat_view:
        lines.append(
            f"| Overview, repeat view (conditional GET → 304) | {report.repeat_view} | | | | "
            "≥ 50 %: not met |"
        )
    first = report.first_load
    lines += [
        "",
        "### First load of the page",
        "",
        "The logged-in overview's HTML, the stylesheets and scripts it links and the fonts the "
        "CSS names, each gzipped (level 6) here (the aim's measure); and what the app "
        "actually sent for each, asked with `Accept-Encoding: gzip, br`. KB = 1,000 bytes. "
        "Icons and the manifest are listed but not counted.",
        "",
        "| Resource | Raw bytes | Gzip bytes | Served bytes | Served encoding |",
        "|---|---:|---:|---:|---|",
    ]
    for resource in first.counted:
        lines.append(
            f"| {resource.kind}: `{resource.path}` | {resource.raw:,} | {resource.gzipped:,} | "
            f"{resource.served:,} | {resource.served_encoding} |"
        )
    lines.append(
        f"| **Total** | {first.total_raw:,} | **{first.total_gzip:,}** "
        f"({first.total_gzip / 1000:.1f} KB, aim ≤ 60 KB: "
        f"{verdict(first.total_gzip, FIRST_LOAD_AIM_BYTES, at_least=False)}) | "
        f"{first.total_served:,} ({first.total_served / 1000:.1f} KB) | |"
    )
    for resource in first.not_counted:
        lines.append(
            f"| not counted, {resource.kind}: `{resource.path}` | {resource.raw:,} | "
            f"{resource.gzipped:,} | {resource.served:,} | {resource.served_encoding} |"
        )
    lines += render_profile(report.profile)
    lines.append(GENERATED_END)
    return "\n".join(wrap(line) for line in lines) + "\n"


def wrap(line: str, width: int = 90) -> str:
    """Fold long prose lines (not table rows) the way the hand-written text is folded."""
    if len(line) <= width or line.startswith(("|", "#", "<!--")):
        return line
    indent = "  " if line.startswith("- ") else ""
    return textwrap.fill(
        line, width=width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def render_profile(profile: Profile) -> list[str]:
    total = statistics.median(profile.total_ms)
    lines = [
        "",
        "### Where the time goes in one overview request",
        "",
        f"In process (ASGI, no network), {profile.requests} requests one after another after a "
        f"warm-up, median ms per request; HTML {profile.html_bytes:,} bytes; "
        f"{profile.queries_per_request} SQL statements per request.",
        "",
        "| Step | ms | share |",
        "|---|---:|---:|",
    ]
    accounted = 0.0
    for name, values in sorted(profile.steps.items(), key=lambda item: -statistics.median(item[1])):
        value = statistics.median(values)
        accounted += value
        lines.append(f"| {name} | {value:.2f} | {percent(value, total):.0f} % |")
    rest = max(total - accounted, 0.0)
    lines.append(
        f"| everything else (routing, DI, middleware, CSRF, response, ASGI) | "
        f"{rest:.2f} | {percent(rest, total):.0f} % |"
    )
    lines.append(f"| **whole request** | **{total:.2f}** | 100 % |")

    # Statements that ran in only some requests (the once-a-minute session touch) count
    # by how often they ran.
    def share(timing: QueryTiming) -> float:
        return len(timing.driver_ms) / profile.requests

    driver_total = sum(statistics.median(q.driver_ms) * share(q) for q in profile.queries)
    alone_total = sum(profile.sqlite_alone_ms.get(q.label, 0.0) * share(q) for q in profile.queries)
    lines += [
        "",
        'Each SQL statement of the request, in order: "driver" is the time from SQLAlchemy\'s '
        "`before_cursor_execute` to `after_cursor_execute` (aiosqlite's thread hand-offs, "
        'SQLite, fetching all rows); "SQLite alone" is the same statement with the same '
        "parameters through the stdlib `sqlite3` module.",
        "",
        "| # | Statement | Rows | Driver ms | SQLite alone ms |",
        "|---:|---|---:|---:|---:|",
    ]
    for number, timing in enumerate(profile.queries, start=1):
        alone = profile.sqlite_alone_ms.get(timing.label)
        driver = statistics.median(timing.driver_ms)
        runs = len(timing.driver_ms)
        note = f" (in {runs} of {profile.requests} requests)" if runs < profile.requests else ""
        lines.append(
            f"| {number} | `{timing.label}`{note} | {timing.rows} | {driver:.3f} "
            f"| {'–' if alone is None else f'{alone:.3f}'} |"
        )
    lines.append(f"| | **per request** | | **{driver_total:.2f}** | **{alone_total:.2f}** |")
    lines += [
        "",
        "The driver column leaves out opening and closing each cursor, which are thread "
        "hand-offs too. What one more statement costs in a request's session, all included "
        "(a session running the same small query ten times, less one running it not at all, "
        "over ten; the query reads the person's current `relations`):",
        "",
        "| Layer | ms per statement |",
        "|---|---:|",
    ]
    lines += [f"| {name} | {ms:.3f} |" for name, ms in profile.statement_cost_ms.items()]
    return lines


def history_row(report: Report) -> str:
    bare = report.result("bare")
    overview = report.result("overview")
    repeat = report.result("repeat")
    bare_rate = bare.rate if bare else 0.0
    overview_rate = overview.rate if overview else 0.0
    repeat_text = f"{percent(repeat.rate, bare_rate):.1f} %" if repeat else "not implemented"
    return (
        f"| {report.when:%Y-%m-%d %H:%M} | {report.commit} | {report.database.young_people:,} | "
        f"{report.generator.split()[0]} | {bare_rate:,.0f} | {overview_rate:,.0f} | "
        f"{percent(overview_rate, bare_rate):.1f} % | {repeat_text} | "
        f"{report.first_load.total_gzip / 1000:.1f} | "
        f"{statistics.median(report.profile.total_ms):.1f} | {report.profile.queries_per_request} |"
    )


HISTORY_HEADER = (
    "| When (UTC) | Commit | Young people | Client | Bare/s | Overview/s | Overview % "
    "| Repeat % | First load KB (gzip) | In-process ms | Queries |\n"
    "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|"
)

DOC_SKELETON = f"""# Benchmarks

How fast the young person's overview (`/mit-overblik`) is, next to a bare Litestar response
on the same machine in the same run (issue 5, "Speed"). The aims: the full page, nothing
cached, at ≥ 10 % of the bare rate; a repeat view at ≥ 50 %; the first load of the page
≤ 60 KB compressed with its CSS and JS.

Run `uv run python bench/overview.py` (see `bench/README.md`); it rewrites the "Latest run"
section and adds a row to the history. Everything else here is written by hand.

{GENERATED_START}
{GENERATED_END}

## History

One row per run of `bench/overview.py`, newest first. Rates are requests per second.

{HISTORY_HEADER}
{HISTORY_MARK}
"""


def update_doc(report: Report, doc: Path) -> None:
    text = doc.read_text() if doc.exists() else DOC_SKELETON
    if GENERATED_START not in text or GENERATED_END not in text:
        text = text.rstrip("\n") + f"\n\n{GENERATED_START}\n{GENERATED_END}\n"
    before, rest = text.split(GENERATED_START, 1)
    _, after = rest.split(GENERATED_END, 1)
    text = before + render_markdown(report).rstrip("\n") + after
    if HISTORY_MARK not in text:
        text = text.rstrip("\n") + "\n\n## History\n\n" + DOC_SKELETON.split("## History\n\n", 1)[1]
    text = text.replace(HISTORY_MARK, f"{HISTORY_MARK}\n{history_row(report)}", 1)
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text)


def print_summary(report: Report) -> None:
    bare = report.result("bare")
    bare_rate = bare.rate if bare else 0.0
    print()
    print(f"{'Case':<58} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'% bare':>8}")
    for result in report.results:
        print(
            f"{result.case.label:<58} {result.rate:>9,.0f} {result.p50_ms:>8.2f} "
            f"{result.p95_ms:>8.2f} {percent(result.rate, bare_rate):>7.1f}%"
        )
    if report.repeat_view:
        print(f"{'Overview, repeat view (conditional GET -> 304)':<58} {report.repeat_view}")
    first = report.first_load
    print(
        f"\nFirst load: {first.total_gzip / 1000:.1f} KB gzip, {first.total_served / 1000:.1f} KB "
        f"as served, {first.total_raw / 1000:.1f} KB raw, {len(first.counted)} files; aim ≤ 60 KB"
    )
    profile = report.profile
    print(
        f"In process: {statistics.median(profile.total_ms):.2f} ms per overview request, "
        f"{profile.queries_per_request} SQL statements"
    )
    for name, values in sorted(profile.steps.items(), key=lambda item: -statistics.median(item[1])):
        print(f"  {name:<44} {_ms(values):>7} ms")
    print("One more statement in a session costs:")
    for name, ms in profile.statement_cost_ms.items():
        print(f"  {name:<52} {ms:.3f} ms")


# --------------------------------------------------------------------------- main


def wait_for_quiet(max_load: float | None, max_wait: float) -> None:
    """On a shared machine, wait (a while) for the neighbours to calm down."""
    cpus = os.cpu_count() or 1
    deadline = time.monotonic() + max_wait
    while max_load is not None and time.monotonic() < deadline:
        load = os.getloadavg()[0]
        if load <= max_load:
            break
        print(f"  load average {load:.2f} > {max_load:.2f}; waiting …", flush=True)
        time.sleep(15)
    load = os.getloadavg()[0]
    if load > cpus / 2:
        print(f"Note: load average {load:.2f} on {cpus} CPUs; the numbers will be noisy.")


def run(args: argparse.Namespace) -> None:
    generator = load_generator(args.client)
    database = ensure_database(args.young_people, rebuild=args.rebuild)
    person = asyncio.run(log_in_person(database.path, args.person_id))
    print(f"Logged in young person #{person.id}: {person.counts}")
    wait_for_quiet(args.max_load, args.max_wait)
    # The app is being worked on: take its code now, when the servers start, and check
    # at the end that nothing changed in between.
    import app.main  # noqa: F401 - imported now, used by the in-process profile
    from app.identity.sessions import SessionCookie

    fingerprint = source_fingerprint()
    commit = git_commit()
    machine = Machine.describe()

    cookie_name = SessionCookie.for_settings(bench_settings(database.path)).name
    servers: list[Server] = []
    try:
        bare_server = start_server("bare", database.path)
        servers.append(bare_server)
        app_server = start_server("app", database.path)
        servers.append(app_server)
        session_cookie = f"{cookie_name}={person.token}"
        overview_url = app_server.base_url + OVERVIEW_PATH
        # A returning browser also holds the CSRF cookie; without it, every response would
        # mint and set a new one.
        first = check_case(Case("overview", "", overview_url, {"Cookie": session_cookie}, 200))
        csrf = first.cookies.get("csrftoken")
        cookie = session_cookie + (f"; csrftoken={csrf}" if csrf else "")
        cases = [
            Case("bare", "Bare Litestar `GET /`", bare_server.base_url + "/", {}, 200),
            Case(
                "health",
                "App `GET /healthz` (one `SELECT 1`)",
                app_server.base_url + "/healthz",
                {},
                200,
            ),
            Case(
                "overview",
                "Overview, full render, nothing cached",
                overview_url,
                {"Cookie": cookie},
                200,
            ),
        ]
        repeat_view: str | None = None
        etag = check_case(cases[2]).headers.get("etag")
        if etag:
            repeat = Case(
                "repeat",
                "Overview, repeat view (`If-None-Match` → 304)",
                overview_url,
                {"Cookie": cookie, "If-None-Match": etag},
                304,
            )
            check_case(repeat)
            cases.append(repeat)
        else:
            repeat_view = "not implemented: the page sends no ETag"
        for case in cases:
            check_case(case)
        # In process, while the servers wait: the same code they run.
        print(f"Profiling {args.profile_requests} overview requests in process …")
        pyinstrument_out = BENCH_DATA / "overview-pyinstrument.txt" if args.pyinstrument else None
        profile = asyncio.run(
            profile_overview(
                database.path, person.id, cookie, args.profile_requests, pyinstrument_out
            )
        )
        print(f"Warming up ({generator.name}) …")
        for case in cases:
            generator.run(case, args.warmup, args.connections)
        results = [CaseResult(case) for case in cases]
        for number in range(1, args.rounds + 1):
            for result in results:
                measured = generator.run(result.case, args.seconds, args.connections)
                result.rounds.append(measured)
                print(
                    f"  round {number}/{args.rounds}: {result.case.label}: "
                    f"{measured.rate:,.0f}/s, p50 {measured.p50_ms:.2f} ms",
                    flush=True,
                )
        load_after = os.getloadavg()[0]
        first_load = measure_first_load(overview_url, {"Cookie": cookie})
    finally:
        for server in servers:
            stop_server(server)
    report = Report(
        when=datetime.now(UTC),
        commit=commit,
        machine=machine,
        database=database,
        person=person,
        generator=generator.name,
        connections=args.connections,
        seconds=args.seconds,
        rounds=args.rounds,
        results=results,
        repeat_view=repeat_view,
        first_load=first_load,
        profile=profile,
        load_after=load_after,
    )
    print_summary(report)
    if source_fingerprint() != fingerprint:
        raise SystemExit(
            "\nThe app's code or front end changed during the run, so these numbers mix two "
            f"versions; {args.doc} is left as it is. Run again."
        )
    if args.no_write:
        print(f"\n--no-write: {args.doc} left as it is")
    else:
        update_doc(report, args.doc)
        print(f"\nWrote {args.doc}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--young-people", type=int, default=100_000, help="database size (default 100000)"
    )
    parser.add_argument("--rebuild", action="store_true", help="make the database anew")
    parser.add_argument("--person-id", type=int, help="the young person to log in")
    parser.add_argument("--client", choices=("auto", "wrk", "httpx"), default="auto")
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of one round per case")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per case, interleaved")
    parser.add_argument("--warmup", type=float, default=3.0, help="warm-up seconds per case")
    parser.add_argument("--profile-requests", type=int, default=200)
    parser.add_argument(
        "--pyinstrument", action="store_true", help="also profile with pyinstrument"
    )
    parser.add_argument(
        "--max-load",
        type=float,
        help="first wait until the 1-minute load average is at most this (shared machines)",
    )
    parser.add_argument("--max-wait", type=float, default=600, help="seconds to wait at most")
    parser.add_argument("--doc", type=Path, default=DOC, help="where to write the results")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--serve", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port)
        return
    if args.young_people < 5:
        parser.error("--young-people must be at least 5")
    run(args)


if __name__ == "__main__":
    main()
