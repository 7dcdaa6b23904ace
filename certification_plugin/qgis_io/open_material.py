"""A downloaded material file opened the way a reviewer needs it.

* QGIS data (GeoPackage with all its layers, GeoJSON, CSV, GeoTIFF, shapefiles, a zip of
  them): layers added to the project under one group "Review: <organisation>" at the top of
  the layer tree, made the first time and reused after (found by its custom property, so a
  renamed group is still the one);
* a QGIS project (.qgs/.qgz): only after asking, since it replaces the project open now (the
  question says so and names both); QGIS Desktop then asks about unsaved changes itself;
* documents (PDF, office files, text, images): the system's viewer, through
  ``QDesktopServices.openUrl`` of the local file. Only those types: a downloaded ``.exe``,
  ``.desktop`` or script is never handed to the system, which would run it.

``find_layers(path)`` may run in the download's task (it only asks the provider registry what
the file holds); everything that touches the project runs on the main thread.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Callable, List, Optional

from qgis.core import (
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from .material_checks import MAX_ZIP_DATA, ZIP_DATA_KINDS, kind_of

GROUP_PROPERTY = "certification_plugin/review_group"
"""Custom property of the review group: the key it was made for (server and application)."""
DATA_KINDS = frozenset({"geopackage", "geojson", "csv", "raster", "shapefile", "zip"})
PROJECT_KIND = "project"
DOCUMENT_EXTENSIONS = frozenset(
    {
        ".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".doc", ".xls", ".ppt",
        ".md", ".markdown", ".txt", ".png", ".jpg", ".jpeg", ".gif", ".webp",
    }
)  # fmt: skip
"""What the system viewer may open: the server's document and image types, no SVG (a
browser would run its scripts) and nothing executable."""

Ask = Callable[[str, str], bool]
"""``ask(title, question) -> yes``."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenMaterial", text)


@dataclass(frozen=True)
class LayerSource:
    """One layer a file holds, as the provider registry names it."""

    uri: str
    name: str
    provider: str
    raster: bool


@dataclass
class Opened:
    """What ``open_material`` did: ``how`` is ``layers``, ``project``, ``document``,
    ``declined`` (the project question answered no), ``refused`` (a type not opened) or
    ``failed``; ``message`` says it in the user's language."""

    how: str
    message: str
    layers: List[QgsMapLayer] = field(default_factory=list)


def open_kind(path: str) -> str:
    """``data``, ``project``, ``document`` or ``other`` (not opened), by the file's name."""
    kind = kind_of(path)
    if kind == PROJECT_KIND:
        return "project"
    if kind in DATA_KINDS:
        return "data"
    if os.path.splitext(path)[1].lower() in DOCUMENT_EXTENSIONS:
        return "document"
    return "other"


# ---------------------------------------------------------------------- data files
def find_layers(path: str) -> List[LayerSource]:
    """Every layer of ``path`` QGIS's OGR and GDAL providers see (any thread); a zip's data
    members through ``/vsizip/`` (at most ``MAX_ZIP_DATA``)."""
    if kind_of(path) == "zip":
        try:
            with zipfile.ZipFile(path) as archive:
                names = [info.filename for info in archive.infolist() if not info.is_dir()]
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, OSError):
            return []
        members = [n for n in names if kind_of(n) in ZIP_DATA_KINDS and not _unsafe(n)]
        absolute = os.path.abspath(path)
        found: List[LayerSource] = []
        for name in members[:MAX_ZIP_DATA]:
            found += _sublayers(f"/vsizip/{absolute}/{name}", os.path.basename(name))
        return found
    return _sublayers(path, os.path.basename(path))


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]


def _sublayers(uri: str, file_name: str) -> List[LayerSource]:
    details = [
        d
        for d in QgsProviderRegistry.instance().querySublayers(uri)
        if d.providerKey() in ("ogr", "gdal")
    ]
    stem = os.path.splitext(file_name)[0]
    sources = []
    for item in details:
        name = item.name() or stem
        if len(details) == 1:
            name = stem if name in (stem, file_name) else name
        sources.append(
            LayerSource(item.uri(), name, item.providerKey(), item.providerKey() == "gdal")
        )
    return sources


def group_name(organisation: str) -> str:
    return _tr("Review: {organisation}").format(organisation=organisation)


def review_group(
    organisation: str, key: str = "", project: Optional[QgsProject] = None
) -> QgsLayerTreeGroup:
    """The project's group "Review: <organisation>" (made at the top the first time)."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    marker = key or organisation
    for group in root.findGroups():
        if group.customProperty(GROUP_PROPERTY) == marker:
            return group
    group = root.insertGroup(0, group_name(organisation))
    group.setCustomProperty(GROUP_PROPERTY, marker)
    return group


def add_layers(
    sources: List[LayerSource],
    organisation: str,
    key: str = "",
    project: Optional[QgsProject] = None,
) -> List[QgsMapLayer]:
    """The layers of ``sources`` in the review group (main thread); invalid ones are left out."""
    project = project or QgsProject.instance()
    layers: List[QgsMapLayer] = []
    for source in sources:
        layer: QgsMapLayer
        if source.raster:
            layer = QgsRasterLayer(source.uri, source.name, source.provider)
        else:
            layer = QgsVectorLayer(source.uri, source.name, source.provider)
        if layer.isValid():
            layers.append(layer)
    if not layers:
        return []
    group = review_group(organisation, key, project)
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return layers


# ---------------------------------------------------------------------- projects, documents
def project_question(path: str, project: Optional[QgsProject] = None) -> str:
    project = project or QgsProject.instance()
    current = project.fileName() or project.title()
    name = os.path.basename(path)
    if current:
        return _tr(
            "Opening the project {name} replaces the project open now ({current}). Open it?"
        ).format(name=name, current=os.path.basename(current))
    return _tr("Opening the project {name} replaces the project open now. Open it?").format(
        name=name
    )


def ask_with_dialog(parent: Optional[QWidget]) -> Ask:
    def ask(title: str, question: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            question,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    return ask


def load_project(path: str, project: Optional[QgsProject] = None) -> bool:
    """QGIS Desktop's own way when there is one (it asks to save unsaved changes first),
    else ``QgsProject.read``."""
    try:
        from qgis.utils import iface
    except ImportError:  # pragma: no cover - qgis.utils is always there in QGIS
        iface = None
    desktop = iface is not None and hasattr(iface, "addProject") and hasattr(iface, "newProject")
    if desktop and (project is None or project is QgsProject.instance()):
        if not iface.newProject(True):  # the user cancelled the save question
            return False
        return bool(iface.addProject(path))
    return bool((project or QgsProject.instance()).read(path))


def open_document(path: str) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.abspath(path))))


def open_material(
    path: str,
    organisation: str,
    *,
    key: str = "",
    sources: Optional[List[LayerSource]] = None,
    project: Optional[QgsProject] = None,
    parent: Optional[QWidget] = None,
    ask: Optional[Ask] = None,
    project_loader: Optional[Callable[[str], bool]] = None,
) -> Opened:
    """Open the downloaded file ``path`` (main thread); see the module's notes.

    ``sources``: the layers ``find_layers`` found in the task (asked here when not given).
    ``ask``/``project_loader`` default to a question dialog and ``load_project``.
    """
    name = os.path.basename(path)
    kind = open_kind(path)
    if kind == "data":
        found = sources if sources is not None else find_layers(path)
        layers = add_layers(found, organisation, key, project)
        if not layers:
            return Opened("failed", _tr("QGIS cannot open {name} as data.").format(name=name))
        count = len(layers)
        text = QCoreApplication.translate(
            "OpenMaterial", "{name}: %n layer(s) added to the group “{group}”.", "", count
        )
        # The plugin ships no English catalogue: English reads the source's "(s)".
        text = text.replace("(s)", "" if count == 1 else "s")
        return Opened("layers", text.format(name=name, group=group_name(organisation)), layers)
    if kind == "project":
        asker = ask or ask_with_dialog(parent)
        if not asker(_tr("Open a QGIS project"), project_question(path, project)):
            return Opened("declined", _tr("The project {name} was not opened.").format(name=name))
        loader = project_loader or (lambda file: load_project(file, project))
        if not loader(path):
            return Opened(
                "failed", _tr("QGIS could not open the project {name}.").format(name=name)
            )
        return Opened("project", _tr("The project {name} is open.").format(name=name))
    if kind == "document":
        if not open_document(path):
            return Opened(
                "failed",
                _tr("No application opens {name}; it is saved in {folder}.").format(
                    name=name, folder=os.path.dirname(path)
                ),
            )
        return Opened("document", _tr("{name} opened in its viewer.").format(name=name))
    return Opened(
        "refused",
        _tr("QGIS does not open files like {name}; it is saved in {folder}.").format(
            name=name, folder=os.path.dirname(path)
        ),
    )
