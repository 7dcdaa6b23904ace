"""Invoice PDFs: A4 portrait, in the invoice's language (en, ro, sv, zh_TW), read back with
pdftotext (number, totals, IBAN grouped by four, RF reference) and pdfinfo (title, size);
a tax line only when the rate is above zero, the reverse-charge note, the paid stamp of a
receipt; ensure_pdf stores the file once. Sample pages are rendered to PNG with pdftoppm
(``build/invoice-samples/``) for looking at."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from payments import domain, invoice_pdf, pricing
from payments.models import CreditAccount, Invoice
from stdnum import iso11649

from tests.server.factories_certificates import certified_org

SAMPLES = Path(__file__).resolve().parents[2] / "build" / "invoice-samples"


def transfer_invoice(org: Any, credits: int = 7, language: str = "en") -> Invoice:
    CreditAccount.objects.update_or_create(
        organisation=org.organisation,
        defaults={
            "language": language,
            "billing_address": "Strada Ștefan cel Mare 12\n700000 Iași",
            "billing_name": "Asociația Geospațială Țara" if language == "ro" else "",
        },
    )
    order = domain.create_order(
        actor=org.owner, organisation=org.organisation, credits=credits, method="bank_transfer"
    )
    return Invoice.objects.get(order=order)


def text_of(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def info_of(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def save_sample(data: bytes, name: str) -> None:
    """The page as PNG under build/invoice-samples/ (for looking at)."""
    SAMPLES.mkdir(parents=True, exist_ok=True)
    pdf = SAMPLES / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(SAMPLES / name)],
        check=True,
    )


def compact(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def org(catalogue_factory):
    return certified_org(credits=0, f=catalogue_factory)


EXPECTED = {
    "en": ("Invoice", "Pay by bank transfer", "Total", "EUR 140.00"),
    "ro": ("Factură", "Plată prin transfer bancar", "Total", "140,00 EUR"),
    "sv": ("Faktura", "Betala med banköverföring", "Att betala", "140,00 EUR"),
    "zh_TW": ("發票", "以銀行轉帳付款", "總計", "EUR 140.00"),
}


@pytest.mark.parametrize("language", ["en", "ro", "sv", "zh_TW"])
def test_transfer_invoice_in_each_language(org, tmp_path, language):
    invoice = transfer_invoice(org, 7, language)
    data = invoice_pdf.render_invoice_pdf(invoice)
    assert data.startswith(b"%PDF")
    text = compact(text_of(data, tmp_path))
    title, transfer, total, amount = EXPECTED[language]
    assert invoice.number in text
    assert title in text and transfer in text and total in text
    assert amount.replace("\u00a0", " ") in text.replace("\u00a0", " ")
    iban = pricing.current().iban
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    assert grouped in text
    assert iso11649.validate(invoice.creditor_reference)
    assert iso11649.format(invoice.creditor_reference) in text
    info = info_of(data, tmp_path)
    assert invoice.number in info and "Title:" in info
    assert "595.276 x 841.89 pts (A4)" in info
    # No tax line at 0 %.
    tax_word = {"en": "Tax", "ro": "TVA", "sv": "Moms", "zh_TW": "稅額"}[language]
    assert (
        f"{tax_word} "
        not in text.split(total)[0].split(invoice_pdf.L.label("subtotal", language))[-1]
    )
    if language == "ro":
        assert "Asociația Geospațială Țara" in text and "Iași" in text
    save_sample(data, f"invoice-{language}")


def test_tax_line_reverse_charge_and_receipt_stamp(org, tmp_path):
    invoice = transfer_invoice(org, 3)
    Invoice.objects.filter(pk=invoice.pk).update(
        tax_rate_percent=Decimal("8.10"), tax_cents=486, total_cents=6486, reverse_charge=False
    )
    invoice.refresh_from_db()
    text = compact(text_of(invoice_pdf.render_invoice_pdf(invoice), tmp_path))
    assert "Tax 8.1 %" in text and "EUR 4.86" in text and "EUR 64.86" in text
    assert "Reverse charge" not in text

    Invoice.objects.filter(pk=invoice.pk).update(
        tax_rate_percent=Decimal("0"), tax_cents=0, total_cents=6000, reverse_charge=True
    )
    invoice.refresh_from_db()
    text = compact(text_of(invoice_pdf.render_invoice_pdf(invoice), tmp_path))
    assert "Reverse charge: VAT to be accounted for by the recipient, Article 196" in text
    assert "Tax " not in text

    payment = invoice.order.payments.get()
    domain.confirm_payment(payment=payment, amount_cents=payment.amount_cents, currency="EUR")
    invoice.refresh_from_db()
    assert invoice.state == "paid"
    data = invoice_pdf.render_invoice_pdf(invoice)
    text = compact(text_of(data, tmp_path))
    assert "Paid on" in text and "Paid ·" in text
    save_sample(data, "invoice-paid-en")
    assert "Pay by bank transfer" not in text  # no transfer block once paid


def test_ensure_pdf_stores_once(org, tmp_path):
    invoice = transfer_invoice(org, 2)
    field = invoice_pdf.ensure_pdf(invoice)
    assert field.name.startswith("invoices/") and field.name.endswith(".pdf")
    invoice.refresh_from_db()
    assert invoice.pdf.name == field.name
    with invoice.pdf.open("rb") as handle:
        assert handle.read().startswith(b"%PDF")
    assert invoice_pdf.ensure_pdf(invoice).name == field.name
    # Paid: drawn again without the transfer block, the open one deleted.
    payment = invoice.order.payments.get()
    domain.confirm_payment(payment=payment, amount_cents=payment.amount_cents, currency="EUR")
    invoice.refresh_from_db()
    paid = invoice_pdf.ensure_pdf(invoice)
    assert paid.name != field.name and "-paid" in paid.name
    assert not invoice.pdf.storage.exists(field.name)
    with invoice.pdf.open("rb") as handle:
        assert "Pay by bank transfer" not in text_of(handle.read(), tmp_path)
