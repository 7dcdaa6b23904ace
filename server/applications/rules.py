"""Who may see and act on an application: predicates that combine (ARCHITECTURE §7).

The API, the admin and the materials download view ask these, never their own checks.
"""

from __future__ import annotations

from typing import Any

from accounts.roles import is_signed_in
from catalogue.rules import is_manager, owner_of
from django.db.models import Q, QuerySet

from .models import Application

__all__ = [
    "can_edit_application",
    "can_view_application",
    "is_manager",
    "owner_of_application",
    "reviewer_of_application",
    "state_is",
    "visible_applications",
]


def owner_of_application(user: Any, application: Application) -> bool:
    """An owner of the organisation the application belongs to."""
    return owner_of(user, application.organisation)


def reviewer_of_application(user: Any, application: Application) -> bool:
    """A reviewer the application is routed to who declared no conflict of interest
    (``reviews.rules.may_see_material``): every view that asks :func:`can_view_application`
    (downloads included) lets them in."""
    from reviews.rules import may_see_material

    return may_see_material(user, application)


def state_is(application: Application, *states: str) -> bool:
    return application.state in states


def can_view_application(user: Any, application: Application) -> bool:
    if not is_signed_in(user):
        return False
    return (
        is_manager(user)
        or owner_of_application(user, application)
        or reviewer_of_application(user, application)
    )


def can_edit_application(user: Any, application: Application) -> bool:
    """The owner, while the application is a draft or changes were requested."""
    from .models import EDITABLE_STATES

    return owner_of_application(user, application) and state_is(application, *EDITABLE_STATES)


def visible_applications(user: Any) -> QuerySet[Application]:
    """The applications ``user`` may list: all for a manager, else those of owned
    organisations and those routed to them for review (declared without a conflict)."""
    from reviews.rules import material_q

    queryset = Application.objects.all()
    if not is_signed_in(user):
        return queryset.none()
    if is_manager(user):
        return queryset
    return queryset.filter(Q(organisation__owners=user) | material_q(user)).distinct()
