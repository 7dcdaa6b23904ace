"""What QGIS found in the training material: one row per file, its messages beneath.

The results come from ``qgis_io.material_checks`` (or back from the server, with the
material), so everything in them — file and layer names above all — is untrusted text: it
goes into plain-text item texts only, and tooltips (which Qt would read as rich text when they
look like HTML) are escaped. The summary is written here from the result's fields, in the
user's language; the result's own ``summary`` (English) is the fallback for a result from a
newer plugin.
"""

from __future__ import annotations

import html
import os
from typing import Any, Dict, List, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

LEVEL_ICONS = {
    "ok": "/mIconSuccess.svg",
    "warning": "/mIconWarning.svg",
    "error": "/mIconCritical.svg",
    "document": "/mIconFile.svg",
}
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data: ``ok``, ``warning``, ``error`` or ``document`` (for tests and delegates)."""
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Item data of a message row: its machine code."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckResults", text)


def _counted(translated: str, count: int) -> str:
    """English's "(s)" of an untranslated plural message made right for ``count``.

    The plural messages are ``QCoreApplication.translate(..., n)`` calls so that Romanian's
    three forms get translated; the plugin ships no English catalogue, so English shows the
    source text, where "layer(s)" becomes "layer" or "layers" here.
    """
    return translated.replace("(s)", "" if count == 1 else "s")


def _label(kind: str) -> str:
    labels = {
        "geopackage": "GeoPackage",
        "geojson": "GeoJSON",
        "csv": "CSV",
        "raster": "GeoTIFF",
        "shapefile": _tr("Shapefile"),
        "zip": _tr("Zip archive"),
        "project": _tr("QGIS project"),
    }
    return labels.get(kind, _tr("File"))


def level_of(result: Dict[str, Any]) -> str:
    """``error`` when a message is an error, then ``warning``; ``document`` for unchecked files."""
    levels = {str(message.get("level")) for message in _messages(result)}
    if "error" in levels or result.get("ok") is False:
        return "error"
    if "warning" in levels:
        return "warning"
    return "document" if result.get("kind") == "document" else "ok"


def summary_text(result: Dict[str, Any]) -> str:
    """One line in the user's language, e.g. "GeoPackage: 3 layers, all valid"."""
    kind = str(result.get("kind", ""))
    if kind == "document":
        return _tr("Document: not checked by QGIS")
    counts = result.get("counts")
    if not isinstance(counts, dict):  # the file did not open: its messages below say why
        if any(m.get("level") == "error" for m in _messages(result)):
            return _tr("{kind}: QGIS cannot open it").format(kind=_label(kind))
        return str(result.get("summary", ""))
    total = int(counts.get("layers") or 0)
    if kind == "project":
        return _project_summary(result, counts, total)
    invalid = int(counts.get("invalid") or 0)
    if total == 0:
        return _tr("{kind}: no layers QGIS can open").format(kind=_label(kind))
    if invalid:
        text = QCoreApplication.translate(
            "CheckResults", "{kind}: %n of {total} layers invalid", "", invalid
        )
        return _counted(text, invalid).format(kind=_label(kind), total=total)
    layers = result.get("layers") or []
    if total == 1 and layers and isinstance(layers[0], dict):
        layer = layers[0]
        if layer.get("type") == "raster":
            bands = int(layer.get("bands") or 0)
            text = QCoreApplication.translate(
                "CheckResults", "{kind}: {width} x {height} pixels, %n band(s), valid", "", bands
            )
            return _counted(text, bands).format(
                kind=_label(kind), width=layer.get("width"), height=layer.get("height")
            )
        if "features" in layer:
            features = int(layer["features"])
            text = QCoreApplication.translate(
                "CheckResults", "{kind}: 1 layer, %n feature(s), valid", "", features
            )
            return _counted(text, features).format(kind=_label(kind))
    text = QCoreApplication.translate("CheckResults", "{kind}: %n layer(s), all valid", "", total)
    return _counted(text, total).format(kind=_label(kind))


def _project_summary(result: Dict[str, Any], counts: Dict[str, Any], total: int) -> str:
    version = str(result.get("qgis_version_number") or "")
    if version:
        saved = _tr("QGIS project saved with QGIS {version}").format(version=version)
    else:
        saved = _tr("QGIS project saved with an unknown QGIS version")
    missing = int(counts.get("missing") or 0)
    invalid = int(counts.get("invalid") or 0)
    if total == 0:
        detail = _tr("no layers")
    elif missing:
        text = QCoreApplication.translate(
            "CheckResults", "%n of {total} layers missing", "", missing
        )
        detail = _counted(text, missing).format(total=total)
    elif invalid:
        text = QCoreApplication.translate(
            "CheckResults", "%n of {total} layers invalid", "", invalid
        )
        detail = _counted(text, invalid).format(total=total)
    else:
        text = QCoreApplication.translate("CheckResults", "%n layer(s), all found", "", total)
        detail = _counted(text, total)
    return _tr("{saved}; {detail}").format(saved=saved, detail=detail)


def _messages(result: Dict[str, Any]) -> List[Dict[str, Any]]:
    messages = result.get("messages")
    return [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else []


def _text(message: Dict[str, Any]) -> str:
    return str(message.get("text") or message.get("code") or "")


def _layer_line(layer: Dict[str, Any]) -> str:
    name = str(layer.get("name", ""))
    status = layer.get("status")
    if status == "missing":
        return _tr("{name}: missing").format(name=name)
    if status == "not_checked":
        return _tr("{name}: not checked").format(name=name)
    if layer.get("valid") is False:
        return _tr("{name}: invalid").format(name=name)
    details = [str(layer.get("provider", ""))]
    if layer.get("type") == "raster" and "width" in layer:
        details.append(f"{layer.get('width')} x {layer.get('height')}")
    elif "features" in layer:
        features = int(layer["features"])
        text = QCoreApplication.translate("CheckResults", "%n feature(s)", "", features)
        details.append(_counted(text, features))
    if layer.get("crs"):
        details.append(str(layer["crs"]))
    return "{name} ({details})".format(name=name, details=", ".join(d for d in details if d))


def _tooltip(text: str) -> str:
    """Always rich text, with the untrusted text escaped (Qt guesses otherwise)."""
    return "<p>" + html.escape(text) + "</p>"


class CheckResultsView(QWidget):
    """A compact tree: per file its level icon, name and summary; messages and layers below."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([_tr("File"), _tr("What QGIS found")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def show_results(self, results: Dict[str, dict]) -> None:
        """Show ``{path: result}`` (replacing what was shown); files with errors open up."""
        self.tree.clear()
        for path, result in results.items():
            item = self._file_item(str(path), result or {})
            self.tree.addTopLevelItem(item)
            item.setExpanded(item.data(0, LEVEL_ROLE) == "error")

    def clear(self) -> None:
        self.tree.clear()

    def _file_item(self, path: str, result: Dict[str, Any]) -> QTreeWidgetItem:
        level = level_of(result)
        name = os.path.basename(path) or str(result.get("file", ""))
        summary = summary_text(result)
        item = QTreeWidgetItem([name, summary])
        item.setIcon(0, _icon(level))
        item.setData(0, LEVEL_ROLE, level)
        item.setToolTip(0, _tooltip(path))
        item.setToolTip(1, _tooltip(summary))
        for message in _messages(result):
            child = QTreeWidgetItem(["", _text(message)])
            message_level = "error" if message.get("level") == "error" else "warning"
            child.setIcon(1, _icon(message_level))
            child.setData(0, LEVEL_ROLE, message_level)
            child.setData(0, CODE_ROLE, str(message.get("code", "")))
            child.setToolTip(1, _tooltip(_text(message)))
            item.addChild(child)
        layers = [layer for layer in result.get("layers") or [] if isinstance(layer, dict)]
        if layers:
            text = QCoreApplication.translate("CheckResults", "%n layer(s)", "", len(layers))
            group = QTreeWidgetItem(["", _counted(text, len(layers))])
            for layer in layers:
                line = _layer_line(layer)
                row = QTreeWidgetItem(["", line])
                row.setToolTip(1, _tooltip(line))
                group.addChild(row)
            item.addChild(group)
        return item


def _icon(level: str) -> QIcon:
    return QgsApplication.getThemeIcon(LEVEL_ICONS.get(level, LEVEL_ICONS["ok"]))
