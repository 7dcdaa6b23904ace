"""``manage.py revoke_api_token PREFIX``: revoke a token by the prefix shown in lists."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import ApiToken, split_key


class Command(BaseCommand):
    help = "Revoke an API token, given its prefix (or the whole key)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("prefix")

    def handle(self, *args: Any, **options: Any) -> None:
        value = options["prefix"].strip()
        parts = split_key(value)
        prefix = parts[0] if parts else value
        token = ApiToken.objects.select_related("user").filter(prefix=prefix).first()
        if token is None:
            raise CommandError(f"No token with prefix {prefix!r}.")
        if token.revoke():
            self.stdout.write(f"Revoked token {token.prefix} ({token.name}) of {token.user}.")
        else:
            self.stdout.write(f"Token {token.prefix} was already revoked.")
