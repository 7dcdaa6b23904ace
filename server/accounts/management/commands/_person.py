"""The person a personal-data command is about, shared by the export and the erase commands."""

from __future__ import annotations

from django.core.management.base import CommandError

from accounts import personal_data


def person_from_argument(value: str) -> personal_data.Person:
    """The person named by a username or an e-mail address; a clear error when it is ambiguous."""
    try:
        return personal_data.find_person(value)
    except personal_data.AmbiguousPerson as exc:
        raise CommandError(f"Several accounts use this address ({exc}): give a username.") from None
