"""``manage.py verify_email USERNAME [--email ADDRESS]``: mark an account's address verified.

Web sign-in needs a verified address; an account made with ``createsuperuser`` or a script has
none until its owner follows the e-mail's link. An operator who knows the address is right
(their own, the first superuser's) marks it here instead.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.emails import mark_verified


class Command(BaseCommand):
    help = "Mark an account's e-mail address (or --email ADDRESS) as verified and primary."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--email", help="the address to verify (default: the account's)")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model()._default_manager.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"No account {options['username']!r}.")
        try:
            row = mark_verified(user, options["email"])
        except ValueError as error:
            raise CommandError(f"{error}: pass --email ADDRESS.") from error
        self.stdout.write(f"{row.email} of {user.get_username()} is verified.")
