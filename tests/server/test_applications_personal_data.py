"""Applications in the personal-data registry: exported, then erased (rounds too), nobody
else's touched, twice harmless."""

from __future__ import annotations

import pytest
from accounts import personal_data
from applications import domain
from applications.models import Application, Remark, Round

from tests.server.factories_applications import complete_data, make_manager

pytestmark = pytest.mark.django_db


def test_export_and_erase_application_traces(catalogue_factory):
    manager = make_manager(catalogue_factory)
    ana = catalogue_factory.user("ana", email="ana@geo.example", first_name="Ana", last_name="Pop")
    details = {**complete_data()["details"], "email": "ANA@geo.example"}
    application = domain.create_application(
        user=ana,
        data=complete_data(details=details, message="Contact Ana Pop for the data."),
    )
    domain.submit(application_id=application.pk, user=ana)
    domain.start_screening(application_id=application.pk, user=manager)
    domain.request_changes(application_id=application.pk, user=manager, remarks="Ask ana.")
    other = domain.create_application(
        user=catalogue_factory.user("bo", email="bo@x.example"),
        data=complete_data("Other Org", message="Ana Pop's friend"),
    )

    person = personal_data.find_person("ana")
    exported = personal_data.export(person)["data"]
    assert [row["id"] for row in exported["applications.created"]] == [application.pk]
    assert [row["id"] for row in exported["applications.contacts"]] == [application.pk]
    texts = exported["applications.texts"]
    assert {row["application"] for row in texts} == {application.pk, other.pk}

    counts = personal_data.erase(person)
    assert counts["applications.created"] == 1 and counts["applications.contacts"] == 1
    application.refresh_from_db()
    assert application.created_by is None
    assert application.details["email"].startswith("erased-application-")
    assert "Ana Pop" not in application.message and "ana" not in application.remarks.lower()
    assert "ana" not in Remark.objects.get(application=application).text.lower()
    frozen = Round.objects.get(application=application, number=1)
    assert frozen.snapshot["details"]["email"].startswith("erased-application-")
    assert "Ana Pop" not in Application.objects.get(pk=other.pk).message
    assert Application.objects.get(pk=other.pk).created_by.username == "bo"
    again = personal_data.erase(personal_data.find_person("ana@geo.example"))
    assert again.get("applications.contacts", 0) == 0 and again.get("applications.created", 0) == 0
