"""What reviews hold about people, for ``export_personal_data``/``erase_personal_data``.

A reviewer's assignments and reviews stay (the decision rests on them) and point at the
account, which erasure anonymises; their free texts (a conflict's reason, a justification, a
decision's rationale, an appeal's evidence, an opinion's reason) are scrubbed of the
person's names and addresses. Invitations to the person's address are deleted (nothing else
relies on them once pending or accepted).
"""

from __future__ import annotations

from typing import Any

from accounts.personal_data import Person, register, values

from .models import Appeal, Assignment, Decision, Invitation, Review, RoutedGroup


def _assignments(person: Person) -> Any:
    if person.user_pk is None:
        return Assignment.objects.none()
    return Assignment.objects.filter(reviewer_id=person.user_pk).order_by("pk")


def export_reviewing(person: Person) -> list[dict[str, Any]]:
    rows = []
    for assignment in _assignments(person).select_related("routing"):
        row = values(
            assignment,
            ("id", "user_group_id", "declaration", "conflict_kind", "conflict_reason"),
        )
        row["application"] = assignment.routing.application_id
        review = Review.objects.filter(assignment=assignment).first()
        if review is not None:
            row["review"] = values(
                review, ("state", "justification", "recommendation", "submitted_at")
            )
            row["review"]["scores"] = dict(review.scores or {})
        rows.append(row)
    return rows


def erase_reviewing(person: Person) -> int:
    """Nothing to clear: the rows point at the anonymised account (texts: ``texts``)."""
    return 0


def _invitations(person: Person) -> Any:
    return Invitation.objects.filter(person.email_q("email")).order_by("pk")


def export_invitations(person: Person) -> list[dict[str, Any]]:
    return [
        values(i, ("user_group_id", "email", "created_at", "expires_at", "accepted_at"))
        for i in _invitations(person)
    ]


def erase_invitations(person: Person) -> int:
    deleted, _by_model = _invitations(person).delete()
    return int(deleted)


_TEXTS: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (Assignment, ("conflict_reason",)),
    (Review, ("justification",)),
    (RoutedGroup, ("override_reason",)),
    (Decision, ("rationale",)),
    (Appeal, ("evidence",)),
)


def export_texts(person: Person) -> list[dict[str, Any]]:
    if not person.words:
        return []
    rows = []
    for model, fields in _TEXTS:
        for row in model.objects.filter(person.text_q(*fields)).order_by("pk"):
            rows.append({"kind": model._meta.model_name, **values(row, ("id", *fields))})
    return rows


def erase_texts(person: Person) -> int:
    if not person.words:
        return 0
    touched = 0
    for model, fields in _TEXTS:
        for row in model.objects.filter(person.text_q(*fields)):
            changes = {f: person.scrub(getattr(row, f)) for f in fields}
            if any(changes[f] != getattr(row, f) for f in fields):
                model.objects.filter(pk=row.pk).update(**changes)
                touched += 1
    return touched


register(
    "reviews.reviewing",
    export=export_reviewing,
    erase=erase_reviewing,
    description="Applications the person reviewed: declarations and reviews (kept, anonymised).",
)
register(
    "reviews.invitations",
    export=export_invitations,
    erase=erase_invitations,
    description="Invitations sent to the person's address (deleted).",
)
register(
    "reviews.texts",
    export=export_texts,
    erase=erase_texts,
    description="Review texts naming the person (the names are scrubbed).",
)
