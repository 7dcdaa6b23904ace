"""Applications for the server tests: a complete draft in one call, and the people around it."""

from __future__ import annotations

from typing import Any

from accounts.models import ApiToken
from accounts.roles import CERTIFICATION_MANAGERS_GROUP
from applications import domain
from applications.models import Application, SelfCheckVersion
from django.contrib.auth.models import Group
from django.test import Client


def answers_all_yes() -> dict[str, bool]:
    version = SelfCheckVersion.current()
    assert version is not None
    return {q.key: True for q in version.questions.all()}


def complete_data(name: str = "Geo Trainers SRL", **overrides: Any) -> dict[str, Any]:
    """Validated input (as the API's serializer gives it) for a complete application."""
    data: dict[str, Any] = {
        "details": {
            "name": name,
            "email": "office@geotrainers.example",
            "website": "https://geotrainers.example",
            "address": "Strada Exemplu 1, București",
            "country": "RO",
            "phone": "+40 21 000 0000",
            "vat_number": "RO123",
        },
        "contributions": [
            {
                "kind": "translation",
                "description": "Romanian translation of QGIS.",
                "links": ["https://www.transifex.com/qgis/"],
                "start_date": None,
                "end_date": None,
            }
        ],
        "courses": [
            {
                "key": "c1",
                "title": "QGIS for beginners",
                "course_type": "Desktop",
                "licence": "CC-BY-4.0",
                "qgis_version": "3.34",
                "links": {
                    "lectures": ["https://geotrainers.example/lectures"],
                    "exercises": [],
                    "data": [],
                },
            }
        ],
        "self_check": {"version": SelfCheckVersion.current().number, "answers": answers_all_yes()},
        "message": "Hello reviewers.",
    }
    data.update(overrides)
    return data


def make_manager(f: Any, username: str = "manager", **fields: Any) -> Any:
    manager = f.user(username, is_staff=True, **fields)
    manager.groups.add(Group.objects.get(name=CERTIFICATION_MANAGERS_GROUP))
    return manager


def new_application(f: Any, owner: Any = None, complete: bool = True, **kwargs: Any) -> Application:
    owner = owner or f.user()
    data = complete_data(**kwargs) if complete else {"details": {"name": kwargs.get("name", "D")}}
    return domain.create_application(user=owner, data=data, language=kwargs.get("language", "en"))


def submitted(f: Any, owner: Any = None, **kwargs: Any) -> Application:
    application = new_application(f, owner, **kwargs)
    owner = application.organisation.owners.get()
    result, _replayed = domain.submit(application_id=application.pk, user=owner)
    return result


def token_client(user: Any) -> Client:
    _token, key = ApiToken.issue(user, "tests")
    return Client(HTTP_AUTHORIZATION=f"Token {key}", HTTP_ACCEPT="application/json")
