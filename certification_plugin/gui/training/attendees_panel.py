"""The attendees of one course: the table, add one, remove one, import a CSV file or take them
from a layer.

``AttendeesPanel(context, parent)``; the dock calls ``set_course(course_record)`` (a course
of the API: ``id`` at least) and listens to ``changed`` (attendees added or removed: the
certificates panel and the counts follow). Every request runs in the context's task slots;
imports always go through the server's preview first (``CsvImportDialog``), from a file's
bytes as they are (the server detects the encoding and separator) or from a layer's rows
(``FieldMappingDialog``).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CancelledError
from ...core.forms import EMAIL, TEXT, FieldSpec, FormSpec
from ...qgis_io.lifetime import is_alive
from .context import TrainingContext
from .course_panel import CoursePanel
from .csv_import_dialog import CsvImportDialog
from .field_mapping_dialog import FieldMappingDialog
from .panel_helpers import (
    ERROR_COLOUR,
    VALID_COLOUR,
    FormDialog,
    cell,
    certificate_of,
    certificate_status,
    counted,
    fill_table,
    plain_label,
    read_only_table,
    record_id,
    refusal,
    status_labels,
    text,
    value,
)

MAX_CSV_BYTES = 2 << 20
"""The server's limit for one file; larger ones are refused before they are sent."""
ATTENDEE_SPEC = FormSpec(
    "attendee",
    (
        FieldSpec("first_name", "First name", TEXT, True, 150),
        FieldSpec("surname", "Surname", TEXT, True, 150),
        FieldSpec("email", "E-mail", EMAIL, True, 254),
    ),
)


def results(answer: Any) -> List[Any]:
    """A list answer, given as a list or as ``{"results": [...]}``."""
    if isinstance(answer, Mapping):
        answer = answer.get("results")
    return list(answer) if isinstance(answer, (list, tuple)) else []


def read_file(path: str, limit: int = MAX_CSV_BYTES) -> bytes:
    """The file's bytes (in the task); refused when larger than the server takes."""
    with open(path, "rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValueError(path)
    return data


class AttendeesPanel(CoursePanel):
    """See the module doc."""

    changed = pyqtSignal()
    """Attendees were added, imported or removed."""
    attendeesRead = pyqtSignal(list)
    """The course's attendees as read (the certificates panel's issue dialog takes them)."""

    def __init__(self, context: TrainingContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(context, "AttendeesPanel", parent)
        self.attendees: List[Any] = []
        self.preview_dialog: Optional[CsvImportDialog] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        titles = (
            self.tr("First name"),
            self.tr("Surname"),
            self.tr("E-mail"),
            self.tr("Certificate"),
        )
        self.table = read_only_table(self, "attendeesTable", titles)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = self._button("attendeeAdd", self.tr("Add…"), self.add, buttons)
        self.remove_button = self._button(
            "attendeeRemove", self.tr("Remove"), self.remove_selected, buttons
        )
        self.import_button = self._button(
            "attendeeImportCsv", self.tr("Import CSV…"), self.import_csv, buttons
        )
        self.layer_button = self._button(
            "attendeeFromLayer", self.tr("From layer…"), self.from_layer, buttons
        )
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = plain_label(self, "attendeesStatus", selectable=True)
        layout.addWidget(self.status_label)
        self._update_buttons()

    # ------------------------------------------------------------------ state
    def _update_buttons(self) -> None:
        has_course = self.course_id is not None
        for button in (self.add_button, self.import_button, self.layer_button):
            button.setEnabled(has_course)
        self.remove_button.setEnabled(has_course and self.selected() is not None)

    def selected(self) -> Any:
        return self._selected_of(self.attendees)

    # ------------------------------------------------------------------ reading
    def set_course(self, course: Any) -> None:
        """Show the attendees of ``course`` (``None``: nothing)."""
        self.course = course
        self.course_id = record_id(course)
        self.attendees = []
        self.show_attendees([])
        self.set_status("")
        self._update_buttons()
        if self.course_id is not None:
            self.refresh()

    def refresh(self, announce: bool = True) -> Any:
        """Read the attendees again; ``announce``: say so in the status line (not after a
        change, whose outcome the status line is telling)."""
        if self.course_id is None:
            return None
        course_id = self.course_id
        client = self.context.client()
        if announce:
            self.set_status(self.tr("Reading the attendees…"))

        def work(task: Any) -> List[Any]:
            return results(client.attendees(course_id))

        def done(found: List[Any]) -> None:
            if announce:
                self.set_status("")
            self.show_attendees(found)
            self.attendeesRead.emit(list(found))

        return self._run(self.tr("Reading the attendees"), work, done, "attendees.read")

    def show_attendees(self, attendees: List[Any]) -> None:
        self.attendees = list(attendees)
        statuses = status_labels()
        rows = []
        for attendee in self.attendees:
            status = certificate_status(attendee)
            if status:
                shown = f"{certificate_of(attendee)} ({statuses.get(status, status)})"
                colour = VALID_COLOUR if status == "valid" else ERROR_COLOUR
            else:
                shown, colour = "", None
            rows.append(
                [
                    cell(text(attendee, "first_name")),
                    cell(text(attendee, "surname")),
                    cell(text(attendee, "email")),
                    cell(shown, colour),
                ]
            )
        fill_table(self.table, rows)
        self._update_buttons()

    # ------------------------------------------------------------------ add and remove
    def attendee_dialog(self) -> FormDialog:
        labels = {
            "First name": self.tr("First name"),
            "Surname": self.tr("Surname"),
            "E-mail": self.tr("E-mail"),
        }
        return FormDialog(
            ATTENDEE_SPEC, self.tr("Add an attendee"), lambda t: labels.get(t, t), self
        )

    def add(self, data: Optional[Dict[str, str]] = None) -> Any:
        """Ask for the names and e-mail (checked locally) and add them; ``data`` skips the
        dialog (scripts, tests)."""
        if self.course_id is None:
            return None
        if data is None:
            dialog = self.attendee_dialog()
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            data = {key: str(v).strip() for key, v in dialog.values().items()}
        course_id = self.course_id
        client = self.context.client()
        values = dict(data)

        def work(task: Any) -> Any:
            return client.add_attendee(
                course_id, values["first_name"], values["surname"], values["email"]
            )

        def done(_added: Any) -> None:
            self.set_status(
                self.tr("{name} was added.").format(
                    name=f"{values.get('first_name', '')} {values.get('surname', '')}".strip()
                )
            )
            self.changed.emit()
            self.refresh(announce=False)

        return self._run(self.tr("Adding an attendee"), work, done, "attendees.add")

    def confirm(self, title: str, question: str) -> bool:
        """Asked before a removal, No by default (tests replace it)."""
        return self.ask(title, question, default_yes=False)

    def remove_selected(self) -> Any:
        attendee = self.selected()
        attendee_id = record_id(attendee)
        if self.course_id is None or attendee_id is None:
            return None
        name = f"{text(attendee, 'first_name')} {text(attendee, 'surname')}".strip()
        question = self.tr("Remove {name} from this course?").format(name=name)
        if not self.confirm(self.tr("Remove an attendee"), question):
            return None
        course_id = self.course_id
        client = self.context.client()

        def work(task: Any) -> Any:
            return client.remove_attendee(course_id, attendee_id)

        def done(_answer: Any) -> None:
            self.set_status(self.tr("{name} was removed.").format(name=name))
            self.changed.emit()
            self.refresh(announce=False)

        def failed(error: Exception) -> None:
            if not isinstance(error, CancelledError):
                self.set_status(
                    self.tr("{name} was not removed: {reason}").format(
                        name=name, reason=refusal(error)
                    )
                )

        return self._run(self.tr("Removing an attendee"), work, done, "attendees.remove", failed)

    # ------------------------------------------------------------------ imports
    def choose_csv(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import attendees from a CSV file"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        return path

    def import_csv(self, path: Optional[str] = None) -> Any:
        """Read the file in a task, send it for the server's preview, show the preview."""
        if self.course_id is None:
            return None
        path = path if path is not None else self.choose_csv()
        if not path:
            return None
        course_id = self.course_id
        client = self.context.client()
        holder: Dict[str, bytes] = {}

        def work(task: Any) -> Any:
            try:
                data = read_file(path)
            except ValueError:
                return "too_large"
            holder["data"] = data
            return client.import_attendees(course_id, csv_bytes=data, preview=True)

        def done(preview: Any) -> None:
            if preview == "too_large":
                self.set_status(
                    self.tr("The file is larger than 2 MB; split it into smaller files.")
                )
                return
            self.set_status("")
            data = holder.get("data", b"")
            self.show_preview(preview, "csv", lambda skip: {"csv_bytes": data, "skip": skip})

        self.set_status(self.tr("Checking the file…"))
        return self._run(self.tr("Checking the attendees' file"), work, done, "attendees.import")

    def layer_dialog(self) -> FieldMappingDialog:
        layer = None
        iface = self.context.iface
        if iface is not None and callable(getattr(iface, "activeLayer", None)):
            layer = iface.activeLayer()
        return FieldMappingDialog(self, layer)

    def from_layer(self, rows: Optional[List[Dict[str, str]]] = None) -> Any:
        """Map a layer's fields (``FieldMappingDialog``), then the server's preview of its
        rows; ``rows`` skips the dialog."""
        if self.course_id is None:
            return None
        if rows is None:
            dialog = self.layer_dialog()
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            rows = dialog.rows()
        if not rows:
            self.set_status(self.tr("The layer has no features to import."))
            return None
        course_id = self.course_id
        client = self.context.client()
        chosen = list(rows)

        def work(task: Any) -> Any:
            return client.import_attendees(course_id, rows=chosen, preview=True)

        def done(preview: Any) -> None:
            self.set_status("")
            self.show_preview(preview, "layer", lambda skip: {"rows": chosen, "skip": skip})

        self.set_status(self.tr("Checking the rows…"))
        return self._run(self.tr("Checking the attendees' rows"), work, done, "attendees.import")

    def show_preview(
        self, preview: Any, source: str, payload: Callable[[bool], Dict[str, Any]]
    ) -> None:
        """The preview dialog (modal, unless a test opened it with ``exec`` replaced); its
        Import sends the same data again without ``preview``. Opened from the event loop, not
        inside the finished task's callback (a modal loop there would hold QGIS's task
        handling, and the import's task would start from within it)."""
        QTimer.singleShot(0, lambda: self._open_preview(preview, source, payload))

    def _open_preview(
        self, preview: Any, source: str, payload: Callable[[bool], Dict[str, Any]]
    ) -> None:
        if not is_alive(self):
            return
        dialog = CsvImportDialog(preview, self, source)
        self.preview_dialog = dialog
        if self.exec_preview(dialog):
            self.send_import(payload(dialog.skip_invalid))

    def exec_preview(self, dialog: CsvImportDialog) -> bool:
        """Run the preview dialog; True when Import was pressed (tests replace it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def send_import(self, payload: Dict[str, Any]) -> Any:
        if self.course_id is None:
            return None
        course_id = self.course_id
        client = self.context.client()
        skip = bool(payload.get("skip"))
        csv_bytes = payload.get("csv_bytes")
        rows = payload.get("rows")

        def work(task: Any) -> Any:
            return client.import_attendees(
                course_id, csv_bytes=csv_bytes, rows=rows, preview=False, skip_invalid=skip
            )

        def done(answer: Any) -> None:
            if value(answer, "refused") is True:  # rows turned invalid since the preview
                self.set_status(self.tr("Nothing was imported: some rows are not valid."))
                self.show_preview(
                    answer,
                    "csv" if csv_bytes is not None else "layer",
                    lambda skip: {**payload, "skip": skip},
                )
                return
            imported = value(answer, "imported", 0)
            skipped = value(answer, "skipped", 0)
            message = self.counts_message(int(imported or 0), int(skipped or 0))
            self.set_status(message)
            self.context.push_message(message, Qgis.MessageLevel.Success)
            self.changed.emit()
            self.refresh(announce=False)

        self.set_status(self.tr("Importing the attendees…"))
        return self._run(self.tr("Importing the attendees"), work, done, "attendees.import")

    def counts_message(self, imported: int, skipped: int) -> str:
        message = counted(
            QCoreApplication.translate(
                "AttendeesPanel", "%n attendee(s) imported.", None, imported
            ),
            imported,
        )
        if skipped:
            message += " " + counted(
                QCoreApplication.translate(
                    "AttendeesPanel", "%n invalid row(s) skipped.", None, skipped
                ),
                skipped,
            )
        return message
