"""The stand-in's keys: an ES256 signing key and a secret for pseudonymous subjects.

Both are made once per data directory and kept in one owner-only file, so tokens and
subjects stay valid across restarts, as a real provider's do.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from joserfc import jwt
from joserfc.jwk import ECKey

from app.identity.dev_provider.clients import SIGNING_ALGORITHM
from app.model.cpr import Cpr

KEY_FILE = "dev-idp-key.json"


@dataclass(frozen=True)
class ProviderKeys:
    signing_key: ECKey = field(repr=False)
    subject_key: bytes = field(repr=False)

    @property
    def key_id(self) -> str:
        kid = self.signing_key.kid
        if kid is None:
            raise ValueError("the signing key has no kid")
        return kid

    def public_key_set(self) -> dict[str, Any]:
        return {"keys": [self.signing_key.as_dict(private=False)]}

    def sign(self, claims: dict[str, Any]) -> str:
        header = {"alg": SIGNING_ALGORITHM, "kid": self.key_id}
        return jwt.encode(header, claims, self.signing_key, algorithms=[SIGNING_ALGORITHM])

    def subject_for(self, cpr: Cpr) -> str:
        """A stable UUID for a person that reveals nothing about the CPR number.

        MitID brokers give each organisation its own pseudonym per person; this keyed
        hash does the same, and differs from the CPR lookup hash in our own tables.
        """
        digest = hmac.new(self.subject_key, cpr.digits.encode(), hashlib.sha256).digest()
        return str(uuid.UUID(bytes=digest[:16], version=4))


def load_provider_keys(data_dir: Path) -> ProviderKeys:
    path = data_dir / KEY_FILE
    if not path.exists():
        _write_new_keys(path)
    stored = json.loads(path.read_text())
    subject_key = base64.urlsafe_b64decode(stored["subject_key"])
    return ProviderKeys(ECKey.import_key(stored["signing_key"]), subject_key)


def _write_new_keys(path: Path) -> None:
    signing_key = ECKey.generate_key(
        "P-256", parameters={"alg": SIGNING_ALGORITHM, "use": "sig"}, auto_kid=True
    )
    content = json.dumps(
        {
            "signing_key": signing_key.as_dict(private=True),
            "subject_key": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written owner-only under a private name, then linked into place: a second process
    # starting at the same moment either wins the link or reads the finished file.
    draft = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as key_file:
        key_file.write(content)
    try:
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()
