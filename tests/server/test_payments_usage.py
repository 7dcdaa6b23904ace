"""The billing sweep at the month's end: an organisation on credit gets its usage invoice
(once), e-mailed with its PDF; the invoice names the month in its language."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core import mail
from django.db import transaction
from django.utils import timezone
from payments import domain, invoice_labels, ledger, tasks
from payments.models import CreditAccount, Invoice

from tests.server.factories_certificates import certified_org, manager


def test_month_end_usage_invoice_issued_and_e_mailed(
    catalogue_factory, monkeypatch, django_capture_on_commit_callbacks
):
    org = certified_org(credits=0, f=catalogue_factory)
    org.owner.email = "olga@example.org"
    org.owner.save(update_fields=["email"])
    CreditAccount.objects.create(organisation=org.organisation, language="sv")
    domain.set_credit_limit(
        actor=manager(catalogue_factory), organisation=org.organisation, credit_limit=10, reason="r"
    )
    with transaction.atomic():
        ledger.post(
            organisation=ledger.lock(org.organisation.pk), kind="charge", credits=-3, actor=None
        )
    this_month = timezone.localdate().replace(day=1)
    first = this_month + timedelta(days=32)
    moment = timezone.make_aware(datetime(first.year, first.month, 1, 6))
    monkeypatch.setattr(domain, "now", lambda: moment)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        result = tasks.billing_sweep.call()
    assert result["usage_invoices"] == 1
    invoice = Invoice.objects.get(organisation=org.organisation, kind="usage")
    assert invoice.period_start == this_month and invoice.total_cents == 6000
    [message] = mail.outbox
    assert message.subject == f"Faktura {invoice.number} från QGIS.ORG"
    assert "olga@example.org" in message.to
    assert message.attachments[0][2] == "application/pdf"
    month = invoice_labels.format_month(this_month, "sv")
    assert invoice_labels.line_description(invoice, "sv") == f"Krediter använda i {month}"
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.billing_sweep.call()["usage_invoices"] == 0  # once
    assert len(mail.outbox) == 1
