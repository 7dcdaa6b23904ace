"""Write the demo catalogue (:mod:`catalogue.demo_plan`) into the database, idempotently.

Every row is found again by a natural key (organisation and centre names, course-type and
course slugs, usernames), so running the seed twice changes nothing, and running it on a later
day moves the demo courses' dates instead of adding new courses.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from accounts.emails import mark_verified
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone
from payments import ledger
from payments.models import CreditEntry

from .demo_plan import (
    CERTIFICATE_TYPES,
    OrganisationPlan,
    build_plan,
    course_type_slug,
    edge_case_names,
)
from .models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
    UserGroup,
)
from .user_groups import (
    QGIS_USER_GROUPS_FILE,
    UserGroupRecord,
    import_user_groups,
    save_user_groups,
)

#: Password of the demo accounts (documented in the README; demo servers only).
DEMO_PASSWORD = "qgis-demo-2026"  # noqa: S105 - published demo credential, never production

#: The group the accounts app's migration creates for certification managers.
MANAGERS_GROUP = "Certification managers"

#: Used when QGIS's user-group file is not installed.
FALLBACK_USER_GROUPS = (
    UserGroupRecord("QGIS România", "RO", "https://qgis.ro", "", 2018),
    UserGroupRecord("QGIS Sverige", "SE", "http://qgis.se", "", 2017),
    UserGroupRecord("QGIS 臺灣使用者社群", "TW", "", "", 2020),
)


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: str


DEMO_USERS = (
    DemoUser("admin", "Ada", "Admin", "superuser"),
    DemoUser("owner", "Olga", "Owner", "organisation owner"),
    DemoUser("convener", "Constantin", "Convener", "course convener"),
    DemoUser("reviewer", "Radu", "Reviewer", "reviewer"),
    DemoUser("manager", "Maja", "Manager", "certification manager"),
)


@dataclass(frozen=True)
class SeedReport:
    organisations: int
    training_centers: int
    courses: int
    user_groups: int
    user_groups_source: str
    demo_users: tuple[str, ...]


def flush_catalogue() -> None:
    """Delete every catalogue row (courses first: they protect their types and centres;
    before them the certificates and credit entries, which protect courses and organisations)."""
    from certificates.demo import flush_certificates
    from payments.demo import flush_payments

    flush_payments()
    flush_certificates()
    Course.objects.all().delete()
    CourseConvener.objects.all().delete()
    CourseType.objects.all().delete()
    TrainingCenter.objects.all().delete()
    CertifyingOrganisation.objects.all().delete()
    CertificateType.objects.all().delete()
    UserGroup.objects.all().delete()


def seed_user_groups(path: Path = QGIS_USER_GROUPS_FILE) -> str:
    """Import QGIS's user groups when the file is there, else a few built-in ones."""
    if path.is_file():
        import_user_groups(path)
        return str(path)
    save_user_groups(list(FALLBACK_USER_GROUPS))
    return "built-in list"


def _user(username: str, first_name: str, last_name: str) -> User:
    user, _ = get_user_model().objects.update_or_create(
        username=username, defaults={"first_name": first_name, "last_name": last_name}
    )
    return user


def _fund(organisation: CertifyingOrganisation, credits: int) -> None:
    """The plan's balance, through the ledger (the balance is the sum of its entries), once:
    what the certificates and payments demos add or spend later stays on a second seed."""
    if CreditEntry.objects.filter(organisation=organisation).exists():
        return
    missing = credits - ledger.balance(organisation)
    if missing:
        ledger.grant(organisation=organisation, credits=missing, actor=None, reason="Demo credits")


def _seed_organisation(
    index: int, plan: OrganisationPlan, certificate_types: dict[str, CertificateType]
) -> CertifyingOrganisation:
    organisation, _ = CertifyingOrganisation.objects.update_or_create(
        name=plan.name,
        defaults={
            "country": plan.country,
            "status": plan.status,
            "archived": plan.archived,
            "organisation_email": plan.email,
            "url": plan.url,
            "address": plan.address,
            "organisation_phone": plan.phone,
        },
    )
    _fund(organisation, plan.credit_balance)
    conveners = {}
    for convener in plan.conveners:
        user = _user(convener.username, convener.first_name, convener.last_name)
        if not user.password:  # a new convener account: nobody logs in with it
            user.set_unusable_password()
            user.save(update_fields=["password"])
        conveners[convener.username], _ = CourseConvener.objects.get_or_create(
            user=user, certifying_organisation=organisation
        )
    centres = {}
    for centre in plan.centres:
        centres[centre.name], _ = TrainingCenter.objects.update_or_create(
            name=centre.name,
            defaults={
                "certifying_organisation": organisation,
                "longitude": centre.longitude,
                "latitude": centre.latitude,
                "email": centre.email,
                "phone": centre.phone,
            },
        )
    course_types = {}
    for position, type_name in enumerate(plan.course_types, start=1):
        course_types[type_name], _ = CourseType.objects.update_or_create(
            slug=course_type_slug(index, type_name, position),
            defaults={
                "certifying_organisation": organisation,
                "name": type_name,
                "instruction_hours": 16,
                "description": f"{type_name}: a certified QGIS course.",
            },
        )
    for course in plan.courses:
        training_centre = centres[course.centre]
        course_type = course_types[course.course_type]
        Course.objects.update_or_create(
            slug=course.slug,
            defaults={
                "name": (
                    f"{course_type.name} - {training_centre.name} - {course.start_date.isoformat()}"
                ),
                "certifying_organisation": organisation,
                "course_type": course_type,
                "course_convener": conveners[course.convener],
                "training_center": training_centre,
                "start_date": course.start_date,
                "end_date": course.end_date,
                "language": course.language,
                "trained_competence": course.trained_competence,
                "certificate_type": certificate_types.get(course.certificate_type or ""),
            },
        )
    return organisation


def remove_edge_cases(today: datetime.date) -> None:
    """Delete the rows ``--edge-cases`` added, so a plain seed is the demo a newcomer sees."""
    names = edge_case_names()
    plans = [plan for plan in build_plan(today, edge_cases=True) if plan.name in names]
    organisations = CertifyingOrganisation.objects.filter(name__in=names)
    Course.objects.filter(certifying_organisation__in=organisations).delete()
    CourseType.objects.filter(certifying_organisation__in=organisations).delete()
    TrainingCenter.objects.filter(certifying_organisation__in=organisations).delete()
    CourseConvener.objects.filter(certifying_organisation__in=organisations).delete()
    usernames = [convener.username for plan in plans for convener in plan.conveners]
    get_user_model().objects.filter(username__in=usernames, course_conveners=None).delete()
    # Demo rows only: a real ledger is never deleted (its entries protect the organisation).
    CreditEntry.objects.filter(organisation__in=organisations).delete()
    organisations.delete()


def seed_demo_users(first_organisation: CertifyingOrganisation) -> tuple[str, ...]:
    """One account per role, all with :data:`DEMO_PASSWORD`. Demo servers only."""
    for demo in DEMO_USERS:
        user = _user(demo.username, demo.first_name, demo.last_name)
        user.email = f"{demo.username}@demo.example"
        user.is_superuser = demo.role == "superuser"
        user.is_staff = demo.role in {"superuser", "certification manager"}
        user.set_password(DEMO_PASSWORD)
        user.save()
        mark_verified(user)  # web sign-in needs a verified address
        if demo.role == "organisation owner":
            first_organisation.owners.add(user)
        elif demo.role == "course convener":
            CourseConvener.objects.get_or_create(
                user=user, certifying_organisation=first_organisation
            )
        elif demo.role == "reviewer":
            group = UserGroup.objects.filter(country=first_organisation.country).first()
            if group:
                group.members.add(user)
        elif demo.role == "certification manager":
            managers = Group.objects.filter(name=MANAGERS_GROUP).first()
            if managers:
                user.groups.add(managers)
    return tuple(demo.username for demo in DEMO_USERS)


@transaction.atomic
def seed_demo(
    *,
    with_users: bool = True,
    flush: bool = False,
    edge_cases: bool = False,
    today: datetime.date | None = None,
    user_groups_file: Path = QGIS_USER_GROUPS_FILE,
) -> SeedReport:
    """Create or refresh the demo catalogue; see the module docstring. ``edge_cases`` adds the
    hostile organisations for tests; without it they are removed if an earlier seed made them."""
    today = today or timezone.localdate()
    if flush:
        flush_catalogue()
    elif not edge_cases:
        remove_edge_cases(today)
    source = seed_user_groups(user_groups_file)
    certificate_types = {}
    for name, slug, order in CERTIFICATE_TYPES:
        certificate_types[slug], _ = CertificateType.objects.update_or_create(
            slug=slug, defaults={"name": name, "order": order}
        )
    plan = build_plan(today, edge_cases=edge_cases)
    organisations = [
        _seed_organisation(index, org, certificate_types) for index, org in enumerate(plan, start=1)
    ]
    users = seed_demo_users(organisations[0]) if with_users else ()
    if with_users:
        from applications.demo import seed_demo_applications
        from reviews.demo import seed_demo_reviews

        users = (*users, seed_demo_applications(), *seed_demo_reviews())
        # After the reviews: their approvals may issue organisation certificates first.
        from certificates.demo import seed_demo_certificates

        seed_demo_certificates()
        from payments.demo import seed_demo_payments

        payments = seed_demo_payments()
        users = (*users, *(payments.users if payments else ()))
    return SeedReport(
        organisations=CertifyingOrganisation.objects.count(),
        training_centers=TrainingCenter.objects.count(),
        courses=Course.objects.count(),
        user_groups=UserGroup.objects.count(),
        user_groups_source=source,
        demo_users=users,
    )
