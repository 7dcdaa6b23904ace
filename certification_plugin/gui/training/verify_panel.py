"""Verify a certificate by its id: the field, the button and the result, as plain text.

``VerifyPanel(context, parent)``. What the user types is normalised
(``core.certificates.normalise_certificate_id``: `` qgis-12 `` → ``QGIS-12``, a pasted
verification address too) when the field is left and before verifying. The verification runs
in the context's task slot: ``context.verify(certificate_id, task)`` when the dock gives one
(``qgis_io/certificate_verify``: the API's JSON when the server offers ``certificates``, the
live site's page otherwise), else the training client's API call. ``show_verification(v)``
shows a ``core.certificates.Verification`` from elsewhere too (the locator).

The result lists the live site's labels in its order (ID, Attendee Name, Certifying
Organisation, Training Center, Course Language, Trained Competence(s), Course Type, Course
Date, Instruction Hours, Course Convener), then the status (valid in green, revoked in red, or
not found) and whether the organisation is certified today. Every value is plain text: a name
sent as ``<b>Eve</b>`` shows those characters.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.certificates import Verification, normalise_certificate_id
from ...core.errors import CancelledError
from ...qgis_io.lifetime import is_alive
from .context import TrainingContext
from .panel_helpers import ERROR_COLOUR, VALID_COLOUR, language_label, plain_label, refusal

FIELDS = (
    "certificate_id",
    "attendee_name",
    "organisation_name",
    "training_centre",
    "language",
    "trained_competence",
    "course_type",
    "course_date",
    "instruction_hours",
    "convener",
    "status",
    "organisation_certified",
)


class VerifyPanel(QWidget):
    """See the module doc. ``verified(verification)`` after each result shown."""

    verified = pyqtSignal(object)

    def __init__(self, context: TrainingContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("VerifyPanel")
        self.context = context
        self.verification: Optional[Verification] = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("verifyId")
        self.id_edit.setPlaceholderText(self.tr("Certificate id, e.g. QGIS-123"))
        self.id_edit.setClearButtonEnabled(True)
        self.id_edit.editingFinished.connect(self.normalise_field)
        self.id_edit.returnPressed.connect(self.verify)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(lambda _checked=False: self.verify())
        row.addWidget(self.id_edit, 1)
        row.addWidget(self.verify_button)
        layout.addLayout(row)

        self.result = QWidget(self)
        self.result.setObjectName("verifyResult")
        form = QFormLayout(self.result)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: Dict[str, QLabel] = {}
        for key, title in self.field_titles():
            label = plain_label(self.result, f"verify_{key}", selectable=True)
            self.values[key] = label
            form.addRow(title, label)
        layout.addWidget(self.result)
        self.result.hide()
        self.status_label = plain_label(self, "verifyStatus", selectable=True)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def field_titles(self) -> List[Tuple[str, str]]:
        """The labels of the live site's page, in its order, then this server's two."""
        titles = (
            self.tr("ID"),
            self.tr("Attendee Name"),
            self.tr("Certifying Organisation"),
            self.tr("Training Center"),
            self.tr("Course Language"),
            self.tr("Trained Competence(s)"),
            self.tr("Course Type"),
            self.tr("Course Date"),
            self.tr("Instruction Hours"),
            self.tr("Course Convener"),
            self.tr("Status"),
            self.tr("Organisation certified today"),
        )
        return list(zip(FIELDS, titles))

    # ------------------------------------------------------------------ input
    def certificate_id(self) -> Optional[str]:
        return normalise_certificate_id(self.id_edit.text())

    def normalise_field(self) -> None:
        """Show the id as the servers spell it once the user leaves the field."""
        found = self.certificate_id()
        if found is not None and found != self.id_edit.text():
            self.id_edit.setText(found)

    def status(self) -> str:
        return self.status_label.text()

    def set_status(self, shown: str) -> None:
        self.status_label.setText(shown)

    # ------------------------------------------------------------------ verifying
    def verify(self, certificate_id: Optional[str] = None) -> Any:
        """Verify ``certificate_id`` (default: the field's) in a task."""
        if certificate_id is not None:
            self.id_edit.setText(certificate_id)
        ident = self.certificate_id()
        if ident is None:
            self.result.hide()
            self.set_status(self.tr("Type a certificate id such as QGIS-123."))
            return None
        self.id_edit.setText(ident)
        verify = self.context.verify
        client = None if verify is not None else self.context.client()

        def work(task: Any) -> Any:
            if verify is not None:
                return verify(ident, task)
            assert client is not None
            return client.verify(ident, is_cancelled=task.is_cancelled)

        def done(verification: Any) -> None:
            if is_alive(self) and self.certificate_id() == ident:
                self.show_verification(verification)

        def failed(error: Exception) -> None:
            if is_alive(self) and not isinstance(error, CancelledError):
                self.result.hide()
                self.set_status(
                    self.tr("{id} could not be verified: {reason}").format(
                        id=ident, reason=refusal(error)
                    )
                )

        self.set_status(self.tr("Verifying {id}…").format(id=ident))
        return self.context.run(
            self.tr("Verifying {id}").format(id=ident), work, done, failed, purpose="verify"
        )

    # ------------------------------------------------------------------ showing
    def course_date(self, verification: Verification) -> str:
        if verification.course_date:
            return verification.course_date
        start, end = verification.start_date, verification.end_date
        if start and end and start != end:
            return self.tr("{start} to {end}").format(start=start, end=end)
        return start or end

    def certified_text(self, certified: Optional[bool]) -> str:
        if certified is None:
            return self.tr("Not said by this server")
        return self.tr("Yes") if certified else self.tr("No")

    def show_verification(self, verification: Verification) -> None:
        """Fill the labels from ``verification`` (plain text; status coloured)."""
        self.verification = verification
        if verification.certificate_id and self.id_edit.text() != verification.certificate_id:
            self.id_edit.setText(verification.certificate_id)
        if not verification.found:
            self.result.hide()
            self.set_status(
                self.tr("No certificate {id} has been issued.").format(
                    id=verification.certificate_id or self.id_edit.text()
                )
            )
            self._colour_status(None)
            self.verified.emit(verification)
            return
        statuses = {"valid": self.tr("Valid"), "revoked": self.tr("Revoked")}
        shown = {
            "certificate_id": verification.certificate_id,
            "attendee_name": verification.attendee_name,
            "organisation_name": verification.organisation_name,
            "training_centre": verification.training_centre,
            "language": language_label(verification.language),
            "trained_competence": verification.trained_competence,
            "course_type": verification.course_type,
            "course_date": self.course_date(verification),
            "instruction_hours": verification.instruction_hours,
            "convener": verification.convener,
            "status": statuses.get(verification.status, verification.status),
            "organisation_certified": self.certified_text(verification.organisation_certified),
        }
        for key, label in self.values.items():
            label.setText(shown.get(key, ""))
        self._colour_status(verification.status)
        self.result.show()
        self.set_status(
            self.tr("This certificate was revoked.") if verification.status == "revoked" else ""
        )
        self.verified.emit(verification)

    def _colour_status(self, status: Optional[str]) -> None:
        label = self.values["status"]
        if status == "valid":
            colour = VALID_COLOUR.name()
        elif status == "revoked":
            colour = ERROR_COLOUR.name()
        else:
            label.setStyleSheet("")
            return
        label.setStyleSheet(f"color: {colour}; font-weight: bold;")
