"""``manage.py export_personal_data USERNAME-OR-EMAIL [--output FILE]``: every row about a person.

For a data subject's access request: JSON, one section per kind of row (see
``accounts.personal_data``), on stdout or into a file only its owner may read.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from accounts import personal_data

from ._person import person_from_argument

AMBIGUOUS = "Several accounts use this address, give a username"


class Command(BaseCommand):
    help = "Export, as JSON, every row the service holds about a person."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("person", help="A username or an e-mail address.")
        parser.add_argument("--output", "-o", help="Write to this file (mode 600), not stdout.")

    def handle(self, *args: Any, **options: Any) -> None:
        person = person_from_argument(options["person"])
        document = {"exported_at": timezone.now().isoformat(), **personal_data.export(person)}
        text = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2) + "\n"
        found = sum(len(rows) for rows in document["data"].values())
        if not found:
            self.stderr.write(f"Nothing is held about {person.identifier!r}.")
        if options["output"]:
            path = Path(options["output"])
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(text)
            self.stderr.write(f"{found} rows written to {path}.")
        else:
            self.stdout.write(text, ending="")
