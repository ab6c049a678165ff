"""CPR numbers: stored encrypted, looked up by a keyed hash, never logged.

AES-GCM with a random nonce encrypts; HMAC-SHA256 with a separate key gives a stable
lookup value that cannot be reversed by trying all ten-digit numbers without the key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.settings import Settings

_NONCE_BYTES = 12
_FORMAT_VERSION = b"\x01"
_KEY_FILE = "cpr-keys.json"


class InvalidCprError(ValueError):
    """The text is not a CPR number of ten digits."""


@dataclass(frozen=True)
class Cpr:
    """A normalised CPR number; its repr hides the digits so it can't leak into logs."""

    digits: str = field(repr=False)

    @classmethod
    def parse(cls, text: str) -> Cpr:
        digits = text.strip().replace("-", "").replace(" ", "")
        if len(digits) != 10 or not digits.isdigit():
            raise InvalidCprError("a CPR number has ten digits, e.g. 010203-1234")
        return cls(digits)

    def __str__(self) -> str:
        return "Cpr(******-****)"


@dataclass(frozen=True)
class CprKeys:
    encryption_key: bytes = field(repr=False)
    hash_key: bytes = field(repr=False)

    def hash(self, cpr: Cpr) -> str:
        return hmac.new(self.hash_key, cpr.digits.encode(), hashlib.sha256).hexdigest()

    def encrypt(self, cpr: Cpr) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        sealed = AESGCM(self.encryption_key).encrypt(nonce, cpr.digits.encode(), _FORMAT_VERSION)
        return _FORMAT_VERSION + nonce + sealed

    def decrypt(self, token: bytes) -> Cpr:
        version, nonce, sealed = token[:1], token[1 : 1 + _NONCE_BYTES], token[1 + _NONCE_BYTES :]
        if version != _FORMAT_VERSION:
            raise ValueError("unknown CPR encryption format")
        return Cpr(AESGCM(self.encryption_key).decrypt(nonce, sealed, version).decode())


def load_cpr_keys(settings: Settings) -> CprKeys:
    """The keys from settings, or, outside production, from a key file made on first use."""
    if settings.cpr_encryption_key and settings.cpr_hash_key:
        return CprKeys(_decode_key(settings.cpr_encryption_key), _decode_key(settings.cpr_hash_key))
    return _keys_from_file(settings.data_dir / _KEY_FILE)


def new_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")


def _keys_from_file(path: Path) -> CprKeys:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        content = json.dumps({"cpr_encryption_key": new_key(), "cpr_hash_key": new_key()})
        # Created owner-only in one step, so the keys are never readable by others.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as key_file:
            key_file.write(content)
    stored = json.loads(path.read_text())
    return CprKeys(_decode_key(stored["cpr_encryption_key"]), _decode_key(stored["cpr_hash_key"]))


def _decode_key(text: str) -> bytes:
    key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if len(key) != 32:
        raise ValueError("a CPR key is 32 bytes, base64url encoded")
    return key
