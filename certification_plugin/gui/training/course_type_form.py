"""The course type form: name, description, instruction hours and a link."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtWidgets import QWidget

from ...core import training_spec
from ...qgis_io.drafts import DraftStore
from .form_page import TrainingForm


class CourseTypeForm(TrainingForm):
    def __init__(
        self,
        store: DraftStore,
        server_key: str,
        parent: Optional[QWidget] = None,
        autosave_ms: Optional[int] = None,
    ) -> None:
        super().__init__(training_spec.course_type_spec(), store, server_key, parent, autosave_ms)
        self.binder.editor("description").setMaximumHeight(90)
