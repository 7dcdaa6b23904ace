"""Helpers of the certificate PDF, badge, page, e-mail and demo tests: named certificates,
images, the Debian tools that read a PDF back (pdftotext, pdfinfo, pdfimages, pdftoppm,
zbarimg), and a module's demo seed rolled back afterwards."""

from __future__ import annotations

import io
import itertools
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from catalogue.models import Course
from certificates import domain
from certificates.models import Attendee, Certificate, CourseAttendee
from django.core.files.base import ContentFile
from django.test import override_settings
from PIL import Image

from tests.server.factories_certificates import CertifiedOrg, certified_org, course_for

_EMAILS = itertools.count(1)
PUBLIC = "https://certification.example.org"


def isolate(settings: Any, tmp_path: Path) -> None:
    """Files and the badge key under the test's directory; a fixed public address."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.BADGE_SIGNING_KEY_FILE = tmp_path / "keys" / "badge.pem"
    settings.PUBLIC_BASE_URL = PUBLIC


@contextmanager
def rolled_back_demo(django_db_blocker: Any, tmp_path_factory: Any) -> Iterator[None]:
    """For a module-scoped fixture: the database open and a transaction rolled back on exit,
    the demo's files (media, badge key) in a temporary folder; seed inside."""
    root = tmp_path_factory.mktemp("demo")
    with (
        override_settings(MEDIA_ROOT=root / "media", BADGE_SIGNING_KEY_FILE=root / "badge.pem"),
        django_db_blocker.unblock(),
    ):
        from django.db import transaction

        with transaction.atomic():
            yield
            transaction.set_rollback(True)


def certificate(
    first_name: str,
    surname: str,
    *,
    language: str = "en",
    certificate_type: str = "completion",
    org: CertifiedOrg | None = None,
    course: Course | None = None,
    email: str | None = None,
    **course_fields: Any,
) -> Certificate:
    """One certificate issued through the domain to a new attendee with these names."""
    org = org or certified_org(credits=10)
    if course is None:
        course_fields.setdefault("trained_competence", "Digitising and geoprocessing")
        course = course_for(org, **course_fields)
    attendee = Attendee.objects.create(
        organisation_id=course.certifying_organisation_id,
        first_name=first_name,
        surname=surname,
        email=email or f"person{next(_EMAILS)}@example.org",
    )
    CourseAttendee.objects.create(course=course, attendee=attendee)
    owner = course.certifying_organisation.owners.order_by("pk").first()
    result = domain.issue_certificates(
        actor=owner,
        course=course,
        items=[
            {"attendee": attendee.pk, "certificate_type": certificate_type, "language": language}
        ],
    )
    return Certificate.objects.get(pk=result.certificates[0].pk)


def png(width: int = 240, height: int = 80, colour: tuple[int, int, int] = (20, 60, 160)) -> bytes:
    image = Image.new("RGB", (width, height), (255, 255, 255))
    for x in range(10, width - 10):
        image.putpixel((x, height // 2 + (x % 17) - 8), colour)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def attach(field: Any, name: str, data: bytes) -> None:
    field.save(name, ContentFile(data), save=True)


def _run(*args: str, data: bytes | None = None) -> str:
    result = subprocess.run(args, input=data, capture_output=True, check=True, timeout=60)
    return result.stdout.decode("utf-8")


def pdf_text(pdf: bytes) -> str:
    return _run("pdftotext", "-enc", "UTF-8", "-", "-", data=pdf)


def pdf_info(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    info = {}
    for line in _run("pdfinfo", "-enc", "UTF-8", str(path)).splitlines():
        key, _sep, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_image_count(pdf: bytes, tmp_path: Path) -> int:
    path = tmp_path / "images.pdf"
    path.write_bytes(pdf)
    lines = _run("pdfimages", "-list", str(path)).splitlines()[2:]
    return sum(1 for line in lines if line.split()[2:3] == ["image"])


def qr_codes(pdf: bytes, tmp_path: Path) -> list[str]:
    """What zbarimg reads on the page rendered at 150 dpi."""
    path = tmp_path / "qr.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(path), str(tmp_path / "qr")],
        check=True,
        timeout=60,
    )
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(tmp_path / "qr.png")],
        capture_output=True,
        timeout=60,
    )
    return [line for line in result.stdout.decode("utf-8").splitlines() if line]
