"""Fixtures shared by the plugin tests."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from qgis.core import QgsApplication

from certification_plugin.processing.provider import PROVIDER_ID, CertificationProvider
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.reference_server import ReferenceServer
from tests.fixtures.trainers import TrainingWorld, seed_training_world
from tests.plugin.apply_helpers import Applicant
from tests.plugin.browser import UrlRecorder, recording_browser
from tests.plugin.training_helpers import TrainingSetup, training_context


@pytest.fixture
def browser() -> Iterator[UrlRecorder]:
    """Records the URLs the plugin opens instead of launching a browser."""
    with recording_browser() as recorder:
        yield recorder


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """A task runner of the test's own; its tasks are cancelled afterwards."""
    tasks = TaskRunner()
    yield tasks
    tasks.cancel_all()


@pytest.fixture
def applicant(reference_server: ReferenceServer) -> Iterator[Applicant]:
    """A signed-in applicant of the reference server (an account, a token, an authcfg)."""
    person = Applicant(reference_server)
    yield person
    person.remove()


@pytest.fixture
def training_world(reference_server: ReferenceServer) -> Iterator[TrainingWorld]:
    """The training world of the plugin tests (``seed_training_world``), removed afterwards."""
    made = seed_training_world(reference_server)
    yield made
    made.remove()


@pytest.fixture
def training_owner(
    training_world: TrainingWorld, runner: TaskRunner, tmp_path: Path
) -> TrainingSetup:
    """The training world's ``owner`` signed in: a training context on the test's runner."""
    return training_context(training_world, "owner", runner, tmp_path / "cache")


@pytest.fixture(scope="module")
def provider(qgis_processing: None) -> Iterator[CertificationProvider]:
    """The plugin's Processing provider, registered (in place of an older one) for a module's
    tests and removed after them."""
    registry = QgsApplication.processingRegistry()
    old = registry.providerById(PROVIDER_ID)
    if old is not None:
        registry.removeProvider(old)
    provider = CertificationProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(PROVIDER_ID)
