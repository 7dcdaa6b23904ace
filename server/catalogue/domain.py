"""The only code that changes an organisation's training centres, course types, conveners and
courses (ARCHITECTURE §7).

Keyword-only functions, one transaction each, one audit event each
(``catalogue.<kind>.create|update|delete``, with ids and field names only). ``data`` is the
API's input as it came (text, numbers, ``None``); every field is checked here and all messages
are returned at once as :class:`~applications.domain.Invalid`. An update changes only the keys
``data`` holds (PATCH). Only :func:`~catalogue.rules.manages_organisation` users write
(:class:`~applications.domain.Forbidden` otherwise); a delete that courses or certificates
still refer to is refused with :class:`InUse` (the live site lost courses this way).
Feeds and API ETags follow by themselves (``catalogue.revision``: row counts and
``updated_at``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from applications.domain import DomainError, Forbidden, Invalid
from audit.domain import record
from django.conf.locale import LANG_INFO
from django.contrib.auth import get_user_model
from django.db import IntegrityError, models, transaction
from django.db.models.fields.files import FieldFile

from . import images
from . import validation as v
from .models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
)
from .rules import manages_organisation

FORBIDDEN = "Only the owners and conveners of a certified organisation may change its courses."
TRAINED_COMPETENCE_LENGTH = 120


class InUse(DomainError):
    """A delete refused because other rows refer to the object (409 ``in_use``)."""

    code = "in_use"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _require(actor: Any, organisation: CertifyingOrganisation) -> None:
    if not manages_organisation(actor, organisation):
        raise Forbidden(FORBIDDEN)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _audit(
    actor: Any, kind: str, verb: str, obj: models.Model, organisation_id: int, fields: list[str]
) -> None:
    state = {"id": obj.pk, "organisation": organisation_id, "fields": sorted(fields)}
    record(
        actor=actor,
        action=f"catalogue.{kind}.{verb}",
        obj=obj,
        before=state if verb == "delete" else None,
        after=None if verb == "delete" else state,
    )


def _save(obj: models.Model, field: str, message: str) -> None:
    """Save in a savepoint; a unique constraint lost to a concurrent write is a field error."""
    try:
        with transaction.atomic():
            obj.save()
    except IntegrityError:
        raise Invalid({field: [message]}) from None


def _delete_file_on_commit(file: FieldFile | None) -> None:
    """Remove a replaced or orphaned upload once the change is committed (not on rollback)."""
    if file and file.name:
        storage, name = file.storage, file.name
        transaction.on_commit(lambda: storage.delete(name))


def _replace_image(obj: models.Model, field: str, given: dict[str, Any]) -> bool:
    """Apply ``given[field]`` (a checked image, or ``None`` to remove) when it was given."""
    if field not in given:
        return False
    current: FieldFile = getattr(obj, field)
    old_name, storage = current.name, current.storage
    new = given[field]
    if new is None and not old_name:
        return False
    if new is not None:
        current.save(new.name, new, save=False)
    else:
        setattr(obj, field, "")
    if old_name:
        transaction.on_commit(lambda: storage.delete(old_name))
    return True


def _apply(obj: models.Model, values: Mapping[str, Any]) -> list[str]:
    """Set the model fields that change; their names."""
    changed = []
    for field, value in values.items():
        # A relation not set yet raises RelatedObjectDoesNotExist, an AttributeError.
        if obj._state.adding or getattr(obj, field, None) != value:
            setattr(obj, field, value)
            changed.append(field)
    return changed


_M = TypeVar("_M", bound=models.Model)


def _create(
    actor: Any,
    organisation: CertifyingOrganisation,
    obj: _M,
    save: Callable[[Any, _M, Mapping[str, Any], bool], _M],
    data: Mapping[str, Any],
) -> _M:
    """Check the actor, then ``save`` the new ``obj`` of ``organisation`` in one transaction."""
    _require(actor, organisation)
    with transaction.atomic():
        return save(actor, obj, data, True)


def _update(
    actor: Any,
    obj: Any,
    save: Callable[[Any, _M, Mapping[str, Any], bool], _M],
    data: Mapping[str, Any],
    rows: Any = None,
) -> _M:
    """Check the actor, lock ``obj``'s row (from ``rows``, its model's by default), ``save``."""
    _require(actor, obj.certifying_organisation)
    with transaction.atomic():
        if rows is None:
            rows = type(obj)._default_manager.select_for_update()
        return save(actor, rows.get(pk=obj.pk), data, False)


def _audit_save(actor: Any, kind: str, obj: Any, creating: bool, changed: list[str]) -> None:
    verb = "create" if creating else "update"
    _audit(actor, kind, verb, obj, obj.certifying_organisation_id, changed)


def _refuse_in_use(n: int, one: str, many: str, rest: str) -> None:
    """:class:`InUse` when ``n`` rows refer to the object: "<n> <one|many> <rest>"."""
    if n:
        raise InUse(f"{_plural(n, one, many)} {rest}")


def _delete(actor: Any, kind: str, obj: Any, file: FieldFile | None = None) -> None:
    """Audit and delete ``obj``; its ``file`` goes once the deletion is committed."""
    _audit(actor, kind, "delete", obj, obj.certifying_organisation_id, [])
    _delete_file_on_commit(file)
    obj.delete()


# --- training centres --------------------------------------------------------------------------

_CENTRE_NAME_TAKEN = (
    "A training centre with this name exists already (names are unique across all "
    "organisations): add the town or the organisation to it."
)


def _centre_values(data: Mapping[str, Any], creating: bool) -> tuple[dict[str, Any], v.Errors]:
    errors = v.Errors()
    out: dict[str, Any] = {}
    if creating:
        data = {"name": None, **data}
    errors.clean(data, "name", lambda x: v.text(x, max_length=200, required=True), out)
    errors.clean(data, "email", v.email, out)
    errors.clean(data, "phone", lambda x: v.text(x, max_length=64), out)
    errors.clean(data, "address", lambda x: v.text(x, max_length=1000, multiline=True), out)
    errors.clean(data, "url", v.http_url, out)
    errors.clean(data, "longitude", lambda x: v.coordinate(x, name="Longitude", limit=180), out)
    errors.clean(data, "latitude", lambda x: v.coordinate(x, name="Latitude", limit=90), out)
    return out, errors


def _save_centre(
    actor: Any, centre: TrainingCenter, data: Mapping[str, Any], creating: bool
) -> TrainingCenter:
    values, errors = _centre_values(data, creating)
    longitude = values.get("longitude", None if creating else centre.longitude)
    latitude = values.get("latitude", None if creating else centre.latitude)
    if (longitude is None) != (latitude is None) and not (
        {"longitude", "latitude"} & set(errors.errors)
    ):
        missing = "latitude" if latitude is None else "longitude"
        errors.add(missing, "Give both longitude and latitude, or neither (an online centre).")
    name = values.get("name")
    if name and TrainingCenter.objects.filter(name__iexact=name).exclude(pk=centre.pk).exists():
        errors.add("name", _CENTRE_NAME_TAKEN)
    if errors:
        raise Invalid(errors.errors)
    changed = _apply(centre, values)
    if creating or changed:
        _save(centre, "name", _CENTRE_NAME_TAKEN)
        _audit_save(actor, "training_centre", centre, creating, changed)
    return centre


def create_training_centre(
    *, actor: Any, organisation: CertifyingOrganisation, data: Mapping[str, Any]
) -> TrainingCenter:
    """A new centre of ``organisation``: with both longitude and latitude, or online."""
    centre = TrainingCenter(certifying_organisation=organisation)
    return _create(actor, organisation, centre, _save_centre, data)


def update_training_centre(
    *, actor: Any, centre: TrainingCenter, data: Mapping[str, Any]
) -> TrainingCenter:
    return _update(actor, centre, _save_centre, data)


def delete_training_centre(*, actor: Any, centre: TrainingCenter) -> None:
    """Refused while courses take place there: their certificates name the centre."""
    _require(actor, centre.certifying_organisation)
    with transaction.atomic():
        _refuse_in_use(
            Course.objects.filter(training_center=centre).count(),
            "course takes",
            "courses take",
            "place at this training centre; delete or move them first.",
        )
        _delete(actor, "training_centre", centre)


# --- course types ------------------------------------------------------------------------------


def _save_course_type(
    actor: Any, course_type: CourseType, data: Mapping[str, Any], creating: bool
) -> CourseType:
    errors = v.Errors()
    values: dict[str, Any] = {}
    if creating:
        data = {"name": None, **data}
    errors.clean(data, "name", lambda x: v.text(x, max_length=200, required=True), values)
    errors.clean(data, "description", lambda x: v.text(x, max_length=10000, multiline=True), values)
    errors.clean(data, "instruction_hours", v.hours, values)
    errors.clean(data, "coursetype_link", v.http_url, values)
    name = values.get("name")
    if (
        name
        and CourseType.objects.filter(
            certifying_organisation_id=course_type.certifying_organisation_id, name__iexact=name
        )
        .exclude(pk=course_type.pk)
        .exists()
    ):
        errors.add("name", "The organisation has a course type with this name already.")
    if errors:
        raise Invalid(errors.errors)
    changed = _apply(course_type, values)
    if creating or changed:
        course_type.save()  # the slug is made once, from the first name, and stays
        _audit_save(actor, "course_type", course_type, creating, changed)
    return course_type


def create_course_type(
    *, actor: Any, organisation: CertifyingOrganisation, data: Mapping[str, Any]
) -> CourseType:
    course_type = CourseType(certifying_organisation=organisation)
    return _create(actor, organisation, course_type, _save_course_type, data)


def update_course_type(
    *, actor: Any, course_type: CourseType, data: Mapping[str, Any]
) -> CourseType:
    return _update(actor, course_type, _save_course_type, data)


def delete_course_type(*, actor: Any, course_type: CourseType) -> None:
    _require(actor, course_type.certifying_organisation)
    with transaction.atomic():
        _refuse_in_use(
            Course.objects.filter(course_type=course_type).count(),
            "course is",
            "courses are",
            "of this type; delete them first.",
        )
        _delete(actor, "course_type", course_type)


# --- conveners ---------------------------------------------------------------------------------

NO_ACCOUNT = "No account with this user name or e-mail."


def find_account(value: Any) -> Any:
    """The active account whose user name (exactly) or e-mail (any case) is ``value``."""
    name = v.text(value, max_length=254, required=True)
    users = get_user_model()._default_manager.filter(is_active=True)
    user = users.filter(username=name).first()
    if user is not None:
        return user
    matches = list(users.filter(email__iexact=name)[:2])
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise v.FieldError("Several accounts have this e-mail: give the user name.")
    raise v.FieldError(NO_ACCOUNT)


def _signature(value: Any) -> Any:
    """An uploaded image checked with Pillow, or ``None`` (no signature / remove it)."""
    if value is None or value == "":
        return None
    return images.checked_image(value)


def _save_convener(
    actor: Any, convener: CourseConvener, data: Mapping[str, Any], creating: bool
) -> CourseConvener:
    errors = v.Errors()
    values: dict[str, Any] = {}
    if creating:
        data = {"user": None, **data}
    errors.clean(data, "user", find_account, values)
    errors.clean(data, "title", lambda x: v.text(x, max_length=50), values)
    errors.clean(data, "degree", lambda x: v.text(x, max_length=50), values)
    signature: dict[str, Any] = {}
    errors.clean(data, "signature", _signature, signature)
    user = values.get("user")
    if user is not None:
        if (
            CourseConvener.objects.filter(
                certifying_organisation_id=convener.certifying_organisation_id, user=user
            )
            .exclude(pk=convener.pk)
            .exists()
        ):
            errors.add("user", "This account is a convener of the organisation already.")
        elif not creating and user.pk != convener.user_id and convener.courses.exists():
            errors.add(
                "user", "Courses name this convener: add the other account as a new convener."
            )
    if errors:
        raise Invalid(errors.errors)
    changed = _apply(convener, values)
    if _replace_image(convener, "signature", signature):
        changed.append("signature")
    if creating or changed:
        _save(convener, "user", "This account is a convener of the organisation already.")
        _audit_save(actor, "convener", convener, creating, changed)
    return convener


def create_convener(
    *, actor: Any, organisation: CertifyingOrganisation, data: Mapping[str, Any]
) -> CourseConvener:
    """``data``: ``user`` (user name or e-mail of an account), ``title``, ``degree``,
    ``signature`` (an uploaded PNG/JPEG or ``None``)."""
    convener = CourseConvener(certifying_organisation=organisation)
    return _create(actor, organisation, convener, _save_convener, data)


def update_convener(
    *, actor: Any, convener: CourseConvener, data: Mapping[str, Any]
) -> CourseConvener:
    """``signature``: an upload replaces it, ``None`` or ``""`` removes it, absent keeps it."""
    return _update(actor, convener, _save_convener, data)


def delete_convener(*, actor: Any, convener: CourseConvener) -> None:
    """Refused while courses name the convener (their certificates print the name)."""
    _require(actor, convener.certifying_organisation)
    with transaction.atomic():
        _refuse_in_use(
            Course.objects.filter(course_convener=convener).count(),
            "course names",
            "courses name",
            "this convener; give them another convener or delete them first.",
        )
        _delete(actor, "convener", convener, convener.signature)


# --- courses -----------------------------------------------------------------------------------


def _language(value: Any) -> str:
    code = v.text(value, max_length=16, required=True)
    if code.lower().replace("_", "-") not in LANG_INFO:
        raise v.FieldError("Unknown language code (e.g. en, ro, sv, zh-hant).")
    return code


def _certificate_type(value: Any) -> CertificateType | None:
    if value is None or value == "":
        return None
    slug = v.text(value, max_length=200)
    found = CertificateType.objects.filter(slug=slug).first()
    if found is None:
        known = ", ".join(CertificateType.objects.values_list("slug", flat=True)) or "none"
        raise v.FieldError(f"Unknown certificate type (known: {known}).")
    return found


def _template(value: Any) -> Any:
    if value is None or value == "":
        return None
    return images.checked_image(value)


def _of_organisation(
    model: type[models.Model], organisation: CertifyingOrganisation, message: str, **lookup: Any
) -> Any:
    found = model._default_manager.filter(certifying_organisation=organisation, **lookup).first()
    if found is None:
        raise v.FieldError(message)
    return found


def _course_values(
    data: Mapping[str, Any], organisation: CertifyingOrganisation, creating: bool
) -> tuple[dict[str, Any], dict[str, Any], v.Errors]:
    """Model values (API names mapped to model fields), the template, the errors."""
    errors = v.Errors()
    raw: dict[str, Any] = {}
    if creating:
        required = ("course_type", "course_convener", "training_centre", "language")
        data = {**{k: None for k in required}, "start_date": None, "end_date": None, **data}

    def course_type(x: Any) -> CourseType:
        slug = v.text(x, max_length=200, required=True)
        return _of_organisation(
            CourseType,
            organisation,
            "No course type of this organisation has this slug.",
            slug=slug,
        )

    def convener(x: Any) -> CourseConvener:
        return _of_organisation(
            CourseConvener,
            organisation,
            "No convener of this organisation has this id.",
            pk=v.identifier(x),
        )

    def centre(x: Any) -> TrainingCenter:
        return _of_organisation(
            TrainingCenter,
            organisation,
            "No training centre of this organisation has this id.",
            pk=v.identifier(x),
        )

    errors.clean(data, "course_type", course_type, raw)
    errors.clean(data, "course_convener", convener, raw)
    errors.clean(data, "training_centre", centre, raw)
    errors.clean(data, "language", _language, raw)
    errors.clean(
        data,
        "trained_competence",
        lambda x: v.text(x, max_length=TRAINED_COMPETENCE_LENGTH),
        raw,
    )
    errors.clean(data, "start_date", v.day, raw)
    errors.clean(data, "end_date", v.day, raw)
    errors.clean(data, "certificate_type", _certificate_type, raw)
    template: dict[str, Any] = {}
    errors.clean(data, "template", _template, template)
    if "training_centre" in raw:
        raw["training_center"] = raw.pop("training_centre")
    return raw, template, errors


def _auto_name(course: Course) -> str:
    return f"{course.course_type.name} - {course.training_center.name} - {course.start_date}"


def _save_course(actor: Any, course: Course, data: Mapping[str, Any], creating: bool) -> Course:
    organisation = course.certifying_organisation
    values, template, errors = _course_values(data, organisation, creating)
    start = values.get("start_date", None if creating else course.start_date)
    end = values.get("end_date", None if creating else course.end_date)
    if start and end and end < start and "end_date" not in errors.errors:
        errors.add("end_date", "A course cannot end before it starts.")
    if errors:
        raise Invalid(errors.errors)
    renamed = not creating and course.name == _auto_name(course)
    changed = _apply(course, values)
    if _replace_image(course, "template", template):
        changed.append("template")
    if creating or changed:
        if renamed:
            course.name = _auto_name(course)  # the name made from type, centre and date follows
        course.save()
        api_names = ["training_centre" if f == "training_center" else f for f in changed]
        _audit_save(actor, "course", course, creating, api_names)
    return course


def create_course(
    *, actor: Any, organisation: CertifyingOrganisation, data: Mapping[str, Any]
) -> Course:
    """``data``: ``course_type`` (slug), ``course_convener`` and ``training_centre`` (ids, of
    ``organisation``), ``language``, ``trained_competence``, ``start_date``, ``end_date``,
    ``certificate_type`` (slug or ``None``), ``template`` (an uploaded image or ``None``)."""
    course = Course(certifying_organisation=organisation)
    return _create(actor, organisation, course, _save_course, data)


def update_course(*, actor: Any, course: Course, data: Mapping[str, Any]) -> Course:
    rows = Course.objects.select_for_update(of=("self",)).select_related(
        "certifying_organisation", "course_type", "training_center"
    )
    return _update(actor, course, _save_course, data, rows)


def delete_course(*, actor: Any, course: Course) -> None:
    """Refused once certificates were issued for it (revoked ones too: they still verify)."""
    from certificates.models import Certificate, IssueBatch

    _require(actor, course.certifying_organisation)
    with transaction.atomic():
        _refuse_in_use(
            Certificate.objects.filter(course=course).count(),
            "certificate refers",
            "certificates refer",
            "to this course; a course with certificates stays.",
        )
        IssueBatch.objects.filter(course=course).delete()  # refused batches issued nothing
        _delete(actor, "course", course, course.template)
