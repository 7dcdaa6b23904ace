"""A large synthetic catalogue for benchmarks: bulk inserts in one transaction.

Rows are spread over the whole world and over two years around today, so about half of the
courses are upcoming. Deterministic for a given size and day.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from .models import (
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
)

SEED = 4326
CENTRES_PER_ORGANISATION = 20
COUNTRIES = ("RO", "SE", "TW", "ZA", "NL", "DE", "FR", "BR", "JP", "KE", "US", "AU", "IT", "MX")
LANGUAGES = ("en", "ro", "sv", "zh-hant", "de", "fr", "pt-br", "es")
BATCH = 1000


class CatalogueNotEmpty(Exception):
    """seed_bench adds to an empty catalogue only (use --flush)."""


@dataclass(frozen=True)
class BenchReport:
    organisations: int
    training_centers: int
    courses: int


def _bench_users(count: int) -> list:
    """One convener account per organisation; accounts left by an earlier run are reused."""
    User = get_user_model()
    names = [f"bench-convener-{i:04d}" for i in range(count)]
    existing = {u.username: u for u in User.objects.filter(username__in=names)}
    unusable = make_password(None)
    User.objects.bulk_create(
        [
            User(username=name, first_name="Bench", last_name=f"Convener {i}", password=unusable)
            for i, name in enumerate(names)
            if name not in existing
        ],
        batch_size=BATCH,
    )
    by_name = {u.username: u for u in User.objects.filter(username__in=names)}
    return [by_name[name] for name in names]


@transaction.atomic
def seed_bench(courses: int, centres: int, today: datetime.date | None = None) -> BenchReport:
    """Insert ``centres`` training centres and ``courses`` courses (plus owners of them)."""
    if centres < 1 or courses < 0:
        raise ValueError("Give at least one centre and a non-negative number of courses.")
    if CertifyingOrganisation.objects.exists():
        raise CatalogueNotEmpty("The catalogue is not empty; run with --flush.")
    rng = random.Random(SEED)  # noqa: S311 - reproducible bench data, not security
    today = today or timezone.localdate()
    n_orgs = max(1, -(-centres // CENTRES_PER_ORGANISATION))
    organisations = CertifyingOrganisation.objects.bulk_create(
        [
            CertifyingOrganisation(
                name=f"Bench Organisation {i:04d}",
                slug=f"bench-organisation-{i:04d}",
                organisation_email=f"org{i}@bench.example",
                url=f"https://org{i}.bench.example/",
                country=COUNTRIES[i % len(COUNTRIES)],
                status="approved" if i % 10 else "submitted",
            )
            for i in range(n_orgs)
        ],
        batch_size=BATCH,
    )
    users = _bench_users(n_orgs)
    conveners = CourseConvener.objects.bulk_create(
        [CourseConvener(user=u, certifying_organisation=o) for u, o in zip(users, organisations)],
        batch_size=BATCH,
    )
    course_types = CourseType.objects.bulk_create(
        [
            CourseType(
                certifying_organisation=o,
                name=f"Bench Course Type {i:04d}",
                slug=f"bench-course-type-{i:04d}",
            )
            for i, o in enumerate(organisations)
        ],
        batch_size=BATCH,
    )
    centre_rows = []
    for i in range(centres):
        online = i % 25 == 0
        centre_rows.append(
            TrainingCenter(
                certifying_organisation=organisations[i % n_orgs],
                name=f"Bench Centre {i:05d}",
                longitude=None if online else round(rng.uniform(-180, 180), 5),
                latitude=None if online else round(rng.uniform(-85, 85), 5),
            )
        )
    centre_objs = TrainingCenter.objects.bulk_create(centre_rows, batch_size=BATCH)
    course_rows = []
    for i in range(courses):
        centre_index = i % centres
        org_index = centre_index % n_orgs  # centre c belongs to organisation c % n_orgs
        start = today + datetime.timedelta(days=rng.randint(-365, 365))
        course_rows.append(
            Course(
                certifying_organisation=organisations[org_index],
                course_type=course_types[org_index],
                course_convener=conveners[org_index],
                training_center=centre_objs[centre_index],
                name=f"Bench Course {i:05d}",
                slug=f"bench-course-{i:05d}",
                start_date=start,
                end_date=start + datetime.timedelta(days=rng.randint(0, 4)),
                language=LANGUAGES[i % len(LANGUAGES)],
                trained_competence="Benchmarking",
            )
        )
    Course.objects.bulk_create(course_rows, batch_size=BATCH)
    return BenchReport(
        organisations=n_orgs, training_centers=len(centre_objs), courses=len(course_rows)
    )
