"""Settings of the test suites: the service's settings with two explicit test choices.

- The fixed development ``SECRET_KEY`` (the ``ALLOW_INSECURE_SECRET_KEY`` opt-in): the suites
  run with ``DEBUG`` off, as production does, and must not need a secret of their own.
- The immediate task backend: background work runs inside the request that enqueues it.

pytest-django loads this module (``DJANGO_SETTINGS_MODULE`` in pyproject.toml) before any
conftest runs, so the opt-in has to live here. Servers the tests start in subprocesses use
``certification_server.settings`` and set their own key.
"""

from __future__ import annotations

import os

os.environ.setdefault("ALLOW_INSECURE_SECRET_KEY", "1")

from .settings import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# allauth's request limits (sign-ups, reset e-mails per address and minute, ...) count in the
# process's cache across tests, and a suite sends hundreds of requests a minute from one
# address: off here; tests/server/test_signup.py turns the production limits back on.
ACCOUNT_RATE_LIMITS = False
