"""``manage.py verify_audit_log``: walk the audit chain; exit 1 naming the first bad event."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from audit.domain import verify_chain


class Command(BaseCommand):
    help = "Check the audit log's hash chain: every event present, unedited, in order."

    def handle(self, *args: Any, **options: Any) -> None:
        verdict = verify_chain()
        if not verdict.intact:
            raise CommandError(
                f"audit chain broken at sequence {verdict.broken_at}: {verdict.reason} "
                f"({verdict.count} events verified before it)"
            )
        self.stdout.write(f"{verdict.count} events, chain intact")
