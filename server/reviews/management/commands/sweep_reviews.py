"""``manage.py sweep_reviews``: the reviews' deadlines (reminders, escalation to the PSC).

Reviewers who have not submitted get a reminder at each of ``REVIEW_REMINDER_DAYS`` after the
routing (once each); a routing whose due date passed without the group's opinion escalates to
the PSC. It re-reads the state each time, so running it often is harmless (the deferred
deadline tasks of the database task backend do the same checks): ``make serve`` runs it next
to ``sweep_applications`` every ``SWEEP_INTERVAL`` seconds; in production run it from cron,
e.g. hourly::

    23 * * * *  cd /srv/certification/server && ../.venv/bin/python manage.py sweep_reviews
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from reviews.domain import sweep


class Command(BaseCommand):
    help = "Send the reviews' due reminders (once each) and escalate overdue routings to the PSC."

    def handle(self, *args: Any, **options: Any) -> None:
        result = sweep() or {}
        summary = ", ".join(f"{key} {value}" for key, value in sorted(result.items()))
        self.stdout.write(summary or "nothing to do")
