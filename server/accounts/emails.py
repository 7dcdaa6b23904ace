"""Accounts' e-mail addresses as django-allauth keeps them (``account.EmailAddress``).

Sign-in on the web needs a verified address (``ACCOUNT_EMAIL_VERIFICATION = "mandatory"``):
the sign-up page verifies it by e-mail; accounts made another way (``seed_demo``, tests, a
manager's script) are marked verified here.
"""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction


@transaction.atomic
def mark_verified(user: Any, email: str | None = None) -> EmailAddress:
    """Make ``email`` (by default the account's own) the user's verified, primary address,
    and the account's ``email`` too; idempotent."""
    address = (email if email is not None else user.email or "").strip()
    if not address:
        raise ValueError(f"{user.get_username()} has no e-mail address to verify")
    if user.email != address:
        user.email = address
        user.save(update_fields=["email"])
    row = EmailAddress.objects.filter(user=user, email__iexact=address).first()
    if row is None:
        row = EmailAddress(user=user, email=address)
    # One primary address per account (a constraint): the others step down first.
    EmailAddress.objects.filter(user=user, primary=True).exclude(pk=row.pk).update(primary=False)
    row.email, row.verified, row.primary = address, True, True
    row.save()
    return row


def account_with_address(address: str) -> Any | None:
    """The one account that has ``address`` (any case), as allauth's sign-in by address
    finds it; ``None`` when no account or several have it."""
    users = {
        row.user
        for row in EmailAddress.objects.filter(email__iexact=address).select_related("user")
    }
    if not users:
        users = set(get_user_model()._default_manager.filter(email__iexact=address)[:2])
    return users.pop() if len(users) == 1 else None
