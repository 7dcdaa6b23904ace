"""Review bench data made through the domains themselves (no bulk inserts behind their back).

    setup_django(data_dir)          # this process on a new SQLite database in data_dir
    data = build_queue(200)         # 200 applications routed to the bench user group
    big = build_application(contributions=50, files=20)

Every application is created, filled and submitted by ``applications.domain`` (its files by
``applications.materials``), then accepted by a manager through ``reviews.domain.screen``,
which routes it to the bench user group (two reviewers, so the group is chosen, not the PSC).
The bench reviewer then declares no conflict on half of them and drafts or submits a review
on some, so the queue holds every reviewer task (declare, review, none). Deterministic.

Not a bench itself (no ``__main__``: ``make bench`` runs only the files that have one).
"""

from __future__ import annotations

import json
import os
import secrets
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List

from benchlib import SERVER

REVIEWER = "bench-reviewer"
SECOND_REVIEWER = "bench-reviewer-2"
MANAGER = "bench-manager"
APPLICANT = "bench-applicant"
COUNTRY = "SE"
GROUP = "QGIS Sweden (bench)"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
POINT = {"type": "Point", "coordinates": [18.07, 59.33]}
KINDS = ("translation", "documentation", "user_group", "bug_reports", "code", "training")


def setup_django(data_dir: str, env: Dict[str, str] | None = None) -> None:
    """Django in this process on ``data_dir``'s SQLite database, migrated.

    ``env`` (``benchlib.server_env``) is the server's own environment, so a gunicorn started
    with it later reads the same database and accepts the tokens made here.
    """
    os.environ.update(
        env
        or {
            "DATA_DIR": data_dir,
            "DJANGO_SETTINGS_MODULE": "certification_server.settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DEBUG": "0",
            "LOG_LEVEL": "ERROR",
        }
    )
    # No mail leaves the bench, and tasks wait in the database (no worker runs them).
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ.pop("DATABASE_URL", None)
    if str(SERVER) not in sys.path:
        sys.path.insert(0, str(SERVER))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def release_database() -> None:
    """Closes this process's connection, so gunicorn has the SQLite file to itself."""
    from django.db import connections

    connections.close_all()


@dataclass
class BenchData:
    reviewer_token: str
    manager_token: str
    applications: List[int] = field(default_factory=list)


def bench_user(username: str, first: str, last: str, manager: bool = False) -> Any:
    """A verified account without a password (found again on a rerun); ``manager``: staff in
    the certification managers group. The certificates bench makes its accounts here too."""
    from accounts.emails import mark_verified
    from accounts.roles import CERTIFICATION_MANAGERS_GROUP as MANAGERS_GROUP
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"first_name": first, "last_name": last, "email": f"{username}@bench.example"},
    )
    if created:
        user.set_unusable_password()
        user.save()
        mark_verified(user)
    if manager:
        user.is_staff = True
        user.save()
        user.groups.add(Group.objects.get_or_create(name=MANAGERS_GROUP)[0])
    return user


def _token(user: Any) -> str:
    from accounts.models import ApiToken

    _row, key = ApiToken.issue(user, "review bench")
    return str(key)


def people() -> tuple[Any, Any, Any]:
    from catalogue.models import UserGroup

    reviewer = bench_user(REVIEWER, "Rita", "Reviewer")
    second = bench_user(SECOND_REVIEWER, "Sven", "Second")
    manager = bench_user(MANAGER, "Maja", "Manager", manager=True)
    group, _created = UserGroup.objects.get_or_create(name=GROUP, defaults={"country": COUNTRY})
    group.members.add(reviewer, second)
    return reviewer, second, manager


def _self_check() -> Dict[str, Any]:
    from applications.models import SelfCheckVersion

    version = SelfCheckVersion.current()
    keys = [q.key for q in version.questions.all()] if version else []
    return {"version": version.number if version else 1, "answers": {k: True for k in keys}}


def _data(name: str, contributions: int, courses: int, self_check: Dict[str, Any]) -> dict:
    slug = name.lower().replace(" ", "")
    return {
        "details": {
            "name": name,
            "email": f"office@{slug}.se",
            "website": f"https://www.{slug}.se/",
            "address": "Drottninggatan 1, Stockholm",
            "country": COUNTRY,
            "phone": "+46 8 555 010 00",
            "vat_number": "",
        },
        "contributions": [
            {
                "kind": KINDS[n % len(KINDS)],
                "description": f"Contribution {n + 1}: translated and reviewed part {n + 1} "
                "of the QGIS user manual.",
                "links": [f"https://github.com/qgis/QGIS-Documentation/pull/{9000 + n}"],
                "start_date": "2024-01-31",
                "end_date": None,
            }
            for n in range(contributions)
        ],
        "courses": [
            {
                "key": f"c{n + 1}",
                "title": f"QGIS course {n + 1}",
                "course_type": "QGIS Desktop",
                "licence": "CC-BY-SA-4.0",
                "qgis_version": "3.40",
                "links": {
                    "lectures": [f"https://training.bench.example/c{n + 1}/lectures/"],
                    "exercises": [],
                    "data": [],
                },
            }
            for n in range(courses)
        ],
        "self_check": self_check,
        "message": "We look forward to your review.",
    }


def _files(application_id: int, applicant: Any, files: int, courses: int) -> None:
    from applications import materials
    from django.core.files.base import ContentFile

    parts = ("lectures", "exercises", "data")
    for n in range(files):
        part = parts[n % len(parts)]
        if part == "data":
            feature = {"type": "Feature", "geometry": POINT, "properties": {"n": n}}
            name = f"places-{n + 1}.geojson"
            content = json.dumps({"type": "FeatureCollection", "features": [feature]}).encode()
        else:
            name, content = f"{part}-{n + 1}.pdf", PDF + f"%{application_id} {n}\n".encode()
        materials.add_material(
            application_id=application_id,
            user=applicant,
            upload=ContentFile(content, name=name),
            part=part,
            course_key=f"c{n % courses + 1}",
        )


def _submitted(name: str, applicant: Any, contributions: int, files: int, check: dict) -> int:
    from applications import domain

    courses = max(1, min(5, files))
    application = domain.create_application(
        user=applicant, data=_data(name, contributions, courses, check), language="en"
    )
    _files(application.pk, applicant, files, courses)
    domain.submit(application_id=application.pk, user=applicant, idempotency_key="bench")
    return int(application.pk)


def _routed(application_id: int, manager: Any) -> None:
    from reviews import domain as reviews

    reviews.screen(application_id=application_id, user=manager, action="accept", remarks="")


SCORES = {
    "contributions": 4,
    "material_current": 4,
    "representation": 5,
    "quality": 3,
    "standing": 4,
}


def review(application_id: int, user: Any, scores: Dict[str, int], submit: bool = True) -> None:
    """``user`` declares no conflict and writes (and submits) a review of the application."""
    from reviews import domain as reviews

    reviews.declare(application_id=application_id, user=user, conflict=False)
    body = {
        "scores": scores,
        "justification": "Up-to-date material; the team is active in the user group.",
        "recommendation": "approve",
    }
    reviews.save_review(application_id=application_id, user=user, changes=body)
    if submit:
        reviews.submit_review(application_id=application_id, user=user)


def more_reviewers(count: int, start: int = 3) -> List[Any]:
    """``count`` new members of the bench group (joining assigns them to its open routings)."""
    from catalogue.models import UserGroup

    group = UserGroup.objects.get(name=GROUP)
    users = [
        bench_user(f"bench-reviewer-{n}", "Bench", f"Reviewer {n}")
        for n in range(start, start + count)
    ]
    for user in users:
        group.members.add(user)
    return users


def build_queue(size: int, *, prefix: str = "Bench Review Academy", start: int = 0) -> BenchData:
    """``size`` applications routed to the bench group: ``size`` assignments of the reviewer.

    Every second one declared "none" by the reviewer; of those, every third has a draft and
    every fifth a submitted review (the second reviewer submits on the same ones).
    """
    from django.db import transaction
    from reviews import domain as reviews

    reviewer, second, manager = people()
    applicant = bench_user(APPLICANT, "Anna", "Applicant")
    check = _self_check()
    pks = []
    for n in range(start, start + size):
        with transaction.atomic():
            pk = _submitted(f"{prefix} {n + 1:04d}", applicant, 2, 0, check)
            _routed(pk, manager)
        pks.append(pk)
        if n % 2:
            continue
        if n % 5 == 0:
            review(pk, reviewer, SCORES)
            review(pk, second, {**SCORES, "quality": 4})
        elif n % 3 == 0:
            review(pk, reviewer, SCORES, submit=False)
        else:
            reviews.declare(application_id=pk, user=reviewer, conflict=False)
    return BenchData(_token(reviewer), _token(manager), pks)


def build_application(
    *, contributions: int, files: int, name: str = "Bench Large Academy"
) -> BenchData:
    """One application with ``contributions`` contributions and ``files`` files, routed to
    the bench group, the reviewer's declaration "none" (so the material is theirs to see)."""
    from reviews import domain as reviews

    reviewer, _second, manager = people()
    applicant = bench_user(APPLICANT, "Anna", "Applicant")
    pk = _submitted(name, applicant, contributions, files, _self_check())
    _routed(pk, manager)
    reviews.declare(application_id=pk, user=reviewer, conflict=False)
    return BenchData(_token(reviewer), _token(manager), [pk])
