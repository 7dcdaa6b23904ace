"""Gap-free numbering and the ledger under 50 parallel batches: an organisation with 20
credits, 50 threads each issuing one certificate to its own attendee at the same moment:
exactly 20 issued (numbers 1..20, no gap), 30 refused with NotEnoughCredits, balance 0, the
ledger's sum equal to the cached balance, one charge per certificate.

As in test_audit_concurrency.py: the subprocess test runs the service's own settings on a
fresh database (a real SQLite WAL file with IMMEDIATE transactions, or PostgreSQL under
scripts/with-postgres.sh); the in-process test runs under scripts/with-postgres.sh only
(pytest-django's SQLite test database is in memory, shared by threads).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from certificates import domain
from certificates.models import Certificate, CertificateCounter
from django.db import connections
from payments import ledger
from payments.models import CreditEntry

from tests.server.concurrency_helpers import need_server_database, run_in_service, run_threads
from tests.server.factories_certificates import attendees_for, certified_org, course_for

THREADS, CREDITS = 50, 20

SETUP = """
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.utils import timezone
from catalogue.models import (CertificateType, CertifyingOrganisation, Course, CourseConvener,
                              CourseType, TrainingCenter)
from certificates.models import Attendee, CourseAttendee
from payments import ledger

def world(threads, credits):
    owner = get_user_model().objects.create_user("owner", email="owner@example.org")
    CertificateType.objects.get_or_create(slug="attendance", defaults={"name": "Attendance"})
    org = CertifyingOrganisation.objects.create(
        name="Trainers", country="RO", status="approved", organisation_email="o@example.org")
    org.owners.add(owner)
    today = timezone.localdate()
    course = Course.objects.create(
        certifying_organisation=org,
        training_center=TrainingCenter.objects.create(certifying_organisation=org, name="C"),
        course_type=CourseType.objects.create(certifying_organisation=org, name="QGIS"),
        course_convener=CourseConvener.objects.create(certifying_organisation=org, user=owner),
        start_date=today - timedelta(days=1), end_date=today, language="en")
    ledger.grant(organisation=org, credits=credits, actor=None, reason="test")
    ids = []
    for n in range(threads):
        a = Attendee.objects.create(organisation=org, first_name=f"A{n}", surname="Pop",
                                    email=f"a{n}@example.org")
        CourseAttendee.objects.create(course=course, attendee=a)
        ids.append(a.pk)
    return owner, org, course, ids
"""

RACE = """
import threading

def race(owner, course, ids):
    barrier = threading.Barrier(len(ids))
    outcomes, errors = [], []

    def work(attendee_id):
        try:
            barrier.wait()
            result = domain.issue_certificates(
                actor=owner, course=course,
                items=[{"attendee": attendee_id, "certificate_type": "attendance",
                        "language": "en"}])
            outcomes.append("issued")
        except domain.NotEnoughCredits:
            outcomes.append("refused")
        except Exception as exc:
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes, errors
"""

SCRIPT = f"""
import json
from django.db import connection
from certificates import domain
from certificates.models import Certificate
from payments import ledger
from payments.models import CreditEntry
{SETUP}
{RACE}
owner, org, course, ids = world({THREADS}, {CREDITS})
outcomes, errors = race(owner, course, ids)
org.refresh_from_db()
print(json.dumps({{
    "errors": errors,
    "issued": outcomes.count("issued"),
    "refused": outcomes.count("refused"),
    "numbers": list(Certificate.objects.order_by("number").values_list("number", flat=True)),
    "ids": list(Certificate.objects.order_by("number").values_list("certificate_id", flat=True)),
    "balance": org.credit_balance,
    "ledger": ledger.balance(org),
    "charges": CreditEntry.objects.filter(kind="charge").count(),
    "holders": Certificate.objects.values("attendee").distinct().count(),
    "vendor": connection.vendor,
}}))
"""


def check(result: dict[str, Any]) -> None:
    assert result["errors"] == []
    assert result["issued"] == CREDITS and result["refused"] == THREADS - CREDITS
    assert result["numbers"] == list(range(1, CREDITS + 1))
    assert result["ids"] == [f"QGIS-{n}" for n in range(1, CREDITS + 1)]
    assert result["balance"] == 0 == result["ledger"]
    assert result["charges"] == CREDITS == result["holders"]


def test_parallel_batches_in_the_service_are_gap_free_and_paid(tmp_path):
    check(run_in_service(tmp_path, SCRIPT))


@pytest.mark.django_db(transaction=True)
def test_parallel_batches_on_postgresql_threads(catalogue_factory, monkeypatch):
    need_server_database()
    # The flush of transactional tests removed the migration's counter row: put it back.
    CertificateCounter.objects.get_or_create(pk=1)
    monkeypatch.setattr(domain, "_after_commit", lambda function, **kwargs: None)
    org = certified_org(credits=CREDITS, f=catalogue_factory)
    course = course_for(org, f=catalogue_factory)
    people = attendees_for(course, THREADS)
    barrier = threading.Barrier(THREADS)
    outcomes: list[str] = []
    errors: list[str] = []

    def work(attendee_id: int) -> None:
        try:
            barrier.wait()
            domain.issue_certificates(
                actor=org.owner,
                course=course,
                items=[{"attendee": attendee_id, "certificate_type": "attendance"}],
            )
            outcomes.append("issued")
        except domain.NotEnoughCredits:
            outcomes.append("refused")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))
        finally:
            connections.close_all()

    run_threads(work, [(p.pk,) for p in people])
    organisation = org.refresh()
    check(
        {
            "errors": errors,
            "issued": outcomes.count("issued"),
            "refused": outcomes.count("refused"),
            "numbers": list(Certificate.objects.values_list("number", flat=True)),
            "ids": list(Certificate.objects.values_list("certificate_id", flat=True)),
            "balance": organisation.credit_balance,
            "ledger": ledger.balance(organisation),
            "charges": CreditEntry.objects.filter(kind="charge").count(),
            "holders": Certificate.objects.values("attendee").distinct().count(),
        }
    )
