"""``manage.py sweep_applications``: warn about, then delete, drafts nobody touches.

A draft idle ``APPLICATION_DRAFT_IDLE_DAYS - 30`` days gets one warning e-mail to its owners;
idle ``APPLICATION_DRAFT_IDLE_DAYS`` days it is deleted with its draft organisation. It
re-reads the state each time, so running it often is harmless: ``make serve`` runs it every
hour; in production run it from cron, e.g. daily::

    17 3 * * *  cd /srv/certification/server && ../.venv/bin/python manage.py sweep_applications
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from applications.domain import sweep_idle_drafts


class Command(BaseCommand):
    help = "Warn the owners of idle drafts (once) and delete drafts idle too long."

    def handle(self, *args: Any, **options: Any) -> None:
        result = sweep_idle_drafts()
        self.stdout.write(f"warned {result['warned']}, deleted {result['deleted']}")
