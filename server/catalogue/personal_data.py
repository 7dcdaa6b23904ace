"""What the catalogue holds about people, for ``export_personal_data``/``erase_personal_data``.

Found by ``accounts.personal_data.holders()`` (``autodiscover_modules``). Organisations and
centres are not people, but their contact fields may be a person's own address: those are
exported and, on erasure, replaced. A convener row stays (its courses point at it) without
title, degree or signature; the convener's name lives in the account, anonymised last.
"""

from __future__ import annotations

from typing import Any

from accounts.personal_data import Person, register, values

from .models import CertifyingOrganisation, CourseConvener, TrainingCenter, UserGroup

ORGANISATION_CONTACT_FIELDS = (
    "name",
    "slug",
    "organisation_email",
    "organisation_phone",
    "address",
    "url",
)
CENTRE_CONTACT_FIELDS = ("name", "email", "phone", "address", "url")


def erased_organisation_email(organisation: CertifyingOrganisation) -> str:
    """The required address of an organisation whose address was a person's (RFC 2606)."""
    return f"erased-{organisation.pk}@example.invalid"


def _owned(person: Person) -> Any:
    if person.user_pk is None:
        return CertifyingOrganisation.objects.none()
    return CertifyingOrganisation.objects.filter(owners__pk=person.user_pk).order_by("name")


def export_owned(person: Person) -> list[dict[str, Any]]:
    return [values(org, ("name", "slug", "status", "archived")) for org in _owned(person)]


def erase_owned(person: Person) -> int:
    """The person no longer owns anything; the organisations stay (they are not theirs)."""
    organisations = list(_owned(person))
    for organisation in organisations:
        organisation.owners.remove(person.user_pk)
        organisation.save(update_fields=["updated_at"])
    return len(organisations)


def _organisation_contacts(person: Person) -> Any:
    return CertifyingOrganisation.objects.filter(person.email_q("organisation_email"))


def export_organisation_contacts(person: Person) -> list[dict[str, Any]]:
    return [values(org, ORGANISATION_CONTACT_FIELDS) for org in _organisation_contacts(person)]


def erase_organisation_contacts(person: Person) -> int:
    organisations = list(_organisation_contacts(person))
    for organisation in organisations:
        organisation.organisation_email = erased_organisation_email(organisation)
        organisation.save(update_fields=["organisation_email", "updated_at"])
    return len(organisations)


def _centre_contacts(person: Person) -> Any:
    return TrainingCenter.objects.filter(person.email_q("email"))


def export_centre_contacts(person: Person) -> list[dict[str, Any]]:
    return [values(c, CENTRE_CONTACT_FIELDS) for c in _centre_contacts(person)]


def erase_centre_contacts(person: Person) -> int:
    centres = list(_centre_contacts(person))
    for centre in centres:
        centre.email = ""
        centre.save(update_fields=["email", "updated_at"])
    return len(centres)


def _conveners(person: Person) -> Any:
    if person.user_pk is None:
        return CourseConvener.objects.none()
    return CourseConvener.objects.filter(user_id=person.user_pk).select_related(
        "certifying_organisation"
    )


def export_conveners(person: Person) -> list[dict[str, Any]]:
    rows = []
    for convener in _conveners(person):
        row = values(convener, ("title", "degree", "signature", "created_at"))
        row["organisation"] = convener.certifying_organisation.name
        row["courses"] = list(
            convener.courses.order_by("start_date").values_list("name", flat=True)
        )
        rows.append(row)
    return rows


def erase_conveners(person: Person) -> int:
    """Courses keep their convener row; what described the person goes (signature file too)."""
    touched = 0
    for convener in _conveners(person):
        if convener.signature:
            convener.signature.delete(save=False)
        if (convener.title, convener.degree, convener.signature.name or "") != ("", "", ""):
            touched += 1
        convener.title = ""
        convener.degree = ""
        convener.signature = ""
        convener.save(update_fields=["title", "degree", "signature", "updated_at"])
    return touched


def _groups(person: Person) -> Any:
    if person.user_pk is None:
        return UserGroup.objects.none()
    return UserGroup.objects.filter(members__pk=person.user_pk)


def export_groups(person: Person) -> list[dict[str, Any]]:
    return [values(group, ("name", "country")) for group in _groups(person)]


def erase_groups(person: Person) -> int:
    groups = list(_groups(person))
    for group in groups:
        group.members.remove(person.user_pk)
    return len(groups)


register(
    "catalogue.owned_organisations",
    export=export_owned,
    erase=erase_owned,
    description="Organisations the person owns (the ownership is removed).",
)
register(
    "catalogue.organisation_contacts",
    export=export_organisation_contacts,
    erase=erase_organisation_contacts,
    description="Organisations whose contact address is the person's.",
)
register(
    "catalogue.training_centre_contacts",
    export=export_centre_contacts,
    erase=erase_centre_contacts,
    description="Training centres whose contact address is the person's.",
)
register(
    "catalogue.conveners",
    export=export_conveners,
    erase=erase_conveners,
    description="Course convener rows: title, degree, signature, courses.",
)
register(
    "catalogue.user_groups",
    export=export_groups,
    erase=erase_groups,
    description="User groups the person reviews for.",
)
