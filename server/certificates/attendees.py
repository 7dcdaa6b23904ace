"""The only code that changes a course's attendees (ARCHITECTURE §7).

An :class:`~certificates.models.Attendee` is a person known to one organisation, matched by
e-mail (stored lower-cased) within it: the same person on two courses is one row, whose
stored names win over a later list's (a name is fixed by a certificate correction, not by an
import). Keyword-only functions, one transaction and one audit event each (ids and counts,
never names or addresses); only :func:`~catalogue.rules.manages_organisation` users act.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from applications.domain import Forbidden, Invalid
from audit.domain import record
from catalogue.domain import FORBIDDEN, InUse
from catalogue.models import CertifyingOrganisation, Course
from catalogue.rules import manages_organisation
from catalogue.signals import touch_course
from django.db import transaction

from . import csv_import
from .models import Attendee, Certificate, CourseAttendee

NEW, EXISTING, ALREADY_ON_COURSE, INVALID = "new", "existing", "already_on_course", "invalid"
_CHUNK = 500


@dataclass
class ImportRow:
    line: int
    first_name: str
    surname: str
    email: str
    status: str
    errors: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "first_name": self.first_name,
            "surname": self.surname,
            "email": self.email,
            "status": self.status,
            "errors": {k: list(v) for k, v in self.errors.items()},
        }


@dataclass
class ImportResult:
    """The contract's import answer. ``refused``: invalid rows without ``skip_invalid`` (the
    API answers 400 with this body); nothing was written then, nor in a preview."""

    encoding: str
    separator: str
    header_mode: str
    preview: bool
    rows: list[ImportRow]
    valid: int = 0
    invalid: int = 0
    imported: int = 0
    skipped: int = 0
    refused: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "encoding": self.encoding,
            "separator": self.separator,
            "header_mode": self.header_mode,
            "preview": self.preview,
            "rows": [row.as_dict() for row in self.rows],
            "valid": self.valid,
            "invalid": self.invalid,
            "imported": self.imported,
            "skipped": self.skipped,
        }


def _require(actor: Any, organisation: CertifyingOrganisation) -> None:
    if not manages_organisation(actor, organisation):
        raise Forbidden(FORBIDDEN)


def _known(organisation_id: int, emails: list[str]) -> dict[str, int]:
    """Attendee ids of the organisation by e-mail, for ``emails``."""
    found: dict[str, int] = {}
    for start in range(0, len(emails), _CHUNK):
        chunk = emails[start : start + _CHUNK]
        found.update(
            Attendee.objects.filter(organisation_id=organisation_id, email__in=chunk).values_list(
                "email", "pk"
            )
        )
    return found


def _on_course(course: Course, attendee_ids: list[int]) -> set[int]:
    on: set[int] = set()
    for start in range(0, len(attendee_ids), _CHUNK):
        on.update(
            CourseAttendee.objects.filter(
                course=course, attendee_id__in=attendee_ids[start : start + _CHUNK]
            ).values_list("attendee_id", flat=True)
        )
    return on


# --- one by one --------------------------------------------------------------------------------


def add_attendee(*, actor: Any, course: Course, data: Mapping[str, Any]) -> CourseAttendee:
    """Put a person (``first_name``, ``surname``, ``email``) on the course.

    The organisation's attendee with that e-mail is reused (its stored names kept). The
    answer's ``created`` attribute is False when they were on the course already (the API's
    200 instead of 201); only an actual addition is audited.
    """
    _require(actor, course.certifying_organisation)
    person = csv_import.check_person(data.get("first_name"), data.get("surname"), data.get("email"))
    if person.errors:
        raise Invalid(person.errors)
    with transaction.atomic():
        attendee, new = Attendee.objects.get_or_create(
            organisation_id=course.certifying_organisation_id,
            email=person.email,
            defaults={"first_name": person.first_name, "surname": person.surname},
        )
        course_attendee, created = CourseAttendee.objects.get_or_create(
            course=course, attendee=attendee
        )
        if created:
            record(
                actor=actor,
                action="attendee.add",
                obj=course_attendee,
                after={"course": course.pk, "attendee": attendee.pk, "new_attendee": new},
            )
    course_attendee.created = created  # type: ignore[attr-defined]
    return course_attendee


def remove_attendee(*, actor: Any, course: Course, attendee: Attendee | int) -> None:
    """Take an attendee off the course; refused while they hold a valid certificate of it."""
    _require(actor, course.certifying_organisation)
    attendee_id = attendee if isinstance(attendee, int) else attendee.pk
    with transaction.atomic():
        course_attendee = (
            CourseAttendee.objects.select_for_update()
            .filter(course=course, attendee_id=attendee_id)
            .first()
        )
        if course_attendee is None:
            raise Invalid({"attendee": ["This person is not an attendee of the course."]})
        held = (
            Certificate.objects.filter(
                course=course, attendee_id=attendee_id, status=Certificate.Status.VALID
            )
            .values_list("certificate_id", flat=True)
            .first()
        )
        if held:
            raise InUse(
                f"This attendee holds the certificate {held} of this course: revoke it first."
            )
        record(
            actor=actor,
            action="attendee.remove",
            obj=course_attendee,
            before={"course": course.pk, "attendee": attendee_id},
        )
        course_attendee.delete()


def update_attendee(*, actor: Any, attendee: Attendee, data: Mapping[str, Any]) -> Attendee:
    """Fix a person's names or e-mail. Names only before any certificate of theirs (after,
    a certificate correction changes them, with its history); the e-mail any time."""
    _require(actor, attendee.organisation)
    with transaction.atomic():
        attendee = Attendee.objects.select_for_update().get(pk=attendee.pk)
        person = csv_import.check_person(
            data.get("first_name", attendee.first_name),
            data.get("surname", attendee.surname),
            data.get("email", attendee.email),
        )
        errors = {k: v for k, v in person.errors.items() if k in data}
        if errors:
            raise Invalid(errors)
        values = {"first_name": person.first_name, "surname": person.surname, "email": person.email}
        changed = [name for name, value in values.items() if getattr(attendee, name) != value]
        if not changed:
            return attendee
        if {"first_name", "surname"} & set(changed) and attendee.certificates.exists():
            raise InUse(
                "This attendee holds certificates: correct the names on a certificate instead."
            )
        if (
            "email" in changed
            and Attendee.objects.filter(
                organisation_id=attendee.organisation_id, email=person.email
            )
            .exclude(pk=attendee.pk)
            .exists()
        ):
            raise Invalid({"email": ["Another attendee of the organisation has this e-mail."]})
        for name in changed:
            setattr(attendee, name, values[name])
        attendee.save(update_fields=[*changed, "updated_at"])
        record(
            actor=actor, action="attendee.update", obj=attendee, after={"fields": sorted(changed)}
        )
    return attendee


# --- import ------------------------------------------------------------------------------------


def import_attendees(
    *,
    actor: Any,
    course: Course,
    source: bytes | list[dict[str, Any]],
    preview: bool,
    skip_invalid: bool = False,
) -> ImportResult:
    """Check a CSV file (bytes) or JSON rows and, unless ``preview``, put every valid person
    on the course: all or nothing, unless ``skip_invalid`` (then the invalid rows are left
    out). A file that cannot be read at all raises ``Invalid({"file": [...]})``."""
    _require(actor, course.certifying_organisation)
    parsed = (
        csv_import.parse(bytes(source))
        if isinstance(source, (bytes, bytearray, memoryview))
        else csv_import.parse_rows(source)
    )
    if parsed.errors:
        raise Invalid(parsed.errors)
    organisation_id = course.certifying_organisation_id
    with transaction.atomic():
        result = _classify(course, organisation_id, parsed, preview)
        result.refused = bool(result.invalid) and not skip_invalid and not preview
        if preview or result.refused:
            return result
        result.skipped = result.invalid
        to_add = [row for row in result.rows if row.status in (NEW, EXISTING)]
        result.imported = _add_all(course, organisation_id, to_add)
        record(
            actor=actor,
            action="attendee.import",
            obj=course,
            after={
                "course": course.pk,
                "rows": len(result.rows),
                "new": sum(row.status == NEW for row in result.rows),
                "existing": sum(row.status == EXISTING for row in result.rows),
                "already_on_course": sum(row.status == ALREADY_ON_COURSE for row in result.rows),
                "imported": result.imported,
                "skipped": result.skipped,
            },
        )
    return result


def _classify(
    course: Course, organisation_id: int, parsed: csv_import.ParsedCsv, preview: bool
) -> ImportResult:
    emails = [row.email for row in parsed.rows if row.valid]
    known = _known(organisation_id, emails)
    on_course = _on_course(course, list(known.values()))
    rows = []
    for row in parsed.rows:
        if not row.valid:
            status = INVALID
        elif row.email not in known:
            status = NEW
        elif known[row.email] in on_course:
            status = ALREADY_ON_COURSE
        else:
            status = EXISTING
        rows.append(
            ImportRow(row.line, row.first_name, row.surname, row.email, status, dict(row.errors))
        )
    invalid = sum(row.status == INVALID for row in rows)
    return ImportResult(
        parsed.encoding,
        parsed.separator,
        parsed.header_mode,
        preview,
        rows,
        valid=len(rows) - invalid,
        invalid=invalid,
    )


def _add_all(course: Course, organisation_id: int, rows: list[ImportRow]) -> int:
    """Create the new people, then the course rows; concurrent imports of the same people
    meet the unique constraints, which ``ignore_conflicts`` turns into no-ops."""
    Attendee.objects.bulk_create(
        [
            Attendee(
                organisation_id=organisation_id,
                first_name=row.first_name,
                surname=row.surname,
                email=row.email,
            )
            for row in rows
            if row.status == NEW
        ],
        batch_size=_CHUNK,
        ignore_conflicts=True,
    )
    ids = _known(organisation_id, [row.email for row in rows])
    before = CourseAttendee.objects.filter(course=course).count()
    CourseAttendee.objects.bulk_create(
        [CourseAttendee(course=course, attendee_id=ids[row.email]) for row in rows],
        batch_size=_CHUNK,
        ignore_conflicts=True,
    )
    added = CourseAttendee.objects.filter(course=course).count() - before
    if added:
        touch_course(course.pk)  # bulk_create sends no post_save
    return added
