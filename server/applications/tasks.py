"""Background work of applications: e-mails, each in its recipient's language.

Enqueued by ``applications.domain`` once the change is committed (a rolled-back submit sends
nothing). Owners read the language they applied in (``Application.language``, from the
request's ``Accept-Language``); managers read the site's default language: accounts have no
language preference yet (when one exists, :func:`user_language` is where to read it).
"""

from __future__ import annotations

from typing import Any

from accounts.roles import CERTIFICATION_MANAGERS_GROUP
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import select_template
from django.utils import translation
from django_tasks import task

from . import texts
from .models import Application, Remark

TEMPLATE_DIR = "applications/email"


def user_language(user: Any) -> str:
    """The language to write to ``user`` in: a profile's choice if there is one, else the
    site's default (``LANGUAGE_CODE``), else English."""
    profile = getattr(user, "profile", None)
    chosen = texts.supported(getattr(profile, "language", None))
    return chosen or texts.supported(settings.LANGUAGE_CODE) or texts.DEFAULT_LANGUAGE


def render_email(
    kind: str, language: str, context: dict[str, Any], directory: str = TEMPLATE_DIR
) -> tuple[str, str]:
    """(subject, body) from ``<directory>/<kind>.<language>.txt``, whose first line is
    ``Subject: ...`` (reviews' e-mails use it with their own directory)."""
    language = texts.supported(language) or texts.DEFAULT_LANGUAGE
    with translation.override(language):
        template = select_template(
            [f"{directory}/{kind}.{language}.txt", f"{directory}/{kind}.en.txt"]
        )
        text = template.render({**context, "language": language})
    first, _newline, body = text.lstrip().partition("\n")
    subject = first.removeprefix("Subject:").strip()
    return " ".join(subject.split()), body.strip() + "\n"


def _send(kind: str, language: str, context: dict[str, Any], recipients: list[str]) -> int:
    if not recipients:
        return 0
    subject, body = render_email(kind, language, context)
    return send_mail(subject, body, None, recipients)


def _owners(application: Application) -> list[str]:
    return sorted(
        {u.email for u in application.organisation.owners.filter(is_active=True) if u.email}
    )


def managers() -> list[Any]:
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    return list(
        users.filter(Q(is_superuser=True) | Q(groups__name=CERTIFICATION_MANAGERS_GROUP)).distinct()
    )


def _context(application: Application, language: str) -> dict[str, Any]:
    return {
        "application": application,
        "name": (application.details or {}).get("name") or application.organisation.name,
        "state": application.state,
        "state_label": texts.pick(texts.STATES[application.state], language),
        "round": application.round,
        "site": getattr(settings, "SITE_URL", ""),
    }


@task()
def notify_submitted(application_id: int) -> int:
    """On submit: the owners get a receipt, every certification manager a notice."""
    application = Application.objects.select_related("organisation").get(pk=application_id)
    sent = 0
    language = application.language
    context = _context(application, language)
    context["next_steps"] = texts.pick(texts.NEXT_STEPS, language)
    sent += _send("submitted_owner", language, context, _owners(application))
    by_language: dict[str, list[str]] = {}
    for manager in managers():
        by_language.setdefault(user_language(manager), []).append(manager.email)
    for manager_language, emails in sorted(by_language.items()):
        manager_context = _context(application, manager_language)
        for email in sorted(set(emails)):
            sent += _send("submitted_manager", manager_language, manager_context, [email])
    return sent


@task()
def notify_state_changed(application_id: int, event_sequence: int) -> int:
    """On every other change of state: the owners, with the remarks given with it."""
    application = Application.objects.select_related("organisation").get(pk=application_id)
    language = application.language
    remark = Remark.objects.filter(
        application_id=application_id, event_sequence=event_sequence
    ).first()
    context = _context(application, language)
    context["remarks"] = remark.text if remark is not None else ""
    return _send("state_changed", language, context, _owners(application))


@task()
def notify_idle_draft(application_id: int, deletion_date: str) -> int:
    """A draft untouched for a long time: the owners learn when it will be deleted."""
    application = (
        Application.objects.select_related("organisation").filter(pk=application_id).first()
    )
    if application is None:
        return 0
    language = application.language
    context = {**_context(application, language), "deletion_date": deletion_date}
    return _send("idle_warning", language, context, _owners(application))
