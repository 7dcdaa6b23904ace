"""Who holds what about a person: the registry behind ``export_personal_data`` and
``erase_personal_data`` (docs/personal-data.md is the written inventory).

Each app that stores personal data has a ``personal_data`` module (found like ``admin``
modules are, by ``autodiscover_modules``) that calls :func:`register` once per kind of row:
a name, an ``export`` that returns the person's rows as JSON-ready dicts, and an ``erase``
that removes or anonymises them and returns how many rows it touched. Erasing twice must be
harmless: the second run finds nothing. Facts others rely on stay, without the person: a
course keeps its convener row with the name gone; a certificate (once the certificates app
exists) keeps its id, course and dates for verification with the attendee's name replaced,
by registering an ``erase`` that does exactly that.

The account itself is anonymised rather than deleted (``ORDER_LAST``): courses point at
their convener's account, and audit rows at their actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.utils.module_loading import autodiscover_modules

ERASED_NAME = "Erased person"
ORDER_DEFAULT = 50
ORDER_LAST = 100  # the account itself, after everything that looks the person up by it


@dataclass(frozen=True)
class Person:
    """A snapshot of who is asked about, taken before anything is erased."""

    identifier: str
    user_pk: int | None = None
    username: str = ""
    emails: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # full name as shown, for scrubbing free text

    @property
    def known(self) -> bool:
        return self.user_pk is not None or bool(self.emails)

    def email_q(self, field_name: str) -> models.Q:
        """Rows whose ``field_name`` is one of the person's e-mail addresses (any case)."""
        q = models.Q(pk__in=[])
        for email in self.emails:
            q |= models.Q(**{f"{field_name}__iexact": email})
        return q

    def text_q(self, *field_names: str) -> models.Q:
        """Rows whose free text in any of ``field_names`` holds one of the person's ``words``
        (any case): the rows ``scrub`` may change."""
        q = models.Q(pk__in=[])
        for word in self.words:
            for field_name in field_names:
                q |= models.Q(**{f"{field_name}__icontains": word})
        return q

    @property
    def words(self) -> list[str]:
        """Username, addresses and names, longest first (an address before its local part)."""
        return sorted({w for w in (self.username, *self.emails, *self.names) if w}, key=len)[::-1]

    def scrub(self, text: str) -> str:
        """``text`` with the person's username, addresses and names replaced (whole words
        only, so another person's ``banana`` survives the erasure of ``ana``)."""
        for word in self.words:
            pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
            text = re.sub(pattern, ERASED_NAME, text, flags=re.IGNORECASE)
        return text


class AmbiguousPerson(Exception):
    """Several accounts share the e-mail address: ask by username."""


def find_person(identifier: str) -> Person:
    """The person a username or an e-mail address names (an account's, or anyone's)."""
    identifier = identifier.strip()
    user_model = get_user_model()
    user = user_model._default_manager.filter(username=identifier).first()
    if user is None and "@" in identifier:
        by_address = models.Q(email__iexact=identifier)
        by_address |= models.Q(emailaddress__email__iexact=identifier)  # allauth's, any of them
        matches = list(user_model._default_manager.filter(by_address).distinct())
        if len(matches) > 1:
            raise AmbiguousPerson(", ".join(sorted(u.get_username() for u in matches)))
        user = matches[0] if matches else None
    if user is None:
        emails = frozenset({identifier.lower()}) if "@" in identifier else frozenset()
        return Person(identifier=identifier, emails=emails)
    found = {identifier.lower()} if "@" in identifier else set()
    if user.email:
        found.add(user.email.lower())
    found |= {address.lower() for address in _addresses_of(user.pk)}
    full_name = user.get_full_name().strip()
    return Person(
        identifier=identifier,
        user_pk=user.pk,
        username=user.get_username(),
        emails=frozenset(found),
        names=frozenset({full_name} if full_name else set()),
    )


def _addresses_of(user_pk: int) -> list[str]:
    """The account's e-mail addresses as allauth keeps them (verified or not)."""
    from allauth.account.models import EmailAddress

    return list(EmailAddress.objects.filter(user_id=user_pk).values_list("email", flat=True))


@dataclass(frozen=True)
class Holder:
    name: str
    export: Callable[[Person], list[dict[str, Any]]]
    erase: Callable[[Person], int]
    order: int = ORDER_DEFAULT
    description: str = ""


_registry: dict[str, Holder] = {}
_discovered: list[bool] = []


def register(
    name: str,
    *,
    export: Callable[[Person], list[dict[str, Any]]],
    erase: Callable[[Person], int],
    order: int = ORDER_DEFAULT,
    description: str = "",
) -> None:
    """Declare one kind of row about people; ``name`` is ``<app>.<what>``, unique."""
    _registry[name] = Holder(name, export, erase, order, description)


def holders() -> list[Holder]:
    """Every registered holder, in erase order (the account last)."""
    if not _discovered:
        autodiscover_modules("personal_data")
        _discovered.append(True)
    return sorted(_registry.values(), key=lambda h: (h.order, h.name))


def export(person: Person) -> dict[str, Any]:
    """Every row about ``person``, by holder; nobody else's."""
    return {
        "person": person.identifier,
        "data": {holder.name: holder.export(person) for holder in holders()},
    }


def erase(person: Person) -> dict[str, int]:
    """Remove or anonymise every row about ``person`` in one transaction; rows touched."""
    with transaction.atomic():
        return {holder.name: holder.erase(person) for holder in holders()}


def values(obj: models.Model, names: Iterable[str]) -> dict[str, Any]:
    """Plain JSON-ready values of ``obj``'s fields (dates as ISO text, files as names)."""
    out: dict[str, Any] = {}
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, (datetime, date)):
            value = value.isoformat()
        elif isinstance(value, models.fields.files.FieldFile):
            value = value.name or ""
        elif isinstance(value, models.Model) or (
            value is not None and not isinstance(value, (str, int, float, bool))
        ):
            value = str(value)
        out[name] = value
    return out


# --- what the accounts app holds -----------------------------------------------------------

USER_FIELDS = (
    "id",
    "username",
    "email",
    "first_name",
    "last_name",
    "date_joined",
    "last_login",
    "is_active",
    "is_staff",
    "is_superuser",
)
TOKEN_FIELDS = ("name", "prefix", "created_at", "expires_at", "revoked_at", "last_used_at")


def _user(person: Person) -> Any:
    if person.user_pk is None:
        return None
    return get_user_model()._default_manager.filter(pk=person.user_pk).first()


def export_user(person: Person) -> list[dict[str, Any]]:
    user = _user(person)
    if user is None:
        return []
    row = values(user, USER_FIELDS)
    row["groups"] = sorted(user.groups.values_list("name", flat=True))
    return [row]


def erase_user(person: Person) -> int:
    """Anonymise the account: no name, no address, no password, no groups, inactive."""
    user = _user(person)
    if user is None:
        return 0
    user.username = f"erased-{user.pk}"
    user.email = ""
    user.first_name = ""
    user.last_name = ""
    user.last_login = None
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    return 1


def export_tokens(person: Person) -> list[dict[str, Any]]:
    from .models import ApiToken

    if person.user_pk is None:
        return []
    return [values(t, TOKEN_FIELDS) for t in ApiToken.objects.filter(user_id=person.user_pk)]


def erase_tokens(person: Person) -> int:
    from .models import ApiToken

    if person.user_pk is None:
        return 0
    deleted, _ = ApiToken.objects.filter(user_id=person.user_pk).delete()
    return deleted


def _sessions(person: Person) -> list[Any]:
    from django.contrib.sessions.models import Session

    if person.user_pk is None:
        return []
    pk = str(person.user_pk)
    return [s for s in Session.objects.all() if str(s.get_decoded().get("_auth_user_id")) == pk]


def export_sessions(person: Person) -> list[dict[str, Any]]:
    return [{"expire_date": s.expire_date.isoformat()} for s in _sessions(person)]


def erase_sessions(person: Person) -> int:
    sessions = _sessions(person)
    for session in sessions:
        session.delete()
    return len(sessions)


def _log_entries(person: Person) -> models.QuerySet:
    """Admin history written by the person, or about their account."""
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    if person.user_pk is None:
        return LogEntry.objects.none()
    user_type = ContentType.objects.get_for_model(get_user_model())
    return LogEntry.objects.filter(
        models.Q(user_id=person.user_pk)
        | models.Q(content_type=user_type, object_id=str(person.user_pk))
    )


def export_log_entries(person: Person) -> list[dict[str, Any]]:
    fields = ("action_time", "content_type", "object_id", "object_repr", "change_message")
    return [values(e, fields) for e in _log_entries(person)]


def erase_log_entries(person: Person) -> int:
    """Keep the history (who changed what is an audit fact) with the person's name gone."""
    from django.contrib.admin.models import LogEntry

    touched = 0
    scope = _log_entries(person) | LogEntry.objects.filter(
        person.text_q("object_repr", "change_message")
    )
    for entry in scope.distinct():
        repr_, message = person.scrub(entry.object_repr), person.scrub(entry.change_message)
        if (repr_, message) != (entry.object_repr, entry.change_message):
            LogEntry.objects.filter(pk=entry.pk).update(object_repr=repr_, change_message=message)
            touched += 1
    return touched


EMAIL_ADDRESS_FIELDS = ("email", "verified", "primary")


def _email_addresses(person: Person) -> models.QuerySet:
    """The account's addresses in allauth's table (with their verification state); their
    confirmation keys go with them (``EmailConfirmation`` cascades)."""
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user_id=person.user_pk).order_by("pk")


def export_email_addresses(person: Person) -> list[dict[str, Any]]:
    return [values(row, EMAIL_ADDRESS_FIELDS) for row in _email_addresses(person)]


def erase_email_addresses(person: Person) -> int:
    return _email_addresses(person).delete()[0]


AXES_MODELS = ("AccessAttempt", "AccessFailureLog", "AccessLog")
AXES_FIELDS = ("attempt_time", "username", "ip_address", "user_agent", "path_info")


def _axes_rows(person: Person) -> list[models.QuerySet]:
    """Sign-in records (failures, lockouts, successes) kept by django-axes for the person."""
    if not apps.is_installed("axes"):
        return []
    names = {n for n in (person.username, *person.emails) if n}
    if not names:
        return []
    q = models.Q(pk__in=[])
    for name in names:
        q |= models.Q(username__iexact=name)
    return [apps.get_model("axes", model)._default_manager.filter(q) for model in AXES_MODELS]


def export_sign_ins(person: Person) -> list[dict[str, Any]]:
    return [
        {"kind": rows.model.__name__, **values(row, AXES_FIELDS)}
        for rows in _axes_rows(person)
        for row in rows.order_by("attempt_time")
    ]


def erase_sign_ins(person: Person) -> int:
    return sum(rows.delete()[0] for rows in _axes_rows(person))


register(
    "accounts.user",
    export=export_user,
    erase=erase_user,
    order=ORDER_LAST,
    description="The account: username, e-mail, names, last sign-in, groups.",
)
register(
    "accounts.api_tokens",
    export=export_tokens,
    erase=erase_tokens,
    description="Personal API tokens' metadata (never the key).",
)
register(
    "accounts.email_addresses",
    export=export_email_addresses,
    erase=erase_email_addresses,
    description="The account's e-mail addresses and whether each is verified (allauth).",
)
register("auth.sessions", export=export_sessions, erase=erase_sessions)
register("admin.log_entries", export=export_log_entries, erase=erase_log_entries)
register(
    "axes.sign_ins",
    export=export_sign_ins,
    erase=erase_sign_ins,
    description="Failed and successful sign-ins (address, browser, time) kept for throttling.",
)


DEVICE_FIELDS = ("client_name", "state", "created_at", "decided_at")


def export_device_sign_ins(person: Person) -> list[dict[str, Any]]:
    from .models import DeviceAuthorization

    if person.user_pk is None:
        return []
    rows = DeviceAuthorization.objects.filter(user_id=person.user_pk)
    return [values(row, DEVICE_FIELDS) for row in rows]


def erase_device_sign_ins(person: Person) -> int:
    from .models import DeviceAuthorization

    if person.user_pk is None:
        return 0
    deleted, _ = DeviceAuthorization.objects.filter(user_id=person.user_pk).delete()
    return deleted


register(
    "accounts.device_sign_ins",
    export=export_device_sign_ins,
    erase=erase_device_sign_ins,
    description="Sign-ins from QGIS the person approved or denied (client name, time).",
)
