"""The training centre form: contact details and a point picked on the map, or online."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton

from ...core import training_spec
from ...core.forms import FormSpec
from .form_page import TrainingForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("CentreForm", text)


class CentreForm(TrainingForm):
    """``pickRequested``: the user wants to click the point on the map (the dock's tool)."""

    pickRequested = pyqtSignal()

    def initial_spec(self) -> FormSpec:
        return training_spec.centre_spec()

    def add_extras(self) -> None:
        row = QHBoxLayout()
        self.pick_button = QPushButton(_tr("Pick on the map"), self)
        self.pick_button.setObjectName("centrePick")
        self.pick_button.setToolTip(_tr("Click the centre's place on the map"))
        self.pick_button.clicked.connect(self.pickRequested.emit)
        self.online_button = QPushButton(_tr("Online (no location)"), self)
        self.online_button.setObjectName("centreOnline")
        self.online_button.clicked.connect(self.set_online)
        row.addWidget(self.pick_button)
        row.addWidget(self.online_button)
        row.addStretch(1)
        self.extras.addLayout(row)

    def set_point(self, longitude: float, latitude: float) -> None:
        """Put a point (EPSG:4326) into the form, as an edit (the draft keeps it)."""
        self._set_location(
            training_spec.coordinate_text(longitude), training_spec.coordinate_text(latitude)
        )

    def set_online(self) -> None:
        self._set_location("", "")

    def _set_location(self, longitude: str, latitude: str) -> None:
        values = self.values()
        values["longitude"], values["latitude"] = longitude, latitude
        self.set_values(values)
        self.binder.clear_errors()
        self.touch()
