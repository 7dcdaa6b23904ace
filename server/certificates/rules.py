"""Who may issue, correct, revoke and send certificates (on top of ``catalogue.rules``)."""

from __future__ import annotations

from typing import Any

from catalogue.models import CertifyingOrganisation
from catalogue.rules import is_manager, manages_organisation


def may_manage_certificates(user: Any, organisation: CertifyingOrganisation) -> bool:
    """Managers, or the owners and conveners of a certified organisation."""
    return manages_organisation(user, organisation)


def may_act_after_window(user: Any) -> bool:
    """Past the correction and revocation windows only certification managers act."""
    return is_manager(user)
