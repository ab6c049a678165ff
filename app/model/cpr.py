"""CPR numbers: stored encrypted, looked up by a keyed hash, never logged.

AES-GCM with a random nonce encrypts; HMAC-SHA256 with a separate key gives a stable
lookup value that cannot be reversed by trying all ten-digit numbers without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.keys import decode_key, development_secret
from app.settings import Settings

_NONCE_BYTES = 12
_FORMAT_VERSION = b"\x01"


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
    """The keys from settings or, outside production, from the development secrets."""
    encryption_key = settings.cpr_encryption_key or development_secret(
        settings.data_dir, "cpr_encryption_key"
    )
    hash_key = settings.cpr_hash_key or development_secret(settings.data_dir, "cpr_hash_key")
    return CprKeys(decode_key(encryption_key), decode_key(hash_key))
