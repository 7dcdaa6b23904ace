"""``manage.py create_api_token USERNAME --name N --days D``: issue a token, print its key once."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import DEFAULT_LIFETIME_DAYS, ApiToken


class Command(BaseCommand):
    help = "Issue a personal API token for a user and print its key (shown only this once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="manage.py", help="What the token is for.")
        parser.add_argument(
            "--days", type=int, default=DEFAULT_LIFETIME_DAYS, help="Lifetime in days (1-365)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        try:
            user = user_model._default_manager.get_by_natural_key(options["username"])
        except user_model.DoesNotExist:
            raise CommandError(f"No user named {options['username']!r}.") from None
        try:
            token, key = ApiToken.issue(user, options["name"], options["days"])
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        if options["verbosity"] >= 2:
            self.stderr.write(
                f"Token {token.prefix} ({token.name}) for {user.get_username()}, "
                f"expires {token.expires_at.isoformat()}"
            )
        # Only the key on stdout, so scripts can capture it.
        self.stdout.write(key)
