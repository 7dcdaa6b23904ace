"""Demo applications for ``seed_demo``: an ``applicant`` with a half-filled draft, and two
submitted applications (one from a country with a QGIS user group, one from a country
without) so the review workflow has something to work on. Idempotent: an application whose
organisation exists already is left as it is.
"""

from __future__ import annotations

from typing import Any

from accounts.emails import mark_verified
from catalogue.models import CertifyingOrganisation, UserGroup
from django.contrib.auth import get_user_model

from . import domain
from .models import SelfCheckVersion

APPLICANT = "applicant"
#: Countries to pick the "no user group" application from (the first without a group), with
#: their calling codes (the demo's phone numbers look real: see tests/server/test_seed_demo.py).
CALLING_CODES = {"RO": "40", "KE": "254", "GH": "233", "NG": "234", "IN": "91", "IE": "353"}
COUNTRIES_WITHOUT_GROUPS = ("KE", "GH", "NG", "IN", "IE")


def _answers(all_yes: bool = True) -> dict[str, Any]:
    version = SelfCheckVersion.current()
    keys = [q.key for q in version.questions.all()] if version else []
    answers = {key: True for key in keys}
    if not all_yes and keys:
        answers = {key: True for key in keys[:2]}
    return {"version": version.number if version else 1, "answers": answers}


def _course(key: str, title: str) -> dict[str, Any]:
    return {
        "key": key,
        "title": title,
        "course_type": "QGIS Desktop",
        "licence": "CC-BY-SA-4.0",
        "qgis_version": "3.40",
        "links": {
            "lectures": [f"https://training.demo.example/{key}/lectures/"],
            "exercises": [f"https://training.demo.example/{key}/exercises/"],
            "data": [],
        },
    }


def _contribution(kind: str, description: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "description": description,
        "links": ["https://github.com/qgis/QGIS"],
        "start_date": None,
        "end_date": None,
    }


def _details(name: str, country: str, city: str, phone: str) -> dict[str, str]:
    domain_name = name.lower().replace(" ", "") + "." + country.lower()
    return {
        "name": name,
        "email": f"office@{domain_name}",
        "website": f"https://www.{domain_name}/",
        "address": f"Strada Demo 1, {city}" if country == "RO" else f"1 Demo Road, {city}",
        "country": country,
        "phone": f"+{CALLING_CODES.get(country, '40')} {phone}",
        "vat_number": "",
    }


def _applicant() -> Any:
    from catalogue.demo import DEMO_PASSWORD

    user, _created = get_user_model().objects.update_or_create(
        username=APPLICANT,
        defaults={"first_name": "Ana", "last_name": "Applicant", "email": "applicant@demo.example"},
    )
    user.set_password(DEMO_PASSWORD)
    user.save()
    mark_verified(user)
    return user


def submitted_application(
    owner: Any,
    details: dict[str, str],
    *,
    contributions: list[tuple[str, str]],
    courses: list[tuple[str, str]],
    message: str,
) -> Any:
    """A new demo organisation's submitted application (every self-check answer yes), or
    ``None`` if an organisation of that name exists already."""
    if CertifyingOrganisation.objects.filter(name=details["name"]).exists():
        return None
    data = {
        "details": details,
        "contributions": [_contribution(kind, text) for kind, text in contributions],
        "courses": [_course(key, title) for key, title in courses],
        "self_check": _answers(),
        "message": message,
    }
    application = domain.create_application(user=owner, data=data, language="en")
    application, _replayed = domain.submit(
        application_id=application.pk, user=owner, idempotency_key="demo"
    )
    return application


def seed_demo_applications() -> str:
    """Creates the applicant and the demo applications; returns the applicant's username."""
    user = _applicant()
    grouped = set(UserGroup.objects.values_list("country", flat=True))
    with_group = "RO" if "RO" in grouped else (sorted(grouped) or ["RO"])[0]
    without_group = next((c for c in COUNTRIES_WITHOUT_GROUPS if c not in grouped), "KE")
    plans = [
        ("Carpathian GIS Academy", with_group, "Cluj-Napoca", "264 555 013"),
        ("Savanna Mapping Institute", without_group, "Nairobi", "20 555 0142"),
    ]
    for name, country, city, phone in plans:
        submitted_application(
            user,
            _details(name, country, city, phone),
            contributions=[
                ("translation", "Translating QGIS and its documentation."),
                ("user_group", "Organising the local QGIS user meetings."),
            ],
            courses=[("intro", "Introduction to QGIS"), ("adv", "QGIS analysis")],
            message="We look forward to your review.",
        )
    draft_name = "Danube Geo School"
    if not CertifyingOrganisation.objects.filter(name=draft_name).exists():
        details = _details(draft_name, with_group, "Galați", "236 555 077")
        details["address"] = ""  # half-filled: the applicant goes on from here
        domain.create_application(
            user=user,
            data={
                "details": details,
                "contributions": [_contribution("bug_reports", "Reporting bugs we meet in class.")],
                "self_check": _answers(all_yes=False),
            },
            language="ro",
        )
    return user.get_username()
