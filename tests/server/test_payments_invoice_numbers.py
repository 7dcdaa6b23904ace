"""Gap-free invoice numbers under 8 parallel issuers: 8 organisations, 8 threads at the same
moment; the even ones order credits by bank transfer (an invoice issued at once), the odd ones
issue an invoice in a transaction that then fails. Exactly 4 invoices, numbered
``QGIS-Cert-YY-0001..0004`` with no gap (a rolled back invoice gives its number back), the
year's counter at 4.

As in test_certificates_concurrency.py: the subprocess test runs the service's own settings
on a fresh database (a real SQLite WAL file with IMMEDIATE transactions, or PostgreSQL under
scripts/with-postgres.sh); the in-process test runs under scripts/with-postgres.sh only
(pytest-django's SQLite test database is in memory, shared by threads).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connections, transaction
from django.utils import timezone
from payments import domain, invoices
from payments.models import Invoice, InvoiceCounter, Order

from tests.server.concurrency_helpers import need_server_database, run_in_service, run_threads
from tests.server.factories_certificates import certified_org

THREADS = 8

WORK = """
import threading
from django.db import connections, transaction
from payments import domain, invoices
from payments.models import Order


class Failed(Exception):
    pass


def race(pairs):
    # pairs: (owner, organisation, order or None); None orders credits, else fails after
    # numbering the given order's invoice.
    barrier = threading.Barrier(len(pairs))
    outcomes, errors = [], []

    def work(owner, organisation, order):
        try:
            barrier.wait()
            if order is None:
                domain.create_order(actor=owner, organisation=organisation, credits=1,
                                    method="bank_transfer")
                outcomes.append("issued")
            else:
                with transaction.atomic():
                    invoices.issue_invoice(order=order, kind="transfer")
                    raise Failed()
        except Failed:
            outcomes.append("rolled back")
        except Exception as exc:
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=pair) for pair in pairs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes, errors
"""

SCRIPT = f"""
import json
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from catalogue.models import CertifyingOrganisation
from payments.models import Invoice, InvoiceCounter
{WORK}
pairs = []
for n in range({THREADS}):
    owner = get_user_model().objects.create_user(f"owner{{n}}", email=f"o{{n}}@example.org")
    org = CertifyingOrganisation.objects.create(
        name=f"Trainers {{n}}", country="RO", status="approved", organisation_email="o@example.org")
    org.owners.add(owner)
    order = None
    if n % 2:
        order = Order.objects.create(organisation=org, credits=1, amount_cents=2000,
                                     method="bank_transfer")
    pairs.append((owner, org, order))
outcomes, errors = race(pairs)
year = timezone.localdate().year
print(json.dumps({{
    "errors": errors,
    "outcomes": sorted(outcomes),
    "numbers": sorted(Invoice.objects.values_list("number", flat=True)),
    "sequences": sorted(Invoice.objects.values_list("sequence", flat=True)),
    "counter": InvoiceCounter.objects.get(year=year).last,
    "year": year,
    "vendor": connection.vendor,
}}))
"""


def check(result: dict[str, Any]) -> None:
    assert result["errors"] == []
    assert result["outcomes"] == ["issued"] * 4 + ["rolled back"] * 4
    yy = result["year"] % 100
    assert result["numbers"] == [f"QGIS-Cert-{yy:02d}-{n:04d}" for n in range(1, 5)]
    assert result["sequences"] == [1, 2, 3, 4] and result["counter"] == 4


def test_parallel_invoices_in_the_service_are_gap_free(tmp_path):
    check(run_in_service(tmp_path, SCRIPT))


@pytest.mark.django_db(transaction=True)
def test_parallel_invoices_on_postgresql_threads(catalogue_factory, monkeypatch):
    need_server_database()
    monkeypatch.setattr(domain, "_task", lambda name: None)
    pairs = []
    for n in range(THREADS):
        org = certified_org(credits=0, f=catalogue_factory)
        order = None
        if n % 2:
            order = Order.objects.create(
                organisation=org.organisation, credits=1, amount_cents=2000, method="bank_transfer"
            )
        pairs.append((org.owner, org.organisation, order))
    barrier = threading.Barrier(THREADS)
    outcomes: list[str] = []
    errors: list[str] = []

    class Failed(Exception):
        pass

    def work(owner: Any, organisation: Any, order: Order | None) -> None:
        try:
            barrier.wait()
            if order is None:
                domain.create_order(
                    actor=owner, organisation=organisation, credits=1, method="bank_transfer"
                )
                outcomes.append("issued")
            else:
                with transaction.atomic():
                    invoices.issue_invoice(order=order, kind="transfer")
                    raise Failed()
        except Failed:
            outcomes.append("rolled back")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))
        finally:
            connections.close_all()

    run_threads(work, pairs)
    year = timezone.localdate().year
    check(
        {
            "errors": errors,
            "outcomes": sorted(outcomes),
            "numbers": sorted(Invoice.objects.values_list("number", flat=True)),
            "sequences": sorted(Invoice.objects.values_list("sequence", flat=True)),
            "counter": InvoiceCounter.objects.get(year=year).last,
            "year": year,
        }
    )


@pytest.mark.django_db
def test_numbers_restart_each_year_and_keep_four_digits(catalogue_factory):
    org = certified_org(credits=0, f=catalogue_factory)
    with transaction.atomic():
        assert invoices.next_number(2026) == "QGIS-Cert-26-0001"
        assert invoices.next_number(2026) == "QGIS-Cert-26-0002"
        assert invoices.next_number(2027) == "QGIS-Cert-27-0001"
    assert invoices.format_number(2026, 12345) == "QGIS-Cert-26-12345"
    order = Order.objects.create(
        organisation=org.organisation, credits=1, amount_cents=2000, method="bank_transfer"
    )
    with transaction.atomic():
        invoice = invoices.issue_invoice(order=order, kind="transfer", today=timezone.localdate())
    assert invoice.sequence == InvoiceCounter.objects.get(year=invoice.year).last
