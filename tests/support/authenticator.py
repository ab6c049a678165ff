"""A software WebAuthn authenticator, for HTTP tests of the passkey ceremonies.

It builds what a phone's platform authenticator sends: client data, authenticator data
with the flags it is told to set, a `none` attestation, and ES256 signatures. The
browser tests use Chromium's virtual authenticator instead; this one lets a test bend
one thing at a time (no user verification, a replayed challenge, a lower counter).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import struct
from dataclasses import dataclass, field
from typing import Any

import cbor2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

_USER_PRESENT = 0x01
_USER_VERIFIED = 0x04
_ATTESTED_CREDENTIAL = 0x40
_AAGUID = bytes(16)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class StoredCredential:
    credential_id: bytes
    private_key: ec.EllipticCurvePrivateKey
    rp_id: str
    user_handle: bytes
    sign_count: int = 0


@dataclass
class SoftAuthenticator:
    origin: str
    verifies_user: bool = True
    credentials: list[StoredCredential] = field(default_factory=list)

    def create(self, options: dict[str, Any]) -> dict[str, Any]:
        """Answer `navigator.credentials.create` for the given creation options."""
        rp_id = options["rp"]["id"]
        stored = StoredCredential(
            credential_id=secrets.token_bytes(32),
            private_key=ec.generate_private_key(ec.SECP256R1()),
            rp_id=rp_id,
            user_handle=unb64url(options["user"]["id"]),
        )
        self.credentials.append(stored)
        client_data = self._client_data("webauthn.create", options["challenge"])
        auth_data = self._auth_data(rp_id, stored, attested=True)
        attestation = cbor2.dumps({"fmt": "none", "attStmt": {}, "authData": auth_data})
        return {
            "id": b64url(stored.credential_id),
            "rawId": b64url(stored.credential_id),
            "type": "public-key",
            "clientExtensionResults": {},
            "response": {
                "clientDataJSON": b64url(client_data),
                "attestationObject": b64url(attestation),
                "transports": ["internal"],
            },
        }

    def get(
        self, options: dict[str, Any], stored: StoredCredential | None = None
    ) -> dict[str, Any]:
        """Answer `navigator.credentials.get` with a discoverable credential."""
        stored = stored or self.credentials[-1]
        stored.sign_count += 1
        client_data = self._client_data("webauthn.get", options["challenge"])
        auth_data = self._auth_data(options["rpId"], stored, attested=False)
        signed = auth_data + hashlib.sha256(client_data).digest()
        signature = stored.private_key.sign(signed, ec.ECDSA(hashes.SHA256()))
        return {
            "id": b64url(stored.credential_id),
            "rawId": b64url(stored.credential_id),
            "type": "public-key",
            "clientExtensionResults": {},
            "response": {
                "clientDataJSON": b64url(client_data),
                "authenticatorData": b64url(auth_data),
                "signature": b64url(signature),
                "userHandle": b64url(stored.user_handle),
            },
        }

    def _client_data(self, ceremony: str, challenge: str) -> bytes:
        data = {"type": ceremony, "challenge": challenge, "origin": self.origin}
        return json.dumps(data).encode()

    def _auth_data(self, rp_id: str, stored: StoredCredential, *, attested: bool) -> bytes:
        flags = _USER_PRESENT | (_USER_VERIFIED if self.verifies_user else 0)
        rp_hash = hashlib.sha256(rp_id.encode()).digest()
        if not attested:
            return rp_hash + bytes([flags]) + struct.pack(">I", stored.sign_count)
        flags |= _ATTESTED_CREDENTIAL
        credential = (
            _AAGUID
            + struct.pack(">H", len(stored.credential_id))
            + stored.credential_id
            + cbor2.dumps(_cose_key(stored.private_key))
        )
        return rp_hash + bytes([flags]) + struct.pack(">I", stored.sign_count) + credential


def _cose_key(private_key: ec.EllipticCurvePrivateKey) -> dict[int, Any]:
    numbers = private_key.public_key().public_numbers()
    return {
        1: 2,  # kty: EC2
        3: -7,  # alg: ES256
        -1: 1,  # crv: P-256
        -2: numbers.x.to_bytes(32, "big"),
        -3: numbers.y.to_bytes(32, "big"),
    }
