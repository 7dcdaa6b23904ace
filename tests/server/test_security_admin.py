"""Certification managers pick owners, conveners and members in the admin (user autocomplete)."""

from __future__ import annotations

import pytest
from accounts.roles import CERTIFICATION_MANAGERS_GROUP
from django.contrib.auth.models import Group
from django.urls import reverse

pytestmark = pytest.mark.django_db

FIELDS = [
    ("certifyingorganisation", "owners"),
    ("courseconvener", "user"),
    ("usergroup", "members"),
]


def autocomplete(client, model_name: str, field_name: str, term: str = "anca"):
    return client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "catalogue",
            "model_name": model_name,
            "field_name": field_name,
            "term": term,
        },
    )


@pytest.fixture
def people(catalogue_factory):
    catalogue_factory.user("anca.pop", first_name="Anca", last_name="Pop")
    catalogue_factory.user("bogdan")


@pytest.mark.parametrize("model_name, field_name", FIELDS)
def test_a_manager_gets_the_users_to_pick(
    client, catalogue_factory, people, model_name, field_name
):
    manager = catalogue_factory.user("manager", is_staff=True)
    manager.groups.add(Group.objects.get(name=CERTIFICATION_MANAGERS_GROUP))
    client.force_login(manager)
    response = autocomplete(client, model_name, field_name)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert [r["text"] for r in response.json()["results"]] == ["anca.pop"]


@pytest.mark.parametrize("model_name, field_name", FIELDS)
def test_other_staff_do_not(client, catalogue_factory, people, model_name, field_name):
    client.force_login(catalogue_factory.user("clerk", is_staff=True))
    assert autocomplete(client, model_name, field_name).status_code == 403


def test_the_organisation_form_offers_the_owner_autocomplete_to_a_manager(
    client, catalogue_factory
):
    organisation = catalogue_factory.organisation()
    manager = catalogue_factory.user("manager", is_staff=True)
    manager.groups.add(Group.objects.get(name=CERTIFICATION_MANAGERS_GROUP))
    client.force_login(manager)
    url = reverse("admin:catalogue_certifyingorganisation_change", args=[organisation.pk])
    page = client.get(url).content.decode()
    assert 'data-ajax--url="/admin/autocomplete/"' in page and 'name="owners"' in page
