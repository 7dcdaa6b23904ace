"""applications.domain: the state table per role, the self-check gate, the limits, idempotent
submits, frozen rounds, the audit trail and the idle-draft sweep."""

from __future__ import annotations

import itertools
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from applications import domain
from applications.documents import canonical_json, sha256_of
from applications.models import Application, Round, SelfCheckQuestion, SelfCheckVersion, State
from audit.domain import verify_chain
from audit.models import Event
from catalogue.models import CertifyingOrganisation
from django.core.management import call_command
from django.utils import timezone

from tests.server.factories_applications import (
    complete_data,
    make_manager,
    new_application,
    submitted,
)

pytestmark = pytest.mark.django_db

ROLES = ("owner", "manager", "stranger", "system")


def _actor(role: str, application: Application, people: dict) -> object:
    return {"owner": application.organisation.owners.get(), "system": None}.get(
        role, people.get(role)
    )


def _call(action: str, application: Application, actor: object) -> Application:
    kwargs: dict = {"application_id": application.pk, "user": actor}
    if action == domain.Action.SUBMIT:
        return domain.submit(**kwargs)[0]
    if action in domain.REMARKS_REQUIRED:
        kwargs["remarks"] = "Because."
    if action == domain.Action.REAPPLY:  # a new draft; this application stays as it was
        draft = domain.reapply(**kwargs)
        assert draft.state == "draft" and draft.previous_id == application.pk
        application.refresh_from_db()
        return application
    return domain.ACTIONS[action](**kwargs)


def _expected(state: str, action: str, role: str) -> str:
    """What the table says: the new state, 'replay', 'conflict' or 'forbidden'."""
    table_role = {"stranger": "-"}.get(role, role)
    new = domain.TRANSITIONS.get((state, action, table_role))
    if new is not None:
        return new
    if action == "submit" and role == "owner" and state in ("submitted", "resubmitted"):
        return "replay"
    if any(a == action and r == table_role for (_s, a, r) in domain.TRANSITIONS):
        return "conflict"
    return "forbidden"


@pytest.mark.parametrize(
    ("state", "action", "role"), list(itertools.product(State.values, domain.Action, ROLES))
)
def test_every_state_action_and_role(catalogue_factory, state, action, role):
    people = {"manager": make_manager(catalogue_factory), "stranger": catalogue_factory.user()}
    application = new_application(catalogue_factory)
    round_number = 1 if state not in ("draft",) else 0
    Application.objects.filter(pk=application.pk).update(state=state, round=round_number)
    application.refresh_from_db()
    expected = _expected(state, action, role)
    actor = _actor(role, application, people)
    if expected == "forbidden":
        with pytest.raises(domain.Forbidden):
            _call(action, application, actor)
    elif expected == "conflict":
        with pytest.raises(domain.NotAllowed) as raised:
            _call(action, application, actor)
        assert raised.value.state == state
        assert action not in raised.value.allowed_actions
    elif expected == "replay":
        before = Round.objects.count()
        assert _call(action, application, actor).state == state
        assert Round.objects.count() == before
    else:
        assert _call(action, application, actor).state == expected
        application.refresh_from_db()
        assert application.state == expected
        assert Event.objects.filter(action=f"application.{action}").count() == 1


def test_the_table_spelt_out():
    """A few lines of the table in words, so a typo in the table cannot pass unnoticed."""
    t = domain.TRANSITIONS
    assert t[("draft", "submit", "owner")] == "submitted"
    assert t[("changes_requested", "submit", "owner")] == "resubmitted"
    assert t[("resubmitted", "start_screening", "manager")] == "screening"
    assert t[("screening", "route", "system")] == "under_review"
    assert t[("under_review", "approve", "manager")] == "approved"
    assert t[("screening", "reject", "manager")] == "rejected"
    assert ("screening", "approve", "manager") not in t
    assert t[("rejected", "appeal", "owner")] == "appealed"
    assert t[("appealed", "approve", "manager")] == "approved"
    assert t[("appealed", "reject", "manager")] == "rejected"
    assert t[("appealed", "withdraw", "owner")] == "withdrawn"
    assert ("approved", "withdraw", "owner") not in t
    assert ("draft", "approve", "manager") not in t
    assert not any(role == "owner" and a == "approve" for (_s, a, role) in t)
    withdrawable = {s for (s, a, r) in t if a == "withdraw"}
    assert withdrawable == {
        s for s in State.values if s not in ("approved", "rejected", "withdrawn")
    }


def test_organisation_status_follows(catalogue_factory):
    manager = make_manager(catalogue_factory)
    application = submitted(catalogue_factory)
    org = CertifyingOrganisation.objects.get(pk=application.organisation_id)
    assert org.status == "submitted"
    domain.start_screening(application_id=application.pk, user=manager)
    org.refresh_from_db()
    assert org.status == "under_review"
    with pytest.raises(domain.NotAllowed):  # screening never approves: the PSC, after review
        domain.approve(application_id=application.pk, user=manager, remarks="Well done.")
    domain.route(application_id=application.pk, user=manager)
    domain.approve(application_id=application.pk, user=manager, remarks="Well done.")
    org.refresh_from_db()
    assert org.status == "approved" and org.is_certified
    application.refresh_from_db()
    assert application.decided_at is not None and application.remarks == "Well done."


def test_remarks_are_required_for_decisions(catalogue_factory):
    manager = make_manager(catalogue_factory)
    application = submitted(catalogue_factory)
    domain.start_screening(application_id=application.pk, user=manager)
    domain.route(application_id=application.pk, user=manager)
    for function in (domain.request_changes, domain.approve, domain.reject):
        with pytest.raises(domain.Invalid) as raised:
            function(application_id=application.pk, user=manager, remarks="  ")
        assert set(raised.value.errors) == {"remarks"}
    application.refresh_from_db()
    assert application.state == "under_review"


def test_create_makes_a_draft_organisation_owned_by_the_user(catalogue_factory):
    owner = catalogue_factory.user()
    application = domain.create_application(user=owner, data={"details": {"name": "Nou"}})
    org = application.organisation
    assert org.status == "draft" and list(org.owners.all()) == [owner]
    assert application.state == "draft" and application.revision == 1
    with pytest.raises(domain.Invalid) as raised:
        domain.create_application(user=owner, data={"details": {"name": "nou"}})
    assert set(raised.value.errors) == {"details.name"}
    with pytest.raises(domain.Invalid):
        domain.create_application(user=owner, data={"details": {}})


# --- submitting --------------------------------------------------------------------------


def test_submit_lists_every_missing_field(catalogue_factory):
    application = new_application(catalogue_factory, complete=False, name="Empty")
    owner = application.organisation.owners.get()
    with pytest.raises(domain.Invalid) as raised:
        domain.submit(application_id=application.pk, user=owner)
    keys = set(raised.value.errors)
    assert {"details.email", "details.country", "details.address"} <= keys
    assert {"contributions", "courses"} <= keys
    assert {f"self_check.answers.{q}" for q in _current_keys()} <= keys
    application.refresh_from_db()
    assert application.state == "draft" and application.round == 0


def test_course_fields_and_material_are_checked(catalogue_factory):
    course = {"key": "c1", "title": "", "course_type": "", "licence": "", "qgis_version": ""}
    course["links"] = {"lectures": [], "exercises": [], "data": ["https://x.example/d.zip"]}
    application = new_application(catalogue_factory, courses=[course])
    owner = application.organisation.owners.get()
    with pytest.raises(domain.Invalid) as raised:
        domain.submit(application_id=application.pk, user=owner)
    assert set(raised.value.errors) == {
        "courses.0.title",
        "courses.0.course_type",
        "courses.0.licence",
        "courses.0.qgis_version",
        "courses.0.links",  # data alone is not enough: lectures or exercises
    }


def _current_keys() -> list[str]:
    return [q.key for q in SelfCheckVersion.current().questions.all()]


def test_self_check_gate_names_each_answer_not_yes(catalogue_factory):
    keys = _current_keys()
    assert keys == [
        "runs_training",
        "contributes_to_qgis",
        "shares_material",
        "pays_certificate_fee",
        "lawful_personal_data",
    ]
    answers = {key: True for key in keys}
    answers["shares_material"] = False
    del answers["pays_certificate_fee"]
    data = complete_data(self_check={"version": 1, "answers": answers})
    application = new_application(catalogue_factory, **data)
    owner = application.organisation.owners.get()
    with pytest.raises(domain.Invalid) as raised:
        domain.submit(application_id=application.pk, user=owner, language="sv")
    assert set(raised.value.errors) == {
        "self_check.answers.shares_material",
        "self_check.answers.pays_certificate_fee",
    }
    assert "utbildningsmaterial" in raised.value.errors["self_check.answers.shares_material"][0]


def test_a_new_self_check_version_must_be_answered(catalogue_factory):
    application = new_application(catalogue_factory)
    v2 = SelfCheckVersion.objects.create(number=2)
    SelfCheckQuestion.objects.create(version=v2, key="new_one", texts={"en": "New?"})
    owner = application.organisation.owners.get()
    with pytest.raises(domain.Invalid) as raised:
        domain.submit(application_id=application.pk, user=owner)
    assert set(raised.value.errors) == {"self_check.version", "self_check.answers.new_one"}


@pytest.mark.parametrize(
    ("certified", "applied"),
    [
        ("Geo Trainers SRL", "Géo Trainers SRL"),
        ("Școala GIS", "SCOALA  gis"),
        ("Øresund Kart AB", "oresund kart ab"),
        ("Weiß GIS", "WEISS gis "),
    ],
)
def test_a_certified_name_is_refused_whatever_case_and_accents(
    catalogue_factory, certified, applied
):
    catalogue_factory.organisation(certified)  # approved by default
    application = new_application(catalogue_factory, name=applied)
    owner = application.organisation.owners.get()
    with pytest.raises(domain.Invalid) as raised:
        domain.submit(application_id=application.pk, user=owner)
    assert set(raised.value.errors) == {"details.name"}


def test_a_non_certified_namesake_is_no_obstacle(catalogue_factory):
    catalogue_factory.organisation("Other Name", status="rejected")
    application = new_application(catalogue_factory, name="Other Name 2")
    owner = application.organisation.owners.get()
    assert domain.submit(application_id=application.pk, user=owner)[0].state == "submitted"


def test_one_open_application_per_organisation(catalogue_factory):
    application = new_application(catalogue_factory)
    owner = application.organisation.owners.get()
    Application.objects.create(
        organisation=application.organisation, last_activity_at=timezone.now(), state="screening"
    )
    with pytest.raises(domain.Invalid) as raised:
        domain.submit(application_id=application.pk, user=owner)
    assert list(raised.value.errors) == ["non_field_errors"]
    assert "one at a time" in raised.value.errors["non_field_errors"][0]


def test_applications_per_year(catalogue_factory, settings):
    settings.APPLICATIONS_PER_YEAR = 2
    application = new_application(catalogue_factory)
    owner = application.organisation.owners.get()
    now = timezone.now()
    for _ in range(2):
        old = Application.objects.create(
            organisation=application.organisation, last_activity_at=now, state="rejected"
        )
        Round.objects.create(
            application=old, number=1, snapshot={}, sha256="0" * 64, submitted_at=now
        )
    with pytest.raises(domain.Invalid) as raised:
        domain.submit(application_id=application.pk, user=owner)
    message = raised.value.errors["non_field_errors"][0]
    assert f"submitted 2 applications in {timezone.localtime(now).year}" in message
    assert "at most 2 a year" in message
    # Last year's do not count.
    Round.objects.update(submitted_at=now - timedelta(days=366))
    assert domain.submit(application_id=application.pk, user=owner)[0].state == "submitted"


def test_submit_is_idempotent_per_key_and_per_round(catalogue_factory):
    application = new_application(catalogue_factory)
    owner = application.organisation.owners.get()
    first, replayed = domain.submit(application_id=application.pk, user=owner, idempotency_key="k1")
    assert not replayed and first.round == 1
    again, replayed = domain.submit(application_id=application.pk, user=owner, idempotency_key="k1")
    assert replayed and again.round == 1 and again.revision == first.revision
    # No key, or a new key, for the round already submitted: the same answer, nothing twice.
    for key in (None, "k2"):
        same, replayed = domain.submit(
            application_id=application.pk, user=owner, idempotency_key=key
        )
        assert replayed and same.round == 1
    assert Round.objects.filter(application=application).count() == 1
    assert Event.objects.filter(action="application.submit").count() == 1


def test_the_same_key_after_a_resubmission_round_changes_nothing(catalogue_factory):
    manager = make_manager(catalogue_factory)
    application = submitted(catalogue_factory)
    owner = application.organisation.owners.get()
    domain.start_screening(application_id=application.pk, user=manager)
    domain.request_changes(application_id=application.pk, user=manager, remarks="More data.")
    second, replayed = domain.submit(
        application_id=application.pk, user=owner, idempotency_key="r2"
    )
    assert not replayed and second.state == "resubmitted" and second.round == 2
    third, replayed = domain.submit(application_id=application.pk, user=owner, idempotency_key="r2")
    assert replayed and third.round == 2
    assert Round.objects.filter(application=application).count() == 2


def test_rounds_are_frozen_with_a_verifiable_sha256(catalogue_factory):
    manager = make_manager(catalogue_factory)
    application = submitted(catalogue_factory)
    owner = application.organisation.owners.get()
    first = Round.objects.get(application=application, number=1)
    assert first.sha256 == sha256_of(first.snapshot)
    import hashlib

    assert hashlib.sha256(canonical_json(first.snapshot)).hexdigest() == first.sha256
    assert first.snapshot["details"]["name"] == "Geo Trainers SRL"
    assert first.snapshot["round"] == 1 and first.snapshot["state"] == "submitted"
    domain.start_screening(application_id=application.pk, user=manager)
    domain.request_changes(application_id=application.pk, user=manager, remarks="Title?")
    domain.update_draft(
        application_id=application.pk,
        user=owner,
        changes={"message": "Changed after round 1."},
    )
    domain.submit(application_id=application.pk, user=owner)
    first.refresh_from_db()
    assert first.snapshot["message"] == "Hello reviewers."  # round 1 kept as it was
    second = Round.objects.get(application=application, number=2)
    assert second.snapshot["message"] == "Changed after round 1."
    assert second.sha256 == sha256_of(second.snapshot) != first.sha256
    with pytest.raises(ValueError, match="read-only"):
        first.save()


def test_update_draft_is_partial_and_checks_the_revision(catalogue_factory):
    application = new_application(catalogue_factory)
    owner = application.organisation.owners.get()
    revision = application.revision
    updated = domain.update_draft(
        application_id=application.pk,
        user=owner,
        changes={"details": {"phone": "+40 1"}},
        if_match=revision,
    )
    assert updated.revision == revision + 1
    assert updated.details["phone"] == "+40 1" and updated.details["email"]  # merged
    assert updated.contributions.count() == 1  # untouched
    with pytest.raises(domain.Stale) as raised:
        domain.update_draft(
            application_id=application.pk, user=owner, changes={"message": "x"}, if_match=revision
        )
    assert raised.value.revision == revision + 1
    org = CertifyingOrganisation.objects.get(pk=application.organisation_id)
    assert org.organisation_phone == "+40 1"


def test_only_owners_edit_and_only_editable_states(catalogue_factory):
    manager = make_manager(catalogue_factory)
    application = submitted(catalogue_factory)
    owner = application.organisation.owners.get()
    with pytest.raises(domain.Forbidden):
        domain.update_draft(application_id=application.pk, user=manager, changes={})
    with pytest.raises(domain.NotAllowed) as raised:
        domain.update_draft(application_id=application.pk, user=owner, changes={"message": "x"})
    assert raised.value.state == "submitted" and raised.value.allowed_actions == ["withdraw"]


# --- audit ----------------------------------------------------------------------------------


def test_every_change_is_an_audit_event_and_the_chain_verifies(catalogue_factory):
    manager = make_manager(catalogue_factory)
    application = submitted(catalogue_factory)
    domain.start_screening(application_id=application.pk, user=manager)
    domain.route(application_id=application.pk)
    domain.reject(application_id=application.pk, user=manager, remarks="Not yet.")
    events = list(
        Event.objects.filter(object_type="applications.application", object_id=str(application.pk))
    )
    assert [e.action for e in events] == [
        "application.create",
        "application.submit",
        "application.start_screening",
        "application.route",
        "application.reject",
    ]
    assert events[-1].before["state"] == "under_review" and events[-1].after["state"] == "rejected"
    assert events[3].actor_pk is None  # the system routed it
    assert verify_chain().intact
    out = StringIO()
    call_command("verify_audit_log", stdout=out)
    assert "chain intact" in out.getvalue()


# --- idle drafts -------------------------------------------------------------------------------


def test_sweep_warns_once_then_deletes(
    catalogue_factory, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.APPLICATION_DRAFT_IDLE_DAYS = 365
    application = new_application(catalogue_factory, complete=False, name="Sleepy", language="ro")
    org_pk = application.organisation_id
    busy = new_application(catalogue_factory, complete=False, name="Busy")
    start = application.last_activity_at
    with django_capture_on_commit_callbacks(execute=True):
        assert domain.sweep_idle_drafts(moment=start + timedelta(days=334)) == {
            "warned": 0,
            "deleted": 0,
        }
        assert domain.sweep_idle_drafts(moment=start + timedelta(days=336)) == {
            "warned": 2,
            "deleted": 0,
        }
        assert domain.sweep_idle_drafts(moment=start + timedelta(days=340)) == {
            "warned": 0,
            "deleted": 0,
        }
    assert len(mailoutbox) == 2
    sleepy = next(m for m in mailoutbox if "Sleepy" in m.subject)
    assert "ștearsă" in sleepy.subject  # Romanian
    # Activity resets the clock (and the warning).
    owner = busy.organisation.owners.get()
    with mock.patch.object(domain, "now", return_value=start + timedelta(days=350)):
        domain.update_draft(application_id=busy.pk, user=owner, changes={"message": "still here"})
    with django_capture_on_commit_callbacks(execute=True):
        result = domain.sweep_idle_drafts(moment=start + timedelta(days=366))
    assert result == {"warned": 0, "deleted": 1}
    assert not Application.objects.filter(pk=application.pk).exists()
    assert not CertifyingOrganisation.objects.filter(pk=org_pk).exists()
    assert Application.objects.filter(pk=busy.pk).exists()
    assert Event.objects.filter(action="application.expire", object_id=str(application.pk)).exists()
    assert verify_chain().intact


def test_sweep_leaves_submitted_applications_alone(catalogue_factory):
    application = submitted(catalogue_factory)
    later = application.last_activity_at + timedelta(days=800)
    assert domain.sweep_idle_drafts(moment=later) == {"warned": 0, "deleted": 0}
    assert Application.objects.filter(pk=application.pk).exists()


def test_sweep_command(catalogue_factory):
    application = new_application(catalogue_factory, complete=False, name="Old")
    Application.objects.filter(pk=application.pk).update(
        last_activity_at=timezone.now() - timedelta(days=400)
    )
    out = StringIO()
    call_command("sweep_applications", stdout=out)
    assert "deleted 1" in out.getvalue()
    assert not Application.objects.filter(pk=application.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_submits_make_one_round_on_postgresql(catalogue_factory):
    """Four clients submit the same draft at once (different keys): the row lock lets one
    through; the others see it submitted and answer the same, nothing twice."""
    import threading

    from applications.self_check_seed import FIRST_VERSION_QUESTIONS
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("in-process threads need a server database (scripts/with-postgres.sh)")
    version, _created = SelfCheckVersion.objects.get_or_create(number=1)
    for position, (key, texts) in enumerate(FIRST_VERSION_QUESTIONS):
        SelfCheckQuestion.objects.get_or_create(
            version=version, key=key, defaults={"position": position, "texts": texts}
        )
    application = new_application(catalogue_factory)
    owner = application.organisation.owners.get()
    barrier = threading.Barrier(4)
    results: list[tuple[str, bool]] = []
    errors: list[str] = []

    def work(n: int) -> None:
        try:
            barrier.wait()
            done, replayed = domain.submit(
                application_id=application.pk, user=owner, idempotency_key=f"key-{n}"
            )
            results.append((done.state, replayed))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(results) == [("submitted", False)] + [("submitted", True)] * 3
    assert Round.objects.filter(application=application).count() == 1
    assert Event.objects.filter(action="application.submit").count() == 1
    assert verify_chain().intact
