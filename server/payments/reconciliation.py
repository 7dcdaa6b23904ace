"""Bank statements: credits matched to open invoices by their RF creditor reference.

``import_statement`` reads a CSV export or an ISO 20022 camt.053 file. A credit line whose
text holds the RF reference of an open transfer or usage invoice pays it when the amount is
the invoice's open amount (``domain.confirm_payment``, paid on the booking date); less is
*partial* (listed only), more or no invoice is *unknown*; an invoice already paid gives
*already_paid*; a line seen in an earlier statement (same date, amount, reference and bank
reference) is a *duplicate*. The same file again (same SHA-256) changes nothing and answers
the first import's report with ``duplicate_file``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from applications.domain import Forbidden, Invalid
from audit.domain import record
from django.db import IntegrityError, transaction

from . import domain, rules
from .models import Invoice, Payment, StatementImport, StatementLine
from .references import find_references

MAX_BYTES = 20 * 2**20
CHUNK = 500
PAYABLE = (Invoice.Kind.TRANSFER, Invoice.Kind.USAGE)
OUTCOMES = [choice.value for choice in StatementLine.Outcome]

DATE_HEADERS = ("booking date", "date", "datum", "buchungstag", "booked on", "value date")
AMOUNT_HEADERS = ("amount", "betrag", "credit", "amount (eur)")
REFERENCE_HEADERS = (
    "reference",
    "remittance",
    "remittance information",
    "verwendungszweck",
    "description",
    "details",
    "text",
)
BANK_REF_HEADERS = ("bank reference", "transaction id", "id", "acctsvcrref")
CURRENCY_HEADERS = ("currency", "währung", "ccy")


@dataclass
class Credit:
    booked_on: date
    amount_cents: int
    currency: str
    reference: str
    bank_reference: str = ""

    @property
    def fingerprint(self) -> str:
        text = "|".join(
            [
                self.booked_on.isoformat(),
                str(self.amount_cents),
                " ".join(self.reference.split()).upper(),
                self.bank_reference,
            ]
        )
        return hashlib.sha256(text.encode()).hexdigest()


def _bad(message: str) -> Invalid:
    return Invalid({"file": [message]})


# --- parsing ---------------------------------------------------------------------------------


def parse_amount(text: str) -> int:
    """``1.234,56`` / ``1,234.56`` / ``40,5`` / ``-12.00`` → cents."""
    value = re.sub(r"[\s\u00a0'\u2019]|EUR|\u20ac", "", str(text or ""), flags=re.I)
    if not value:
        raise ValueError("empty amount")
    if "," in value and "." in value:
        decimal = "," if value.rfind(",") > value.rfind(".") else "."
    elif "," in value:
        decimal = "," if re.search(r",\d{1,2}$", value) else ""
    elif "." in value:
        decimal = "." if re.search(r"\.\d{1,2}$", value) else ""
    else:
        decimal = ""
    thousands = {",": ".", ".": ","}.get(decimal, ",.")
    for ch in thousands:
        value = value.replace(ch, "")
    if decimal == ",":
        value = value.replace(",", ".")
    if not re.fullmatch(r"[+-]?\d+(\.\d{1,2})?", value):
        raise ValueError(f"not an amount: {text!r}")
    negative = value.startswith("-")
    whole, _sep, frac = value.lstrip("+-").partition(".")
    cents = int(whole) * 100 + int((frac + "00")[:2])
    return -cents if negative else cents


def parse_date(text: str) -> date:
    value = str(text or "").strip()[:10]
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y%m%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")


def _column(headers: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        if name in headers:
            return headers.index(name)
    return None


def parse_csv(text: str) -> list[Credit]:
    sample = text[:4096]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(rows, None)
    if not header:
        raise _bad("The CSV file is empty.")
    headers = [" ".join(h.strip().lower().split()) for h in header]
    when = _column(headers, DATE_HEADERS)
    amount = _column(headers, AMOUNT_HEADERS)
    reference = _column(headers, REFERENCE_HEADERS)
    if when is None or amount is None or reference is None:
        raise _bad(
            "The CSV file needs a date, an amount and a reference column "
            f"(found: {', '.join(headers)})."
        )
    bank_ref = _column(headers, BANK_REF_HEADERS)
    currency = _column(headers, CURRENCY_HEADERS)
    credits: list[Credit] = []
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            cents = parse_amount(row[amount])
            booked = parse_date(row[when])
        except (IndexError, ValueError) as error:
            raise _bad(f"Line {number}: {error}.") from None
        if cents <= 0:
            continue  # debits and zero lines are not payments to us
        credits.append(
            Credit(
                booked_on=booked,
                amount_cents=cents,
                currency=(
                    row[currency].strip().upper()
                    if currency is not None and currency < len(row)
                    else ""
                )
                or "EUR",
                reference=row[reference].strip() if reference < len(row) else "",
                bank_reference=row[bank_ref].strip()
                if bank_ref is not None and bank_ref < len(row)
                else "",
            )
        )
    return credits


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _child(element: ET.Element | None, *path: str) -> ET.Element | None:
    for name in path:
        if element is None:
            return None
        element = next((c for c in element if _local(c.tag) == name), None)
    return element


def _descendants(element: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in element.iter() if _local(e.tag) == name]


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def parse_camt053(data: bytes) -> list[Credit]:
    head = data[:65536].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise _bad("XML with a DOCTYPE or entities is refused.")
    try:
        # No DOCTYPE (refused above), so no entity can be declared or expanded.
        root = ET.fromstring(data)  # noqa: S314  # nosec B314
    except ET.ParseError as error:
        raise _bad(f"Not a readable camt.053 file: {error}.") from None
    credits: list[Credit] = []
    for entry in _descendants(root, "Ntry"):
        if _text(_child(entry, "CdtDbtInd")) != "CRDT":
            continue
        amount = _child(entry, "Amt")
        booked = _text(_child(entry, "BookgDt", "Dt")) or _text(_child(entry, "BookgDt", "DtTm"))
        if amount is None or not booked:
            raise _bad("A camt.053 entry without its amount or booking date.")
        try:
            cents = parse_amount(_text(amount))
            day = parse_date(booked)
        except ValueError as error:
            raise _bad(f"camt.053 entry: {error}.") from None
        parts = [_text(e) for e in _descendants(entry, "Ref") if _local(e.tag) == "Ref"]
        structured = [_text(_child(s, "CdtrRefInf", "Ref")) for s in _descendants(entry, "Strd")]
        unstructured = [_text(e) for e in _descendants(entry, "Ustrd")]
        texts = [t for t in structured + unstructured if t] or [t for t in parts if t]
        if cents <= 0:
            continue
        credits.append(
            Credit(
                booked_on=day,
                amount_cents=cents,
                currency=(amount.get("Ccy") or "EUR").upper(),
                reference=" ".join(texts)[:500],
                bank_reference=_text(_child(entry, "AcctSvcrRef")),
            )
        )
    return credits


def parse(filename: str, data: bytes) -> tuple[str, list[Credit]]:
    """(format, credit lines) of a statement file."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        return "camt.053", parse_camt053(stripped)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad("The CSV file is not UTF-8.") from None
    return "csv", parse_csv(text)


# --- matching --------------------------------------------------------------------------------


def _chunks(items: list[str]) -> Any:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _open_amount(invoice: Invoice) -> int:
    return max(invoice.total_cents - invoice.paid_cents, 0)


def _item(line: StatementLine, invoice: Invoice | None) -> dict[str, Any]:
    return {
        "booked_on": line.booked_on.isoformat(),
        "amount_cents": line.amount_cents,
        "reference": line.reference,
        "invoice": invoice.number if invoice is not None else None,
    }


def _confirm(invoice: Invoice, credit: Credit, actor: Any) -> bool:
    payment = (
        Payment.objects.filter(
            order_id=invoice.order_id,
            state__in=[Payment.State.CREATED, Payment.State.PENDING],
        )
        .order_by("-id")
        .first()
    )
    if payment is None:
        return False
    try:
        with transaction.atomic():
            domain.confirm_payment(
                payment=payment,
                amount_cents=payment.amount_cents,
                currency=payment.currency,
                actor=actor,
                paid_on=min(credit.booked_on, domain.today()),
            )
    except Exception:  # an invoice that cannot be paid stays open; the line is unknown
        return False
    return True


def import_statement(*, actor: Any, filename: str, data: bytes) -> StatementImport:
    """Import a statement once (see the module's description); the report is ``summary``."""
    if actor is not None and not rules.is_manager(actor):
        raise Forbidden("Only certification managers import bank statements.")
    if not data:
        raise _bad("The file is empty.")
    if len(data) > MAX_BYTES:
        raise _bad(f"The file is larger than {MAX_BYTES // 2**20} MB.")
    digest = hashlib.sha256(data).hexdigest()
    earlier = StatementImport.objects.filter(sha256=digest).first()
    if earlier is not None:
        return _again(earlier)
    file_format, credits = parse(filename, data)
    try:
        with transaction.atomic():
            statement = StatementImport.objects.create(
                sha256=digest,
                filename=str(filename or "statement")[:255],
                file_format=file_format,
                imported_by=actor if getattr(actor, "pk", None) else None,
            )
            summary = _reconcile(statement, credits, actor)
            statement.summary = summary
            statement.save(update_fields=["summary"])
            record(
                actor=actor,
                action="statement.import",
                obj=statement,
                after={k: (len(v) if isinstance(v, list) else v) for k, v in summary.items()},
            )
    except IntegrityError:
        earlier = StatementImport.objects.filter(sha256=digest).first()
        if earlier is None:
            raise
        return _again(earlier)
    return statement


def _again(statement: StatementImport) -> StatementImport:
    statement.summary = {**statement.summary, "duplicate_file": True}
    return statement


def _reconcile(statement: StatementImport, credits: list[Credit], actor: Any) -> dict[str, Any]:
    fingerprints = [credit.fingerprint for credit in credits]
    seen: set[str] = set()
    for part in _chunks(sorted(set(fingerprints))):
        seen.update(
            StatementLine.objects.filter(fingerprint__in=part).values_list("fingerprint", flat=True)
        )
    found = [find_references(credit.reference) for credit in credits]
    references = sorted({ref for refs in found for ref in refs})
    invoices: dict[str, Invoice] = {}
    for part in _chunks(references):
        for row in Invoice.objects.filter(creditor_reference__in=part, kind__in=PAYABLE):
            invoices[row.creditor_reference] = row
    paid_now: set[int] = set()
    lines: list[StatementLine] = []
    report: dict[str, Any] = {
        "statement": statement.pk,
        "format": statement.file_format,
        "duplicate_file": False,
        "lines": len(credits),
        **{outcome: [] for outcome in OUTCOMES},
    }
    for credit, fingerprint, refs in zip(credits, fingerprints, found):
        invoice = next((invoices[ref] for ref in refs if ref in invoices), None)
        if fingerprint in seen:
            outcome = StatementLine.Outcome.DUPLICATE
        elif invoice is None or credit.currency != invoice.currency:
            outcome = StatementLine.Outcome.UNKNOWN
        elif invoice.pk in paid_now or invoice.state == Invoice.State.PAID:
            outcome = StatementLine.Outcome.ALREADY_PAID
        elif invoice.state != Invoice.State.OPEN:
            outcome = StatementLine.Outcome.UNKNOWN
        elif credit.amount_cents < _open_amount(invoice):
            outcome = StatementLine.Outcome.PARTIAL
        elif credit.amount_cents == _open_amount(invoice) and _confirm(invoice, credit, actor):
            outcome = StatementLine.Outcome.MATCHED
            paid_now.add(invoice.pk)
        else:
            outcome = StatementLine.Outcome.UNKNOWN
        seen.add(fingerprint)
        line = StatementLine(
            statement=statement,
            fingerprint=fingerprint,
            booked_on=credit.booked_on,
            amount_cents=credit.amount_cents,
            currency=credit.currency[:3],
            reference=credit.reference[:500],
            invoice=invoice,
            outcome=outcome,
        )
        lines.append(line)
        report[outcome].append(_item(line, invoice))
    StatementLine.objects.bulk_create(lines, batch_size=1000)
    return report
