"""The EPC QR code ("Girocode") of an open invoice: EPC069-12 version 002.

Lines: ``BCD``, ``002``, ``1`` (UTF-8), ``SCT``, BIC, beneficiary (≤ 70), IBAN,
``EUR<amount>``, purpose (empty), structured RF reference, text (empty). Error level M,
as the guidelines require.
"""

from __future__ import annotations

import io
from typing import Any

import segno

PAYABLE_KINDS = ("transfer", "usage")


def _compact(text: Any) -> str:
    return "".join(str(text or "").split()).upper()


def epc_payload(invoice: Any) -> str:
    issuer = invoice.issuer or {}
    name = " ".join(str(issuer.get("name") or "").split())[:70]
    open_cents = max(int(invoice.total_cents) - int(invoice.paid_cents or 0), 0)
    whole, rest = divmod(open_cents, 100)
    lines = [
        "BCD",
        "002",
        "1",
        "SCT",
        _compact(issuer.get("bic")),
        name,
        _compact(issuer.get("iban")),
        f"EUR{whole}.{rest:02d}",
        "",
        _compact(invoice.creditor_reference),
        "",
    ]
    return "\n".join(lines)


def has_transfer(invoice: Any) -> bool:
    """Whether the invoice prints transfer details (open transfer/usage with an IBAN)."""
    return (
        invoice.kind in PAYABLE_KINDS
        and invoice.state == "open"
        and bool((invoice.issuer or {}).get("iban"))
    )


def qr_code(invoice: Any) -> Any:
    return segno.make_qr(epc_payload(invoice), error="m", boost_error=False, encoding="utf-8")


def epc_qr_png(invoice: Any, *, scale: int = 6) -> bytes:
    buffer = io.BytesIO()
    qr_code(invoice).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()
