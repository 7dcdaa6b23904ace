"""EPC QR codes (EPC069-12 version 002) of open invoices: the payload line by line, and the
PNG read back with ``zbarimg --raw`` to exactly that payload (error level M)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import segno
from payments import domain, epc_qr, pricing
from payments.models import Invoice

from tests.server.factories_certificates import certified_org


@pytest.fixture
def invoice(catalogue_factory) -> Invoice:
    org = certified_org(credits=0, f=catalogue_factory)
    order = domain.create_order(
        actor=org.owner, organisation=org.organisation, credits=13, method="bank_transfer"
    )
    return Invoice.objects.get(order=order)


def test_payload_lines(invoice):
    row = pricing.current()
    lines = epc_qr.epc_payload(invoice).split("\n")
    assert lines == [
        "BCD",
        "002",
        "1",
        "SCT",
        row.bic,
        row.issuer_name,
        row.iban,
        "EUR260.00",
        "",
        invoice.creditor_reference,
        "",
    ]
    assert invoice.creditor_reference.startswith("RF")


def test_beneficiary_cut_to_70_and_open_amount(invoice):
    invoice.issuer = {**invoice.issuer, "name": "Å" * 90, "iban": "ch93 0076 2011 6238 5295 7"}
    invoice.paid_cents = 1
    lines = epc_qr.epc_payload(invoice).split("\n")
    assert lines[5] == "Å" * 70
    assert lines[6] == "CH9300762011623852957"
    assert lines[7] == "EUR259.99"


def test_png_decodes_to_the_payload(invoice, tmp_path: Path):
    png = epc_qr.epc_qr_png(invoice)
    assert png.startswith(b"\x89PNG")
    path = tmp_path / "epc.png"
    path.write_bytes(png)
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", str(path)], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert decoded.rstrip("\n") == epc_qr.epc_payload(invoice).rstrip("\n")
    assert decoded.startswith("BCD\n002\n1\nSCT\n")
    assert invoice.creditor_reference in decoded


def test_error_level_m(invoice):
    assert epc_qr.qr_code(invoice).error == "M"
    assert segno.make_qr(epc_qr.epc_payload(invoice), error="m", boost_error=False).version == (
        epc_qr.qr_code(invoice).version
    )


def test_only_open_transfer_invoices_have_a_transfer(invoice):
    assert epc_qr.has_transfer(invoice)
    invoice.state = "paid"
    assert not epc_qr.has_transfer(invoice)
    invoice.state, invoice.kind = "open", "receipt"
    assert not epc_qr.has_transfer(invoice)
