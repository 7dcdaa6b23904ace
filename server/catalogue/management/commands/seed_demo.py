"""``manage.py seed_demo``: a deterministic demo catalogue, optionally with demo accounts."""

from __future__ import annotations

import argparse
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from catalogue.demo import DEMO_PASSWORD, seed_demo
from catalogue.models import CertifyingOrganisation


class Command(BaseCommand):
    help = (
        "Create or refresh the demo catalogue: 28 organisations in 22 countries, their "
        "training centres and about 160 courses around today, user groups and certificate "
        "types. "
        "Idempotent. With --with-users (the default) also creates the accounts admin, owner, "
        "convener, reviewer, reviewer2, manager, applicant (a draft and two submitted "
        "applications) and postpaid (an organisation on credit with a usage invoice), with "
        "reviews waiting for the reviewers, decisions for the manager, and the owner's card "
        "order and open bank-transfer invoice, "
        f"with the password '{DEMO_PASSWORD}': demo servers only."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--with-users",
            action=argparse.BooleanOptionalAction,
            default=True,
            help="create the demo accounts (default: yes; --no-with-users to skip)",
        )
        parser.add_argument("--flush", action="store_true", help="delete the whole catalogue first")
        parser.add_argument(
            "--edge-cases",
            action="store_true",
            help=(
                "also add hostile organisations (markup and script in names, addresses and "
                "conveners; text as long as the fields allow) for tests; without it a seed "
                "removes them"
            ),
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="do nothing when the catalogue already has organisations (for start scripts)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["if_empty"] and CertifyingOrganisation.objects.exists():
            self.stdout.write("The catalogue is not empty: demo data not loaded.")
            return
        report = seed_demo(
            with_users=options["with_users"],
            flush=options["flush"],
            edge_cases=options["edge_cases"],
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo catalogue ready: {report.organisations} organisations, "
                f"{report.training_centers} training centres, {report.courses} courses, "
                f"{report.user_groups} user groups (from {report.user_groups_source})."
            )
        )
        if report.demo_users:
            self.stderr.write(
                self.style.WARNING(
                    f"Demo accounts {', '.join(report.demo_users)} have the password "
                    f"'{DEMO_PASSWORD}'. Never run seed_demo on a production server."
                )
            )
