"""The course form: the organisation's course type, convener and centre, language, trained
competence, dates and the default certificate type.

The choices are the organisation's own lists, so the spec is rebuilt when they arrive
(``set_choices``), keeping what is typed.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence, Tuple

from ...core import training_spec
from ...core.forms import FormSpec
from .form_page import TrainingForm

Choices = Sequence[Tuple[str, str]]


class CourseForm(TrainingForm):
    _choices: Tuple[Choices, Choices, Choices] = ((), (), ())
    """The lists last given to ``set_choices`` (none before they arrive)."""

    def initial_spec(self) -> FormSpec:
        return training_spec.course_spec()

    def set_choices(
        self,
        course_types: Choices,
        conveners: Choices,
        centres: Choices,
        keep_language: str = "",
    ) -> None:
        """The organisation's (value, label) lists: types by slug, conveners and centres by
        id as text."""
        self._choices = (tuple(course_types), tuple(conveners), tuple(centres))
        self.replace_spec(
            training_spec.course_spec(course_types, conveners, centres, keep_language=keep_language)
        )

    def prepare(self, values: Mapping[str, Any]) -> None:
        """Offer the edited course's own language even when it is not in the list."""
        language = str(values.get("language") or "")
        if language and language not in self.spec.field("language").choice_values:
            self.set_choices(*self._choices, keep_language=language)
