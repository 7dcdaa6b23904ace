"""The course type form: name, description, instruction hours and a link."""

from __future__ import annotations

from ...core import training_spec
from ...core.forms import FormSpec
from .form_page import TrainingForm


class CourseTypeForm(TrainingForm):
    def initial_spec(self) -> FormSpec:
        return training_spec.course_type_spec()

    def add_extras(self) -> None:
        self.binder.editor("description").setMaximumHeight(90)
