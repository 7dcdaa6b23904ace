"""Open Badges 3.0: the adapter that turns a certificate into a signed credential.

This is the only module that knows the format. A credential is an ``OpenBadgeCredential``
(a W3C Verifiable Credential) secured as a JWT (VC-JWT): a compact JWS, ``alg: EdDSA``
(Ed25519), with the programme's key. Its public half is published as a JWK in
:meth:`BadgeIssuer.issuer_document` (``GET /api/v1/badges/issuer/``), so any standard verifier
checks a badge without this code. The PDF and the verification page never read a badge: they
stay the authoritative record if this adapter is dropped.

The attendee is named by a salted SHA-256 of the e-mail address (an OB 3.0 ``IdentityObject``)
and by name; the salt comes from the site's secret and the certificate id, so re-rendering a
badge gives the same identifier while nobody can test addresses against it without the salt.
The key file (PEM, PKCS#8) is made on first use with mode 0600.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings

from . import labels
from .models import Certificate
from .verification import public_base, verification_url

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
MEDIA_TYPE = "application/vc+jwt"

_keys: dict[str, Ed25519PrivateKey] = {}
_keys_lock = threading.Lock()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def load_or_create_key(path: Path) -> Ed25519PrivateKey:
    """The private key in ``path``; a new one written there (0600, never overwritten: a
    concurrent first use reads the winner's file) when the file does not exist."""
    key = str(path)
    with _keys_lock:
        if key in _keys:
            return _keys[key]
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            new = Ed25519PrivateKey.generate()
            pem = new.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(pem)
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ValueError(f"{path} does not hold an Ed25519 private key.")
        _keys[key] = loaded
        return loaded


class BadgeIssuer:
    """Signs certificates' credentials with one Ed25519 key and describes itself."""

    def __init__(
        self,
        *,
        key_file: Path | str | None = None,
        name: str | None = None,
        base_url: str | None = None,
    ) -> None:
        self.key_file = Path(key_file or settings.BADGE_SIGNING_KEY_FILE)
        self.name = name or str(getattr(settings, "BADGE_ISSUER_NAME", "") or "QGIS")
        self.base_url = (base_url or public_base()).rstrip("/")

    # --- identity ---------------------------------------------------------------------------

    @property
    def issuer_id(self) -> str:
        return f"{self.base_url}/api/v1/badges/issuer/"

    def _private_key(self) -> Ed25519PrivateKey:
        return load_or_create_key(self.key_file)

    def public_jwk(self) -> dict[str, str]:
        """The public key as a JWK (RFC 8037: OKP, Ed25519) with its ``kid``."""
        raw = (
            self._private_key()
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )
        jwk = {"kty": "OKP", "crv": "Ed25519", "x": _b64(raw)}
        return {**jwk, "kid": self._kid(jwk), "use": "sig", "alg": "EdDSA"}

    def _kid(self, jwk: dict[str, str]) -> str:
        # RFC 7638 thumbprint: the required members, sorted, no whitespace.
        members = {name: jwk[name] for name in ("crv", "kty", "x")}
        thumbprint = _b64(
            hashlib.sha256(
                json.dumps(members, separators=(",", ":"), sort_keys=True).encode()
            ).digest()
        )
        return f"{self.issuer_id}#{thumbprint}"

    def issuer_document(self) -> dict[str, Any]:
        """The issuer's OB 3.0 ``Profile`` with its verification key, as a JWK and a JWKS."""
        jwk = self.public_jwk()
        return {
            "@context": CONTEXT,
            "id": self.issuer_id,
            "type": ["Profile"],
            "name": self.name,
            "url": f"{self.base_url}/",
            "verificationMethod": [
                {
                    "id": jwk["kid"],
                    "type": "JsonWebKey",
                    "controller": self.issuer_id,
                    "publicKeyJwk": jwk,
                }
            ],
            "jwks": {"keys": [jwk]},
        }

    # --- credentials ------------------------------------------------------------------------

    def _salt(self, certificate: Certificate) -> str:
        secret = str(settings.SECRET_KEY).encode()
        message = f"badge-identity:{certificate.certificate_id}".encode()
        return hmac.new(secret, message, hashlib.sha256).hexdigest()[:32]

    @staticmethod
    def identity_hash(email: str, salt: str) -> str:
        """OB 3.0 ``identityHash``: ``sha256$`` + hex SHA-256 of the address and the salt."""
        digest = hashlib.sha256((email.strip().lower() + salt).encode("utf-8")).hexdigest()
        return f"sha256${digest}"

    def credential(self, certificate: Certificate) -> dict[str, Any]:
        """The ``OpenBadgeCredential`` (unsigned) of a certificate."""
        course = certificate.course
        course_type = course.course_type
        kind = certificate.certificate_type
        organisation = course.certifying_organisation
        salt = self._salt(certificate)
        valid_from = _utc(certificate.issued_at)
        dates = labels.format_date_range(course.start_date, course.end_date, "en", collapse=True)
        hours = labels.format_hours(course_type.instruction_hours, "en")
        wording = labels.wording(kind.slug, kind.wording, "en")
        narrative = f"The holder {wording} “{course_type.name}” ({dates}"
        narrative += f", {hours} instruction hours" if hours and hours != "0" else ""
        narrative += f"), organised by {organisation.name} at {course.training_center.name}."
        if course.trained_competence:
            narrative += f" Trained competence: {course.trained_competence}."
        return {
            "@context": CONTEXT,
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "id": verification_url(certificate.certificate_id),
            "name": f"{labels.certificate_title(kind.slug, 'en')}: {course_type.name}",
            "issuer": {"id": self.issuer_id, "type": ["Profile"], "name": self.name},
            "validFrom": valid_from,
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": [
                    {
                        "type": "IdentityObject",
                        "identityHash": self.identity_hash(certificate.attendee.email, salt),
                        "identityType": "emailAddress",
                        "hashed": True,
                        "salt": salt,
                    },
                    {
                        "type": "IdentityObject",
                        "identityHash": certificate.attendee_name,
                        "identityType": "name",
                        "hashed": False,
                    },
                ],
                "achievement": {
                    "id": f"{self.base_url}/api/v1/course-types/{course_type.slug}/#{kind.slug}",
                    "type": ["Achievement"],
                    "achievementType": "Certificate",
                    "name": f"{course_type.name} ({kind.name})",
                    "description": course_type.description or course_type.name,
                    "criteria": {"narrative": narrative},
                    "creator": {
                        "id": f"{self.base_url}/en/certifyingorganisation/{organisation.slug}/",
                        "type": ["Profile"],
                        "name": organisation.name,
                    },
                },
            },
        }

    def credential_for(self, certificate: Certificate) -> str:
        """The certificate's credential as a compact JWS (VC-JWT, EdDSA)."""
        vc = self.credential(certificate)
        subject = vc["credentialSubject"]["identifier"][0]["identityHash"]
        payload = {
            "iss": self.issuer_id,
            "sub": subject,
            "jti": vc["id"],
            "nbf": int(certificate.issued_at.timestamp()),
            "iat": int(certificate.issued_at.timestamp()),
            "vc": vc,
        }
        header = {"alg": "EdDSA", "typ": "JWT", "kid": self.public_jwk()["kid"]}
        signing_input = f"{_b64(_json(header))}.{_b64(_json(payload))}"
        signature = self._private_key().sign(signing_input.encode("ascii"))
        return f"{signing_input}.{_b64(signature)}"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def issuer() -> BadgeIssuer:
    """The issuer of the current settings (the key is read once per file)."""
    return BadgeIssuer()
