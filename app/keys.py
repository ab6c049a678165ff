"""Secrets for development and tests, made on first use and kept in DATA_DIR.

Production passes every secret through the environment; Settings refuses to start
without them there, so these files exist only on developer machines and in tests.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path

_SECRETS_FILE = "secrets.json"


def new_key() -> str:
    """32 random bytes, base64url without padding."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")


def decode_key(text: str) -> bytes:
    key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if len(key) != 32:
        raise ValueError("a key is 32 bytes, base64url encoded")
    return key


def development_secret(data_dir: Path, name: str) -> str:
    """The named secret from DATA_DIR/secrets.json, added to the file if missing."""
    path = data_dir / _SECRETS_FILE
    stored = _read(path)
    if name not in stored:
        stored[name] = new_key()
        _write_owner_only(path, stored)
    return stored[name]


def _read(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    stored: dict[str, str] = json.loads(path.read_text())
    return stored


def _write_owner_only(path: Path, stored: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    # Created owner-only in one step, then renamed into place, so the secrets are never
    # readable by others and never half-written.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as secrets_file:
        json.dump(stored, secrets_file)
    temporary.replace(path)
