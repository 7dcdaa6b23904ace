"""``manage.py billing_sweep``: month-end usage invoices, overdue reminders, stale payments.

Running it often is harmless (everything it does happens once): ``make serve`` runs it every
hour; in production run it from cron, e.g. daily::

    23 4 * * *  cd /srv/certification/server && ../.venv/bin/python manage.py billing_sweep
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from payments.tasks import billing_sweep


class Command(BaseCommand):
    help = "Issue month-end usage invoices, remind overdue invoices, expire stale payments."

    def handle(self, *args: Any, **options: Any) -> None:
        result = billing_sweep.call()
        self.stdout.write(
            f"usage invoices {result['usage_invoices']}, reminders {result['reminders']}, "
            f"payments settled {result['payments']}"
        )
