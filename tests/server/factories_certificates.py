"""Courses, attendees and certificates for the server tests (issue 12).

Every helper works without the ``catalogue_factory`` fixture (it uses its own
:class:`~tests.server.conftest.CatalogueFactory`, names unique across the run), but a test
still needs the database (``db`` or ``catalogue_factory``)::

    org = certified_org(credits=20)          # org.organisation, org.owner, org.convener
    course = course_for(org)                 # started two days ago, ends tomorrow
    people = attendees_for(course, 3)        # Attendee rows on the course
    certificates = issued(course, 2)         # two new attendees, certified by the owner

Certificates are issued through ``certificates.domain`` and credits granted through
``payments.ledger``, so the ledger, the counter and the audit events are the real ones.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from accounts.models import ApiToken
from catalogue.models import CertificateType, CertifyingOrganisation, Course, CourseConvener
from certificates import domain
from certificates.models import Attendee, Certificate, CourseAttendee
from django.test import Client
from django.utils import timezone
from payments import ledger

from tests.server.conftest import CatalogueFactory
from tests.server.factories_applications import make_manager

CERTIFICATE_TYPES = (
    ("Certificate of attendance", "attendance", 1),
    ("Certificate of completion", "completion", 2),
)

_NUMBERS = itertools.count(1)
_FACTORY: list[CatalogueFactory] = []


def _f(f: CatalogueFactory | None = None) -> CatalogueFactory:
    if f is not None:
        return f
    if not _FACTORY:
        _FACTORY.append(CatalogueFactory())
    return _FACTORY[0]


def certificate_types() -> dict[str, CertificateType]:
    """The two certificate types the live site has (``attendance``, ``completion``)."""
    return {
        slug: CertificateType.objects.get_or_create(
            slug=slug, defaults={"name": name, "order": order}
        )[0]
        for name, slug, order in CERTIFICATE_TYPES
    }


def manager(f: CatalogueFactory | None = None) -> Any:
    """The certification manager (username "manager"; made once per test database)."""
    from django.contrib.auth import get_user_model

    existing = get_user_model().objects.filter(username="manager").first()
    return existing or make_manager(_f(f), email="manager@example.org")


@dataclass
class CertifiedOrg:
    """An approved organisation with one owner and one convener (a user with a
    :class:`CourseConvener` row)."""

    organisation: CertifyingOrganisation
    owner: Any
    convener: Any
    course_convener: CourseConvener

    @property
    def pk(self) -> int:
        return int(self.organisation.pk)

    def refresh(self) -> CertifyingOrganisation:
        self.organisation.refresh_from_db()
        return self.organisation


def certified_org(
    *,
    credits: int = 20,
    name: str | None = None,
    owner: Any = None,
    convener: Any = None,
    f: CatalogueFactory | None = None,
    **fields: Any,
) -> CertifiedOrg:
    """A certified organisation (approved, not archived) holding ``credits`` (one ledger
    top-up); ``fields`` go to the organisation (``status=...`` makes it uncertified)."""
    factory = _f(f)
    n = next(_NUMBERS)
    certificate_types()
    organisation = factory.organisation(name or f"Trainers {n:03d}", **fields)
    owner = owner or factory.user(f"owner{n}", first_name="Olga", last_name="Owner")
    organisation.owners.add(owner)
    convener = convener or factory.user(f"convener{n}", first_name="Carl", last_name="Convener")
    course_convener = factory.convener(organisation, user=convener)
    if credits:
        ledger.grant(organisation=organisation, credits=credits, actor=None, reason="Test top-up")
    return CertifiedOrg(organisation, owner, convener, course_convener)


def _organisation(org: CertifiedOrg | CertifyingOrganisation) -> CertifyingOrganisation:
    return org.organisation if isinstance(org, CertifiedOrg) else org


def course_for(
    org: CertifiedOrg | CertifyingOrganisation,
    *,
    start: date | None = None,
    end: date | None = None,
    language: str = "en",
    certificate_type: str | None = None,
    f: CatalogueFactory | None = None,
    **fields: Any,
) -> Course:
    """A course of ``org``: by default started two days ago and ending tomorrow;
    ``certificate_type`` is a slug (the course's default type) or ``None``."""
    factory = _f(f)
    today = timezone.localdate()
    start = start or today - timedelta(days=2)
    end = end or max(start, today + timedelta(days=1))
    organisation = _organisation(org)
    convener = org.course_convener if isinstance(org, CertifiedOrg) else None
    if certificate_type:
        fields["certificate_type"] = certificate_types()[certificate_type]
    return factory.course(
        organisation,
        start=start,
        days=(end - start).days,
        convener=convener,
        language=language,
        **fields,
    )


def attendees_for(
    course: Course, n: int, *, first_name: str = "Ana", surname: str = "Pop"
) -> list[Attendee]:
    """``n`` new attendees of the course's organisation, on the course (unique e-mails)."""
    people = []
    for _ in range(n):
        k = next(_NUMBERS)
        attendee = Attendee.objects.create(
            organisation_id=course.certifying_organisation_id,
            first_name=first_name if n == 1 else f"{first_name}{k}",
            surname=surname,
            email=f"attendee{k}@example.org",
        )
        CourseAttendee.objects.create(course=course, attendee=attendee)
        people.append(attendee)
    return people


def issued(
    course: Course,
    n: int,
    *,
    actor: Any = None,
    certificate_type: str = "attendance",
    language: str = "en",
) -> list[Certificate]:
    """``n`` certificates for ``n`` new attendees of the course, issued by ``actor`` (the
    organisation's first owner unless given); the organisation needs the credits."""
    people = attendees_for(course, n)
    if actor is None:
        actor = course.certifying_organisation.owners.order_by("pk").first() or manager()
    result = domain.issue_certificates(
        actor=actor,
        course=course,
        items=[
            {"attendee": p.pk, "certificate_type": certificate_type, "language": language}
            for p in people
        ],
    )
    return result.certificates


def client_for(user: Any) -> Client:
    """A test client signed in with a new API token of ``user``, asking for JSON."""
    _token, key = ApiToken.issue(user, "test")
    return Client(HTTP_AUTHORIZATION=f"Token {key}", HTTP_ACCEPT="application/json")


def post(client: Client, path: str, body: Any, **headers: str) -> Any:
    """The client's POST of ``body`` as JSON."""
    return client.post(path, json.dumps(body), content_type="application/json", **headers)
