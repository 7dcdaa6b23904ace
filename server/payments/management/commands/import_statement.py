"""``manage.py import_statement <file>``: match a bank statement (CSV or camt.053) to open
invoices by their RF references; prints the report. The same file twice changes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from applications.domain import Invalid
from django.core.management.base import BaseCommand, CommandError

from payments.reconciliation import import_statement


class Command(BaseCommand):
    help = "Import a bank statement (CSV or camt.053 XML) and pay the invoices it settles."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
        try:
            statement = import_statement(actor=None, filename=path.name, data=data)
        except Invalid as error:
            raise CommandError("; ".join(m for ms in error.errors.values() for m in ms)) from None
        summary = statement.summary
        counts = {k: (len(v) if isinstance(v, list) else v) for k, v in summary.items()}
        self.stdout.write(json.dumps(counts, sort_keys=True))
