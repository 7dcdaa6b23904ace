"""Who may see which organisation: the one visibility rule that pages, feeds and API v1 share.

An organisation is *public* once certified (approved and not archived). Until then (draft,
submitted, under review, changes requested, rejected) and once archived it is *private*: only
its owners and the certification managers see it, its centres and its courses. Everybody else
gets 404, as if it did not exist, so a slug tells a stranger nothing.

The predicates (``is_manager``, ``owner_of``, ``convener_of``) combine; later apps put theirs
in their own ``rules.py`` and reuse these.
"""

from __future__ import annotations

from typing import Any

from accounts.roles import is_certification_manager, is_signed_in
from django.db.models import Q, QuerySet

from .models import CertifyingOrganisation

_VIEW_ATTR = "_catalogue_private_view"
ALL: None = None  # what ``private_organisation_ids`` answers for a manager: every organisation


def certified_q(prefix: str = "") -> Q:
    """Rows of certified organisations; ``prefix`` is the path to the organisation."""
    return Q(
        **{
            f"{prefix}status": CertifyingOrganisation.Status.APPROVED,
            f"{prefix}archived": False,
        }
    )


def is_manager(user: Any) -> bool:
    """A certification manager (or a superuser), signed in and active."""
    return is_certification_manager(user)


def owner_of(user: Any, organisation: CertifyingOrganisation) -> bool:
    if not is_signed_in(user):
        return False
    return bool(organisation.owners.filter(pk=user.pk).exists())


def convener_of(user: Any, organisation: CertifyingOrganisation) -> bool:
    if not is_signed_in(user):
        return False
    return bool(organisation.course_conveners.filter(user_id=user.pk).exists())


def private_organisation_ids(user: Any) -> tuple[int, ...] | None:
    """Private organisations ``user`` may see besides the certified ones.

    ``None`` (``ALL``) for a manager, who sees every organisation; the ids of the
    organisations the user owns otherwise (empty for the public). Computed once per user
    object (one request), with one query, so lists stay a fixed number of queries.
    """
    if not is_signed_in(user):
        return ()
    if hasattr(user, _VIEW_ATTR):
        cached: tuple[int, ...] | None = getattr(user, _VIEW_ATTR)
        return cached
    view: tuple[int, ...] | None
    if is_manager(user):
        view = ALL
    else:
        view = tuple(
            sorted(
                CertifyingOrganisation.objects.filter(owners=user)
                .exclude(certified_q())
                .values_list("pk", flat=True)
            )
        )
    setattr(user, _VIEW_ATTR, view)
    return view


def visible_q(user: Any, prefix: str = "") -> Q:
    """Rows whose organisation ``user`` may see; ``prefix`` is the path to the organisation."""
    extra = private_organisation_ids(user)
    if extra is ALL:
        return Q()
    if not extra:
        return certified_q(prefix)
    return certified_q(prefix) | Q(**{f"{prefix}pk__in": extra})


def visible_organisations(user: Any) -> QuerySet[CertifyingOrganisation]:
    """The organisations ``user`` may see: certified ones, plus their own, or all (managers)."""
    return CertifyingOrganisation.objects.filter(visible_q(user))


def can_view_organisation(user: Any, organisation: CertifyingOrganisation) -> bool:
    if organisation.is_certified:
        return True
    extra = private_organisation_ids(user)
    return extra is ALL or organisation.pk in (extra or ())


def viewer_key(user: Any) -> str:
    """What a response's ETag must know about the viewer: which private rows they see.

    The same text for everybody who sees only certified organisations, so public answers
    share one tag; owners' and managers' answers get their own.
    """
    extra = private_organisation_ids(user)
    if extra is ALL:
        return "manager"
    if not extra:
        return "public"
    return "owner:" + ",".join(str(pk) for pk in extra)


def manages_organisation(user: Any, organisation: CertifyingOrganisation) -> bool:
    """May ``user`` change this organisation's centres, course types, conveners, courses,
    attendees and certificates? Managers always; owners and conveners once it is certified
    (approved, not archived): an organisation under review runs no certified courses."""
    if is_manager(user):
        return True
    if not organisation.is_certified:
        return False
    return owner_of(user, organisation) or convener_of(user, organisation)
