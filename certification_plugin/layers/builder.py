"""Create, find and reload the certification layers of a project.

The layers read the GeoPackage cache; they are created once, grouped under "QGIS
Certification", styled from ``styles/*.qml`` and found again (also in a reopened project)
through a custom property. A refresh never re-adds them: it reloads their data in place.
Everything here runs on the main thread and is cheap (no network, no bulk I/O).
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Dict, List, Mapping, Optional

from qgis.core import (
    QgsAbstractMetadataBase,
    QgsAction,
    QgsEditorWidgetSetup,
    QgsLayerMetadata,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QUuid

from ..qgis_io.settings import PluginSettings
from .background import add_background
from .cache import (
    CERTIFIED_ORGANISATIONS,
    TABLE_NAMES,
    TRAINING_CENTRES,
    UPCOMING_COURSES,
    LayerCache,
    TableMetadata,
)
from .legend import translate_range_labels
from .maptips import map_tip_template
from .values import show_names

GROUP_PROPERTY = "certification_plugin/group"
HIDDEN_FIELDS = ("next_courses", "next_course_count", "organisations")
"""Data for the map tips (JSON lists and counts), not for forms and the attribute table."""
LAYER_PROPERTY = "certification_plugin/table"
STYLES_DIR = os.path.join(os.path.dirname(__file__), "styles")
PROGRAMME_URL = "https://certification.qgis.org"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationLayers", text)


def group_name() -> str:
    return _tr("QGIS Certification")


def layer_title(table: str) -> str:
    """The translated name of the layer that shows ``table``."""
    titles = {
        TRAINING_CENTRES: _tr("Training centres"),
        UPCOMING_COURSES: _tr("Upcoming courses"),
        CERTIFIED_ORGANISATIONS: _tr("Certified organisations"),
    }
    return titles[table]


def style_path(table: str) -> str:
    return os.path.join(STYLES_DIR, f"{table}.qml")


# Action commands only insert fields the cache filled with checked values: ``website`` and
# ``page_url`` are http(s) URLs, ``email`` a plain address. The CASE repeats the scheme check
# so a cache written by anything else still cannot open another kind of URL.
_WEB_COMMAND = (
    "[% CASE WHEN regexp_match(\"{field}\", '^https?://[^\\\\s]+$') THEN \"{field}\" ELSE '' END %]"
)
_MAIL_COMMAND = (
    "[% CASE WHEN regexp_match(\"email\", '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+$') "
    "THEN 'mailto:' || \"email\" ELSE '' END %]"
)


def field_aliases(table: str) -> Dict[str, str]:
    """Translated column captions for the attribute table and forms."""
    common = {
        "name": _tr("Name"),
        "organisation_name": _tr("Organisation"),
        "organisation_slug": _tr("Organisation slug"),
        "country_code": _tr("Country"),
        "page_url": _tr("Certification page"),
        "online": _tr("Online"),
        "updated_at": _tr("Updated"),
    }
    specific = {
        TRAINING_CENTRES: {
            "centre_id": _tr("Id"),
            "name": _tr("Training centre"),
            "address": _tr("Address"),
            "email": _tr("E-mail"),
            "phone": _tr("Phone"),
            "website": _tr("Website"),
        },
        UPCOMING_COURSES: {
            "course_id": _tr("Id"),
            "name": _tr("Course"),
            "start_date": _tr("Start"),
            "end_date": _tr("End"),
            "course_type_name": _tr("Course type"),
            "course_type_slug": _tr("Course type slug"),
            "course_convener_name": _tr("Trainer"),
            "training_centre_name": _tr("Training centre"),
            "training_centre_id": _tr("Training centre id"),
            "language": _tr("Language"),
            "trained_competence": _tr("Competence"),
        },
        CERTIFIED_ORGANISATIONS: {
            "iso2": _tr("Country code"),
            "country_name": _tr("Country"),
            "organisation_count": _tr("Certified organisations"),
            "organisation_names": _tr("Organisations"),
        },
    }
    aliases = dict(common)
    aliases.update(specific[table])
    return aliases


def layer_actions(table: str) -> List[QgsAction]:
    """Open website / write e-mail / open the certification page, for point layers."""
    scopes = {"Feature", "Canvas"}
    url_type = QgsAction.ActionType.OpenUrl

    def make(name: str, short: str, command: str) -> QgsAction:
        return QgsAction(QUuid.createUuid(), url_type, name, command, "", False, short, scopes)

    page = _WEB_COMMAND.format(field="page_url")
    if table == TRAINING_CENTRES:
        return [
            make(
                _tr("Open the centre's website"),
                _tr("Website"),
                _WEB_COMMAND.format(field="website"),
            ),
            make(_tr("Write an e-mail to the centre"), _tr("E-mail"), _MAIL_COMMAND),
            make(
                _tr("Open the organisation's page on the certification website"),
                _tr("Certification page"),
                page,
            ),
        ]
    if table == UPCOMING_COURSES:
        return [
            make(
                _tr("Open the course on the certification website"), _tr("Certification page"), page
            ),
        ]
    return []


class LayerManager:
    """The plugin's layers in one project: find, add (once), reload, describe.

    Other parts of the plugin (the course finder, the locator filter) ask it for a layer with
    ``layer(table)`` rather than searching the project by name, which users may change.
    """

    def __init__(
        self,
        cache: LayerCache,
        project: Optional[QgsProject] = None,
        settings: Optional[PluginSettings] = None,
    ) -> None:
        """``settings``: the plugin's (for the country background option); QGIS's own
        settings when None."""
        self.cache = cache
        self._project = project
        self._settings = settings

    @property
    def settings(self) -> PluginSettings:
        if self._settings is None:
            self._settings = PluginSettings()
        return self._settings

    @property
    def project(self) -> QgsProject:
        return self._project if self._project is not None else QgsProject.instance()

    # -- finding -----------------------------------------------------------------------------
    def layers(self) -> Dict[str, QgsVectorLayer]:
        """The plugin's layers present in the project, by table name (first one per table)."""
        found: Dict[str, QgsVectorLayer] = {}
        for layer in self.project.mapLayers().values():
            table = layer.customProperty(LAYER_PROPERTY)
            if table in TABLE_NAMES and table not in found and isinstance(layer, QgsVectorLayer):
                found[table] = layer
        return found

    def layer(self, table: str) -> Optional[QgsVectorLayer]:
        return self.layers().get(table)

    def group(self, create: bool = False) -> Optional[QgsLayerTreeGroup]:
        root = self.project.layerTreeRoot()
        for node in root.findGroups(True):
            if node.customProperty(GROUP_PROPERTY):
                return node
        if not create:
            return None
        group = root.insertGroup(0, group_name())
        group.setCustomProperty(GROUP_PROPERTY, True)
        return group

    # -- adding ------------------------------------------------------------------------------
    def ensure_layers(
        self, metadata: Optional[Mapping[str, TableMetadata]] = None
    ) -> List[QgsVectorLayer]:
        """Add the layers that are missing (the cache must have its tables); returns new ones.

        Existing layers are left where the user put them; one that points at another cache
        file (a project from another computer) is pointed back at this profile's cache. In a
        project that was empty, a light country background goes under them (unless the
        option is off), so the points never float on white.
        """
        empty_project = not self.project.mapLayers()
        existing = self.layers()
        info = dict(metadata) if metadata is not None else self.cache.metadata()
        added: List[QgsVectorLayer] = []
        for table in TABLE_NAMES:
            layer = existing.get(table)
            if layer is not None:
                self._repoint(layer, table)
                continue
            if table == CERTIFIED_ORGANISATIONS and table not in info:
                # Never written (e.g. no world map): an empty polygon layer would only confuse.
                continue
            layer = self._create(table, info.get(table))
            if layer is not None:
                added.append(layer)
        if added and empty_project and self.settings.country_background:
            group = self.group(create=True)
            if group is not None:
                add_background(self.project, group)
        return added

    def _create(self, table: str, info: Optional[TableMetadata]) -> Optional[QgsVectorLayer]:
        layer = QgsVectorLayer(self.cache.uri(table), layer_title(table), "ogr")
        if not layer.isValid():
            return None
        if os.path.isfile(style_path(table)):
            layer.loadNamedStyle(style_path(table))
        # After the style: loading a .qml replaces the layer's custom properties.
        layer.setCustomProperty(LAYER_PROPERTY, table)
        self.decorate(layer, table)
        self._describe(layer, table, info)
        group = self.group(create=True)
        self.project.addMapLayer(layer, False)
        # Points above polygons: centres, then courses, then the country layer.
        position = sum(1 for t in TABLE_NAMES[: TABLE_NAMES.index(table)] if self.layer(t))
        group.insertLayer(min(position, len(group.children())), layer)
        return layer

    def _repoint(self, layer: QgsVectorLayer, table: str) -> None:
        uri = self.cache.uri(table)
        source = layer.source()
        if os.path.normcase(source.split("|")[0]) != os.path.normcase(self.cache.path):
            layer.setDataSource(uri, layer.name(), "ogr")
        self.decorate(layer, table)

    @staticmethod
    def decorate(layer: QgsVectorLayer, table: str) -> None:
        """Translated aliases, map tip, legend and actions; names for country and language
        codes; read-only (a refresh would overwrite edits).

        Applied when a layer is created or repointed, after a reload, and again when a saved
        project is opened, so everything a user reads follows the current language.
        """
        fields = layer.fields()
        for name, alias in field_aliases(table).items():
            index = fields.indexOf(name)
            if index >= 0:
                layer.setFieldAlias(index, alias)
        for name in HIDDEN_FIELDS:
            index = fields.indexOf(name)
            if index >= 0:
                layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))
        show_names(layer)
        layer.setMapTipTemplate(map_tip_template(table))
        translate_range_labels(layer)
        manager = layer.actions()
        manager.clearActions()
        for action in layer_actions(table):
            manager.addAction(action)
        layer.setReadOnly(True)

    # -- refreshing --------------------------------------------------------------------------
    def reload(self, metadata: Optional[Mapping[str, TableMetadata]] = None) -> List[str]:
        """Re-read the cache into the existing layers; returns the tables reloaded.

        ``metadata`` is what the refresh wrote (so no file access is needed here); only the
        tables named in it are reloaded.
        """
        info = dict(metadata) if metadata is not None else self.cache.metadata()
        reloaded: List[str] = []
        for table, layer in self.layers().items():
            if table not in info:
                continue
            if layer.dataProvider() is None:
                continue
            # reload(), not the provider's reloadData(): the columns may have changed (a
            # cache of an older layout migrated), and the layer must read them again.
            layer.reload()
            layer.updateExtents()
            self.decorate(layer, table)
            self._describe(layer, table, info.get(table))
            layer.triggerRepaint()
            reloaded.append(table)
        return reloaded

    # -- metadata ----------------------------------------------------------------------------
    def _describe(self, layer: QgsVectorLayer, table: str, info: Optional[TableMetadata]) -> None:
        metadata = QgsLayerMetadata(layer.metadata())
        metadata.setIdentifier(f"certification_plugin:{table}")
        metadata.setTitle(layer_title(table))
        metadata.setType("dataset")
        metadata.setLanguage("")
        metadata.setAbstract(self._abstract(table, info))
        rights = [
            _tr(
                "Data published by the QGIS Certification Programme and its certified "
                "organisations."
            )
        ]
        if table == CERTIFIED_ORGANISATIONS:
            rights.append(_tr("Country boundaries: Natural Earth (public domain)."))
        metadata.setRights(rights)
        metadata.setKeywords({"gmd:topicCategory": ["education"]})
        links = []
        server = info.server_url if info is not None and info.server_url else PROGRAMME_URL
        link = QgsAbstractMetadataBase.Link(_tr("Source"), "WWW:LINK", server)
        links.append(link)
        metadata.setLinks(links)
        metadata.setCrs(layer.crs())
        layer.setMetadata(metadata)

    @staticmethod
    def _abstract(table: str, info: Optional[TableMetadata]) -> str:
        descriptions = {
            TRAINING_CENTRES: _tr(
                "Training centres of the organisations certified to teach QGIS. Online "
                "centres have no location."
            ),
            UPCOMING_COURSES: _tr(
                "Courses that start today or later, at the location of their training "
                "centre. Online courses have no location."
            ),
            CERTIFIED_ORGANISATIONS: _tr(
                "Countries with at least one certified QGIS training organisation, with "
                "the number and names of the organisations."
            ),
        }
        lines = [descriptions[table], ""]
        if info is not None and info.last_updated is not None:
            when = info.last_updated.astimezone().strftime("%Y-%m-%d %H:%M %Z")
            lines.append(_tr("Last updated: {}").format(when))
        else:
            lines.append(_tr("Last updated: never"))
        if info is not None and info.server_url:
            lines.append(_tr("Server: {}").format(info.server_url))
        if info is not None:
            for url in info.source_urls:
                lines.append(_tr("Source: {}").format(url))
        lines.append(_tr("Attribution: QGIS Certification Programme, {}").format(PROGRAMME_URL))
        return "\n".join(lines)

    def last_updated(self) -> Optional[datetime]:
        """The oldest update time of the cached tables, ``None`` when never written."""
        times = [m.last_updated for m in self.cache.metadata().values() if m.last_updated]
        return min(times) if times else None
