"""The payments e-mails (invoice sent, payment reminder), in the invoice's language.

Templates ``payments/email_<kind>_<language>.txt``: the first line is the subject, the rest
the body. Recipients: the organisation's owners, its e-mail and the billing e-mail (once each).
"""

from __future__ import annotations

from typing import Any

from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from . import epc_qr
from . import invoice_labels as L
from .invoice_pdf import format_iban
from .references import format_reference

KINDS = ("invoice", "reminder")


def recipients(invoice: Any) -> list[str]:
    organisation = invoice.organisation
    found: list[str] = []
    candidates = [user.email for user in organisation.owners.all().order_by("pk")]
    candidates += [
        getattr(organisation, "organisation_email", ""),
        (invoice.billing or {}).get("email", ""),
    ]
    for address in candidates:
        address = (address or "").strip()
        if address and address.lower() not in {a.lower() for a in found}:
            found.append(address)
    return found


def context(invoice: Any) -> dict[str, Any]:
    lang = L.language(invoice.language)
    issuer = invoice.issuer or {}
    transfer = epc_qr.has_transfer(invoice)
    return {
        "number": invoice.number,
        "kind": invoice.kind,
        "organisation": invoice.organisation.name,
        "billing_name": (invoice.billing or {}).get("name", ""),
        "total": L.format_amount(invoice.total_cents, invoice.currency, lang),
        "open_amount": L.format_amount(
            max(invoice.total_cents - invoice.paid_cents, 0), invoice.currency, lang
        ),
        "issued_on": L.format_date(invoice.issued_on, lang),
        "due_on": L.format_date(invoice.due_on, lang),
        "paid_on": L.format_date(invoice.paid_on, lang),
        "is_open": invoice.state == "open",
        "transfer": transfer,
        "iban": format_iban(issuer.get("iban")),
        "bic": (issuer.get("bic") or "").upper(),
        "beneficiary": issuer.get("name", ""),
        "reference": format_reference(invoice.creditor_reference)
        if invoice.creditor_reference
        else "",
        "issuer": issuer.get("name", ""),
        "issuer_email": issuer.get("email", ""),
    }


def render(kind: str, invoice: Any) -> tuple[str, str]:
    """(subject, body) of an e-mail about ``invoice``."""
    if kind not in KINDS:
        raise ValueError(kind)
    lang = L.language(invoice.language)
    text = render_to_string(f"payments/email_{kind}_{lang}.txt", context(invoice))
    subject, _sep, body = text.strip().partition("\n")
    return " ".join(subject.split()), body.strip() + "\n"


def message(kind: str, invoice: Any, pdf: bytes) -> EmailMessage:
    subject, body = render(kind, invoice)
    mail = EmailMessage(subject, body, None, recipients(invoice))
    mail.attach(f"{invoice.number}.pdf", pdf, "application/pdf")
    return mail
