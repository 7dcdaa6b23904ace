"""Open Badges 3.0 credentials: a standard JWT library (PyJWT) verifies them with the JWK the
issuer publishes; a tampered credential fails; the OpenBadgeCredential's structure."""

from __future__ import annotations

import base64
import json
import stat

import jwt
import pytest
from certificates import badges
from certificates.badges import BadgeIssuer
from certificates.tasks import render_certificate
from certificates.verification import verification_url

from tests.server.certificates_helpers import PUBLIC, certificate, isolate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _files(settings, tmp_path):
    isolate(settings, tmp_path)


def _key(document: dict) -> jwt.PyJWK:
    (jwk,) = document["jwks"]["keys"]
    return jwt.PyJWK(jwk)


def _verify(token: str, document: dict) -> dict:
    return jwt.decode(
        token,
        _key(document).key,
        algorithms=["EdDSA"],
        issuer=document["id"],
        options={"require": ["iss", "sub", "jti", "nbf", "vc"]},
    )


def test_a_standard_verifier_accepts_the_credential():
    cert = certificate("Åsa", "Öberg", language="sv")
    issuer = BadgeIssuer()
    token = issuer.credential_for(cert)
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "EdDSA" and header["typ"] == "JWT"
    document = issuer.issuer_document()
    assert header["kid"] == document["jwks"]["keys"][0]["kid"]
    claims = _verify(token, document)
    assert claims["jti"] == verification_url(cert.certificate_id)
    assert claims["nbf"] == int(cert.issued_at.timestamp())


def test_the_issuer_document_publishes_an_ed25519_jwk():
    document = BadgeIssuer().issuer_document()
    assert document["type"] == ["Profile"]
    assert document["id"] == f"{PUBLIC}/api/v1/badges/issuer/"
    (jwk,) = document["jwks"]["keys"]
    assert {jwk["kty"], jwk["crv"], jwk["alg"]} == {"OKP", "Ed25519", "EdDSA"}
    assert "d" not in jwk  # never the private half
    method = document["verificationMethod"][0]
    assert method["publicKeyJwk"] == jwk and method["controller"] == document["id"]


def _tamper(token: str, change) -> str:
    head, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    change(claims)
    raw = json.dumps(claims, separators=(",", ":")).encode()
    forged = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
    return f"{head}.{forged}.{signature}"


def test_a_tampered_credential_fails():
    cert = certificate("Ada", "Lovelace")
    issuer = BadgeIssuer()
    token = issuer.credential_for(cert)
    document = issuer.issuer_document()

    def rename(claims):
        claims["vc"]["credentialSubject"]["achievement"]["name"] = "Forged"

    with pytest.raises(jwt.InvalidSignatureError):
        _verify(_tamper(token, rename), document)


def test_another_key_does_not_verify(tmp_path):
    cert = certificate("Ada", "Lovelace")
    token = BadgeIssuer().credential_for(cert)
    other = BadgeIssuer(key_file=tmp_path / "other.pem").issuer_document()
    with pytest.raises(jwt.InvalidSignatureError):
        _verify(token, other)


def test_open_badge_credential_structure():
    cert = certificate("Ana", "Pop", email="Ana.Pop@Example.org", certificate_type="attendance")
    issuer = BadgeIssuer()
    claims = _verify(issuer.credential_for(cert), issuer.issuer_document())
    vc = claims["vc"]
    assert vc["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert vc["id"] == verification_url(cert.certificate_id)
    assert vc["issuer"] == {"id": issuer.issuer_id, "type": ["Profile"], "name": issuer.name}
    assert vc["validFrom"].endswith("Z")
    subject = vc["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    email = subject["identifier"][0]
    assert email["type"] == "IdentityObject" and email["identityType"] == "emailAddress"
    assert email["hashed"] is True
    assert email["identityHash"] == BadgeIssuer.identity_hash("ana.pop@example.org", email["salt"])
    assert "ana.pop@" not in json.dumps(vc).lower()  # the address never appears in clear
    assert claims["sub"] == email["identityHash"]
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["name"].startswith(cert.course.course_type.name)
    assert "has attended the course" in achievement["criteria"]["narrative"]
    assert achievement["description"]
    assert achievement["id"].startswith(PUBLIC)
    # the same certificate signs to the same identifier (the salt is not random)
    again = _verify(issuer.credential_for(cert), issuer.issuer_document())
    assert again["sub"] == claims["sub"]


def test_the_key_file_is_made_once_with_mode_0600(settings):
    path = settings.BADGE_SIGNING_KEY_FILE
    assert not path.exists()
    first = BadgeIssuer().public_jwk()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    badges._keys.clear()  # a new process reads the same file
    assert BadgeIssuer().public_jwk() == first


def test_rendering_stores_the_badge_next_to_the_pdf():
    cert = certificate("Ada", "Lovelace")
    assert render_certificate(cert)
    cert.refresh_from_db()
    assert cert.pdf_ready and cert.pdf_size > 0
    issuer = BadgeIssuer()
    assert _verify(cert.badge, issuer.issuer_document())["jti"] == verification_url(
        cert.certificate_id
    )
