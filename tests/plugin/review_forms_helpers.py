"""The review pages in tests: a real context for one person of a reviewer world.

The world is ``tests/fixtures/reviewers.py``'s. ``write_review`` has a reviewer declare and
write (and submit) a review through the server's domain functions. ``page_context`` gives a
page what the dock would: the reviews and applications clients on QGIS's network stack with
the person's authcfg, a ``run`` with one ``TaskSlot`` per purpose, a draft store in the
test's folder, and a list of pushed messages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject

from certification_plugin.gui.reviews.context import ReviewContext
from certification_plugin.gui.reviews.review_dock import applications_client, reviews_client
from certification_plugin.qgis_io.client_factory import client_for
from certification_plugin.qgis_io.drafts import DraftStore
from certification_plugin.qgis_io.tasks import TaskRunner, TaskSlot
from tests.fixtures.reference_server import ReferenceServer
from tests.fixtures.reviewers import ReviewWorld
from tests.plugin.auth_helpers import store_basic_config

REVIEW = """
from django.contrib.auth import get_user_model
from reviews import domain
from reviews.models import RubricVersion
user = get_user_model().objects.get(username={username!r})
version = RubricVersion.current()
scores = {{c.key: {value!r} for c in version.criteria.all()}}
scores.update({overrides!r})
domain.declare(application_id={application!r}, user=user, conflict=False)
if {write!r}:
    domain.save_review(
        application_id={application!r},
        user=user,
        changes={{"scores": scores, "justification": {justification!r},
                  "recommendation": {recommendation!r}}},
    )
if {submit!r}:
    domain.submit_review(application_id={application!r}, user=user)
print("ok")
"""


def write_review(
    server: ReferenceServer,
    application: int,
    username: str,
    value: int = 4,
    submit: bool = True,
    write: bool = True,
    justification: str = "Seen the material and the links.",
    recommendation: str = "approve",
    **overrides: int,
) -> None:
    """``username`` declares no conflict and (``write``) scores every criterion ``value``
    (``overrides`` per key), and (``submit``) submits, through the server's domain."""
    script = REVIEW.format(
        username=username,
        application=application,
        value=value,
        overrides=overrides,
        write=write,
        submit=submit,
        justification=justification,
        recommendation=recommendation,
    )
    server.manage("shell", "-c", script)


def server_json(server: ReferenceServer, token: str, path: str) -> Any:
    """GET an API v1 path with ``token`` (the test's own view of the server)."""
    import urllib.request

    request = urllib.request.Request(
        f"{server.base_url}api/v1/{path}",
        headers={"Accept": "application/json", "Authorization": f"Token {token}"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


class PageRunner(QObject):
    """``ReviewContext.run`` as the dock does it: a ``TaskSlot`` per purpose."""

    def __init__(self, tasks: TaskRunner) -> None:
        super().__init__()
        self.tasks = tasks
        self.slots: Dict[str, TaskSlot] = {}

    def __call__(
        self,
        description: str,
        work: Callable[[Any], Any],
        done: Optional[Callable[[Any], None]] = None,
        failed: Optional[Callable[[Exception], None]] = None,
        purpose: str = "",
    ) -> Any:
        key = purpose or description
        slot = self.slots.setdefault(key, TaskSlot(self.tasks))
        return slot.run(description, work, done, failed)

    @property
    def busy(self) -> bool:
        return any(slot.busy for slot in self.slots.values())


@dataclass
class PageSetup:
    context: ReviewContext
    runner: PageRunner
    messages: List[Tuple[str, Any]]
    drafts: Path
    authcfg: str

    def remove(self) -> None:
        QgsApplication.authManager().removeAuthenticationConfig(self.authcfg)


def page_context(
    server: ReferenceServer,
    world: ReviewWorld,
    role: str,
    tasks: TaskRunner,
    drafts: Path,
    is_manager: bool = False,
    server_url: Optional[str] = None,
) -> PageSetup:
    """What the dock gives a page, for ``role`` of ``world`` (remove() after)."""
    username = world.username(role)
    config = store_basic_config(f"review {username}", username, world.token(role))
    client = client_for(server_url or server.base_url, config.id(), 30.0, str(drafts / "cache"))
    messages: List[Tuple[str, Any]] = []
    runner = PageRunner(tasks)
    context = ReviewContext(
        reviews=reviews_client(client, "en"),
        applications=applications_client(client, "en"),
        run=runner,
        drafts=DraftStore(str(drafts)),
        push_message=lambda text, level: messages.append((text, level)),
        username=username,
        is_manager=is_manager,
        server_key=f"127_0_0_1_{server.port}",
    )
    return PageSetup(context, runner, messages, drafts, config.id())
