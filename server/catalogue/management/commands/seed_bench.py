"""``manage.py seed_bench --courses N --centres M``: a large catalogue for benchmarks."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from catalogue.bench_data import CatalogueNotEmpty, seed_bench
from catalogue.demo import flush_catalogue


class Command(BaseCommand):
    help = "Bulk-insert a synthetic catalogue for benchmarks (into an empty catalogue)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--courses", type=int, default=10_000)
        parser.add_argument("--centres", type=int, default=2_000)
        parser.add_argument("--flush", action="store_true", help="delete the catalogue first")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        if options["flush"]:
            flush_catalogue()
        try:
            report = seed_bench(courses=options["courses"], centres=options["centres"])
        except (CatalogueNotEmpty, ValueError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Bench catalogue: {report.organisations} organisations, "
                f"{report.training_centers} training centres, {report.courses} courses "
                f"in {time.perf_counter() - started:.1f} s."
            )
        )
