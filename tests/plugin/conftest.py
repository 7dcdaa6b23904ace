"""Fixtures shared by the plugin tests."""

from __future__ import annotations

from typing import Iterator

import pytest

from certification_plugin.qgis_io.tasks import TaskRunner
from tests.fixtures.reference_server import ReferenceServer
from tests.plugin.apply_helpers import Applicant
from tests.plugin.browser import UrlRecorder, recording_browser


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
