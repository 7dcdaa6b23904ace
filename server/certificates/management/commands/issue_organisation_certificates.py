"""``manage.py issue_organisation_certificates``: certificates for organisations approved
before issue 12 (or imported), which ``reviews.domain.decide`` never saw approve.

Each certified organisation (approved, not archived) without one gets its ``QGIS-ORG-<n>``
through ``certificates.domain`` (audited, its PDF rendered by the task worker); running it
again changes nothing.
"""

from __future__ import annotations

from typing import Any

from catalogue.models import CertifyingOrganisation
from catalogue.rules import certified_q
from django.core.management.base import BaseCommand

from certificates.domain import issue_organisation_certificate


class Command(BaseCommand):
    help = "Issue the organisation certificate of every certified organisation without one."

    def handle(self, *args: Any, **options: Any) -> None:
        waiting = (
            CertifyingOrganisation.objects.filter(certified_q())
            .filter(organisation_certificate__isnull=True)
            .order_by("pk")
        )
        issued = [issue_organisation_certificate(organisation=o).certificate_id for o in waiting]
        self.stdout.write(f"{len(issued)} issued" + (f": {', '.join(issued)}" if issued else ""))
