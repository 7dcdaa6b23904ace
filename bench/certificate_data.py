"""Certificate bench data: a certified organisation with a started course of N attendees.

    setup_database(data_dir, env)               # this process on a new SQLite database
    world = build_world(attendees=1000, credits=3000)
    small = add_course(world, attendees=10)     # a second course of the same organisation

The catalogue rows (organisation, convener, centre, course type, courses) are plain ORM rows:
they are the stage, not what is measured. The credits go through ``payments.ledger.grant`` and
the attendees through ``certificates.attendees.import_attendees`` (one import per course, as
the plugin sends a CSV; plain rows while that module has not landed), so the ledger and the
attendee rows are the domain's own.
Deterministic. Not a bench itself (no ``__main__``: ``make bench`` runs only those).
"""

from __future__ import annotations

import datetime
import os
import sys
from dataclasses import dataclass
from typing import Any, Dict, List

from benchlib import SERVER

OWNER = "bench-owner"
CONVENER = "bench-convener"
ORGANISATION = "Bench Training Academy"
FIRST_NAMES = ("Ana", "Ștefan", "Åsa", "Björn", "美玲", "Ioana", "Erik", "志明", "Maria", "Țicu")
SURNAMES = ("Pop", "Țăranu", "Söderström", "Lindqvist", "陳", "Ionescu", "Berg", "林", "Dan")


@dataclass
class CourseData:
    course_id: int
    attendees: int


@dataclass
class World:
    owner: Any
    owner_token: str
    organisation: Any
    convener: Any
    centre: Any
    course_type: Any
    course: CourseData


def setup_database(data_dir: str, env: Dict[str, str], database_url: str = "") -> None:
    """Django in this process on the server's database: ``review_data.setup_django`` (a new
    SQLite file in ``data_dir``), or the PostgreSQL database ``database_url`` names (made
    empty by scripts/with-postgres.sh), migrated; ``env`` gets the same URL for the servers."""
    from review_data import setup_django

    if not database_url:
        setup_django(data_dir, env)
        return
    env["DATABASE_URL"] = database_url
    os.environ.update(env)
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    if str(SERVER) not in sys.path:
        sys.path.insert(0, str(SERVER))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def people_rows(count: int, offset: int = 0) -> List[dict]:
    """``count`` attendees with names in the certificates' scripts and unique e-mails."""
    return [
        {
            "first_name": FIRST_NAMES[n % len(FIRST_NAMES)],
            "surname": SURNAMES[(n // len(FIRST_NAMES)) % len(SURNAMES)],
            "email": f"attendee{n + offset:05d}@bench.example",
        }
        for n in range(count)
    ]


def _certificate_types() -> None:
    from catalogue.demo_plan import CERTIFICATE_TYPES
    from catalogue.models import CertificateType

    for name, slug, order in CERTIFICATE_TYPES:
        CertificateType.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})


def build_world(attendees: int, credits: int) -> World:
    from accounts.models import ApiToken
    from catalogue.models import CertifyingOrganisation, CourseConvener, CourseType, TrainingCenter
    from payments import ledger
    from review_data import bench_user

    _certificate_types()
    owner = bench_user(OWNER, "Oana", "Owner")
    convener_user = bench_user(CONVENER, "Ștefan", "Țurcanu")
    organisation = CertifyingOrganisation.objects.create(
        name=ORGANISATION,
        organisation_email="office@academy.bench.example",
        url="https://academy.bench.example",
        address="Strada Memorandumului 28, Cluj-Napoca",
        country="RO",
        status="approved",
    )
    organisation.owners.add(owner)
    convener = CourseConvener.objects.create(
        user=convener_user, certifying_organisation=organisation, title="Prof.", degree="PhD"
    )
    centre = TrainingCenter.objects.create(
        certifying_organisation=organisation,
        name="Bench Cluj Centre",
        longitude=23.59,
        latitude=46.77,
    )
    course_type = CourseType.objects.create(
        certifying_organisation=organisation,
        name="QGIS Desktop Essentials",
        instruction_hours="16",
        coursetype_link="https://academy.bench.example/essentials",
    )
    ledger.grant(organisation=organisation, credits=credits, actor=owner, reason="Bench")
    _row, token = ApiToken.issue(owner, "certificates bench")
    world = World(
        owner=owner,
        owner_token=str(token),
        organisation=organisation,
        convener=convener,
        centre=centre,
        course_type=course_type,
        course=CourseData(0, 0),
    )
    world.course = add_course(world, attendees, name="Bench course, 1,000 attendees")
    return world


def add_course(world: World, attendees: int, name: str = "Bench course", offset: int = 0) -> Any:
    """A course that started yesterday, with ``attendees`` imported through the domain."""
    from catalogue.models import CertificateType, Course
    from certificates.domain import today

    try:
        from certificates import attendees as attendee_domain
    except ImportError:  # not landed yet: the same rows by hand (the import is not measured)
        attendee_domain = None  # type: ignore[assignment]

    day = today()
    course = Course.objects.create(
        course_type=world.course_type,
        course_convener=world.convener,
        training_center=world.centre,
        certifying_organisation=world.organisation,
        name=name,
        start_date=day - datetime.timedelta(days=1),
        end_date=day,
        language="ro",
        trained_competence="Map making with QGIS",
        certificate_type=CertificateType.objects.get(slug="completion"),
    )
    rows = people_rows(attendees, offset)
    if attendee_domain is None:
        _orm_attendees(world, course, rows)
        return CourseData(course.pk, attendees)
    result = attendee_domain.import_attendees(
        actor=world.owner, course=course, source=rows, preview=False, skip_invalid=False
    )
    imported = getattr(result, "imported", None)
    if imported is None and isinstance(result, dict):
        imported = result.get("imported")
    if imported is not None and int(imported) != attendees:
        raise RuntimeError(f"imported {imported} of {attendees} attendees")
    return CourseData(course.pk, attendees)


def _orm_attendees(world: World, course: Any, rows: List[dict]) -> None:
    """The rows the import makes, while ``certificates.attendees`` has not landed."""
    from certificates.models import Attendee, CourseAttendee

    made = Attendee.objects.bulk_create(
        Attendee(organisation=world.organisation, **row) for row in rows
    )
    CourseAttendee.objects.bulk_create(
        CourseAttendee(course=course, attendee=attendee) for attendee in made
    )
