"""The certificates of one course: the list, issue, download the PDFs, send, correct, revoke.

``CertificatesPanel(context, parent)``; the dock calls ``set_organisation(org_record)`` (its
``credits`` give the issue dialog's cost line) and ``set_course(course_record)``, and
``set_attendees(list)`` when the attendees panel read them (else the panel reads them when
"Issue…" is pressed). ``changed`` after certificates were issued, corrected or revoked (the
balance changed: the dock reads the organisations again).

"Download PDFs…": the course's zip is downloaded in a task (``qgis_io.downloads``, streamed to
a temporary file) and unpacked by ``core.certificate_zip`` (only ``QGIS-<n>.pdf`` members;
any other name is refused and reported), then the folder is opened. The server's refusals
(the correction and revocation windows, 403; a revoked one, 409) are shown with its reason.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import asdict, is_dataclass, replace
from typing import Any, Dict, List, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from ...core.certificate_zip import Extracted, extract_certificates
from ...core.errors import CancelledError
from ...core.forms import MULTILINE, TEXT, FieldSpec, FormSpec
from ...qgis_io.downloads import authcfg_of, download_file
from ...qgis_io.lifetime import is_alive
from .attendees_panel import results
from .context import TrainingContext
from .course_panel import CoursePanel
from .issue_dialog import IssueDialog, organisation_credits
from .panel_helpers import (
    ERROR_COLOUR,
    VALID_COLOUR,
    FormDialog,
    cell,
    counted,
    fill_table,
    language_label,
    plain_label,
    read_only_table,
    record_id,
    refusal,
    status_labels,
    text,
    type_labels,
    value,
)

CORRECT_SPEC = FormSpec(
    "correct",
    (
        FieldSpec("first_name", "First name", TEXT, True, 150),
        FieldSpec("surname", "Surname", TEXT, True, 150),
        FieldSpec("reason", "Reason", MULTILINE, False, 1000),
    ),
)
REVOKE_SPEC = FormSpec("revoke", (FieldSpec("reason", "Reason", MULTILINE, True, 1000),))


def split_name(full: str) -> Dict[str, str]:
    """A first guess of the two name fields of a certificate's ``attendee_name``."""
    first, _space, rest = full.strip().partition(" ")
    return {"first_name": first, "surname": rest}


def with_balance(organisation: Any, balance: int) -> Any:
    """The organisation record with its new balance (after a batch was charged)."""
    credits = organisation_credits(organisation)
    if is_dataclass(organisation) and hasattr(organisation, "credits"):
        return replace(organisation, credits=replace(credits, balance=balance))  # type: ignore[type-var]
    if isinstance(organisation, dict):
        return {**organisation, "credits": {**asdict(credits), "balance": balance}}
    return organisation


class CertificatesPanel(CoursePanel):
    """See the module doc."""

    changed = pyqtSignal()

    def __init__(self, context: TrainingContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(context, "CertificatesPanel", parent)
        self.organisation: Any = None
        self.certificates: List[Any] = []
        self.attendees: Optional[List[Any]] = None
        self.issue_dialog: Optional[IssueDialog] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        titles = (
            self.tr("ID"),
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Language"),
            self.tr("Status"),
            self.tr("PDF ready"),
            self.tr("Sent"),
        )
        self.table = read_only_table(self, "certificatesTable", titles)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.issue_button = self._button("certificatesIssue", self.tr("Issue…"), self.issue, row)
        self.download_button = self._button(
            "certificatesDownload", self.tr("Download PDFs…"), self.download, row
        )
        self.send_button = self._button(
            "certificatesSend", self.tr("Send to attendees"), self.send, row
        )
        self.correct_button = self._button(
            "certificateCorrect", self.tr("Correct name…"), self.correct_selected, row
        )
        self.revoke_button = self._button(
            "certificateRevoke", self.tr("Revoke…"), self.revoke_selected, row
        )
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = plain_label(self, "certificatesStatus", selectable=True)
        layout.addWidget(self.status_label)
        self._update_buttons()

    # ------------------------------------------------------------------ state
    def selected(self) -> Any:
        return self._selected_of(self.certificates)

    def _update_buttons(self) -> None:
        has_course = self.course_id is not None
        valid = [c for c in self.certificates if text(c, "status") == "valid"]
        self.issue_button.setEnabled(has_course)
        self.download_button.setEnabled(any(value(c, "pdf_ready") is True for c in valid))
        self.send_button.setEnabled(bool(valid))
        chosen = self.selected()
        chosen_valid = chosen is not None and text(chosen, "status") == "valid"
        self.correct_button.setEnabled(chosen_valid)
        self.revoke_button.setEnabled(chosen_valid)

    # ------------------------------------------------------------------ reading
    def set_organisation(self, organisation: Any) -> None:
        self.organisation = organisation

    def set_attendees(self, attendees: Optional[List[Any]]) -> None:
        self.attendees = list(attendees) if attendees is not None else None

    def set_course(self, course: Any) -> None:
        self.course = course
        self.course_id = record_id(course)
        self.attendees = None
        self.show_certificates([])
        self.set_status("")
        if self.course_id is not None:
            self.refresh()
        self._update_buttons()

    def refresh(self, announce: bool = True) -> Any:
        """Read the certificates again (``announce`` is kept for the same call as the
        attendees panel's; the list itself says it changed)."""
        if self.course_id is None:
            return None
        course_id = self.course_id
        client = self.context.client()

        def work(task: Any) -> List[Any]:
            return results(client.certificates(course_id))

        return self._run(
            self.tr("Reading the certificates"), work, self.show_certificates, "certificates.read"
        )

    def show_certificates(self, certificates: List[Any]) -> None:
        self.certificates = list(certificates)
        statuses, kinds = status_labels(), type_labels()
        yes, no = self.tr("yes"), self.tr("no")
        rows = []
        for certificate in self.certificates:
            status = text(certificate, "status")
            colour = VALID_COLOUR if status == "valid" else ERROR_COLOUR
            kind = text(certificate, "certificate_type")
            sent = text(certificate, "sent_at")
            rows.append(
                [
                    cell(text(certificate, "certificate_id")),
                    cell(text(certificate, "attendee_name")),
                    cell(kinds.get(kind, kind)),
                    cell(language_label(text(certificate, "language"))),
                    cell(statuses.get(status, status), colour),
                    cell(yes if value(certificate, "pdf_ready") is True else no),
                    cell(sent[:10] if sent else no),
                ]
            )
        fill_table(self.table, rows)
        self._update_buttons()

    # ------------------------------------------------------------------ issuing
    def issue(self) -> Any:
        """The issue dialog for the course's attendees (read first when not given)."""
        if self.course_id is None:
            return None
        if self.attendees is not None:
            return self.open_issue_dialog(self.attendees)
        course_id = self.course_id
        client = self.context.client()

        def work(task: Any) -> List[Any]:
            return results(client.attendees(course_id))

        def done(attendees: List[Any]) -> None:
            self.attendees = attendees
            # From the event loop: not a modal dialog inside the task's callback.
            QTimer.singleShot(0, lambda: is_alive(self) and self.open_issue_dialog(attendees))

        return self._run(self.tr("Reading the attendees"), work, done, "certificates.attendees")

    def open_issue_dialog(self, attendees: List[Any]) -> IssueDialog:
        dialog = IssueDialog(self.context, self.course, attendees, self.organisation, self)
        self.issue_dialog = dialog
        dialog.accepted.connect(lambda: self._issued(dialog))
        self.exec_dialog(dialog)
        return dialog

    def exec_dialog(self, dialog: QDialog) -> None:
        """Shows the issue dialog (modal; tests show it without waiting)."""
        dialog.exec()

    def _issued(self, dialog: IssueDialog) -> None:
        if not is_alive(self):
            return
        self.attendees = None
        balance = value(dialog.answer, "balance")
        if isinstance(balance, int):
            self.organisation = with_balance(self.organisation, balance)
        self.changed.emit()
        self.refresh(announce=False)

    # ------------------------------------------------------------------ downloads
    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the certificates' PDFs"), ""
        )

    def open_folder(self, folder: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def download(self, folder: Optional[str] = None) -> Any:
        """Download the course's PDFs (one zip) into ``folder`` (asked when not given)."""
        if self.course_id is None:
            return None
        folder = folder if folder is not None else self.choose_folder()
        if not folder:
            return None
        course_id = self.course_id
        client = self.context.client()
        url = client.zip_url(course_id)
        authcfg = self.context.authcfg or authcfg_of(getattr(client, "api", None))
        headers = dict(getattr(client, "extra_headers", {}) or {})

        def work(task: Any) -> Extracted:
            with tempfile.TemporaryDirectory(prefix="qgis-certificates-") as scratch:
                archive = os.path.join(scratch, "certificates.zip")
                download_file(
                    url,
                    archive,
                    authcfg=authcfg,
                    headers=headers,
                    is_cancelled=task.is_cancelled,
                    progress=task.progress,
                )
                return extract_certificates(archive, folder, task.is_cancelled)

        def done(extracted: Extracted) -> None:
            self._downloaded(folder, extracted)

        def failed(error: Exception) -> None:
            if not isinstance(error, CancelledError):
                self.set_status(
                    self.tr("The PDFs could not be downloaded: {reason}").format(
                        reason=refusal(error) or str(error)
                    )
                )

        self.set_status(self.tr("Downloading the PDFs…"))
        return self._run(
            self.tr("Downloading the certificates' PDFs"), work, done, "certificates.zip", failed
        )

    def _downloaded(self, folder: str, extracted: Extracted) -> None:
        message = counted(
            QCoreApplication.translate(
                "CertificatesPanel", "%n PDF(s) saved in {folder}.", None, len(extracted.written)
            ),
            len(extracted.written),
        ).format(folder=folder)
        level = Qgis.MessageLevel.Success
        if extracted.refused:
            level = Qgis.MessageLevel.Warning
            message += " " + self.tr("Files with unexpected names were not saved: {names}").format(
                names=", ".join(extracted.refused[:5])
            )
        self.set_status(message)
        self.context.push_message(message, level)
        if extracted.written:
            self.open_folder(folder)

    # ------------------------------------------------------------------ sending
    def send(self) -> Any:
        """Send each valid certificate by e-mail once; a resend is asked for explicitly."""
        if self.course_id is None:
            return None
        valid = [c for c in self.certificates if text(c, "status") == "valid"]
        unsent = [c for c in valid if not value(c, "sent_at")]
        sent = [c for c in valid if value(c, "sent_at")]
        resend = False
        chosen = unsent
        title = self.tr("Send to attendees")
        if sent:
            question = counted(
                QCoreApplication.translate(
                    "CertificatesPanel",
                    "Already sent: %n certificate(s). Send them again too?",
                    None,
                    len(sent),
                ),
                len(sent),
            )
            resend = self.ask(title, question, default_yes=False)
            if resend:
                chosen = valid
        if not chosen:
            self.set_status(self.tr("Every certificate was sent already."))
            return None
        question = counted(
            QCoreApplication.translate(
                "CertificatesPanel",
                "Send %n certificate(s) by e-mail to their attendees?",
                None,
                len(chosen),
            ),
            len(chosen),
        )
        if not self.ask(title, question):
            return None
        ids = [text(c, "certificate_id") for c in chosen]
        course_id = self.course_id
        client = self.context.client()

        def work(task: Any) -> Any:
            return client.send(course_id, ids, resend)

        def done(answer: Any) -> None:
            queued = answer if isinstance(answer, int) else value(answer, "queued", len(ids))
            message = counted(
                QCoreApplication.translate(
                    "CertificatesPanel", "%n e-mail(s) queued.", None, int(queued or 0)
                ),
                int(queued or 0),
            )
            self.set_status(message)
            self.context.push_message(message, Qgis.MessageLevel.Success)
            self.refresh()

        return self._run(self.tr("Sending the certificates"), work, done, "certificates.send")

    # ------------------------------------------------------------------ correct and revoke
    def form_dialog(self, spec: FormSpec, title: str, intro: str) -> FormDialog:
        labels = {
            "First name": self.tr("First name"),
            "Surname": self.tr("Surname"),
            "Reason": self.tr("Reason"),
        }
        return FormDialog(spec, title, lambda t: labels.get(t, t), self, intro)

    def correct_selected(self, data: Optional[Dict[str, str]] = None) -> Any:
        """Correct the selected certificate's name (the PDF is made again, same id)."""
        certificate = self.selected()
        if certificate is None:
            return None
        certificate_id = text(certificate, "certificate_id")
        if data is None:
            dialog = self.form_dialog(
                CORRECT_SPEC,
                self.tr("Correct the name on {id}").format(id=certificate_id),
                self.tr(
                    "The PDF is made again under the same id; the old name is kept in its history."
                ),
            )
            dialog.binder.set_values(split_name(text(certificate, "attendee_name")))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            data = dialog.values()
        values = {key: str(v).strip() for key, v in data.items()}
        client = self.context.client()

        def work(task: Any) -> Any:
            return client.correct(
                certificate_id, values["first_name"], values["surname"], values.get("reason", "")
            )

        def done(_answer: Any) -> None:
            self.set_status(self.tr("{id} was corrected.").format(id=certificate_id))
            self.changed.emit()
            self.refresh(announce=False)

        def failed(error: Exception) -> None:
            if not isinstance(error, CancelledError):
                self.set_status(
                    self.tr("{id} was not corrected: {reason}").format(
                        id=certificate_id, reason=refusal(error)
                    )
                )

        return self._run(
            self.tr("Correcting a certificate"), work, done, "certificates.correct", failed
        )

    def revoke_selected(self, reason: Optional[str] = None) -> Any:
        """Revoke the selected certificate; the reason is required."""
        certificate = self.selected()
        if certificate is None:
            return None
        certificate_id = text(certificate, "certificate_id")
        if reason is None:
            dialog = self.form_dialog(
                REVOKE_SPEC,
                self.tr("Revoke {id}").format(id=certificate_id),
                self.tr("A revoked certificate verifies as revoked. Why is it revoked?"),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            reason = str(dialog.values()["reason"])
        reason = reason.strip()
        if not reason:
            self.set_status(self.tr("Say why the certificate is revoked."))
            return None
        client = self.context.client()

        def work(task: Any) -> Any:
            return client.revoke(certificate_id, reason)

        def done(_answer: Any) -> None:
            self.set_status(self.tr("{id} was revoked.").format(id=certificate_id))
            self.changed.emit()
            self.refresh(announce=False)

        def failed(error: Exception) -> None:
            if not isinstance(error, CancelledError):
                self.set_status(
                    self.tr("{id} was not revoked: {reason}").format(
                        id=certificate_id, reason=refusal(error)
                    )
                )

        return self._run(
            self.tr("Revoking a certificate"), work, done, "certificates.revoke", failed
        )
