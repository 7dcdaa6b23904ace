"""seed_demo's certificates (issue 12, item 11): the owner's certified organisation with
credits, a finished course with 6 attendees waiting, a course with 4 certificates (one
corrected, one revoked, PDFs ready), its organisation certificate; idempotent."""

from __future__ import annotations

import pytest
from catalogue.demo import seed_demo
from catalogue.models import Course
from certificates.demo import ISSUED_SLUG, TOP_UP_REASON, WAITING_SLUG, seed_demo_certificates
from certificates.models import Certificate, OrganisationCertificate
from payments import ledger
from payments.models import CreditEntry

from tests.server.certificates_helpers import pdf_text, rolled_back_demo

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    """One seed for the module (it builds the whole demo catalogue), rolled back after."""
    with rolled_back_demo(django_db_blocker, tmp_path_factory):
        seed_demo()
        yield


def _course(slug: str) -> Course:
    return Course.objects.select_related("certifying_organisation").get(slug=slug)


def test_the_owner_and_convener_run_the_courses(seeded):
    course = _course(WAITING_SLUG)
    organisation = course.certifying_organisation
    assert organisation.is_certified
    assert organisation.owners.filter(username="owner").exists()
    assert course.course_convener.user.username == "convener"
    assert _course(ISSUED_SLUG).certifying_organisation == organisation


def test_credits_from_one_top_up(seeded):
    organisation = _course(WAITING_SLUG).certifying_organisation
    organisation.refresh_from_db()
    top_ups = CreditEntry.objects.filter(organisation=organisation, kind="top_up")
    assert [e.credits for e in top_ups.filter(reason=TOP_UP_REASON)] == [25]
    assert ledger.balance(organisation) == organisation.credit_balance == _expected_balance()


def _expected_balance() -> int:
    """The catalogue plan's credits (also through the ledger) + 25 - 4 issued + 1 refunded."""
    organisation = _course(WAITING_SLUG).certifying_organisation
    plan = CreditEntry.objects.filter(organisation=organisation).exclude(reason=TOP_UP_REASON)
    return sum(e.credits for e in plan.filter(kind="top_up")) + 25 - 4 + 1


def test_a_finished_course_with_six_attendees_waiting(seeded):
    from certificates import domain

    course = _course(WAITING_SLUG)
    assert course.end_date < domain.today()
    assert course.course_attendees.count() == 6
    assert not course.certificates.exists()
    assert len(domain.default_items(course)) == 6


def test_four_certificates_one_corrected_one_revoked_pdfs_ready(seeded):
    certificates = list(_course(ISSUED_SLUG).certificates.order_by("number"))
    assert len(certificates) == 4
    assert sorted(c.language for c in certificates) == ["en", "ro", "sv", "zh_TW"]
    corrected = [c for c in certificates if c.revision > 1]
    assert len(corrected) == 1 and corrected[0].surname == "Șerban"
    assert corrected[0].corrections.get().old_surname == "Şerban"
    revoked = [c for c in certificates if c.status == Certificate.Status.REVOKED]
    assert len(revoked) == 1 and revoked[0].revoke_reason
    for certificate in certificates:
        assert certificate.pdf_ready and certificate.badge
    assert "Cristina Șerban" in pdf_text(corrected[0].pdf.read())


def test_the_organisation_certificate(seeded):
    organisation = _course(ISSUED_SLUG).certifying_organisation
    oc = OrganisationCertificate.objects.get(organisation=organisation)
    assert oc.pdf and oc.certificate_id.startswith("QGIS-ORG-")


def test_the_verification_page_shows_them(seeded, client):
    revoked = _course(ISSUED_SLUG).certificates.get(status="revoked")
    html = client.get(f"/en/certificate/{revoked.certificate_id}/").content.decode()
    assert "Revoked" in html and "Certificate Details" in html


def test_idempotent(seeded):
    before = (
        Certificate.objects.count(),
        CreditEntry.objects.count(),
        OrganisationCertificate.objects.count(),
    )
    report = seed_demo_certificates()
    assert report is not None and report.balance == _expected_balance()
    assert (
        Certificate.objects.count(),
        CreditEntry.objects.count(),
        OrganisationCertificate.objects.count(),
    ) == before
