"""Who may do what in the certification workflows.

Roles are derived from the catalogue, never stored twice: an organisation owner is in
``CertifyingOrganisation.owners``, a course convener has a ``CourseConvener`` row, a reviewer
is a member of a local ``UserGroup``, and a certification manager is in the Django group
``Certification managers`` (or a superuser). The permission classes below are what workflow
endpoints put in ``permission_classes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission

if TYPE_CHECKING:
    from rest_framework.request import Request
    from rest_framework.views import APIView

ORGANISATION_OWNER = "organisation_owner"
COURSE_CONVENER = "course_convener"
REVIEWER = "reviewer"
CERTIFICATION_MANAGER = "certification_manager"
ALL_ROLES = (ORGANISATION_OWNER, COURSE_CONVENER, REVIEWER, CERTIFICATION_MANAGER)

CERTIFICATION_MANAGERS_GROUP = "Certification managers"

_CACHE_ATTR = "_certification_roles"


def is_signed_in(user: Any) -> bool:
    """A signed-in, active account (the anonymous user and deactivated accounts hold no role)."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


def is_certification_manager(user: Any) -> bool:
    if not is_signed_in(user):
        return False
    return bool(user.is_superuser or user.groups.filter(name=CERTIFICATION_MANAGERS_GROUP).exists())


def user_roles(user: Any) -> list[str]:
    """The roles a user holds, in ``ALL_ROLES`` order; cached on the user object per request."""
    if not is_signed_in(user):
        return []
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None:
        return list(cached)
    held = {
        ORGANISATION_OWNER: user.owned_organisations.exists(),
        COURSE_CONVENER: user.course_conveners.exists(),
        REVIEWER: user.user_groups.exists(),
        CERTIFICATION_MANAGER: is_certification_manager(user),
    }
    roles = [role for role in ALL_ROLES if held[role]]
    setattr(user, _CACHE_ATTR, tuple(roles))
    return roles


def has_role(user: Any, role: str) -> bool:
    return role in user_roles(user)


def organisation_of(obj: Any) -> Any:
    """The certifying organisation an object belongs to (itself for an organisation)."""
    if hasattr(obj, "owners"):
        return obj
    org = getattr(obj, "certifying_organisation", None)
    if org is None:
        raise TypeError(f"{type(obj).__name__} has no certifying organisation")
    return org


def owns_organisation(user: Any, organisation: Any) -> bool:
    return bool(organisation.owners.filter(pk=user.pk).exists())


def convenes_for(user: Any, organisation: Any) -> bool:
    return bool(organisation.course_conveners.filter(user_id=user.pk).exists())


def reviews_country(user: Any, country: Any) -> bool:
    """A reviewer reviews organisations from the countries of the user groups they belong to."""
    return bool(user.user_groups.filter(country=str(country)).exists())


class RolePermission(BasePermission):
    """Allows authenticated users holding ``role``; managers are allowed everywhere."""

    role = ""
    message = _("You do not have the role this action needs.")
    code = "permission_denied"

    def has_permission(self, request: Request, view: APIView) -> bool:
        roles = user_roles(request.user)
        return self.role in roles or CERTIFICATION_MANAGER in roles

    def has_object_permission(self, request: Request, view: APIView, obj: Any) -> bool:
        if is_certification_manager(request.user):
            return True
        return self.holds_for(request.user, obj)

    def holds_for(self, user: Any, obj: Any) -> bool:
        """Whether the role applies to this particular object (subclasses narrow it)."""
        return True


class IsOrganisationOwner(RolePermission):
    role = ORGANISATION_OWNER
    message = _("Only an owner of this organisation may do this.")
    code = "not_organisation_owner"

    def holds_for(self, user: Any, obj: Any) -> bool:
        return owns_organisation(user, organisation_of(obj))


class IsCourseConvener(RolePermission):
    role = COURSE_CONVENER
    message = _("Only a course convener of this organisation may do this.")
    code = "not_course_convener"

    def holds_for(self, user: Any, obj: Any) -> bool:
        return convenes_for(user, organisation_of(obj))


class IsReviewer(RolePermission):
    role = REVIEWER
    message = _("Only a reviewer from a user group of this organisation's country may do this.")
    code = "not_reviewer"

    def holds_for(self, user: Any, obj: Any) -> bool:
        return reviews_country(user, organisation_of(obj).country)


class IsCertificationManager(RolePermission):
    role = CERTIFICATION_MANAGER
    message = _("Only a certification manager may do this.")
    code = "not_certification_manager"
