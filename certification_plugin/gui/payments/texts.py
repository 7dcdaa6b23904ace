"""The payments widgets' words for what the server sends as codes: ledger kinds, order,
payment and invoice states, payment methods (each a literal ``tr`` string); an unknown code
is shown as the server sent it (plain text)."""

from __future__ import annotations

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsTexts", text)


def ledger_kinds() -> Dict[str, str]:
    return {
        "top_up": _tr("Top-up"),
        "grant": _tr("Grant"),
        "charge": _tr("Certificate"),
        "refund": _tr("Refund"),
        "reversal": _tr("Reversal"),
        "adjustment": _tr("Adjustment"),
    }


def methods() -> Dict[str, str]:
    return {
        "card": _tr("Card (online payment)"),
        "bank_transfer": _tr("Invoice (bank transfer)"),
    }


def invoice_kinds() -> Dict[str, str]:
    return {
        "receipt": _tr("Receipt"),
        "transfer": _tr("Bank transfer"),
        "usage": _tr("Usage"),
    }


def states() -> Dict[str, str]:
    """Order, payment and invoice states."""
    return {
        "open": _tr("Open"),
        "created": _tr("Created"),
        "pending": _tr("Pending"),
        "paid": _tr("Paid"),
        "confirmed": _tr("Paid"),
        "failed": _tr("Failed"),
        "expired": _tr("Expired"),
        "cancelled": _tr("Cancelled"),
        "refunded": _tr("Refunded"),
        "void": _tr("Void"),
    }


def label(labels: Dict[str, str], code: str) -> str:
    return labels.get(code, code)
