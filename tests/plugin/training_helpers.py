"""The training panels in tests: a real context for one person of a training world.

``training_context`` gives a panel what the dock would: the training client on QGIS's network
stack with the person's authcfg, a ``run`` with one ``TaskSlot`` per purpose (the review
pages' ``PageRunner``), and a list of pushed messages. ``server_json`` reads the server as the
test's own witness.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, List, Optional, Tuple

from certification_plugin.core.api.session import ApiSession
from certification_plugin.core.training import TrainingClient
from certification_plugin.core.urls import api_url
from certification_plugin.gui.training.context import TrainingContext
from certification_plugin.qgis_io.client_factory import client_for
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.trainers import TrainingWorld
from tests.plugin.review_forms_helpers import PageRunner, server_json

TIMEOUT = 30000

__all__ = ["TIMEOUT", "TrainingSetup", "server_json", "training_client", "training_context"]


def training_client(world: TrainingWorld, role: str, cache: Path) -> TrainingClient:
    client = client_for(world.server_url, world.authcfg(role), 30.0, str(cache))
    return TrainingClient(ApiSession(api_url(client.base_url), client.session), "en")


@dataclass
class TrainingSetup:
    context: TrainingContext
    runner: PageRunner
    messages: List[Tuple[str, Any]]
    client: TrainingClient

    def idle(self) -> bool:
        return not self.runner.busy


def training_context(
    world: TrainingWorld,
    role: str,
    tasks: TaskRunner,
    cache: Path,
    client: Optional[Any] = None,
    verify: Any = None,
) -> TrainingSetup:
    """What the dock gives a panel, for ``role`` of ``world``."""
    real = training_client(world, role, cache)
    messages: List[Tuple[str, Any]] = []
    runner = PageRunner(tasks)
    context = TrainingContext(
        training=client if client is not None else real,
        run=runner,
        push_message=lambda text, level: messages.append((text, level)),
        verify=verify,
    )
    return TrainingSetup(context, runner, messages, real)
