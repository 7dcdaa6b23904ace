"""Structured creditor references (ISO 11649, ``RF…``) for bank transfers.

An invoice's reference is made from the digits of its number (``QGIS-Cert-26-0042`` →
``260042``) with the two check digits in front: ``RF + check + 260042``. A bank statement
gives it back in the remittance information; :func:`normalise_reference` compares it
whatever the spaces and case, :func:`find_references` picks valid ones out of free text.
"""

from __future__ import annotations

import re
from typing import Any

from stdnum import iso11649
from stdnum.iso7064 import mod_97_10

_CANDIDATE = re.compile(r"RF\s?\d{2}(?:\s?[0-9A-Z]){1,21}", re.IGNORECASE)


def creditor_reference(invoice_number: str) -> str:
    """The ``RF`` reference of an invoice number (its digits; validated by stdnum)."""
    body = "".join(ch for ch in str(invoice_number) if ch.isdigit()) or "0"
    if len(body) > 21:
        raise ValueError(f"{invoice_number!r} has too many digits for a creditor reference.")
    check = mod_97_10.calc_check_digits(body + "RF")
    return str(iso11649.validate(f"RF{check}{body}"))


def normalise_reference(text: Any) -> str:
    """``" rf18 5390 0754 7034 "`` → ``"RF18539007547034"``."""
    return "".join(str(text or "").split()).upper()


def is_valid_reference(text: Any) -> bool:
    return bool(iso11649.is_valid(normalise_reference(text)))


def find_references(text: Any) -> list[str]:
    """Valid RF references anywhere in a remittance text, normalised, in order, once each."""
    found: list[str] = []
    for match in _CANDIDATE.finditer(str(text or "")):
        candidate = normalise_reference(match.group(0))
        # The greedy match may have eaten a following word: shorten until it validates.
        while len(candidate) > 4 and not iso11649.is_valid(candidate):
            candidate = candidate[:-1]
        if len(candidate) > 4 and candidate not in found:
            found.append(candidate)
    return found


def format_reference(reference: str) -> str:
    """Groups of four, as printed: ``RF18 5390 0754 7034``."""
    return str(iso11649.format(normalise_reference(reference)))
