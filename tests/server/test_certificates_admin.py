"""The certificates and ledger admin: managers read certificates, attendees, organisation
certificates and credit entries; nobody edits them; a revocation and a ledger adjustment go
through the domain (audited, balance kept equal to the ledger's sum)."""

from __future__ import annotations

import pytest
from audit.models import Event
from certificates.models import Certificate
from django.test import Client
from django.urls import reverse
from payments import ledger
from payments.models import CreditEntry

from tests.server.factories_certificates import certified_org, course_for, issued, manager

pytestmark = pytest.mark.django_db

PAGES = (
    "certificates_certificate",
    "certificates_attendee",
    "certificates_organisationcertificate",
    "payments_creditentry",
)


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_managers_read_and_nobody_edits(catalogue_factory):
    org = certified_org()
    (certificate,) = issued(course_for(org), 1)
    from certificates import domain

    domain.issue_organisation_certificate(organisation=org.organisation)
    client = _client(manager(catalogue_factory))
    for page in PAGES:
        assert client.get(reverse(f"admin:{page}_changelist")).status_code == 200, page
    listing = client.get(reverse("admin:certificates_certificate_changelist"), {"q": "QGIS-1"})
    assert certificate.first_name in listing.content.decode()
    change = reverse("admin:certificates_certificate_change", args=[certificate.pk])
    assert client.get(change).status_code == 200
    assert client.post(change, {"first_name": "Mallory"}).status_code == 403
    for page in PAGES[:3]:
        assert client.get(reverse(f"admin:{page}_add")).status_code == 403, page
    delete = reverse("admin:certificates_certificate_delete", args=[certificate.pk])
    assert client.get(delete).status_code == 403
    entry = CreditEntry.objects.first()
    assert (
        client.get(reverse("admin:payments_creditentry_change", args=[entry.pk])).status_code == 200
    )
    assert (
        client.post(reverse("admin:payments_creditentry_change", args=[entry.pk]), {}).status_code
        == 403
    )
    # Staff who are not certification managers, and owners, see nothing.
    owner = _client(org.owner)
    assert owner.get(reverse("admin:certificates_certificate_changelist")).status_code == 302


def test_the_revoke_action_needs_a_reason_and_refunds(catalogue_factory):
    org = certified_org(credits=2)
    (certificate,) = issued(course_for(org), 1)
    client = _client(manager(catalogue_factory))
    url = reverse("admin:certificates_certificate_changelist")
    form = {"action": "revoke", "_selected_action": [certificate.pk], "reason": ""}
    client.post(url, form)
    assert Certificate.objects.get(pk=certificate.pk).status == "valid"
    client.post(url, {**form, "reason": "Issued by mistake."})
    assert Certificate.objects.get(pk=certificate.pk).status == "revoked"
    assert org.refresh().credit_balance == 2


def test_a_manager_adds_an_adjustment_through_the_ledger(catalogue_factory):
    org = certified_org(credits=3)
    boss = manager(catalogue_factory)
    client = _client(boss)
    add = reverse("admin:payments_creditentry_add")
    assert client.get(add).status_code == 200
    too_much = client.post(add, {"organisation": org.pk, "credits": -4, "reason": "x"})
    assert too_much.status_code == 200 and CreditEntry.objects.count() == 1
    no_reason = client.post(add, {"organisation": org.pk, "credits": 2, "reason": " "})
    assert no_reason.status_code == 200 and CreditEntry.objects.count() == 1
    done = client.post(add, {"organisation": org.pk, "credits": 2, "reason": "Conference gift"})
    assert done.status_code == 302
    entry = CreditEntry.objects.order_by("-id").first()
    assert (entry.kind, entry.credits, entry.balance_after) == ("adjustment", 2, 5)
    assert entry.created_by == boss
    organisation = org.refresh()
    assert organisation.credit_balance == 5 == ledger.balance(organisation)
    assert Event.objects.filter(action="credits.adjustment").count() == 1
