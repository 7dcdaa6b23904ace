"""The catalogue admin loads for a superuser: change lists, search, filters, forms."""

from __future__ import annotations

from datetime import timedelta

import pytest
from catalogue.demo import MANAGERS_GROUP
from catalogue.models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
    UserGroup,
)
from django.contrib import admin
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

MODELS = [
    CertifyingOrganisation,
    TrainingCenter,
    CourseType,
    CourseConvener,
    CertificateType,
    Course,
    UserGroup,
]

pytestmark = pytest.mark.django_db


@pytest.fixture
def filled(catalogue_factory):
    f = catalogue_factory
    org = f.organisation('<b>Bold</b> & "Quoted" GIS <script>alert(1)</script>')
    f.course(org, certificate_type=f.certificate_type(), start=f.today + timedelta(days=2))
    f.course(f.organisation("Kartskolan", country="SE"), language="sv")
    f.user_group("QGIS România")
    return org


def test_every_catalogue_model_is_registered():
    for model in MODELS:
        assert admin.site.is_registered(model), model


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_and_add_pages_load(admin_client, filled, model):
    info = (model._meta.app_label, model._meta.model_name)
    changelist = admin_client.get(reverse("admin:{}_{}_changelist".format(*info)))
    assert changelist.status_code == 200
    assert b"<script>alert(1)</script>" not in changelist.content
    assert admin_client.get(reverse("admin:{}_{}_add".format(*info))).status_code == 200
    obj = model._default_manager.first()
    change = admin_client.get(reverse("admin:{}_{}_change".format(*info), args=[obj.pk]))
    assert change.status_code == 200


def test_organisation_change_page_inlines_its_training_centres(admin_client, filled):
    centre = filled.training_centers.get()
    url = reverse("admin:catalogue_certifyingorganisation_change", args=[filled.pk])
    body = admin_client.get(url).content.decode()
    assert centre.name in body
    assert "training_centers-TOTAL_FORMS" in body


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status__exact": "approved"}, 2),
        ({"archived__exact": "1"}, 0),
        ({"country": "SE"}, 1),
        ({"q": "Kartskolan"}, 1),
    ],
)
def test_organisation_filters_and_search(admin_client, filled, query, expected):
    url = reverse("admin:catalogue_certifyingorganisation_changelist")
    response = admin_client.get(url, query)
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected


def test_course_search_spans_related_names(admin_client, filled):
    url = reverse("admin:catalogue_course_changelist")
    response = admin_client.get(url, {"q": "Kartskolan"})
    assert response.context["cl"].result_count == 1


def test_timestamps_are_read_only(admin_client, filled):
    url = reverse("admin:catalogue_course_change", args=[Course.objects.first().pk])
    form = admin_client.get(url).context["adminform"].form
    assert "created_at" not in form.fields
    assert "updated_at" not in form.fields


def test_autocomplete_endpoint_for_organisations(admin_client, filled):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "catalogue",
            "model_name": "trainingcenter",
            "field_name": "certifying_organisation",
            "term": "Kart",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Kartskolan"]


def test_course_changelist_queries_do_not_grow_with_rows(admin_client, catalogue_factory):
    url = reverse("admin:catalogue_course_changelist")
    f = catalogue_factory
    for _ in range(3):
        f.course()
    with CaptureQueriesContext(connection) as small:
        admin_client.get(url)
    for _ in range(20):
        f.course()
    with CaptureQueriesContext(connection) as large:
        admin_client.get(url)
    assert len(large.captured_queries) == len(small.captured_queries)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_certification_managers_can_use_the_catalogue_admin(client, catalogue_factory, model):
    """Staff in the "Certification managers" group (created by the accounts migrations)."""
    catalogue_factory.course()
    manager = catalogue_factory.user("manager", password="pw-manager-1", is_staff=True)
    manager.groups.add(Group.objects.get(name=MANAGERS_GROUP))
    client.force_login(manager)
    info = (model._meta.app_label, model._meta.model_name)
    assert client.get(reverse("admin:{}_{}_changelist".format(*info))).status_code == 200
    obj = model._default_manager.first()
    if obj is not None:
        url = reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
        assert client.get(url).status_code == 200
