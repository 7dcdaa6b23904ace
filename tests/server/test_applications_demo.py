"""seed_demo's applications: the applicant, a half-filled draft, two submitted applications
(one from a country with a user group, one from a country without)."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from applications.demo import APPLICANT, seed_demo_applications
from applications.models import Application
from catalogue.demo import DEMO_PASSWORD
from catalogue.models import UserGroup
from django.contrib.auth import authenticate

pytestmark = pytest.mark.django_db


def test_demo_applications(catalogue_factory):
    catalogue_factory.user_group(country="RO")
    catalogue_factory.user_group(country="KE")  # so the one without a group is elsewhere
    assert seed_demo_applications() == APPLICANT
    user = authenticate(username=APPLICANT, password=DEMO_PASSWORD)
    assert user is not None
    assert EmailAddress.objects.filter(user=user, verified=True).exists()
    applications = Application.objects.filter(organisation__owners=user)
    states = sorted(applications.values_list("state", flat=True))
    assert states == ["draft", "submitted", "submitted"]
    grouped = set(UserGroup.objects.values_list("country", flat=True))
    countries = {a.organisation.country.code for a in applications.filter(state="submitted")}
    assert len(countries & grouped) == 1 and len(countries - grouped) == 1
    draft = applications.get(state="draft")
    assert draft.contributions.count() == 1 and not draft.details["address"]
    assert all(a.rounds.count() == 1 for a in applications.filter(state="submitted"))
    seed_demo_applications()  # again: nothing new
    assert Application.objects.count() == 3
