"""All configuration, read from environment variables.

The defaults run the embedded setup on one machine: SQLite in `var/`, the scheduler in
process, the source simulator and demo data. Production sets `ENVIRONMENT=production`
and real values; secrets then have no fallback.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

DEVELOPMENT = "development"
PRODUCTION = "production"
TEST = "test"
ENVIRONMENTS = (DEVELOPMENT, TEST, PRODUCTION)


class SettingsError(ValueError):
    """A configuration value is missing or malformed."""


@dataclass(frozen=True)
class Settings:
    environment: str = DEVELOPMENT
    database_url: str = ""
    data_dir: Path = PROJECT_ROOT / "var"
    host: str = "127.0.0.1"
    port: int = 8000
    public_url: str = "http://localhost:8000"
    # The municipality whose youth effort this installation serves first.
    municipality_code: str = "0999"
    # Base64url keys for the CPR columns; empty means "generate and keep in data_dir"
    # (development and tests only).
    cpr_encryption_key: str = field(default="", repr=False)
    cpr_hash_key: str = field(default="", repr=False)
    load_demo_data: bool = True

    def __post_init__(self) -> None:
        if self.environment not in ENVIRONMENTS:
            raise SettingsError(f"ENVIRONMENT must be one of {', '.join(ENVIRONMENTS)}")
        if not (len(self.municipality_code) == 4 and self.municipality_code.isdigit()):
            raise SettingsError("MUNICIPALITY_CODE must be four digits, e.g. 0101")
        if self.is_production and not (self.cpr_encryption_key and self.cpr_hash_key):
            raise SettingsError("CPR_ENCRYPTION_KEY and CPR_HASH_KEY are required in production")

    @property
    def is_production(self) -> bool:
        return self.environment == PRODUCTION

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'ungeoverblik.sqlite3'}"

    @property
    def uses_https(self) -> bool:
        return self.public_url.startswith("https://")

    @classmethod
    def from_environ(cls, environ: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if environ is None else environ)
        environment = env.get("ENVIRONMENT", DEVELOPMENT)
        port = _integer(env, "PORT", 8000)
        return cls(
            environment=environment,
            database_url=env.get("DATABASE_URL", ""),
            data_dir=Path(env.get("DATA_DIR", str(PROJECT_ROOT / "var"))),
            host=env.get("HOST", "127.0.0.1"),
            port=port,
            public_url=env.get("PUBLIC_URL", f"http://localhost:{port}").rstrip("/"),
            municipality_code=env.get("MUNICIPALITY_CODE", "0999"),
            cpr_encryption_key=env.get("CPR_ENCRYPTION_KEY", ""),
            cpr_hash_key=env.get("CPR_HASH_KEY", ""),
            load_demo_data=_flag(env, "LOAD_DEMO_DATA", environment != PRODUCTION),
        )


def _integer(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from error


def _flag(env: dict[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name} must be true or false, not {raw!r}")
