"""Demo payments for ``seed_demo`` (after the certificates demo): the three ways to pay.

- Card: on the organisation the ``owner`` account owns (the one the certificates demo funds),
  a card order of 10 credits at the sandbox provider, paid by a signed sandbox webhook
  delivered through ``payments.webhooks.receive`` (the path an HTTP delivery takes): the
  ledger shows the top-up of that payment, the order has its paid receipt;
- bank transfer: on the same organisation, an order of 5 credits whose transfer invoice is
  open (IBAN, RF reference, EPC QR), waiting for the money;
- postpaid: a certified demo organisation nobody of the demo owned, with no credits (one in
  Sweden when there is one), owned by the ``postpaid`` account: a credit limit of 50, 8
  certificates issued last month (its own convener's course) taking the balance to -8, and
  that month's usage invoice (``issue_usage_invoices``).

Everything goes through the domains (orders, payments, ledger, invoices, audit events); only
the dates of last month's certificates and their charges are moved back, as the reviews demo
moves its rows. Idempotent: orders are found again by their idempotency keys, the course by
its slug, the usage invoice by its month; a second run changes nothing.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
from dataclasses import dataclass
from typing import Any

from accounts.emails import mark_verified
from catalogue.models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
)
from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.utils import timezone

from . import domain, ledger
from .models import CreditAccount, CreditEntry, Invoice, Order, Payment

OWNER = "owner"
MANAGER = "manager"
POSTPAID_USER = ("postpaid", "Petra", "Postpaid")
POSTPAID_SLUG = "demo-payments-postpaid"
POSTPAID_LIMIT = 50
POSTPAID_PEOPLE = (
    ("Astrid", "Lindgren"),
    ("Björn", "Åkesson"),
    ("Elsa", "Öberg"),
    ("Gustav", "Nyström"),
    ("Ingrid", "Sjöberg"),
    ("Lars", "Håkansson"),
    ("Maja", "Lundqvist"),
    ("Nils", "Ekström"),
)
CARD_KEY = "seed-demo-card"
TRANSFER_KEY = "seed-demo-transfer"
POSTPAID_KEY = "seed-demo-postpaid"
CARD_CREDITS, TRANSFER_CREDITS = 10, 5


@dataclass(frozen=True)
class DemoPayments:
    organisation: str
    card_order: int | None
    transfer_invoice: str | None
    postpaid_organisation: str
    postpaid_balance: int
    usage_invoice: str | None
    users: tuple[str, ...]


def _module(name: str) -> Any:
    """``payments.<name>``, or ``None`` while it is not there."""
    full = f"{__package__}.{name}"
    try:
        found = importlib.util.find_spec(full)
    except ModuleNotFoundError:
        found = None
    return importlib.import_module(full) if found is not None else None


def flush_payments() -> None:
    """Delete every payments row but the ledger (``certificates.demo.flush_certificates``
    deletes the entries): ``seed_demo --flush``."""
    from .models import StatementImport, WebhookEvent

    StatementImport.objects.all().delete()
    WebhookEvent.objects.all().delete()
    CreditEntry.objects.all().delete()
    from .models import Refund

    Refund.objects.all().delete()
    Invoice.objects.all().delete()
    Payment.objects.all().delete()
    Order.objects.all().delete()
    CreditAccount.objects.all().delete()


# --- card and bank transfer on the owner's organisation ----------------------------------


def sandbox_confirmation(payment: Payment) -> tuple[bytes, dict[str, str]] | None:
    """The sandbox provider's signed "paid" event for ``payment``: (body, headers), as the
    hosted sandbox page makes it; ``None`` while the sandbox provider is not there. The demo
    and bench/payments_bench.py deliver it."""
    sandbox = _module("providers.sandbox")
    if sandbox is None:
        return None
    body = sandbox.event_body(payment, "confirmed")
    return body, sandbox.sign(body)


def _confirm_by_sandbox_webhook(payment: Payment) -> None:
    """The signed event delivered through ``webhooks.receive`` (an HTTP delivery's path)."""
    webhooks = _module("webhooks")
    signed = sandbox_confirmation(payment)
    if webhooks is None or signed is None:
        return
    status, answer = webhooks.receive("sandbox", *signed)
    if status != 200:
        raise RuntimeError(f"the demo sandbox webhook answered {status}: {answer}")


def _card_order(owner: Any, organisation: CertifyingOrganisation) -> Order | None:
    order = Order.objects.filter(created_by=owner, idempotency_key=CARD_KEY).first()
    if order is None:
        if _module("providers") is None:
            return None
        order = domain.create_order(
            actor=owner,
            organisation=organisation,
            credits=CARD_CREDITS,
            method=Order.Method.CARD,
            idempotency_key=CARD_KEY,
        )
    if order.state == Order.State.OPEN:
        payment = order.payments.order_by("-pk").first()
        if payment is not None and payment.state in (
            Payment.State.CREATED,
            Payment.State.PENDING,
        ):
            _confirm_by_sandbox_webhook(payment)
        order.refresh_from_db()
    return order


def _transfer_order(owner: Any, organisation: CertifyingOrganisation) -> Order:
    order = Order.objects.filter(created_by=owner, idempotency_key=TRANSFER_KEY).first()
    if order is None:
        order = domain.create_order(
            actor=owner,
            organisation=organisation,
            credits=TRANSFER_CREDITS,
            method=Order.Method.BANK_TRANSFER,
            idempotency_key=TRANSFER_KEY,
        )
    return order


# --- the postpaid organisation ------------------------------------------------------------


def _postpaid_user() -> Any:
    from catalogue.demo import DEMO_PASSWORD

    username, first_name, last_name = POSTPAID_USER
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@demo.example",
        },
    )
    if created or not user.check_password(DEMO_PASSWORD):
        user.set_password(DEMO_PASSWORD)
        user.save()
    mark_verified(user)
    return user


def _postpaid_organisation(user: Any) -> tuple[CertifyingOrganisation, CourseConvener] | None:
    """A certified demo organisation on credit: the one an earlier seed chose (its course),
    else the first certified one nobody of the demo owns and with no ledger yet (one in
    Sweden first); ``user`` becomes its owner. Its own convener runs the course."""
    course = Course.objects.filter(slug=POSTPAID_SLUG).select_related("course_convener").first()
    organisation: CertifyingOrganisation | None
    if course is not None:
        organisation = course.certifying_organisation
    else:
        free = (
            CertifyingOrganisation.objects.certified()
            .filter(owners=None, credit_entries=None, training_centers__isnull=False)
            .exclude(course_types=None)
            .exclude(course_conveners=None)
            .distinct()
        )
        organisation = (
            free.filter(country="SE").order_by("pk").first() or free.order_by("pk").first()
        )
        if organisation is None:
            return None
    organisation.owners.add(user)
    convener = (
        course.course_convener
        if course is not None
        else CourseConvener.objects.filter(certifying_organisation=organisation)
        .order_by("pk")
        .first()
    )
    if convener is None:
        return None
    return organisation, convener


def _first_of_last_month(today: datetime.date) -> datetime.date:
    first = today.replace(day=1)
    return (first - datetime.timedelta(days=1)).replace(day=1)


def _last_month_course(
    organisation: CertifyingOrganisation, convener: CourseConvener, today: datetime.date
) -> Course:
    from certificates.demo import course_fields

    start = _first_of_last_month(today) + datetime.timedelta(days=9)
    course, _created = Course.objects.get_or_create(
        slug=POSTPAID_SLUG,
        defaults=course_fields(
            organisation,
            convener,
            start=start,
            days=1,
            language="sv",
            certificate_type=CertificateType.objects.filter(slug="attendance").first(),
            competence="Kartor och analys med QGIS",
        ),
    )
    return course


def _month_of_use(user: Any, course: Course, today: datetime.date) -> None:
    """The course's certificates, issued (on credit) once, then moved back into the course's
    month with their charges, so last month is what the usage invoice bills."""
    from certificates import domain as certificates
    from certificates.models import Attendee, CourseAttendee

    if course.certificates.exists():
        return
    people = []
    for index, (first_name, surname) in enumerate(POSTPAID_PEOPLE, start=1):
        attendee, _created = Attendee.objects.get_or_create(
            organisation_id=course.certifying_organisation_id,
            email=f"postpaid.{index}@demo.example",
            defaults={"first_name": first_name, "surname": surname},
        )
        CourseAttendee.objects.get_or_create(course=course, attendee=attendee)
        people.append(attendee)
    items = [
        {"attendee": person.pk, "certificate_type": "attendance", "language": "sv"}
        for person in people
    ]
    result = certificates.issue_certificates(
        actor=user, course=course, items=items, idempotency_key=POSTPAID_KEY
    )
    moment = timezone.make_aware(datetime.datetime.combine(course.end_date, datetime.time(16, 0)))
    ids = [certificate.pk for certificate in result.certificates]
    course.certificates.filter(pk__in=ids).update(issued_at=moment)
    CreditEntry.objects.filter(certificate_id__in=ids).update(created_at=moment)


def _postpaid(
    today: datetime.date,
) -> tuple[CertifyingOrganisation, Invoice | None, str] | None:
    user = _postpaid_user()
    found = _postpaid_organisation(user)
    if found is None:
        return None
    organisation, convener = found
    manager = get_user_model().objects.filter(username=MANAGER).first()
    account = CreditAccount.objects.filter(organisation=organisation).first()
    if account is None or account.credit_limit != POSTPAID_LIMIT:
        domain.set_credit_limit(
            actor=manager,
            organisation=organisation,
            credit_limit=POSTPAID_LIMIT,
            reason="Demo: postpaid, invoiced monthly",
        )
    course = _last_month_course(organisation, convener, today)
    _month_of_use(user, course, today)
    domain.issue_usage_invoices(today=today)
    usage = (
        Invoice.objects.filter(organisation=organisation, kind=Invoice.Kind.USAGE)
        .order_by("-period_start")
        .first()
    )
    organisation.refresh_from_db()
    return organisation, usage, user.username


def _pdfs(*organisations: CertifyingOrganisation) -> None:
    """The demo invoices' PDFs drawn at once, so the demo has them without a task worker."""
    invoice_pdf = _module("invoice_pdf")
    if invoice_pdf is None:
        return
    for invoice in Invoice.objects.filter(organisation__in=organisations, pdf=""):
        invoice_pdf.ensure_pdf(invoice)


def seed_demo_payments(today: datetime.date | None = None) -> DemoPayments | None:
    """Create or refresh the demo; ``None`` when the ``owner`` account or its certified
    organisation are missing (``seed_demo --no-with-users``)."""
    owner = get_user_model().objects.filter(username=OWNER).first()
    organisation = (
        CertifyingOrganisation.objects.certified().filter(owners=owner).order_by("pk").first()
        if owner
        else None
    )
    if owner is None or organisation is None:
        return None
    today = today or domain.today()
    card = _card_order(owner, organisation)
    transfer = _transfer_order(owner, organisation)
    found = _postpaid(today)
    postpaid, usage, username = found if found else (None, None, "")
    _pdfs(*(o for o in (organisation, postpaid) if o is not None))
    return DemoPayments(
        organisation=organisation.name,
        card_order=card.pk if card else None,
        transfer_invoice=getattr(getattr(transfer, "invoice", None), "number", None),
        postpaid_organisation=postpaid.name if postpaid else "",
        postpaid_balance=ledger.balance(postpaid) if postpaid else 0,
        usage_invoice=usage.number if usage else None,
        users=(username,) if username else (),
    )


def ledger_sum(organisation: CertifyingOrganisation) -> int:
    """The sum of the organisation's entries (what its balance must equal)."""
    total = CreditEntry.objects.filter(organisation=organisation).aggregate(t=Sum("credits"))["t"]
    return int(total or 0)
