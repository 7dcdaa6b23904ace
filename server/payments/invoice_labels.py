# ruff: noqa: RUF001 - Chinese full-width punctuation on purpose
"""The invoice's words in the certificates' languages (en, ro, sv, zh_TW).

Romanian uses ș and ț with the comma below (U+0219, U+021B), Chinese the Traditional
characters used in Taiwan. Dates and amounts follow each language's habit.
"""

from __future__ import annotations

import datetime
from typing import Any

from certificates import labels as certificate_labels

LANGUAGES = certificate_labels.LANGUAGES

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "Invoice",
        "receipt": "Receipt",
        "number": "Number",
        "date": "Date",
        "due_date": "Due date",
        "paid_on": "Paid on",
        "billed_to": "Billed to",
        "issuer": "Issuer",
        "vat": "VAT",
        "description": "Description",
        "quantity": "Quantity",
        "unit_price": "Unit price",
        "amount": "Amount",
        "subtotal": "Subtotal",
        "tax": "Tax",
        "total": "Total",
        "pay_by_transfer": "Pay by bank transfer",
        "iban": "IBAN",
        "bic": "BIC",
        "beneficiary": "Beneficiary",
        "reference": "Reference",
        "scan": "Scan with your banking app",
        "reverse_charge": (
            "Reverse charge: VAT to be accounted for by the recipient, "
            "Article 196 of Council Directive 2006/112/EC"
        ),
        "line_credits": "Certification credits (1 credit = 1 certificate)",
        "line_usage": "Credits used in {month}",
        "paid": "Paid",
    },
    "ro": {
        "invoice": "Factură",
        "receipt": "Chitanță",
        "number": "Număr",
        "date": "Data",
        "due_date": "Scadența",
        "paid_on": "Plătită la",
        "billed_to": "Facturat către",
        "issuer": "Emitent",
        "vat": "Cod TVA",
        "description": "Descriere",
        "quantity": "Cantitate",
        "unit_price": "Preț unitar",
        "amount": "Valoare",
        "subtotal": "Subtotal",
        "tax": "TVA",
        "total": "Total",
        "pay_by_transfer": "Plată prin transfer bancar",
        "iban": "IBAN",
        "bic": "BIC",
        "beneficiary": "Beneficiar",
        "reference": "Referință",
        "scan": "Scanați cu aplicația băncii",
        "reverse_charge": (
            "Taxare inversă: TVA se datorează de către beneficiar, "
            "articolul 196 din Directiva 2006/112/CE a Consiliului"
        ),
        "line_credits": "Credite de certificare (1 credit = 1 certificat)",
        "line_usage": "Credite folosite în {month}",
        "paid": "Plătită",
    },
    "sv": {
        "invoice": "Faktura",
        "receipt": "Kvitto",
        "number": "Nummer",
        "date": "Datum",
        "due_date": "Förfallodag",
        "paid_on": "Betald",
        "billed_to": "Faktureras till",
        "issuer": "Utfärdare",
        "vat": "Momsreg.nr",
        "description": "Beskrivning",
        "quantity": "Antal",
        "unit_price": "À-pris",
        "amount": "Belopp",
        "subtotal": "Delsumma",
        "tax": "Moms",
        "total": "Att betala",
        "pay_by_transfer": "Betala med banköverföring",
        "iban": "IBAN",
        "bic": "BIC",
        "beneficiary": "Mottagare",
        "reference": "Referens",
        "scan": "Skanna med din bankapp",
        "reverse_charge": (
            "Omvänd skattskyldighet: mottagaren redovisar momsen, "
            "artikel 196 i rådets direktiv 2006/112/EG"
        ),
        "line_credits": "Certifieringskrediter (1 kredit = 1 certifikat)",
        "line_usage": "Krediter använda i {month}",
        "paid": "Betald",
    },
    "zh_TW": {
        "invoice": "發票",
        "receipt": "收據",
        "number": "編號",
        "date": "日期",
        "due_date": "付款期限",
        "paid_on": "付款日期",
        "billed_to": "買受人",
        "issuer": "開立人",
        "vat": "統一編號／增值稅號",
        "description": "品名",
        "quantity": "數量",
        "unit_price": "單價",
        "amount": "金額",
        "subtotal": "小計",
        "tax": "稅額",
        "total": "總計",
        "pay_by_transfer": "以銀行轉帳付款",
        "iban": "IBAN",
        "bic": "BIC",
        "beneficiary": "收款人",
        "reference": "付款參考號碼",
        "scan": "請用銀行應用程式掃描",
        "reverse_charge": (
            "反向課稅：增值稅由買受人申報繳納（歐盟理事會第 2006/112/EC 號指令第 196 條）"
        ),
        "line_credits": "認證點數（1 點 = 1 張證書）",
        "line_usage": "{month}使用的點數",
        "paid": "已付款",
    },
}

MONTH_NAMES = certificate_labels.MONTHS
"""The month names of the certificates (en, ro, sv; zh_TW months are numbers)."""


def language(code: str | None) -> str:
    return certificate_labels.language(code)


def label(key: str, lang: str, **values: Any) -> str:
    text = LABELS[language(lang)].get(key) or LABELS["en"][key]
    return text.format(**values) if values else text


def format_date(value: datetime.date | None, lang: str) -> str:
    return certificate_labels.format_date(value, language(lang)) if value else ""


def format_month(value: datetime.date, lang: str) -> str:
    lang = language(lang)
    if lang == "zh_TW":
        return f"{value.year}年{value.month}月"
    return f"{MONTH_NAMES[lang][value.month - 1]} {value.year}"


def format_amount(cents: int, currency: str, lang: str) -> str:
    """``1 234.50 EUR`` style per language: en ``EUR 1,234.50``, ro/sv ``1 234,50 EUR``."""
    lang = language(lang)
    whole, rest = divmod(abs(int(cents)), 100)
    sign = "-" if cents < 0 else ""
    if lang in ("ro", "sv"):
        grouped = f"{whole:,}".replace(",", "\u00a0")
        return f"{sign}{grouped},{rest:02d}\u00a0{currency}"
    return f"{sign}{currency}\u00a0{whole:,}.{rest:02d}"


def line_description(invoice: Any, lang: str) -> str:
    """The line text printed: usage invoices name their month."""
    if invoice.kind == "usage" and invoice.period_start:
        return label("line_usage", lang, month=format_month(invoice.period_start, lang))
    return label("line_credits", lang)
