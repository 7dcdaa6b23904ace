"""Every endpoint x method x role answers what tests/server/permission_table.py decided.

The URL map is walked (``get_resolver()``, recursively, every pattern); for DRF views the
allowed methods are read from the view, plain Django views are tried with every method of
``PLAIN_METHODS``, admin views with GET and POST (the only two the admin tells apart). An
endpoint with no row in the table fails with the row to add; a row whose endpoint is gone
fails too. URL arguments come from real rows: a private (draft) organisation with a centre
and courses, and a certified one; organisation-scoped endpoints are asked about the private
one, where the roles differ.

``python tests/server/test_permission_matrix.py`` is not a thing; to see what the service
answers today, run ``pytest tests/server/test_permission_matrix.py -k observed -s`` with
``PERMISSION_MATRIX_DUMP=1``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from accounts.models import ApiToken
from accounts.roles import CERTIFICATION_MANAGERS_GROUP
from applications.models import Application, Material
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.utils import timezone

from tests.server import permission_table as table

PLAIN_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
ADMIN_METHODS = ("GET", "POST")


@dataclass(frozen=True)
class Endpoint:
    pattern: str  # the full pattern, prefixes joined, as Django prints it
    name: str | None  # namespaced route name
    callback: Any

    @property
    def key(self) -> str:
        """What the table is keyed on: the route name, or the pattern for unnamed ones."""
        return self.name or self.pattern

    @property
    def is_admin(self) -> bool:
        return self.pattern.startswith("admin/")

    @property
    def methods(self) -> tuple[str, ...]:
        cls = getattr(self.callback, "cls", None)  # DRF: APIView.as_view() sets it
        if cls is not None:
            actions = getattr(self.callback, "actions", None)  # a ViewSet route
            names = (
                set(actions) if actions else {m for m in cls.http_method_names if hasattr(cls, m)}
            )
            if "get" in names:
                names.add("head")  # as Django's View.setup() and DRF's ViewSet do
            names.add("options")
            return tuple(m for m in PLAIN_METHODS if m.lower() in names)
        return ADMIN_METHODS if self.is_admin else PLAIN_METHODS


def walk(resolver: URLResolver, prefix: str = "", namespace: str = "") -> list[Endpoint]:
    found: list[Endpoint] = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            found += walk(entry, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            name = None
            if entry.name:
                name = f"{namespace}:{entry.name}" if namespace else entry.name
            found.append(Endpoint(prefix + str(entry.pattern), name, entry.callback))
    return found


def endpoints() -> list[Endpoint]:
    return walk(get_resolver())


def row_for(endpoint: Endpoint, method: str) -> tuple[Any, dict[str, int]] | None:
    """The table row deciding ``endpoint`` + ``method``: exact, else an admin family."""
    exact = table.TABLE.get((endpoint.key, method))
    if exact is not None:
        return (endpoint.key, method), exact
    if endpoint.is_admin:
        matches = [
            (family, method)
            for family, family_method in table.ADMIN_FAMILIES
            if family_method == method and re.fullmatch(family, endpoint.key)
        ]
        assert len(matches) <= 1, f"{endpoint.key} {method} is in several families: {matches}"
        if matches:
            return matches[0], table.ADMIN_FAMILIES[matches[0]]
    return None


# --- the rows and the people ---------------------------------------------------------------


class World:
    """Real rows for every URL argument, and one user per role."""

    def __init__(self, f) -> None:
        self.private = f.organisation("Private Draft Org", country="RO", status="draft")
        self.certified = f.organisation("Certified Org", country="RO")
        self.elsewhere = f.organisation("Elsewhere Org", country="SE")
        self.centre = f.training_center(self.private, "Private Centre")
        self.course = f.course(
            self.private, start=f.today + timedelta(days=5), training_center=self.centre
        )
        f.course(self.private, start=f.today - timedelta(days=20), training_center=self.centre)
        f.course(self.certified, start=f.today + timedelta(days=5))
        f.course(self.certified, start=f.today - timedelta(days=20))
        users = {role: f.user(role) for role in table.ROLES if role != "anonymous"}
        self.private.owners.add(users["owner"])
        self.elsewhere.owners.add(users["other_owner"])
        self.course.course_convener.user = users["convener"]
        self.course.course_convener.save()
        self.group = f.user_group(country="RO", coordinator=users["coordinator"])
        self.group.members.add(users["reviewer"], users["conflicted"])
        f.user_group(country="SE").members.add(users["other_reviewer"])
        manager = users["manager"]
        manager.is_staff = True
        manager.save()
        manager.groups.add(Group.objects.get(name=CERTIFICATION_MANAGERS_GROUP))
        self.users: dict[str, Any] = {"anonymous": None, **users}
        f.certificate_type()
        self.application = Application.objects.create(
            organisation=self.private,
            details={"name": self.private.name},
            last_activity_at=timezone.now(),
        )
        # Files of a second draft (the owner withdraws the first before its files are asked
        # about): the DELETE row removes the first, the download rows fetch the second.
        self.with_files = Application.objects.create(
            organisation=self.private,
            details={"name": self.private.name},
            last_activity_at=timezone.now(),
        )
        self.materials = material_rows(self.with_files, users["owner"])
        self.routed = routed_rows(self.private, self.group, users)
        decided_rows(self.elsewhere, manager, users["other_owner"])
        self.trainers, self.training_course, self.attendee = training_rows(f, self.course, users)
        self.order, self.invoice, self.unpaid = payment_rows(self.trainers, users)
        admin_rows()
        self.token, _key = ApiToken.issue(users["owner"], "permission matrix")

    def arguments(self, endpoint: Endpoint) -> dict[str, str]:
        """Values for the pattern's arguments, from the rows above."""
        by_route = {
            "accounts:token-revoke": {"pk": self.token.pk},
            "catalogue:training-center": {"pk": self.centre.pk},
            "api:training-centre-detail": {"pk": self.centre.pk},
            "api:course-detail": {"pk": self.course.pk},
            "api:course-type-detail": {"slug": self.course.course_type.slug},
            "admin:auth_user_password_change": {"id": self.users["user"].pk},
        }
        for route in ("detail", "submit", "withdraw", "reapply", "events", "round"):
            by_route[f"api:application-{route}"] = {"pk": self.application.pk, "number": 1}
        for route in REVIEW_ROUTES:
            by_route[f"api:application-{route}"] = {"pk": self.routed.pk}
        by_route["api:user-group-invitations"] = {"pk": self.group.pk}
        # Issue 12: asked about the certified organisation's course and its QGIS-1.
        for route in (
            "course-attendees",
            "course-attendees-import",
            "course-certificates",
            "course-certificates-zip",
            "course-certificates-send",
        ):
            by_route[f"api:{route}"] = {"pk": self.training_course.pk}
        by_route["api:course-attendee"] = {
            "pk": self.training_course.pk,
            "attendee_pk": self.attendee.pk,
        }
        by_route["api:convener-detail"] = {"pk": self.trainers.course_convener.pk}
        for route in ("organisation-certificate", "organisation-certificate-pdf"):
            by_route[f"api:{route}"] = {"slug": self.trainers.organisation.slug}
        for route in ("credits", "credit-limit"):
            by_route[f"api:{route}"] = {"slug": self.trainers.organisation.slug}
        for route in ("order", "order-refund"):
            by_route[f"api:{route}"] = {"pk": self.order.pk}
        for route in ("invoice", "invoice-pdf", "invoice-qr"):
            by_route[f"api:{route}"] = {"number": self.invoice.number}
        by_route["api:invoice-mark-paid"] = {"number": self.unpaid.number}
        by_route["api:payment-webhook"] = {"provider": "sandbox"}
        first, second = (material.pk for material in self.materials)
        files = self.with_files.pk
        by_route["api:application-materials"] = {"pk": files}
        by_route["api:application-material"] = {"pk": files, "material_pk": first}
        by_route["api:application-material-download"] = {"pk": files, "material_pk": second}
        values: dict[str, Any] = {
            "slug": self.private.slug,
            "course_slug": self.course.slug,
            "certificate_id": "QGIS-1",
            "token": "not-a-signed-invitation",
            "rest": "feed/upcoming-course/",
            "app_label": "catalogue",
            "url": "no-such-admin-page/",
            "content_type_id": ContentType.objects.get_for_model(type(self.private)).pk,
            "object_id": self.private.pk,
        }
        model_admin = getattr(endpoint.callback, "model_admin", None)
        if model_admin is not None:
            first = model_admin.model._default_manager.order_by("pk").first()
            values["object_id"] = first.pk if first is not None else 0
        values.update(by_route.get(endpoint.name or "", {}))
        return {k: str(v) for k, v in values.items()}

    def client(self, role: str, path: str) -> Client:
        user = self.users[role]
        if user is not None and path.startswith("/api/"):
            # A fresh token per request: signing out (api:token-revoke) revokes the one it
            # carries, and the requests after it must not find their token revoked.
            _token, key = ApiToken.issue(user, "matrix")
            return Client(HTTP_AUTHORIZATION=f"Token {key}")
        client = Client()
        if user is not None:
            client.force_login(user)
        return client


#: The reviews endpoints of an application (issue 11), asked about the World's routed one.
REVIEW_ROUTES = (
    "conflict-declaration",
    "reviews",
    "my-review",
    "my-review-submit",
    "opinion",
    "screening",
    "decision",
    "appeal",
)


def routed_rows(organisation: Any, group: Any, users: dict[str, Any]) -> Application:
    """An application of ``organisation`` under review by ``group``: "reviewer" declared no
    conflict, "conflicted" declared one (and is out), "coordinator" coordinates the group.
    Rows only (no domain call), so the organisation's other rows keep their answers."""
    from reviews.models import Assignment, Invitation, Review, RoutedGroup, Routing, RubricVersion

    moment = timezone.now()
    application = Application.objects.create(
        organisation=organisation,
        details={"name": organisation.name},
        state="under_review",
        round=1,
        submitted_at=moment,
        last_activity_at=moment,
    )
    routing = Routing.objects.create(
        application=application,
        round=1,
        target="group",
        reason_code="local_group",
        routed_at=moment,
        due_at=moment + timedelta(days=30),
        rubric_version=RubricVersion.current(),
    )
    RoutedGroup.objects.create(routing=routing, user_group=group)
    assignment = Assignment.objects.create(
        routing=routing,
        reviewer=users["reviewer"],
        user_group=group,
        declaration="none",
        declared_at=moment,
        created_at=moment,
    )
    Assignment.objects.create(
        routing=routing,
        reviewer=users["conflicted"],
        user_group=group,
        declaration="conflict",
        conflict_kind="colleague",
        conflict_reason="We work together.",
        declared_at=moment,
        active=False,
        created_at=moment,
    )
    Review.objects.create(
        assignment=assignment, rubric_version=routing.rubric_version, updated_at=moment
    )
    Invitation.objects.create(
        user_group=group,
        email="invited@example.org",
        invited_by=users["coordinator"],
        created_at=moment,
        expires_at=moment + timedelta(days=14),
    )
    return application


def training_rows(f: Any, private_course: Any, users: dict[str, Any]) -> tuple[Any, Any, Any]:
    """Issue 12: a certified organisation that "owner" owns and "convener" convenes for, with
    20 credits, its certificate (QGIS-ORG-1), a started course with an attendee holding
    QGIS-1 and one waiting; and a certificate row on the private course (so deleting it, its
    type or its centre is refused: in_use)."""
    from certificates import domain, tasks
    from certificates.models import Attendee, Certificate

    from tests.server.factories_certificates import (
        attendees_for,
        certificate_types,
        certified_org,
        course_for,
        issued,
    )

    trainers = certified_org(owner=users["owner"], convener=users["convener"], f=f)
    mark = domain.issue_organisation_certificate(organisation=trainers.organisation)
    course = course_for(trainers, f=f)
    [certificate] = issued(course, 1, actor=users["owner"])
    # The PDFs and the badge, made now (a test's transaction never commits: no on_commit).
    tasks.render_certificates.call(certificate_ids=[certificate.pk])
    tasks.render_organisation_certificate.call(organisation_certificate_id=mark.pk)
    attendees_for(course, 1)
    person = Attendee.objects.create(
        organisation=private_course.certifying_organisation,
        first_name="Pia",
        surname="Private",
        email="pia@example.org",
    )
    Certificate.objects.create(
        number=900,
        certificate_id="QGIS-900",
        course=private_course,
        attendee=person,
        certificate_type=certificate_types()["attendance"],
        first_name="Pia",
        surname="Private",
        issued_at=timezone.now(),
    )
    return trainers, course, certificate.attendee


def payment_rows(trainers: Any, users: dict[str, Any]) -> tuple[Any, Any, Any]:
    """Issue 13: two bank-transfer orders of the certified organisation (their open
    invoices: one asked about, one marked paid), a card order paid in the sandbox and
    partly refunded, a webhook event, a statement import and a credit account."""
    from payments import domain, reconciliation
    from payments.models import WebhookEvent

    owner, manager = users["owner"], users["manager"]
    organisation = trainers.organisation
    order = domain.create_order(
        actor=owner, organisation=organisation, credits=2, method="bank_transfer"
    )
    other = domain.create_order(
        actor=owner, organisation=organisation, credits=1, method="bank_transfer"
    )
    card = domain.create_order(actor=owner, organisation=organisation, credits=2, method="card")
    payment = card.payments.get()
    domain.confirm_payment(payment=payment, amount_cents=payment.amount_cents, currency="EUR")
    domain.refund_credits(actor=manager, order=card, credits=1, reason="matrix")
    WebhookEvent.objects.create(
        provider="sandbox", event_id="evt_matrix", event_type="confirmed", outcome="matrix"
    )
    reconciliation.import_statement(
        actor=manager, filename="matrix.csv", data=b"date;amount;reference\n2026-01-05;1,00;x\n"
    )
    domain.set_credit_limit(actor=manager, organisation=organisation, credit_limit=5, reason="m")
    return order, order.invoice, other.invoice


def decided_rows(organisation: Any, manager: Any, owner: Any) -> Application:
    """A rejected and appealed application of ``organisation`` (a Decision and an Appeal for
    the admin's object views), apart from the routed one so its appeal stays to be made."""
    from reviews.models import Appeal, Decision

    moment = timezone.now()
    application = Application.objects.create(
        organisation=organisation,
        details={"name": organisation.name},
        state="appealed",
        round=1,
        last_activity_at=moment,
    )
    Decision.objects.create(
        application=application,
        round=1,
        outcome="reject",
        rationale="Too little.",
        decided_by=manager,
        decided_at=moment,
    )
    Appeal.objects.create(
        application=application,
        round=1,
        criteria=["quality"],
        evidence="New courses.",
        submitted_by=owner,
        submitted_at=moment,
    )
    return application


def material_rows(application: Application, owner: Any) -> list[Material]:
    """Two stored material files of ``application`` (in the test's MEDIA_ROOT)."""
    rows = []
    for n in (1, 2):
        material = Material(
            application=application,
            course_key="c1",
            part="lectures",
            filename=f"lecture-{n}.pdf",
            size=9,
            sha256=str(n) * 64,
            content_type="application/pdf",
            uploaded_by=owner,
        )
        material.file.save(f"lecture-{n}.pdf", ContentFile(b"%PDF-1.7\n"), save=True)
        rows.append(material)
    return rows


@pytest.fixture(autouse=True)
def private_media(settings: Any, tmp_path: Any) -> None:
    """The World's material files go to a temporary folder, not the service's DATA_DIR."""
    settings.MEDIA_ROOT = tmp_path / "media"


def admin_rows() -> None:
    """One row in each admin-registered table that has none yet, so object views of the admin
    are asked about a row that exists (a missing one is a redirect before any permission)."""
    now = timezone.now()
    if apps.is_installed("axes"):
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        seen = {"user_agent": "matrix", "ip_address": "127.0.0.1", "username": "nobody"}
        seen |= {"http_accept": "*/*", "path_info": "/accounts/login/"}
        AccessAttempt.objects.create(**seen, get_data="", post_data="", failures_since_start=1)
        AccessFailureLog.objects.create(**seen)
        AccessLog.objects.create(**seen)
    if apps.is_installed("django_tasks_db"):
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.create(
            args_kwargs={"args": [], "kwargs": {}},
            task_path="matrix.task",
            backend_name="default",
            run_after=now,
            exception_class_path="",
            traceback="",
        )
    if apps.is_installed("audit"):
        from audit.domain import record

        record(actor=None, action="matrix.row", object_type="matrix", object_id="1")


GROUP = re.compile(r"\(\?P<(\w+)>")
CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>")


def path_of(endpoint: Endpoint, values: dict[str, str]) -> str:
    """The pattern with its arguments filled in; checked to resolve back to the endpoint."""
    text = table.SAMPLE_PATHS.get(endpoint.key)
    if text is None:
        text = endpoint.pattern
        while match := GROUP.search(text):  # replace each (?P<name>...) group, nesting included
            depth, end = 0, match.start()
            for end in range(match.start(), len(text)):
                depth += {"(": 1, ")": -1}.get(text[end], 0)
                if depth == 0:
                    break
            text = text[: match.start()] + values[match.group(1)] + text[end + 1 :]
        text = CONVERTER.sub(lambda m: values[m.group(1)], text.replace("^", "").replace("$", ""))
    path = "/" + text
    found = resolve(path)
    assert found.func is endpoint.callback, f"{path} resolves to {found.route}, not {endpoint.key}"
    return path


def ask(client: Client, method: str, path: str, key: str = "") -> int:
    """The status of one request; a crash is a 500 like in production, not an abort."""
    client.raise_request_exception = False
    accept = table.ACCEPT.get((key, method), "application/json")
    return client.generic(method, path, HTTP_ACCEPT=accept).status_code


# --- the tests -----------------------------------------------------------------------------


def test_every_endpoint_and_method_has_a_row():
    missing = [
        f"({endpoint.key!r}, {method!r})  # pattern {endpoint.pattern}"
        for endpoint in endpoints()
        for method in endpoint.methods
        if row_for(endpoint, method) is None
    ]
    assert not missing, "No decision in permission_table.py for:\n" + "\n".join(missing)


def test_every_row_has_an_endpoint():
    live = {(endpoint.key, method) for endpoint in endpoints() for method in endpoint.methods}
    stale = sorted(set(table.TABLE) - live)
    assert not stale, f"Rows in permission_table.TABLE for endpoints that do not exist: {stale}"
    admin = [(e, m) for e in endpoints() if e.is_admin for m in e.methods]
    unused = [
        family
        for family, method in table.ADMIN_FAMILIES
        if not any(m == method and re.fullmatch(family, e.key) for e, m in admin)
    ]
    assert not unused, f"Admin families that match no admin endpoint: {unused}"
    assert set(table.SAMPLE_PATHS) <= {e.key for e in endpoints()}


def test_every_row_names_every_role():
    for key, row in {**table.TABLE, **table.ADMIN_FAMILIES}.items():
        assert set(row) == set(table.ROLES), key


@pytest.mark.django_db
def test_the_world_has_a_row_for_every_admin_model(catalogue_factory):
    World(catalogue_factory)
    empty = [m._meta.label for m in admin.site._registry if not m._default_manager.exists()]
    assert not empty, f"Give World a row of {empty}: admin object views need one"


@pytest.mark.django_db
@pytest.mark.parametrize("role", table.ROLES)
def test_answers(catalogue_factory, role):
    world = World(catalogue_factory)
    wrong = []
    for endpoint in endpoints():
        path = path_of(endpoint, world.arguments(endpoint))
        for method in endpoint.methods:
            found = row_for(endpoint, method)
            if found is None:
                continue  # reported by test_every_endpoint_and_method_has_a_row
            key, row = found
            status = ask(world.client(role, path), method, path, endpoint.key)
            if status != row[role]:
                wrong.append(f"{key} {method} {path}: expected {row[role]}, got {status}")
    assert not wrong, f"As {role}:\n" + "\n".join(wrong)


@pytest.mark.django_db
def test_certified_organisation_pages_and_feeds_are_public(catalogue_factory):
    """The same organisation-scoped endpoints, asked about the certified organisation: 200
    to every role (the table's 404s are about privacy, not about the endpoint)."""
    world = World(catalogue_factory)
    course = world.certified.courses.first()
    paths = [
        f"/en/certifyingorganisation/{world.certified.slug}/",
        f"/en/certifyingorganisation/{world.certified.slug}/course/{course.slug}/",
        f"/en/certifyingorganisation/{world.certified.slug}/trainingcenter/"
        f"{course.training_center_id}/",
        f"/api/v1/organisations/{world.certified.slug}/",
        f"/api/v1/courses/{course.pk}/",
        f"/api/v1/training-centres/{course.training_center_id}/",
        f"/api/v1/course-types/{course.course_type.slug}/",
    ] + [
        f"/en/certifyingorganisation/{world.certified.slug}/feed/{feed}/"
        for feed in ("training-center", "upcoming-course", "past-course")
    ]
    for role in table.ROLES:
        for path in paths:
            assert ask(world.client(role, path), "GET", path) == 200, (role, path)


@pytest.mark.django_db
@pytest.mark.skipif(not os.environ.get("PERMISSION_MATRIX_DUMP"), reason="development aid")
def test_observed(catalogue_factory):  # pragma: no cover - prints the matrix for the table
    world = World(catalogue_factory)
    for endpoint in endpoints():
        path = path_of(endpoint, world.arguments(endpoint))
        for method in endpoint.methods:
            answers = {
                r: ask(world.client(r, path), method, path, endpoint.key) for r in table.ROLES
            }
            print(repr((endpoint.key, method)), answers)
