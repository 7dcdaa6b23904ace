"""certificates.domain and payments.ledger: issuing (all or nothing, paid, numbered, replayed),
defaults, corrections and revocation with their windows, sending, the organisation's
certificate on approval, and the ledger's sum always equal to the cached balance."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from typing import Any

import pytest
from audit.models import Event
from catalogue.models import CertifyingOrganisation, Course
from certificates import domain
from certificates.models import (
    Attendee,
    Certificate,
    CertificateCorrection,
    CertificateCounter,
    CertificateDelivery,
    IssueBatch,
    OrganisationCertificate,
)
from django.db import transaction
from django.utils import timezone
from payments import ledger
from payments.models import CreditEntry

from tests.server.factories_certificates import (
    attendees_for,
    certified_org,
    course_for,
    issued,
    manager,
)
from tests.server.factories_reviews import routed_application


class Enqueued:
    """Stands in for a task: remembers what was enqueued (after the commit)."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def enqueue(self, **kwargs: Any) -> None:
        self.calls.append(kwargs)


@pytest.fixture
def queued(monkeypatch: pytest.MonkeyPatch) -> dict[str, Enqueued]:
    fakes = {
        name: Enqueued()
        for name in ("render_certificates", "send_certificates", "render_organisation_certificate")
    }
    for name, fake in fakes.items():
        monkeypatch.setattr(domain.tasks, name, fake)
    return fakes


def move_clock(monkeypatch: pytest.MonkeyPatch, days: float) -> None:
    moment = timezone.now() + timedelta(days=days)
    monkeypatch.setattr(domain, "now", lambda: moment)


def items_for(people: list[Attendee], **fields: Any) -> list[dict[str, Any]]:
    defaults = {"certificate_type": "attendance", "language": "en"}
    return [{"attendee": p.pk, **defaults, **fields} for p in people]


def assert_ledger_consistent(organisation: CertifyingOrganisation) -> None:
    organisation.refresh_from_db()
    assert ledger.balance(organisation) == organisation.credit_balance
    last = CreditEntry.objects.filter(organisation=organisation).order_by("-id").first()
    assert last is None or last.balance_after == organisation.credit_balance


# --- issuing ----------------------------------------------------------------------------------


def test_a_batch_is_numbered_paid_audited_and_rendered_on_commit(
    catalogue_factory, queued, django_capture_on_commit_callbacks
):
    org = certified_org(credits=5)
    course = course_for(org)
    people = attendees_for(course, 3)
    stamp = Course.objects.get(pk=course.pk).updated_at
    with django_capture_on_commit_callbacks(execute=True):
        result = domain.issue_certificates(
            actor=org.owner, course=course, items=items_for(people), idempotency_key="k-1"
        )
    assert Course.objects.get(pk=course.pk).updated_at > stamp  # the course's ETags move
    assert not result.replayed and result.balance == 2
    assert [c.certificate_id for c in result.certificates] == ["QGIS-1", "QGIS-2", "QGIS-3"]
    assert result.batch.credits == 3 and result.batch.idempotency_key == "k-1"
    assert CertificateCounter.objects.get(pk=1).last_number == 3
    charges = CreditEntry.objects.filter(organisation=org.organisation, kind="charge")
    assert [e.credits for e in charges] == [-1, -1, -1]
    assert [e.certificate_id for e in charges] == [c.pk for c in result.certificates]
    assert [e.balance_after for e in charges] == [4, 3, 2]
    assert_ledger_consistent(org.organisation)
    assert queued["render_certificates"].calls == [
        {"certificate_ids": [c.pk for c in result.certificates]}
    ]
    events = Event.objects.filter(action="certificate.issue").order_by("sequence")
    assert [e.after["certificate_id"] for e in events] == ["QGIS-1", "QGIS-2", "QGIS-3"]
    charge = Event.objects.get(action="credits.charge")  # one event for the batch's entries
    assert charge.after["credits"] == -3 and charge.after["balance"] == 2
    assert charge.after["certificates"] == [c.pk for c in result.certificates]
    # No personal data in the hashed states: names and addresses stay out.
    for event in Event.objects.filter(action__in=["certificate.issue", "credits.charge"]):
        text = str(event.before) + str(event.after)
        for person in people:
            assert person.email not in text and person.first_name not in text


def test_not_enough_credits_refuses_the_whole_batch(catalogue_factory, queued):
    org = certified_org(credits=2)
    course = course_for(org)
    people = attendees_for(course, 3)
    with pytest.raises(domain.NotEnoughCredits) as refused:
        domain.issue_certificates(actor=org.owner, course=course, items=items_for(people))
    assert (refused.value.needed, refused.value.available) == (3, 2)
    assert str(refused.value) == "3 credits needed, 2 available."
    assert refused.value.code == "not_enough_credits"
    assert isinstance(refused.value, domain.NotAllowed)
    assert not Certificate.objects.exists() and not IssueBatch.objects.exists()
    assert CertificateCounter.objects.get(pk=1).last_number == 0
    assert org.refresh().credit_balance == 2
    assert queued["render_certificates"].calls == []
    assert_ledger_consistent(org.organisation)


def test_not_before_the_course_starts(catalogue_factory, queued, monkeypatch):
    org = certified_org()
    today = timezone.localdate()
    course = course_for(org, start=today + timedelta(days=1), end=today + timedelta(days=2))
    people = attendees_for(course, 1)
    with pytest.raises(domain.Refused) as refused:
        domain.issue_certificates(actor=org.owner, course=course, items=items_for(people))
    assert refused.value.code == "not_started"
    move_clock(monkeypatch, 1)  # the first day: allowed
    result = domain.issue_certificates(actor=org.owner, course=course, items=items_for(people))
    assert len(result.certificates) == 1


def test_errors_per_item_and_nothing_issued(catalogue_factory, queued):
    org = certified_org()
    course = course_for(org)
    other_course = course_for(org)
    ana, bob = attendees_for(course, 2)
    (stranger,) = attendees_for(other_course, 1)
    items = [
        {"attendee": ana.pk, "certificate_type": "attendance", "language": "ro"},
        {"attendee": stranger.pk, "certificate_type": "attendance", "language": "en"},
        {"attendee": bob.pk, "certificate_type": "diploma", "language": "de"},
        {"attendee": ana.pk, "certificate_type": "completion", "language": "sv"},
        {"attendee": "x", "certificate_type": "completion", "language": "zh_TW"},
        {"attendee": [bob.pk], "certificate_type": ["attendance"], "language": {"en": 1}},
    ]
    with pytest.raises(domain.Invalid) as invalid:
        domain.issue_certificates(actor=org.owner, course=course, items=items)
    errors = invalid.value.errors["items"]
    assert errors[0] == {}
    assert errors[1] == {"attendee": ["Not an attendee of this course."]}
    assert set(errors[2]) == {"certificate_type", "language"}
    assert errors[3] == {"attendee": ["Listed twice."]}
    assert errors[4] == {"attendee": ["Not an attendee of this course."]}
    assert set(errors[5]) == {"attendee", "certificate_type", "language"}
    assert not Certificate.objects.exists()
    for bad in ([], "all", None):
        with pytest.raises(domain.Invalid):
            domain.issue_certificates(actor=org.owner, course=course, items=bad)


def test_an_attendee_holds_one_valid_certificate_per_course(catalogue_factory, queued):
    org = certified_org()
    course = course_for(org)
    (first,) = issued(course, 1)
    with pytest.raises(domain.Invalid) as invalid:
        domain.issue_certificates(actor=org.owner, course=course, items=items_for([first.attendee]))
    assert invalid.value.errors == {"items": [{"attendee": ["Already certified: QGIS-1."]}]}
    domain.revoke_certificate(actor=org.owner, certificate=first, reason="Wrong course.")
    again = domain.issue_certificates(
        actor=org.owner, course=course, items=items_for([first.attendee])
    )
    assert again.certificates[0].certificate_id == "QGIS-2"


def test_a_retried_batch_answers_the_same_certificates_and_charges_once(
    catalogue_factory, queued, django_capture_on_commit_callbacks
):
    org = certified_org(credits=5)
    course = course_for(org)
    people = attendees_for(course, 3)
    with django_capture_on_commit_callbacks(execute=True):
        first = domain.issue_certificates(
            actor=org.owner, course=course, items=items_for(people[:2]), idempotency_key="retry"
        )
    with django_capture_on_commit_callbacks(execute=True):
        again = domain.issue_certificates(
            actor=org.convener, course=course, items=items_for(people[:2]), idempotency_key="retry"
        )
    assert again.replayed and again.batch.pk == first.batch.pk
    assert [c.pk for c in again.certificates] == [c.pk for c in first.certificates]
    assert org.refresh().credit_balance == 3 == again.balance
    assert len(queued["render_certificates"].calls) == 1
    with pytest.raises(domain.Invalid) as invalid:
        domain.issue_certificates(
            actor=org.owner, course=course, items=items_for(people[2:]), idempotency_key="retry"
        )
    assert invalid.value.errors == {"Idempotency-Key": ["Used for another batch."]}
    # A retried "every attendee" batch finds nobody left to certify: the same batch answers.
    empty = domain.issue_certificates(
        actor=org.owner, course=course, items=[], idempotency_key="retry"
    )
    assert empty.replayed and empty.batch.pk == first.batch.pk
    with pytest.raises(domain.Invalid):
        domain.issue_certificates(actor=org.owner, course=course, items=[], idempotency_key="new")
    # The same key on another course is another batch.
    other = course_for(org)
    fresh = domain.issue_certificates(
        actor=org.owner,
        course=other,
        items=items_for(attendees_for(other, 1)),
        idempotency_key="retry",
    )
    assert not fresh.replayed
    assert_ledger_consistent(org.organisation)


def test_names_are_copied_nfc(catalogue_factory, queued):
    org = certified_org()
    course = course_for(org)
    decomposed = unicodedata.normalize("NFD", "Ștefan")
    attendee = attendees_for(course, 1, first_name=decomposed, surname="Țurcanu")[0]
    assert attendee.first_name != "Ștefan"
    (certificate,) = domain.issue_certificates(
        actor=org.owner, course=course, items=items_for([attendee])
    ).certificates
    assert certificate.first_name == "Ștefan" and certificate.surname == "Țurcanu"
    assert certificate.attendee_name == "Ștefan Țurcanu"


def test_defaults_for_type_and_language(catalogue_factory, queued):
    org = certified_org()
    chinese = course_for(org, language="zh-hant", certificate_type="completion")
    people = attendees_for(chinese, 2)
    items = domain.default_items(chinese)
    assert items == [
        {"attendee": p.pk, "certificate_type": "completion", "language": "zh_TW"} for p in people
    ]
    assert domain.default_items(chinese, certificate_type="attendance", language="sv")[0] == {
        "attendee": people[0].pk,
        "certificate_type": "attendance",
        "language": "sv",
    }
    german = course_for(org, language="de")
    attendees_for(german, 1)
    assert domain.default_items(german)[0]["language"] == "en"
    assert domain.default_items(german)[0]["certificate_type"] == "attendance"
    for code, expected in [
        ("ro", "ro"),
        ("sv-SE", "sv"),
        ("zh_TW", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("zh-hans", None),
        ("zh", None),
        ("", None),
    ]:
        assert domain.certificate_language(code) == expected
    # Items without type or language take the course's; certified attendees leave the list.
    result = domain.issue_certificates(
        actor=org.owner, course=chinese, items=[{"attendee": people[0].pk}]
    )
    certificate = result.certificates[0]
    assert (certificate.certificate_type.slug, certificate.language) == ("completion", "zh_TW")
    assert [i["attendee"] for i in domain.default_items(chinese)] == [people[1].pk]


def test_who_may_issue(catalogue_factory, queued):
    org = certified_org()
    course = course_for(org)
    people = attendees_for(course, 3)
    stranger = catalogue_factory.user("stranger")
    other = certified_org()
    for who in (stranger, other.owner, None):
        with pytest.raises(domain.Forbidden):
            domain.issue_certificates(actor=who, course=course, items=items_for(people[:1]))
    domain.issue_certificates(actor=org.convener, course=course, items=items_for(people[:1]))
    domain.issue_certificates(actor=manager(), course=course, items=items_for(people[1:2]))
    # An organisation no longer certified (archived) issues nothing, but managers still may.
    CertifyingOrganisation.objects.filter(pk=org.pk).update(archived=True)
    course.refresh_from_db()
    with pytest.raises(domain.Forbidden):
        domain.issue_certificates(actor=org.owner, course=course, items=items_for(people[2:]))
    assert Certificate.objects.count() == 2


# --- corrections ------------------------------------------------------------------------------


def test_a_correction_within_the_window_keeps_the_id_and_the_history(
    catalogue_factory, queued, monkeypatch, django_capture_on_commit_callbacks
):
    org = certified_org()
    course = course_for(org)
    (certificate,) = issued(course, 1)
    move_clock(monkeypatch, 29)
    with django_capture_on_commit_callbacks(execute=True):
        corrected = domain.correct_certificate(
            actor=org.owner,
            certificate=certificate,
            first_name=unicodedata.normalize("NFD", " Ștefania "),
            surname="Popescu",
            reason="Typo",
        )
    assert corrected.certificate_id == certificate.certificate_id
    assert (corrected.first_name, corrected.surname, corrected.revision) == (
        "Ștefania",
        "Popescu",
        2,
    )
    history = CertificateCorrection.objects.get(certificate=certificate)
    assert (history.old_first_name, history.new_first_name, history.revision) == (
        certificate.first_name,
        "Ștefania",
        2,
    )
    attendee = Attendee.objects.get(pk=certificate.attendee_id)
    assert (attendee.first_name, attendee.surname) == ("Ștefania", "Popescu")
    assert queued["render_certificates"].calls[-1] == {"certificate_ids": [certificate.pk]}
    event = Event.objects.get(action="certificate.correct")
    assert event.before == {"revision": 1} and event.after["revision"] == 2
    assert "Ștefania" not in str(event.after)
    # The same names again change nothing.
    same = domain.correct_certificate(
        actor=org.owner, certificate=certificate, first_name="Ștefania", surname="Popescu"
    )
    assert same.revision == 2 and CertificateCorrection.objects.count() == 1
    with pytest.raises(domain.Invalid) as invalid:
        domain.correct_certificate(
            actor=org.owner, certificate=certificate, first_name=" ", surname="x" * 151
        )
    assert set(invalid.value.errors) == {"first_name", "surname"}
    assert org.refresh().credit_balance == 19  # corrections are free


def test_after_the_correction_window_only_managers_correct(catalogue_factory, queued, monkeypatch):
    org = certified_org()
    course = course_for(org)
    (certificate,) = issued(course, 1)
    move_clock(monkeypatch, 31)
    with pytest.raises(domain.Forbidden) as refused:
        domain.correct_certificate(
            actor=org.owner, certificate=certificate, first_name="Ana", surname="Popa"
        )
    assert str(refused.value) == "After 30 days only certification managers correct a certificate."
    corrected = domain.correct_certificate(
        actor=manager(), certificate=certificate, first_name="Ana", surname="Popa"
    )
    assert corrected.revision == 2
    with pytest.raises(domain.Forbidden):
        domain.correct_certificate(
            actor=catalogue_factory.user("nobody"),
            certificate=certificate,
            first_name="X",
            surname="Y",
        )


def test_a_revoked_certificate_is_not_corrected(catalogue_factory, queued):
    org = certified_org()
    (certificate,) = issued(course_for(org), 1)
    domain.revoke_certificate(actor=org.owner, certificate=certificate, reason="Duplicate")
    with pytest.raises(domain.Refused) as refused:
        domain.correct_certificate(
            actor=org.owner, certificate=certificate, first_name="A", surname="B"
        )
    assert refused.value.code == "revoked"


# --- revocation -------------------------------------------------------------------------------


def test_revoking_within_the_window_refunds_the_credit(catalogue_factory, queued, monkeypatch):
    org = certified_org(credits=3)
    course = course_for(org)
    (certificate,) = issued(course, 1)
    assert org.refresh().credit_balance == 2
    with pytest.raises(domain.Invalid):
        domain.revoke_certificate(actor=org.owner, certificate=certificate, reason=" ")
    move_clock(monkeypatch, 30)  # the course ends tomorrow: still within 30 days of its end
    revoked = domain.revoke_certificate(
        actor=org.convener, certificate=certificate, reason="Did not attend."
    )
    assert revoked.status == "revoked" and revoked.revoked_at is not None
    assert revoked.revoke_reason == "Did not attend." and revoked.revoked_by == org.convener
    refund = CreditEntry.objects.get(kind="refund")
    assert refund.credits == 1 and refund.certificate_id == certificate.pk
    assert org.refresh().credit_balance == 3
    event = Event.objects.get(action="certificate.revoke")
    assert event.after["refunded"] == 1 and event.after["status"] == "revoked"
    with pytest.raises(domain.Refused) as twice:
        domain.revoke_certificate(actor=org.owner, certificate=certificate, reason="Again")
    assert twice.value.code == "revoked"
    assert CreditEntry.objects.filter(kind="refund").count() == 1
    assert Certificate.objects.get(pk=certificate.pk).status == "revoked"  # it stays
    assert_ledger_consistent(org.organisation)


def test_after_the_revoke_window_only_managers_and_without_refund(
    catalogue_factory, queued, monkeypatch
):
    org = certified_org(credits=3)
    course = course_for(org)
    first, second = issued(course, 2)
    move_clock(monkeypatch, 32)  # course ended yesterday + 1: 31 days after its end
    with pytest.raises(domain.Forbidden):
        domain.revoke_certificate(actor=org.owner, certificate=first, reason="Late")
    boss = manager()
    domain.revoke_certificate(actor=boss, certificate=first, reason="Fraud")
    assert not CreditEntry.objects.filter(kind="refund").exists()
    assert org.refresh().credit_balance == 1
    domain.revoke_certificate(actor=boss, certificate=second, reason="Goodwill", refund=True)
    assert org.refresh().credit_balance == 2
    assert_ledger_consistent(org.organisation)


def test_within_the_window_an_owners_revocation_always_refunds(catalogue_factory, queued):
    org = certified_org(credits=3)
    (certificate,) = issued(course_for(org), 1)
    domain.revoke_certificate(actor=org.owner, certificate=certificate, reason="x", refund=False)
    # Within the window an owner's revocation refunds whatever they pass.
    assert org.refresh().credit_balance == 3


# --- sending ----------------------------------------------------------------------------------


def test_sending_once_then_only_an_explicit_resend(
    catalogue_factory, queued, django_capture_on_commit_callbacks
):
    org = certified_org()
    course = course_for(org)
    certificates = issued(course, 3)
    domain.revoke_certificate(actor=org.owner, certificate=certificates[2], reason="x")
    with django_capture_on_commit_callbacks(execute=True):
        deliveries = domain.request_sending(actor=org.owner, certificates=certificates)
    assert [d.certificate_id for d in deliveries] == [c.pk for c in certificates[:2]]
    assert deliveries[0].email == certificates[0].attendee.email and not deliveries[0].resend
    assert queued["send_certificates"].calls == [{"delivery_ids": [d.pk for d in deliveries]}]
    assert domain.request_sending(actor=org.owner, certificates=certificates) == []
    resent = domain.request_sending(actor=org.owner, certificates=certificates[:1], resend=True)
    assert len(resent) == 1 and resent[0].resend
    assert CertificateDelivery.objects.count() == 3
    assert Event.objects.filter(action="certificate.send").count() == 3
    with pytest.raises(domain.Forbidden):
        domain.request_sending(actor=certified_org().owner, certificates=certificates)


# --- the organisation's certificate -----------------------------------------------------------


def test_approval_issues_the_organisation_certificate(
    catalogue_factory, queued, django_capture_on_commit_callbacks
):
    from reviews import domain as reviews

    boss = manager(catalogue_factory)
    application, _routing = routed_application(catalogue_factory, by=boss)
    assert not OrganisationCertificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        reviews.decide(
            application_id=application.pk,
            user=boss,
            outcome="approve",
            rationale="Strong contributions.",
        )
    issued_one = OrganisationCertificate.objects.get(organisation_id=application.organisation_id)
    assert issued_one.certificate_id == "QGIS-ORG-1" and issued_one.number == 1
    assert issued_one.language == "en"
    assert queued["render_organisation_certificate"].calls == [
        {"organisation_certificate_id": issued_one.pk}
    ]
    assert Event.objects.filter(action="organisation_certificate.issue").count() == 1
    again = domain.issue_organisation_certificate(organisation=application.organisation)
    assert again.pk == issued_one.pk
    other = certified_org(credits=0).organisation
    assert domain.issue_organisation_certificate(organisation=other).certificate_id == (
        "QGIS-ORG-2"
    )
    assert CertificateCounter.objects.get(pk=1).last_number == 0


def test_a_rejection_issues_no_organisation_certificate(catalogue_factory, queued):
    from reviews import domain as reviews

    boss = manager(catalogue_factory)
    application, _routing = routed_application(catalogue_factory, by=boss)
    reviews.decide(application_id=application.pk, user=boss, outcome="reject", rationale="Not yet.")
    assert not OrganisationCertificate.objects.exists()


# --- ids --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" qgis-12 ", "QGIS-12"),
        ("QGIS-1", "QGIS-1"),
        ("qgis12", "QGIS-12"),
        ("QGIS 007", "QGIS-7"),
        ("QGIS-0", None),
        ("QGIS-", None),
        ("12", None),
        ("QGIS-ORG-3", None),
        ("QGIS-12; DROP", None),
        ("", None),
        (None, None),
        ("QGIS-" + "9" * 20, None),
    ],
)
def test_normalise_certificate_id(text, expected):
    assert domain.normalise_certificate_id(text) == expected


def test_normalise_organisation_certificate_id():
    assert domain.normalise_organisation_certificate_id(" qgis-org-3 ") == "QGIS-ORG-3"
    assert domain.normalise_organisation_certificate_id("QGIS-3") is None


# --- the ledger -------------------------------------------------------------------------------


def test_the_ledger_refuses_to_go_below_zero(catalogue_factory):
    org = certified_org(credits=2)
    with transaction.atomic():
        locked = ledger.lock(org.pk)
        with pytest.raises(ledger.NotEnoughCredits) as refused:
            ledger.post(organisation=locked, kind="charge", credits=-3, actor=org.owner)
        assert (refused.value.needed, refused.value.available) == (3, 2)
        with pytest.raises(domain.Invalid):
            ledger.post(organisation=locked, kind="gift", credits=1, actor=None)
        with pytest.raises(domain.Invalid):
            ledger.post(organisation=locked, kind="charge", credits=0, actor=None)
    with pytest.raises(domain.Invalid):
        ledger.grant(organisation=org.organisation, credits=5, actor=None, reason="")
    with pytest.raises(domain.Forbidden):
        ledger.adjust(organisation=org.organisation, credits=5, actor=org.owner, reason="gift")
    entry = ledger.adjust(organisation=org.organisation, credits=-2, actor=manager(), reason="x")
    assert entry.kind == "adjustment" and entry.balance_after == 0
    assert org.organisation.credit_balance == 0
    with transaction.atomic(), pytest.raises(ledger.NotEnoughCredits, match=r"^1 credit needed"):
        ledger.post(organisation=ledger.lock(org.pk), kind="charge", credits=-1, actor=None)
    event = Event.objects.filter(action="credits.adjustment").get()
    assert event.after == {"organisation": org.pk, "credits": -2, "balance": 0, "certificate": None}
    assert ledger.PRICE_PER_CREDIT_CENTS == 2000 and ledger.CURRENCY == "EUR"


def test_the_ledger_sum_equals_the_balance_after_every_kind_of_entry(
    catalogue_factory, queued, monkeypatch
):
    org = certified_org(credits=10)
    course = course_for(org)
    certificates = issued(course, 4)
    domain.revoke_certificate(actor=org.owner, certificate=certificates[0], reason="x")
    ledger.grant(organisation=org.organisation, credits=5, actor=None, reason="Top-up")
    ledger.adjust(organisation=org.organisation, credits=-1, actor=manager(), reason="Fix")
    move_clock(monkeypatch, 40)
    domain.revoke_certificate(actor=manager(), certificate=certificates[1], reason="late")
    kinds = list(CreditEntry.objects.values_list("kind", flat=True))
    assert set(kinds) == {"top_up", "charge", "refund", "adjustment"}
    assert org.refresh().credit_balance == 10 - 4 + 1 + 5 - 1
    assert_ledger_consistent(org.organisation)


def test_the_command_issues_the_missing_organisation_certificates(catalogue_factory, queued):
    from io import StringIO

    from django.core.management import call_command

    first, second = certified_org(credits=0), certified_org(credits=0)
    catalogue_factory.organisation(status=CertifyingOrganisation.Status.SUBMITTED)
    catalogue_factory.organisation(archived=True)
    domain.issue_organisation_certificate(organisation=first.organisation)
    out = StringIO()
    call_command("issue_organisation_certificates", stdout=out)
    assert out.getvalue().strip() == "1 issued: QGIS-ORG-2"
    assert OrganisationCertificate.objects.get(organisation=second.organisation).number == 2
    again = StringIO()
    call_command("issue_organisation_certificates", stdout=again)
    assert again.getvalue().strip() == "0 issued"


def test_the_command_enqueues_the_pending_pdfs_again(catalogue_factory, queued):
    from io import StringIO

    from django.core.management import call_command

    org = certified_org()
    done, behind, never = issued(course_for(org), 3)
    Certificate.objects.filter(pk=done.pk).update(pdf="certificates/x.pdf", pdf_revision=1)
    Certificate.objects.filter(pk=behind.pk).update(pdf="certificates/y.pdf", revision=2)
    organisation_certificate = domain.issue_organisation_certificate(organisation=org.organisation)
    out = StringIO()
    call_command("render_pending_certificates", "--chunk", "1", stdout=out)
    assert queued["render_certificates"].calls == [
        {"certificate_ids": [behind.pk]},
        {"certificate_ids": [never.pk]},
    ]
    assert queued["render_organisation_certificate"].calls == [
        {"organisation_certificate_id": organisation_certificate.pk}
    ]
    assert out.getvalue().strip() == "2 certificate(s), 1 organisation certificate(s)"


def test_the_organisation_certificate_speaks_the_language_applied_in(catalogue_factory, queued):
    from applications.models import Application

    application, _routing = routed_application(catalogue_factory, by=manager(catalogue_factory))
    Application.objects.filter(pk=application.pk).update(language="zh-hant")
    issued_one = domain.issue_organisation_certificate(organisation=application.organisation)
    assert issued_one.language == "zh_TW"
