"""Background work of certificates: PDFs (and badges) and the e-mails to attendees.

``certificates.domain`` enqueues these once its transaction commits; each task re-reads the
rows, so running one twice changes nothing.
"""

from __future__ import annotations

from django_tasks import task


@task()
def render_certificates(certificate_ids: list[int]) -> None:
    """Render the PDF and badge of each certificate not yet at its revision."""
    return None


@task()
def render_organisation_certificate(organisation_certificate_id: int) -> None:
    """Render an organisation certificate's PDF."""
    return None


@task()
def send_certificates(delivery_ids: list[int]) -> None:
    """E-mail each delivery's certificate to its attendee, in the certificate's language."""
    return None
