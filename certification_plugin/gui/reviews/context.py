"""What every page of the review dock is given: clients, a task runner, drafts, messages.

The pages (``ApplicationPage``, ``RubricForm``, ``OpinionForm``, ``PscPanel``) are built by
``Widget(context, parent)`` and never reach into the dock: everything they need is here, so
each can be built and tested alone. ``run(description, work, done, failed)`` runs ``work``
(given a ``TaskContext``; no widgets there) in a QGIS task and calls ``done(result)`` or
``failed(error)`` on the main thread. Runs of one purpose share a ``TaskSlot`` (a newer one
cancels the older, so only the newest delivers): the purpose is the keyword ``purpose`` or,
without it, the description.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from qgis.core import Qgis

from ...core.applications import ApplicationsClient
from ...core.reviews import ReviewsClient
from ...qgis_io.drafts import DraftStore


@dataclass
class ReviewContext:
    reviews: ReviewsClient
    """``core/reviews.py``: queue, rubric, declaration, reviews, opinion, screening, decision."""
    applications: ApplicationsClient
    """``core/applications.py``: the application's detail, rounds, materials."""
    run: Callable[..., Any]
    """``run(description, work(TaskContext) -> T, done(T), failed(exc), purpose="")``."""
    drafts: DraftStore
    push_message: Callable[[str, Qgis.MessageLevel], None]
    """A line in QGIS's message bar (``Qgis.MessageLevel.Info``, ``Warning``...)."""
    username: str
    is_manager: bool
    server_key: str
    """Draft keys per server (like ``apply_dock.draft_key``): ``<kind>-<server_key>_<id>``."""
