"""``manage.py import_user_groups [PATH]``: load QGIS user groups (idempotent, by name)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from catalogue.user_groups import QGIS_USER_GROUPS_FILE, UserGroupFileError, import_user_groups


class Command(BaseCommand):
    help = (
        "Create or update QGIS user groups from a GeoJSON file like QGIS's "
        "user_groups_data.json (matched by name; a bad file changes nothing)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "path",
            nargs="?",
            type=Path,
            default=QGIS_USER_GROUPS_FILE,
            help=f"GeoJSON file (default: {QGIS_USER_GROUPS_FILE})",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = import_user_groups(options["path"])
        except UserGroupFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.total} user groups imported "
                f"({result.created} created, {result.updated} updated)."
            )
        )
