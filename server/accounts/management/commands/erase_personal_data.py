"""``manage.py erase_personal_data USERNAME-OR-EMAIL [--yes]``: remove or anonymise a person.

For an erasure request: every holder registered in ``accounts.personal_data`` erases its
rows in one transaction; the account is anonymised last (``erased-<id>``, no address, no
names, no password, inactive). Facts others rely on stay without the person. Running it again
finds nothing and changes nothing. Without ``--yes`` it lists what it would touch and asks.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts import personal_data

from ._person import person_from_argument

AMBIGUOUS = "Several accounts use this address, give a username"


class Command(BaseCommand):
    help = "Erase (remove or anonymise) every row the service holds about a person."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("person", help="A username or an e-mail address.")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args: Any, **options: Any) -> None:
        person = person_from_argument(options["person"])
        held = {
            name: len(rows) for name, rows in personal_data.export(person)["data"].items() if rows
        }
        if not held:
            self.stdout.write(f"Nothing is held about {person.identifier!r}: nothing to erase.")
            return
        if not options["yes"]:
            for name, count in held.items():
                self.stdout.write(f"  {name}: {count}")
            answer = input(f"Erase these rows about {person.identifier!r}? Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing erased.")
        touched = personal_data.erase(person)
        for name, count in touched.items():
            if count:
                self.stdout.write(f"  {name}: {count} erased")
        self.stdout.write(f"Erased what was held about {person.identifier!r}.")
