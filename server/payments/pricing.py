"""What credits cost and how they are paid: the billing settings row and the checks of the
bank and tax numbers printed on invoices.

:func:`current` answers the one :class:`~payments.models.BillingSettings` row (pk 1), made
from the settings (``PRICE_PER_CREDIT_CENTS``, ``INVOICE_ISSUER_*``, ``INVOICE_IBAN``…) on
first use; certification managers change it in the admin afterwards. IBAN and BIC are
checked with schwifty, VAT numbers with python-stdnum; a bad one raises
:class:`~applications.domain.Invalid` naming the field.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from applications.domain import Invalid
from django.conf import settings
from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException
from stdnum.ch import vat as ch_vat
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError

from .models import BillingSettings

SETTINGS_PK = 1
METHODS = ("card", "bank_transfer")
"""The methods a buyer may choose (``usage`` orders are made by the monthly run only)."""
CARD_PROVIDERS = ("sandbox", "stripe")
MIN_CREDITS, MAX_CREDITS = 1, 10000

#: The EU member states as ISO 3166 codes (Greece's VAT prefix is EL, its country code GR).
EU_COUNTRIES = frozenset(
    code.upper() for code in eu_vat.MEMBER_STATES if code not in {"xi", "gr"}
) | {"GR"}
_VAT_PREFIX = {"GR": "EL"}


def _defaults() -> dict[str, Any]:
    return {
        "price_per_credit_cents": int(getattr(settings, "PRICE_PER_CREDIT_CENTS", 2000)),
        "currency": str(getattr(settings, "CURRENCY", "EUR")).upper()[:3],
        "credits_per_certificate": int(getattr(settings, "CREDITS_PER_CERTIFICATE", 1)),
        "tax_rate_percent": _rate(getattr(settings, "TAX_RATE_PERCENT", "0")),
        "issuer_name": str(getattr(settings, "INVOICE_ISSUER_NAME", "QGIS.ORG")),
        "issuer_address": str(getattr(settings, "INVOICE_ISSUER_ADDRESS", "")),
        "issuer_country": str(getattr(settings, "INVOICE_ISSUER_COUNTRY", "CH")).upper()[:2],
        "issuer_vat_number": str(getattr(settings, "INVOICE_ISSUER_VAT", "")),
        "issuer_email": str(getattr(settings, "INVOICE_ISSUER_EMAIL", "")),
        "iban": _compact_or_blank(getattr(settings, "INVOICE_IBAN", "")),
        "bic": _compact_or_blank(getattr(settings, "INVOICE_BIC", "")),
        "payment_days": int(getattr(settings, "INVOICE_PAYMENT_DAYS", 30)),
    }


def _rate(value: Any) -> Decimal:
    try:
        return Decimal(str(value or "0")).quantize(Decimal("0.01"))
    except InvalidOperation:
        return Decimal("0.00")


def _compact_or_blank(text: Any) -> str:
    return "".join(str(text or "").split()).upper()


def current() -> BillingSettings:
    """The billing settings row, made from the settings the first time it is asked for."""
    row, _created = BillingSettings.objects.get_or_create(pk=SETTINGS_PK, defaults=_defaults())
    return row


# --- bank and tax numbers -------------------------------------------------------------------


def validate_iban(text: Any) -> str:
    """The IBAN compact and upper case (``CH9300762011623852957``), or :class:`Invalid`."""
    compact = _compact_or_blank(text)
    if not compact:
        raise Invalid({"iban": ["Required."]})
    try:
        return str(IBAN(compact).compact)
    except (SchwiftyException, ValueError) as error:
        raise Invalid({"iban": [f"Not a valid IBAN: {error}."]}) from error


def validate_bic(text: Any) -> str:
    """The BIC compact and upper case (8 or 11 characters), or :class:`Invalid`."""
    compact = _compact_or_blank(text)
    if not compact:
        raise Invalid({"bic": ["Required."]})
    try:
        return str(BIC(compact).compact)
    except (SchwiftyException, ValueError) as error:
        raise Invalid({"bic": [f"Not a valid BIC: {error}."]}) from error


def validate_vat(number: Any, country: Any) -> str:
    """A VAT number in its compact form, checked for EU countries (``stdnum.eu.vat``, with the
    country prefix added when missing) and Switzerland (``stdnum.ch.vat``); elsewhere any
    non-empty text is accepted (stripped). :class:`Invalid` on ``vat_number`` otherwise."""
    text = " ".join(str(number or "").split())
    code = str(country or "").strip().upper()
    if not text:
        raise Invalid({"vat_number": ["Required."]})
    if len(text) > 32:
        raise Invalid({"vat_number": ["At most 32 characters."]})
    if not text.isprintable() or not text.isascii():
        raise Invalid({"vat_number": ["Letters, digits, spaces, dots and dashes only."]})
    try:
        if code in EU_COUNTRIES:
            prefix = _VAT_PREFIX.get(code, code)
            compact = "".join(ch for ch in text.upper() if ch.isalnum())
            if not compact[:2].isalpha():
                compact = prefix + compact
            compact = eu_vat.compact(compact)
            if compact[:2] != prefix:
                raise Invalid({"vat_number": [f"A VAT number of {code} starts with {prefix}."]})
            return str(eu_vat.validate(compact))
        if code == "CH":
            return str(ch_vat.validate(text))
    except StdnumError as error:
        raise Invalid({"vat_number": [f"Not a valid VAT number: {error}"]}) from error
    return text


def vat_country(number: Any) -> str:
    """The EU country (ISO code) a valid EU VAT number belongs to, else ``""``."""
    try:
        compact = eu_vat.validate(str(number or ""))
    except StdnumError:
        return ""
    prefix = compact[:2].upper()
    return "GR" if prefix == "EL" else prefix if prefix in EU_COUNTRIES else ""


# --- amounts and methods --------------------------------------------------------------------


def tax_of(subtotal_cents: int, rate_percent: Any) -> int:
    """The tax on an amount, rounded half up to the cent."""
    rate = _rate(rate_percent)
    if rate <= 0:
        return 0
    cents = (Decimal(subtotal_cents) * rate / Decimal(100)).quantize(
        Decimal("1"), rounding=ROUND_HALF_UP
    )
    return int(cents)


def amount_for(credits: int, *, row: BillingSettings | None = None) -> tuple[int, int, int]:
    """``(subtotal, tax, total)`` in cents for ``credits`` at the current price and tax rate."""
    row = row or current()
    subtotal = int(credits) * row.price_per_credit_cents
    tax = tax_of(subtotal, row.tax_rate_percent)
    return subtotal, tax, subtotal + tax


def card_provider_name() -> str:
    """``"sandbox"`` (the default: a test page, no money moves) or ``"stripe"``."""
    name = str(getattr(settings, "PAYMENT_CARD_PROVIDER", "sandbox") or "sandbox").strip().lower()
    return name if name in CARD_PROVIDERS else "sandbox"


def enabled_methods() -> list[str]:
    """The methods buyers may choose, in the settings' order (``PAYMENT_METHODS``)."""
    configured = getattr(settings, "PAYMENT_METHODS", METHODS)
    if isinstance(configured, str):
        configured = configured.split(",")
    wanted = [str(m).strip().lower() for m in configured]
    return [m for m in dict.fromkeys(wanted) if m in METHODS]


def is_test_mode() -> bool:
    """True while card payments go to the sandbox (no money moves)."""
    return card_provider_name() == "sandbox"
