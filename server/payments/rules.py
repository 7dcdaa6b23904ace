"""Who may buy credits and read an organisation's billing (on top of ``catalogue.rules``).

Owners of a certified organisation buy its credits and read its orders and invoices;
certification managers do everything (refunds, credit limits, marking invoices paid).
Conveners see the balance through ``/me/organisations/`` only.
"""

from __future__ import annotations

from typing import Any

from catalogue.models import CertifyingOrganisation
from catalogue.rules import is_manager, owner_of

__all__ = ["can_buy", "can_manage_billing", "can_view_billing", "is_manager"]


def can_buy(user: Any, organisation: CertifyingOrganisation) -> bool:
    """Managers, or an owner of a certified organisation."""
    if is_manager(user):
        return True
    return bool(organisation.is_certified) and owner_of(user, organisation)


def can_view_billing(user: Any, organisation: CertifyingOrganisation) -> bool:
    """Managers and the organisation's owners (its balance, ledger, orders, invoices)."""
    return is_manager(user) or owner_of(user, organisation)


def can_manage_billing(user: Any) -> bool:
    """Refunds, credit limits, invoices marked paid, statements: certification managers."""
    return is_manager(user)
