"""Training material per course: a list of courses and the editor of the selected one.

Each course has its fields (title, course type, licence, QGIS version) and, for lectures,
exercises and data, files (``QgsFileWidget``, several at once) and links (one per line). The
editor's layout is ``course_editor.ui`` (Qt Designer), loaded by path. Files are kept by
their local path in the draft; they are checked with QGIS and uploaded before submitting.
"""

from __future__ import annotations

import os
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.application_draft import ApplicationDraft, CourseDraft
from ...core.applications import MATERIAL_PARTS
from ..base.rows_table import plain_tooltip, set_error_property

UI_PATH = os.path.join(os.path.dirname(__file__), "course_editor.ui")
EditorForm, _EditorBase = uic.loadUiType(UI_PATH)
Translate = Callable[[str], str]
TEXT_FIELDS = (("title", "title"), ("course_type", "courseType"), ("qgis_version", "qgisVersion"))


def split_paths(text: str) -> List[str]:
    """The paths of a multiple-file ``QgsFileWidget`` value (quoted, space separated)."""
    if not text:
        return []
    return [path for path in QgsFileWidget.splitFilePaths(text) if path]


def join_paths(paths: Sequence[str]) -> str:
    if not paths:
        return ""
    if len(paths) == 1:
        return paths[0]
    return " ".join(f'"{path}"' for path in paths)


class CourseEditor(QWidget, EditorForm):
    """One course's fields, from ``course_editor.ui``."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        for part in MATERIAL_PARTS:
            widget = self.files(part)
            widget.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles)
            widget.setUseLink(False)

    def files(self, part: str) -> QgsFileWidget:
        return getattr(self, f"{part}Files")

    def links(self, part: str) -> QPlainTextEdit:
        return getattr(self, f"{part}Links")

    def field_widget(self, name: str) -> Optional[QWidget]:
        """The widget of a course field name (``title``, ``lectures_links``...)."""
        for field, widget_name in TEXT_FIELDS:
            if name == field:
                return getattr(self, widget_name)
        if name == "licence":
            return self.licence
        for part in MATERIAL_PARTS:
            if name in (f"{part}_links", part):
                return self.links(part)
            if name == f"{part}_files":
                return self.files(part)
        return None

    def error_label(self, name: str) -> Optional[QLabel]:
        for field, widget_name in TEXT_FIELDS:
            if name == field:
                return getattr(self, f"{widget_name}Error")
        if name == "licence":
            return self.licenceError
        for part in MATERIAL_PARTS:
            if name in (f"{part}_links", part):
                return getattr(self, f"{part}LinksError")
            if name == f"{part}_files":
                return getattr(self, f"{part}FilesError")
        return None


class CoursesEditor(QGroupBox):
    """The list of courses and the selected course's editor; ``changed`` on every edit."""

    changed = pyqtSignal()

    def __init__(self, translate: Translate, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("coursesSection")
        self.setTitle(self.tr("Training material"))
        self._translate = translate
        self._courses: List[CourseDraft] = []
        self._current = -1
        self._loading = False
        self._errors: Dict[int, Dict[str, List[str]]] = {}
        self._new_key: Callable[[], str] = lambda: f"c{len(self._courses) + 1}"

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Add each course you teach with its material: lectures, exercises and data, "
                "as files or links."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.course_list = QListWidget(self)
        self.course_list.setObjectName("courseList")
        self.course_list.setMaximumHeight(96)
        self.course_list.currentRowChanged.connect(self._select)
        layout.addWidget(self.course_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add course"), self)
        self.add_button.setObjectName("addCourse")
        self.add_button.clicked.connect(self.add_course)
        self.remove_button = QPushButton(self.tr("Remove course"), self)
        self.remove_button.setObjectName("removeCourse")
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list_error = QLabel(self)
        self.list_error.setObjectName("fieldError")
        self.list_error.setStyleSheet("color: #c62828;")
        self.list_error.setWordWrap(True)
        self.list_error.setTextFormat(Qt.TextFormat.PlainText)
        self.list_error.hide()
        layout.addWidget(self.list_error)
        self.editor = CourseEditor(self)
        layout.addWidget(self.editor)
        self.checks_holder = QVBoxLayout()
        layout.addLayout(self.checks_holder)
        for _field, widget_name in TEXT_FIELDS:
            getattr(self.editor, widget_name).textEdited.connect(self._edited)
        self.editor.licence.currentIndexChanged.connect(self._edited)
        for part in MATERIAL_PARTS:
            self.editor.files(part).fileChanged.connect(self._edited)
            self.editor.links(part).textChanged.connect(self._edited)
        self._update_enabled()

    # ------------------------------------------------------------------ set-up
    def set_key_maker(self, maker: Callable[[], str]) -> None:
        self._new_key = maker

    def set_licences(self, choices: Sequence[Tuple[str, str]]) -> None:
        combo: QComboBox = self.editor.licence
        self._loading = True
        try:
            current = combo.currentData() or ""
            combo.clear()
            combo.addItem("", "")
            for value, label in choices:
                combo.addItem(self._translate(label), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        finally:
            self._loading = False

    def set_file_filters(self, material: str, data: str) -> None:
        """``QgsFileWidget`` filters ("PDF (*.pdf);;All files (*)")."""
        for part in MATERIAL_PARTS:
            self.editor.files(part).setFilter(data if part == "data" else material)

    # ------------------------------------------------------------------ values
    def set_courses(self, courses: Sequence[CourseDraft]) -> None:
        """Show ``courses`` (a draft restored); emits no ``changed``."""
        self._loading = True
        try:
            self._courses = [
                CourseDraft(c.key, dict(c.values), {k: list(v) for k, v in c.files.items()})
                for c in courses
            ]
            self._current = -1
            self.course_list.clear()
            for course in self._courses:
                self.course_list.addItem(QListWidgetItem(self._title(course)))
            self._errors = {}
        finally:
            self._loading = False
        self.course_list.setCurrentRow(0 if self._courses else -1)
        self._select(self.course_list.currentRow())
        self._update_enabled()

    def courses(self) -> List[CourseDraft]:
        self._store_current()
        return [
            CourseDraft(c.key, dict(c.values), {k: list(v) for k, v in c.files.items()})
            for c in self._courses
        ]

    def add_course(self) -> int:
        self._store_current()
        course = CourseDraft(self._new_key(), {"qgis_version": ""}, {})
        self._courses.append(course)
        self.course_list.addItem(QListWidgetItem(self._title(course)))
        self.course_list.setCurrentRow(len(self._courses) - 1)
        self._update_enabled()
        self.editor.title.setFocus()
        self.changed.emit()
        return len(self._courses) - 1

    def remove_current(self) -> None:
        row = self.course_list.currentRow()
        if row < 0:
            return
        self._loading = True
        try:
            self._current = -1
            del self._courses[row]
            self.course_list.takeItem(row)
            self._errors = {}
        finally:
            self._loading = False
        self._select(self.course_list.currentRow())
        self._update_enabled()
        self.changed.emit()

    def select(self, row: int) -> None:
        self.course_list.setCurrentRow(row)

    def _title(self, course: CourseDraft) -> str:
        title = str(course.values.get("title") or "").strip()
        return title or self.tr("Untitled course")

    def _store_current(self) -> None:
        row = self._current
        if not 0 <= row < len(self._courses):
            return
        editor = self.editor
        values = {field: getattr(editor, name).text() for field, name in TEXT_FIELDS}
        values["licence"] = editor.licence.currentData() or ""
        files = {}
        for part in MATERIAL_PARTS:
            values[f"{part}_links"] = editor.links(part).toPlainText()
            paths = split_paths(editor.files(part).filePath())
            if paths:
                files[part] = paths
        course = self._courses[row]
        course.values = values
        course.files = files
        item = self.course_list.item(row)
        if item is not None:
            item.setText(self._title(course))

    def _select(self, row: int) -> None:
        if self._loading:
            return
        self._store_current()
        self._current = row
        self._loading = True
        try:
            editor = self.editor
            course = self._courses[row] if 0 <= row < len(self._courses) else None
            values = course.values if course is not None else {}
            for field, name in TEXT_FIELDS:
                getattr(editor, name).setText(str(values.get(field) or ""))
            editor.licence.setCurrentIndex(max(editor.licence.findData(values.get("licence")), 0))
            for part in MATERIAL_PARTS:
                editor.links(part).setPlainText(str(values.get(f"{part}_links") or ""))
                editor.files(part).setFilePath(
                    join_paths(course.files.get(part, []) if course else [])
                )
            editor.setEnabled(course is not None)
        finally:
            self._loading = False
        self._show_errors_of(row)

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._store_current()
        self.changed.emit()

    def _update_enabled(self) -> None:
        has = bool(self._courses)
        self.remove_button.setEnabled(has)
        self.editor.setEnabled(has and self._current >= 0)

    # ------------------------------------------------------------------ errors
    def show_errors(self, errors: Dict[int, Dict[str, List[str]]]) -> None:
        """Course problems by index (-1: about the list); the first course with some shows."""
        self._errors = {k: v for k, v in errors.items() if k >= 0}
        general = [m for messages in errors.get(-1, {}).values() for m in messages]
        self.list_error.setText("\n".join(general))
        self.list_error.setVisible(bool(general))
        set_error_property(self.course_list, bool(general))
        for row in range(self.course_list.count()):
            item = self.course_list.item(row)
            problems = [m for ms in self._errors.get(row, {}).values() for m in ms]
            item.setForeground(Qt.GlobalColor.red if problems else Qt.GlobalColor.black)
            item.setToolTip(plain_tooltip(problems) if problems else "")
        if self._errors:
            first = min(self._errors)
            if first != self.course_list.currentRow():
                self.course_list.setCurrentRow(first)
            else:
                self._show_errors_of(first)

    def clear_errors(self) -> None:
        self.show_errors({})

    def _show_errors_of(self, row: int) -> None:
        problems = self._errors.get(row, {})
        for name in self._all_fields():
            label = self.editor.error_label(name)
            widget = self.editor.field_widget(name)
            messages = problems.get(name, [])
            if label is not None:
                label.setText("\n".join(messages))
                label.setVisible(bool(messages))
            if widget is not None:
                set_error_property(widget, bool(messages))

    @staticmethod
    def _all_fields() -> List[str]:
        names = [field for field, _w in TEXT_FIELDS] + ["licence"]
        for part in MATERIAL_PARTS:
            names += [f"{part}_links", f"{part}_files"]
        return names

    def field_errors(self, name: str) -> str:
        label = self.editor.error_label(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def line(self, field: str) -> QLineEdit:
        for name, widget_name in TEXT_FIELDS:
            if name == field:
                return getattr(self.editor, widget_name)
        raise KeyError(field)


def draft_files(draft: ApplicationDraft) -> List[Dict[str, List[str]]]:
    """Each course's files per part (for ``application_spec.completeness``)."""
    return [dict(course.files) for course in draft.courses]
