"""All configuration, read from environment variables.

The defaults run the embedded setup on one machine: SQLite in `var/`, the scheduler in
process, the source simulator and demo data. Production sets `ENVIRONMENT=production`
and real values; secrets then have no fallback.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent

DEVELOPMENT = "development"
PRODUCTION = "production"
TEST = "test"
ENVIRONMENTS = (DEVELOPMENT, TEST, PRODUCTION)


class SettingsError(ValueError):
    """A configuration value is missing or malformed."""


# The development stand-in for MitID and the staff identity provider, served by the app
# itself outside production (app.identity.dev_provider).
DEV_PROVIDER_PATH = "/dev-idp"
NSIS_LEVELS = ("low", "substantial", "high")
LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True)
class OidcClientSettings:
    """One OpenID Connect relying party: ours towards a MitID broker or a staff IdP.

    An empty issuer means "use the development stand-in" (never in production).
    """

    issuer: str = ""
    client_id: str = ""
    client_secret: str = field(default="", repr=False)
    # PEM file of a private key for `private_key_jwt` client authentication; when set,
    # it is used instead of the client secret.
    private_key_file: str = ""
    scopes: str = "openid"

    @property
    def uses_dev_provider(self) -> bool:
        return not self.issuer

    @classmethod
    def from_environ(cls, env: dict[str, str], prefix: str, default_scopes: str) -> Self:
        return cls(
            issuer=env.get(f"{prefix}_ISSUER", "").rstrip("/"),
            client_id=env.get(f"{prefix}_CLIENT_ID", ""),
            client_secret=env.get(f"{prefix}_CLIENT_SECRET", ""),
            private_key_file=env.get(f"{prefix}_PRIVATE_KEY_FILE", ""),
            scopes=env.get(f"{prefix}_SCOPES", default_scopes),
        )


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
    # Signs the CSRF cookie; empty means a development secret in data_dir.
    csrf_secret: str = field(default="", repr=False)
    load_demo_data: bool = True
    mitid: OidcClientSettings = OidcClientSettings(scopes="openid ssn")
    mitid_cpr_claim: str = "dk.cpr"
    mitid_assurance: str = "substantial"
    staff_oidc: OidcClientSettings = OidcClientSettings(scopes="openid profile email")
    # Idle timeouts: staff sit at shared desks; a young person's phone is their own, and
    # views that matter ask for a fresh MitID login anyway (step-up).
    # Addresses of reverse proxies whose X-Forwarded-For we believe (comma separated).
    trusted_proxies: str = ""
    staff_idle_minutes: int = 30
    young_person_idle_minutes: int = 7 * 24 * 60

    def __post_init__(self) -> None:
        if self.environment not in ENVIRONMENTS:
            raise SettingsError(f"ENVIRONMENT must be one of {', '.join(ENVIRONMENTS)}")
        if not (len(self.municipality_code) == 4 and self.municipality_code.isdigit()):
            raise SettingsError("MUNICIPALITY_CODE must be four digits, e.g. 0101")
        if self.mitid_assurance not in NSIS_LEVELS:
            raise SettingsError(f"MITID_ASSURANCE must be one of {', '.join(NSIS_LEVELS)}")
        if self.is_production:
            self._check_production()
        needs_stand_in = self.mitid.uses_dev_provider or self.staff_oidc.uses_dev_provider
        if needs_stand_in and not self.is_on_loopback:
            # The stand-in lets anyone pick any person: only ever on this machine.
            raise SettingsError(
                "MITID_ISSUER and STAFF_OIDC_ISSUER are required unless PUBLIC_URL is on "
                "localhost; the development login stand-in never serves other hosts"
            )

    def _check_production(self) -> None:
        if not (self.cpr_encryption_key and self.cpr_hash_key and self.csrf_secret):
            raise SettingsError(
                "CPR_ENCRYPTION_KEY, CPR_HASH_KEY and CSRF_SECRET are required in production"
            )
        if not self.uses_https:
            raise SettingsError("PUBLIC_URL must be https:// in production")
        if self.mitid.uses_dev_provider or self.staff_oidc.uses_dev_provider:
            raise SettingsError(
                "MITID_ISSUER and STAFF_OIDC_ISSUER are required in production; "
                "the development stand-in never runs there"
            )

    @property
    def is_production(self) -> bool:
        return self.environment == PRODUCTION

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'ungeoverblik.sqlite3'}"

    @property
    def dev_provider_issuer(self) -> str:
        return self.public_url + DEV_PROVIDER_PATH

    @property
    def serves_dev_provider(self) -> bool:
        uses_it = self.mitid.uses_dev_provider or self.staff_oidc.uses_dev_provider
        return uses_it and not self.is_production and self.is_on_loopback

    @property
    def is_on_loopback(self) -> bool:
        return urlsplit(self.public_url).hostname in LOOPBACK_HOSTS

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
            csrf_secret=env.get("CSRF_SECRET", ""),
            load_demo_data=_flag(env, "LOAD_DEMO_DATA", environment != PRODUCTION),
            mitid=OidcClientSettings.from_environ(env, "MITID", "openid ssn"),
            mitid_cpr_claim=env.get("MITID_CPR_CLAIM", "dk.cpr"),
            mitid_assurance=env.get("MITID_ASSURANCE", "substantial").lower(),
            staff_oidc=OidcClientSettings.from_environ(env, "STAFF_OIDC", "openid profile email"),
            trusted_proxies=env.get("TRUSTED_PROXIES", ""),
            staff_idle_minutes=_integer(env, "STAFF_IDLE_MINUTES", 30),
            young_person_idle_minutes=_integer(env, "YOUNG_PERSON_IDLE_MINUTES", 7 * 24 * 60),
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
