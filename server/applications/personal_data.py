"""What applications hold about people, for ``export_personal_data``/``erase_personal_data``.

An application is the organisation's, not a person's; what points at a person is who created
it and who uploaded its files (accounts: cleared on erasure), the contact address in its
details (replaced, in the live draft and in its frozen rounds), and the free texts (message,
remarks) that may name them (scrubbed). A round's recorded SHA-256 stays: it proves what was
submitted, even once an erased address no longer matches it.
"""

from __future__ import annotations

from typing import Any

from accounts.personal_data import Person, register, values

from .models import Application, Material, Remark, Round

APPLICATION_FIELDS = ("id", "state", "round", "created_at", "submitted_at")


def erased_email(application_id: int) -> str:
    return f"erased-application-{application_id}@example.invalid"


def _created(person: Person) -> Any:
    if person.user_pk is None:
        return Application.objects.none()
    return Application.objects.filter(created_by_id=person.user_pk).order_by("pk")


def export_created(person: Person) -> list[dict[str, Any]]:
    rows = []
    for application in _created(person).select_related("organisation"):
        row = values(application, APPLICATION_FIELDS)
        row["organisation"] = application.organisation.name
        rows.append(row)
    return rows


def erase_created(person: Person) -> int:
    return _created(person).update(created_by=None)


def _contacts(person: Person) -> list[Application]:
    found: list[Application] = []
    emails = {e.lower() for e in person.emails}
    if not emails:
        return found
    for application in Application.objects.filter(details__has_key="email").order_by("pk"):
        if str(application.details.get("email") or "").lower() in emails:
            found.append(application)
    return found


def export_contacts(person: Person) -> list[dict[str, Any]]:
    return [{"id": a.pk, "details": dict(a.details)} for a in _contacts(person)]


def erase_contacts(person: Person) -> int:
    emails = {e.lower() for e in person.emails}
    touched = 0
    for application in _contacts(person):
        replacement = erased_email(application.pk)
        application.details = {**application.details, "email": replacement}
        application.save(update_fields=["details"])
        for frozen in Round.objects.filter(application=application):
            details = dict(frozen.snapshot.get("details") or {})
            if str(details.get("email") or "").lower() in emails:
                snapshot = {**frozen.snapshot, "details": {**details, "email": replacement}}
                Round.objects.filter(pk=frozen.pk).update(snapshot=snapshot)
        touched += 1
    return touched


def _uploads(person: Person) -> Any:
    if person.user_pk is None:
        return Material.objects.none()
    return Material.objects.filter(uploaded_by_id=person.user_pk).order_by("pk")


def export_uploads(person: Person) -> list[dict[str, Any]]:
    return [
        values(m, ("application_id", "filename", "size", "uploaded_at")) for m in _uploads(person)
    ]


def erase_uploads(person: Person) -> int:
    return _uploads(person).update(uploaded_by=None)


def export_texts(person: Person) -> list[dict[str, Any]]:
    if not person.words:
        return []
    rows = [
        {"application": a.pk, "message": a.message, "remarks": a.remarks}
        for a in Application.objects.filter(person.text_q("message", "remarks")).order_by("pk")
    ]
    rows += [
        {"application": r.application_id, "remark": r.text}
        for r in Remark.objects.filter(person.text_q("text")).order_by("pk")
    ]
    return rows


def erase_texts(person: Person) -> int:
    if not person.words:
        return 0
    touched = 0
    for application in Application.objects.filter(person.text_q("message", "remarks")):
        message, remarks = person.scrub(application.message), person.scrub(application.remarks)
        if (message, remarks) != (application.message, application.remarks):
            Application.objects.filter(pk=application.pk).update(message=message, remarks=remarks)
            touched += 1
    for remark in Remark.objects.filter(person.text_q("text")):
        text = person.scrub(remark.text)
        if text != remark.text:
            Remark.objects.filter(pk=remark.pk).update(text=text)
            touched += 1
    return touched


register(
    "applications.created",
    export=export_created,
    erase=erase_created,
    description="Applications the person started (the link to the account is cleared).",
)
register(
    "applications.contacts",
    export=export_contacts,
    erase=erase_contacts,
    description="Applications whose contact address is the person's (replaced, rounds too).",
)
register(
    "applications.uploads",
    export=export_uploads,
    erase=erase_uploads,
    description="Files the person uploaded (the link to the account is cleared).",
)
register(
    "applications.texts",
    export=export_texts,
    erase=erase_texts,
    description="Messages and remarks naming the person (the names are scrubbed).",
)
