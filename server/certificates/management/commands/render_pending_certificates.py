"""``manage.py render_pending_certificates``: enqueue again the PDFs still pending.

``certificates.domain`` enqueues each batch's rendering when it commits; a worker that was
down, a failed enqueue or a drawing error leaves certificates whose stored PDF is behind
their revision (``pdf_ready`` false; the API answers 409 ``pdf_pending``). This enqueues them
again (in chunks), and the organisation certificates without a PDF; rendering skips what is
already current, so running it often (cron, or after an outage) is harmless.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db.models import F, Q

from certificates import tasks
from certificates.models import Certificate, OrganisationCertificate


class Command(BaseCommand):
    help = "Enqueue the rendering of every certificate whose PDF is missing or out of date."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--chunk", type=int, default=200, help="Certificates per task.")

    def handle(self, *args: Any, **options: Any) -> None:
        chunk = max(1, int(options["chunk"]))
        pending = list(
            Certificate.objects.filter(Q(pdf="") | Q(pdf_revision__lt=F("revision")))
            .order_by("number")
            .values_list("pk", flat=True)
        )
        for start in range(0, len(pending), chunk):
            tasks.render_certificates.enqueue(certificate_ids=pending[start : start + chunk])
        organisations = list(
            OrganisationCertificate.objects.filter(pdf="")
            .order_by("number")
            .values_list("pk", flat=True)
        )
        for pk in organisations:
            tasks.render_organisation_certificate.enqueue(organisation_certificate_id=pk)
        self.stdout.write(
            f"{len(pending)} certificate(s), {len(organisations)} organisation certificate(s)"
        )
