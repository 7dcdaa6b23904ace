"""The convener form: an existing account, title, degree and a signature image.

The spec's ``signature`` field keeps the chosen file's path (in the draft too); a
``QgsFileWidget`` stands in for its line edit, limited to PNG and JPEG images.
"""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QLabel, QLineEdit

from ...core import training_spec
from ...core.forms import FormSpec
from .form_page import TrainingForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConvenerForm", text)


class ConvenerForm(TrainingForm):
    def initial_spec(self) -> FormSpec:
        return training_spec.convener_spec()

    def add_extras(self) -> None:
        self.signature = QgsFileWidget(self)
        self.signature.setObjectName("convenerSignature")
        self.signature.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.signature.setFilter(_tr("Images") + " (*.png *.jpg *.jpeg)")
        self.signature.fileChanged.connect(self._file_chosen)
        self.signature_note = QLabel(self)
        self.signature_note.setObjectName("convenerSignatureNote")
        self.signature_note.setTextFormat(Qt.TextFormat.PlainText)
        self.signature_note.setWordWrap(True)
        self.signature_note.setText(_tr("A signature is on file; choose an image to replace it."))
        self.signature_note.hide()
        self._install_file_widget()

    def _line(self) -> QLineEdit:
        line = self.binder.editor("signature")
        assert isinstance(line, QLineEdit)
        return line

    def _install_file_widget(self) -> None:
        line = self._line()
        box = line.parentWidget()
        layout = box.layout() if box is not None else None
        if layout is not None:
            self.signature.setParent(box)
            layout.insertWidget(0, self.signature)
            self.signature_note.setParent(box)
            layout.insertWidget(1, self.signature_note)
        line.hide()
        self._after_values()

    def _after_values(self) -> None:
        document = getattr(self.record, "data", None) or {}
        on_file = isinstance(document, dict) and document.get("has_signature") is True
        self.signature_note.setVisible(on_file and not self._line().text())
        path = self._line().text()
        if self.signature.filePath() != path:
            self.signature.blockSignals(True)
            self.signature.setFilePath(path)
            self.signature.blockSignals(False)

    def _file_chosen(self, path: str) -> None:
        line = self._line()
        if line.text() != path:
            line.setText(path)
            line.textEdited.emit(path)  # through the binder: changed, autosave

    def signature_path(self) -> str:
        return self._line().text().strip()
