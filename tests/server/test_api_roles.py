"""Roles derived from the catalogue, the managers' group migration and the permission classes."""

from __future__ import annotations

import pytest
from accounts import roles
from catalogue.models import CertifyingOrganisation
from django.contrib.auth.models import AnonymousUser, Group
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory, force_authenticate
from rest_framework.views import APIView

pytestmark = pytest.mark.django_db

CATALOGUE_MODELS = (
    "usergroup",
    "certifyingorganisation",
    "trainingcenter",
    "coursetype",
    "courseconvener",
    "certificatetype",
    "course",
)


def managers() -> Group:
    return Group.objects.get(name=roles.CERTIFICATION_MANAGERS_GROUP)


def fresh(user):
    """The same user without the per-request role cache."""
    return type(user).objects.get(pk=user.pk)


def test_managers_group_created_by_migration_with_change_rights():
    codenames = set(managers().permissions.values_list("content_type__app_label", "codename"))
    for model in CATALOGUE_MODELS:
        assert ("catalogue", f"change_{model}") in codenames
        assert ("catalogue", f"view_{model}") in codenames
    assert not any(code.startswith("delete_") for _app, code in codenames)


def test_no_roles(catalogue_factory):
    assert roles.user_roles(AnonymousUser()) == []
    assert roles.user_roles(catalogue_factory.user()) == []


def test_each_role(catalogue_factory):
    f = catalogue_factory
    org = f.organisation()
    owner, convener, reviewer, manager, root = (f.user() for _ in range(5))
    org.owners.add(owner)
    f.convener(org, user=convener)
    f.user_group(country="RO").members.add(reviewer)
    manager.groups.add(managers())
    root.is_superuser = True
    root.save()
    assert roles.user_roles(owner) == ["organisation_owner"]
    assert roles.user_roles(convener) == ["course_convener"]
    assert roles.user_roles(reviewer) == ["reviewer"]
    assert roles.user_roles(manager) == ["certification_manager"]
    assert roles.user_roles(root) == ["certification_manager"]


def test_all_roles_in_fixed_order_and_inactive_users_have_none(catalogue_factory):
    f = catalogue_factory
    user = f.user()
    org = f.organisation()
    user.groups.add(managers())
    f.user_group().members.add(user)
    f.convener(org, user=user)
    org.owners.add(user)
    assert roles.user_roles(user) == list(roles.ALL_ROLES)
    user.is_active = False
    user.save()
    assert roles.user_roles(fresh(user)) == []


def test_roles_are_cached_per_user_object(catalogue_factory, django_assert_num_queries):
    user = catalogue_factory.user()
    roles.user_roles(user)
    with django_assert_num_queries(0):
        assert roles.user_roles(user) == []


class GuardedView(APIView):
    """Stands for a workflow endpoint acting on one organisation."""

    permission: type = roles.IsOrganisationOwner
    organisation: CertifyingOrganisation | None = None

    def get_permissions(self):
        return [self.permission()]

    def get(self, request):
        self.check_object_permissions(request, self.organisation)
        return Response({"ok": True})


def call(permission, organisation, user):
    request = APIRequestFactory().get("/x/")
    if user is not None:
        force_authenticate(request, user=fresh(user))
    view = GuardedView.as_view(permission=permission, organisation=organisation)
    response = view(request)
    response.render()
    return response


@pytest.fixture
def two_orgs(catalogue_factory):
    f = catalogue_factory
    ro = f.organisation(country="RO")
    se = f.organisation(country="SE")
    people = {name: f.user(name) for name in ("owner", "convener", "reviewer", "manager", "nobody")}
    ro.owners.add(people["owner"])
    f.convener(ro, user=people["convener"])
    f.user_group(country="RO").members.add(people["reviewer"])
    people["manager"].groups.add(managers())
    return ro, se, people


@pytest.mark.parametrize(
    ("permission", "allowed_on_ro"),
    [
        (roles.IsOrganisationOwner, {"owner", "manager"}),
        (roles.IsCourseConvener, {"convener", "manager"}),
        (roles.IsReviewer, {"reviewer", "manager"}),
        (roles.IsCertificationManager, {"manager"}),
    ],
)
def test_permission_classes(two_orgs, permission, allowed_on_ro):
    ro, se, people = two_orgs
    for name, user in people.items():
        response = call(permission, ro, user)
        expected = 200 if name in allowed_on_ro else 403
        assert response.status_code == expected, (permission.__name__, name)
        # on the other organisation only the manager passes
        other = call(permission, se, user)
        assert other.status_code == (200 if name == "manager" else 403), (permission.__name__, name)


def test_denial_is_json_with_reason(two_orgs):
    _ro, se, people = two_orgs
    response = call(roles.IsOrganisationOwner, se, people["owner"])
    assert response.status_code == 403
    assert response.data == {
        "detail": "Only an owner of this organisation may do this.",
        "code": "not_organisation_owner",
    }
    anonymous = call(roles.IsOrganisationOwner, se, None)
    assert anonymous.status_code in (401, 403) and set(anonymous.data) == {"detail", "code"}


def test_organisation_of_related_objects(catalogue_factory):
    course = catalogue_factory.course()
    assert roles.organisation_of(course) == course.certifying_organisation
    assert roles.organisation_of(course.certifying_organisation) == course.certifying_organisation
    with pytest.raises(TypeError):
        roles.organisation_of(object())
