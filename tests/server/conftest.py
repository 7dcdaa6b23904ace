"""Shared fixtures for the server tests: a small catalogue factory and a few clients.

``catalogue_factory`` builds rows with sensible defaults and unique names, so a test states
only what it asserts on::

    def test_something(catalogue_factory):
        org = catalogue_factory.organisation(country="SE")
        course = catalogue_factory.course(organisation=org, start=catalogue_factory.today)
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import pytest
from accounts.emails import mark_verified
from catalogue.models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
    UserGroup,
)
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

#: What a browser sends: feeds answer it with an HTML page.
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def pytest_configure(config: pytest.Config) -> None:
    # WhiteNoise warns once per test client when STATIC_ROOT was never collected: harmless here.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
    config.addinivalue_line(
        "markers",
        "schemathesis: the live-server schemathesis run (deselect: -m 'not schemathesis')",
    )


class CatalogueFactory:
    """Creates catalogue rows; every name is unique within a test, related rows are made on
    demand (a course without a centre gets a new centre of its organisation, and so on)."""

    def __init__(self) -> None:
        self._seq = itertools.count(1)
        self.today: date = timezone.localdate()

    def _n(self) -> int:
        return next(self._seq)

    def user(self, username: str | None = None, *, verified: bool = True, **fields: Any) -> Any:
        """An account; ``verified``: its address is verified (allauth), as sign-in needs."""
        username = username or f"user{self._n()}"
        fields.setdefault("email", f"{username}@example.org")
        user = get_user_model().objects.create_user(username=username, **fields)
        if verified and user.email:
            mark_verified(user)
        return user

    def organisation(self, name: str | None = None, **fields: Any) -> CertifyingOrganisation:
        fields.setdefault("country", "RO")
        fields.setdefault("status", CertifyingOrganisation.Status.APPROVED)
        fields.setdefault("organisation_email", "office@example.org")
        return CertifyingOrganisation.objects.create(
            name=name or f"Organisation {self._n():03d}", **fields
        )

    def training_center(
        self,
        organisation: CertifyingOrganisation | None = None,
        name: str | None = None,
        location: tuple[float, float] | None = (26.1025, 44.4268),
        **fields: Any,
    ) -> TrainingCenter:
        """``location`` is (longitude, latitude); ``None`` makes an online centre."""
        longitude, latitude = location if location is not None else (None, None)
        return TrainingCenter.objects.create(
            certifying_organisation=organisation or self.organisation(),
            name=name or f"Centre {self._n():03d}",
            longitude=longitude,
            latitude=latitude,
            **fields,
        )

    def course_type(
        self, organisation: CertifyingOrganisation | None = None, name: str | None = None
    ) -> CourseType:
        return CourseType.objects.create(
            certifying_organisation=organisation or self.organisation(),
            name=name or f"Course type {self._n():03d}",
        )

    def convener(
        self,
        organisation: CertifyingOrganisation | None = None,
        user: Any = None,
        **user_fields: Any,
    ) -> CourseConvener:
        return CourseConvener.objects.create(
            certifying_organisation=organisation or self.organisation(),
            user=user or self.user(**user_fields),
        )

    def certificate_type(self, name: str | None = None) -> CertificateType:
        n = self._n()
        return CertificateType.objects.create(
            name=name or f"Certificate type {n}", slug=f"certificate-type-{n}"
        )

    def course(
        self,
        organisation: CertifyingOrganisation | None = None,
        *,
        start: date | None = None,
        days: int = 2,
        training_center: TrainingCenter | None = None,
        course_type: CourseType | None = None,
        convener: CourseConvener | None = None,
        language: str = "en",
        **fields: Any,
    ) -> Course:
        """A course of ``days`` + 1 calendar days from ``start`` (default: in a week)."""
        if organisation is None:
            organisation = (
                training_center.certifying_organisation if training_center else self.organisation()
            )
        start = start or self.today + timedelta(days=7)
        return Course.objects.create(
            certifying_organisation=organisation,
            training_center=training_center or self.training_center(organisation),
            course_type=course_type or self.course_type(organisation),
            course_convener=convener or self.convener(organisation),
            start_date=start,
            end_date=start + timedelta(days=days),
            language=language,
            **fields,
        )

    def user_group(self, name: str | None = None, **fields: Any) -> UserGroup:
        fields.setdefault("country", "RO")
        return UserGroup.objects.create(name=name or f"User group {self._n()}", **fields)


@pytest.fixture
def catalogue_factory(db: None) -> CatalogueFactory:
    return CatalogueFactory()


@pytest.fixture
def json_client() -> Client:
    """A client that asks for JSON, as the plugin does."""
    return Client(HTTP_ACCEPT="application/json")


@pytest.fixture
def browser_client() -> Client:
    return Client(HTTP_ACCEPT=BROWSER_ACCEPT)
