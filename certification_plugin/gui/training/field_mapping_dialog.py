"""Attendees taken from a layer's features: which fields hold the first name, the surname
and the e-mail.

Any vector layer (or table) of the project; the three field combos start from
``core.attendee_mapping``'s guesses from the field names; "Selected features only" (on when
the layer has a selection); a preview of the first rows as they will be sent. The features
are read here, on the main thread (layers are never touched in a task); the rows then go to
the same import endpoint as a CSV file, with the same preview dialog.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from qgis.core import Qgis, QgsFeatureRequest, QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ...core import attendee_mapping
from .panel_helpers import cell, counted, fill_table, plain_label, read_only_table

ROLES = ("first_name", "surname", "email")
PREVIEW_ROWS = 5
MAX_ROWS = 5000
"""The server imports at most this many rows at once."""


def _vector_filter() -> Any:
    """The layer combo's filter: vector layers and tables (``Qgis.LayerFilter`` from QGIS
    3.34, ``QgsMapLayerProxyModel.Filter`` before)."""
    holder = getattr(Qgis, "LayerFilter", None)
    if holder is None:
        holder = getattr(QgsMapLayerProxyModel, "Filter", QgsMapLayerProxyModel)
    return holder.VectorLayer


def _no_geometry() -> Any:
    """``Qgis.FeatureRequestFlag`` from QGIS 3.36, ``QgsFeatureRequest.Flag`` before."""
    holder = getattr(Qgis, "FeatureRequestFlag", None)
    if holder is None:
        holder = QgsFeatureRequest.Flag
    return holder.NoGeometry


def layer_records(layer: QgsVectorLayer, selected_only: bool, limit: int = MAX_ROWS) -> List[dict]:
    """The features' attributes as ``{field name: value}`` (at most ``limit`` + 1, so that
    "too many" can be told); NULL is ``None``."""
    names = layer.fields().names()
    if selected_only:
        features = layer.getSelectedFeatures()
    else:
        request = QgsFeatureRequest()
        request.setFlags(_no_geometry())
        request.setLimit(limit + 1)
        features = layer.getFeatures(request)
    records: List[dict] = []
    for feature in features:
        values = feature.attributes()
        records.append({name: (None if _is_null(v) else v) for name, v in zip(names, values)})
        if len(records) > limit:
            break
    return records


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    is_null = getattr(value, "isNull", None)  # QVariant NULL (QGIS 3)
    return bool(is_null()) if callable(is_null) else False


class FieldMappingDialog(QDialog):
    """``FieldMappingDialog(parent, layer=None)``; after ``exec()``: ``rows()``."""

    def __init__(self, parent: Optional[QWidget] = None, layer: Optional[Any] = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldMappingDialog")
        self.setWindowTitle(self.tr("Attendees from a layer"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setObjectName("mappingLayer")
        self.layer_combo.setFilters(_vector_filter())
        form.addRow(self.tr("Layer"), self.layer_combo)
        self.field_combos: Dict[str, QgsFieldComboBox] = {}
        labels = {
            "first_name": self.tr("First name"),
            "surname": self.tr("Surname"),
            "email": self.tr("E-mail"),
        }
        for role in ROLES:
            combo = QgsFieldComboBox(self)
            combo.setObjectName(f"mapping_{role}")
            combo.setAllowEmptyFieldName(True)
            combo.fieldChanged.connect(self.update_preview)
            self.field_combos[role] = combo
            form.addRow(labels[role], combo)
        self.selected_check = QCheckBox(self.tr("Selected features only"), self)
        self.selected_check.setObjectName("mappingSelectedOnly")
        self.selected_check.toggled.connect(self.update_preview)
        form.addRow("", self.selected_check)
        layout.addLayout(form)

        titles = (self.tr("First name"), self.tr("Surname"), self.tr("E-mail"))
        self.preview = read_only_table(self, "mappingPreview", titles)
        self.preview.setMinimumSize(480, 160)
        layout.addWidget(self.preview, 1)
        self.count_label = plain_label(self, "mappingCount")
        layout.addWidget(self.count_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Preview the import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.layer_combo.layerChanged.connect(self.set_layer)
        if layer is not None:
            self.layer_combo.setLayer(layer)
        self.set_layer(self.layer_combo.currentLayer())

    # ------------------------------------------------------------------ layer and fields
    def layer(self) -> Optional[QgsVectorLayer]:
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def set_layer(self, layer: Any = None) -> None:
        """Point the field combos at ``layer`` and preselect the guessed fields."""
        vector = layer if isinstance(layer, QgsVectorLayer) else None
        guesses = attendee_mapping.guess_fields(vector.fields().names() if vector else []).as_dict()
        for role, combo in self.field_combos.items():
            combo.blockSignals(True)
            combo.setLayer(vector)
            combo.setField(guesses.get(role) or "")
            combo.blockSignals(False)
        has_selection = vector is not None and vector.selectedFeatureCount() > 0
        self.selected_check.blockSignals(True)
        self.selected_check.setEnabled(has_selection)
        self.selected_check.setChecked(has_selection)
        self.selected_check.blockSignals(False)
        self.update_preview()

    def mapping(self) -> Dict[str, str]:
        """``{"first_name": field, "surname": field, "email": field}`` ("" when unset)."""
        return {role: combo.currentField() for role, combo in self.field_combos.items()}

    def guess(self) -> attendee_mapping.FieldGuess:
        """The chosen fields in ``core.attendee_mapping``'s shape."""
        return attendee_mapping.FieldGuess(**self.mapping())

    def complete(self) -> bool:
        return self.layer() is not None and all(self.mapping().values())

    # ------------------------------------------------------------------ rows
    def records(self, limit: int = MAX_ROWS) -> List[dict]:
        layer = self.layer()
        if layer is None:
            return []
        return layer_records(layer, self.selected_check.isChecked(), limit)

    def rows(self) -> List[Dict[str, str]]:
        """The rows to send: ``{first_name, surname, email}`` per feature."""
        if not self.complete():
            return []
        return attendee_mapping.rows_from(self.records(), self.guess())

    def update_preview(self, *_args: object) -> None:
        complete = self.complete()
        rows = (
            attendee_mapping.rows_from(self.records(PREVIEW_ROWS), self.guess()) if complete else []
        )
        fill_table(
            self.preview,
            [[cell(row.get(role, "")) for role in ROLES] for row in rows[:PREVIEW_ROWS]],
        )
        layer = self.layer()
        if layer is None:
            text = self.tr("Choose a layer or table with the attendees.")
        elif not self.complete():
            text = self.tr("Choose the field of each of the three columns.")
        else:
            total = (
                layer.selectedFeatureCount()
                if self.selected_check.isChecked()
                else layer.featureCount()
            )
            count = max(int(total), 0)
            text = counted(
                QCoreApplication.translate(
                    "FieldMappingDialog", "%n feature(s) to import", None, count
                ),
                count,
            )
            if total > MAX_ROWS:
                text += " · " + self.tr("At most {n} rows are imported at once.").format(n=MAX_ROWS)
        self.count_label.setText(text)
        self.ok_button.setEnabled(self.complete())

    def accept(self) -> None:
        if self.complete():
            super().accept()
