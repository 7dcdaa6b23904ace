"""Bank statements matched to open invoices by their RF reference: CSV (BOM, ; , tab,
decimal comma) and camt.053; exact amount → paid on the booking date (credits topped up),
less → partial, no invoice or more → unknown, paid already → already_paid, a line seen in
an earlier statement → duplicate, the same file twice changes nothing; a DOCTYPE is refused;
10,000 lines in under 5 seconds; ``manage.py import_statement``."""

from __future__ import annotations

import io
import time
from datetime import timedelta
from pathlib import Path

import pytest
from applications.domain import Forbidden, Invalid
from django.core.management import call_command
from payments import domain, reconciliation
from payments.models import Invoice, StatementImport, StatementLine
from stdnum import iso11649

from tests.server.factories_certificates import certified_org, manager


@pytest.fixture
def org(catalogue_factory):
    return certified_org(credits=0, f=catalogue_factory)


@pytest.fixture
def boss(catalogue_factory):
    return manager(catalogue_factory)


def open_invoice(org, credits: int = 5) -> Invoice:
    order = domain.create_order(
        actor=org.owner, organisation=org.organisation, credits=credits, method="bank_transfer"
    )
    return Invoice.objects.get(order=order)


def day() -> str:
    return (domain.today() - timedelta(days=1)).isoformat()


def run(boss, text: str | bytes, name: str = "statement.csv") -> dict:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return reconciliation.import_statement(actor=boss, filename=name, data=data).summary


def test_exact_amount_pays_the_invoice(org, boss):
    invoice = open_invoice(org, 5)
    reference = iso11649.format(invoice.creditor_reference)
    report = run(boss, f"Date,Amount,Reference\n{day()},100.00,Invoice {reference} thanks\n")
    assert report["format"] == "csv" and report["lines"] == 1
    assert [item["invoice"] for item in report["matched"]] == [invoice.number]
    invoice.refresh_from_db()
    org.organisation.refresh_from_db()
    assert invoice.state == "paid" and invoice.paid_on.isoformat() == day()
    assert org.organisation.credit_balance == 5
    assert invoice.order.payments.get().state == "confirmed"


def test_semicolon_decimal_comma_bom_and_debits(org, boss):
    invoice = open_invoice(org, 3)
    text = (
        "\ufeffBuchungstag;Betrag;Verwendungszweck\n"
        f"{domain.today():%d.%m.%Y};-12,00;rent {invoice.creditor_reference}\n"
        f"{domain.today():%d.%m.%Y};60,00;{invoice.creditor_reference.lower()}\n"
    )
    report = run(boss, text)
    assert report["lines"] == 1  # the debit is not a payment
    assert len(report["matched"]) == 1


def test_partial_unknown_and_more(org, boss):
    small = open_invoice(org, 5)
    big = open_invoice(org, 2)
    text = (
        "date\tamount\treference\n"
        f"{day()}\t99.99\t{small.creditor_reference}\n"
        f"{day()}\t41.00\t{big.creditor_reference}\n"
        f"{day()}\t10.00\tno reference at all\n"
        f"{day()}\t10.00\tRF00 1234 (invalid)\n"
    )
    report = run(boss, text)
    assert [i["invoice"] for i in report["partial"]] == [small.number]
    assert len(report["unknown"]) == 3
    assert report["matched"] == []
    small.refresh_from_db()
    big.refresh_from_db()
    assert small.state == big.state == "open"


def test_already_paid_duplicate_and_same_file_twice(org, boss):
    invoice = open_invoice(org, 1)
    ref = invoice.creditor_reference
    first = f"date,amount,reference,bank reference\n{day()},20.00,{ref},B1\n"
    report = run(boss, first)
    assert len(report["matched"]) == 1
    lines = StatementLine.objects.count()
    imports = StatementImport.objects.count()

    again = run(boss, first)
    assert again["duplicate_file"] is True
    assert again["matched"] == report["matched"]
    assert StatementLine.objects.count() == lines and StatementImport.objects.count() == imports
    org.organisation.refresh_from_db()
    assert org.organisation.credit_balance == 1

    second = (
        f"date,amount,reference,bank reference,note\n{day()},20.00,{ref},B1,x\n"
        f"{day()},20.00,{ref},B2,paid twice\n"
    )
    report = run(boss, second)
    assert [i["invoice"] for i in report["duplicate"]] == [invoice.number]
    assert [i["invoice"] for i in report["already_paid"]] == [invoice.number]
    org.organisation.refresh_from_db()
    assert org.organisation.credit_balance == 1


CAMT = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
 <BkToCstmrStmt><Stmt><Id>S1</Id>
  <Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
   <BookgDt><Dt>{day}</Dt></BookgDt><AcctSvcrRef>BANK-1</AcctSvcrRef>
   <NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>
    <Ref>{ref}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>
  <Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>DBIT</CdtDbtInd>
   <BookgDt><Dt>{day}</Dt></BookgDt>
   <NtryDtls><TxDtls><RmtInf><Ustrd>{ref}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
  <Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
   <BookgDt><Dt>{day}</Dt></BookgDt>
   <NtryDtls><TxDtls><RmtInf><Ustrd>donation</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
 </Stmt></BkToCstmrStmt>
</Document>
"""


def test_camt053(org, boss):
    invoice = open_invoice(org, 4)
    xml = CAMT.format(amount="80.00", day=day(), ref=invoice.creditor_reference)
    report = run(boss, xml, "statement.xml")
    assert report["format"] == "camt.053" and report["lines"] == 2
    assert [i["invoice"] for i in report["matched"]] == [invoice.number]
    assert len(report["unknown"]) == 1
    invoice.refresh_from_db()
    assert invoice.state == "paid"


def test_doctype_refused(boss):
    evil = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]>'
        "<Document><Ntry>&a;</Ntry></Document>"
    )
    with pytest.raises(Invalid) as caught:
        run(boss, evil, "evil.xml")
    assert "DOCTYPE" in caught.value.errors["file"][0]
    assert not StatementImport.objects.exists()


def test_bad_csv_and_non_manager(org, boss):
    with pytest.raises(Invalid) as caught:
        run(boss, "foo,bar\n1,2\n")
    assert "date, an amount and a reference" in caught.value.errors["file"][0]
    with pytest.raises(Invalid):
        run(boss, b"")
    with pytest.raises(Forbidden):
        reconciliation.import_statement(actor=org.owner, filename="s.csv", data=b"x")


def test_ten_thousand_lines_under_five_seconds(org, boss):
    invoices = [open_invoice(org, 1) for _ in range(3)]
    rows = ["date,amount,reference,bank reference"]
    rows += [f"{day()},20.00,{inv.creditor_reference},P{n}" for n, inv in enumerate(invoices)]
    rows += [f"{day()},{n % 90 + 1}.50,customer {n},X{n}" for n in range(10_000 - len(rows) + 1)]
    started = time.perf_counter()
    report = run(boss, "\n".join(rows) + "\n")
    elapsed = time.perf_counter() - started
    assert report["lines"] == 10_000
    assert len(report["matched"]) == 3
    assert StatementLine.objects.count() == 10_000
    assert elapsed < 5, elapsed


def test_management_command(org, tmp_path: Path):
    invoice = open_invoice(org, 2)
    path = tmp_path / "bank.csv"
    path.write_text(f"date,amount,reference\n{day()},40.00,{invoice.creditor_reference}\n")
    out = io.StringIO()
    call_command("import_statement", str(path), stdout=out)
    assert '"matched": 1' in out.getvalue()
    invoice.refresh_from_db()
    assert invoice.state == "paid"
    out = io.StringIO()
    call_command("import_statement", str(path), stdout=out)
    assert '"duplicate_file": true' in out.getvalue()
