"""The "Find a course" dock: search upcoming courses, nearest first, and show them on the map.

Data source: the layer cache (the GeoPackage the "Upcoming courses" layer reads), read with
its own connection in a background task. Compared with fetching from the server in the
dock, this keeps one source of truth with the map (same courses, same feature ids, so a
result flashes its feature), works offline, and leaves the network to the one refresh path
(with its ETags and rate limits). When the cache is empty the dock offers "Update", which
starts the plugin's refresh; the dock re-reads the cache when the course layer reloads.
Organisation websites are not part of the cache; they are fetched once, on first use.

The main thread only filters and sorts records already in memory; file and network work run
in tasks of the plugin's ``TaskRunner``, one ``TaskSlot`` per purpose (the cache read, the
websites fetch), released when the dock is destroyed.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsCoordinateFormatter, QgsMapLayer, QgsProject, QgsRectangle
from qgis.gui import QgsDateEdit, QgsDockWidget, QgsFilterLineEdit
from qgis.PyQt.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    pyqtSignal,
)
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Organisation
from ..core.search import CourseQuery, fold
from ..layers.cache import UPCOMING_COURSES
from ..qgis_io.lifetime import disconnect_quietly, is_alive
from ..qgis_io.logging import push_info, push_warning
from ..qgis_io.messages import error_message
from ..qgis_io.tasks import FunctionTask, TaskSlot
from .cache_reader import CachedCourse, file_stamp, read_courses
from .course_finder_model import CourseResultsModel, ResultRow
from .course_item_delegate import CourseItemDelegate
from .course_search import FilterChoices, filter_choices, search
from .links import open_web_url, web_url
from .map_focus import canvas_centre_lon_lat, focus_point
from .point_picker import PointPicker

OBJECT_NAME = "CertificationCourseFinderDock"
SEARCH_DELAY_MS = 300
DEFAULT_MONTHS_AHEAD = 6
MIN_COMBO_CHARS = 6
BODY_MARGIN = 4
"""Narrow margins, as QGIS's own panels have: the dock is narrow."""

LonLat = Tuple[float, float]
ORIGIN_DECIMALS = 3
"""Decimal degrees of the distance origin shown (about 100 m), as QGIS's status bar shows."""
SAME_ORIGIN_DEGREES = 1e-9


def _single_line(text: str) -> str:
    return " ".join((text or "").split())


class CourseFinderDock(QgsDockWidget):
    """Search, filter and sort upcoming courses; zoom to them; open their pages.

    ``plugin`` provides ``iface``, ``layer_manager``, ``tasks``, ``create_client()``,
    ``load_layers()`` and ``message_bar()`` (see ``plugin.py``).
    """

    dataLoaded = pyqtSignal(int)
    """Emitted with the number of cached courses after each read of the cache."""
    resultsChanged = pyqtSignal(int)
    """Emitted with the number of rows after each search."""

    def __init__(self, plugin: Any, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._plugin = plugin
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Find a course"))
        self._records: List[CachedCourse] = []
        self._stamp: Optional[Tuple[object, ...]] = None
        self._origin: Optional[LonLat] = None
        self._origin_picked = False
        self._load_slot = TaskSlot(plugin.tasks, self)
        self._reading_stamp: Optional[Tuple[object, ...]] = None
        """The cache file's stamp when the running read began."""
        self._reload_wanted = False
        self._watched_layer: Optional[QgsMapLayer] = None
        self._watching_project = False
        self._websites: Optional[Dict[str, str]] = None
        self._website_slot = TaskSlot(plugin.tasks, self)
        self._pending_organisation: Optional[str] = None
        self._restoring_selection = False
        self._moving_map = False
        self._map_moved_to: Optional[QgsRectangle] = None
        """The extent the dock's own zoom left the map at: not a move to follow."""

        self._build_ui()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(lambda: self.reload_data(force=True))
        # While distances are measured from the map centre, they follow the map (after the
        # user stopped panning: a re-sort per frame would be wasted work).
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(SEARCH_DELAY_MS)
        self._follow_timer.timeout.connect(self._follow_canvas)
        self._watching_canvas = False
        self._picker = PointPicker(self._canvas(), self)
        self._picker.picked.connect(self._point_picked)
        self._picker.cancelled.connect(lambda: self.pick_button.setChecked(False))
        self._connect_widgets()

    # ------------------------------------------------------------------ user interface
    def _build_ui(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(BODY_MARGIN, BODY_MARGIN, BODY_MARGIN, BODY_MARGIN)

        self.search_edit = QgsFilterLineEdit(body)
        self.search_edit.setShowSearchIcon(True)
        self.search_edit.setPlaceholderText(self.tr("Search courses, centres, organisations…"))
        layout.addWidget(self.search_edit)

        filters = QGridLayout()
        self.country_combo = QComboBox(body)
        self.language_combo = QComboBox(body)
        self.course_type_combo = QComboBox(body)
        self.organisation_combo = QComboBox(body)
        for combo in (
            self.country_combo,
            self.language_combo,
            self.course_type_combo,
            self.organisation_combo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(MIN_COMBO_CHARS)
        # One filter per line, label and field: a docked panel is about 300-380 px wide.
        filters.addWidget(QLabel(self.tr("Country"), body), 0, 0)
        filters.addWidget(self.country_combo, 0, 1)
        filters.addWidget(QLabel(self.tr("Language"), body), 1, 0)
        filters.addWidget(self.language_combo, 1, 1)
        filters.addWidget(QLabel(self.tr("Course type"), body), 2, 0)
        filters.addWidget(self.course_type_combo, 2, 1)
        filters.addWidget(QLabel(self.tr("Organisation"), body), 3, 0)
        filters.addWidget(self.organisation_combo, 3, 1)
        filters.setColumnStretch(1, 1)

        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("From"), body)
        self.from_check.setChecked(True)
        self.from_check.setToolTip(self.tr("Untick to show courses from any start date"))
        self.from_edit = QgsDateEdit(body)
        self.from_edit.setAllowNull(False)
        self.from_edit.setDate(today)
        self.until_check = QCheckBox(self.tr("Until"), body)
        self.until_check.setChecked(True)
        self.until_check.setToolTip(self.tr("Untick to show courses up to any start date"))
        self.until_edit = QgsDateEdit(body)
        self.until_edit.setAllowNull(False)
        self.until_edit.setDate(today.addMonths(DEFAULT_MONTHS_AHEAD))
        filters.addWidget(self.from_check, 4, 0)
        filters.addWidget(self.from_edit, 4, 1)
        filters.addWidget(self.until_check, 5, 0)
        filters.addWidget(self.until_edit, 5, 1)
        layout.addLayout(filters)

        self.origin_label = QLabel(body)
        self.origin_label.setTextFormat(Qt.TextFormat.PlainText)
        self.origin_label.setWordWrap(True)
        layout.addWidget(self.origin_label)
        origin_row = QHBoxLayout()
        self.centre_button = QPushButton(self.tr("Map centre"), body)
        self.centre_button.setToolTip(self.tr("Measure distances from the centre of the map"))
        self.pick_button = QPushButton(self.tr("Pick point"), body)
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(self.tr("Click on the map to measure distances from there"))
        origin_row.addWidget(self.centre_button)
        origin_row.addWidget(self.pick_button)
        origin_row.addStretch(1)
        layout.addLayout(origin_row)

        # One two-line item per course (type and name; dates, place, language), elided to the
        # dock's width: a docked panel is too narrow for a table of columns.
        self.model = CourseResultsModel(self)
        self.results_view = QListView(body)
        self.results_view.setModel(self.model)
        self.delegate = CourseItemDelegate(self.results_view)
        self.results_view.setItemDelegate(self.delegate)
        self.results_view.setUniformItemSizes(True)
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setWordWrap(False)
        self.results_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results_view.setAccessibleName(self.tr("Courses found"))
        layout.addWidget(self.results_view, 1)

        buttons = QHBoxLayout()
        self.course_page_button = QPushButton(self.tr("Course page"), body)
        self.course_page_button.setToolTip(
            self.tr("Open the course's page on the certification website")
        )
        self.website_button = QPushButton(self.tr("Organisation website"), body)
        self.website_button.setToolTip(self.tr("Open the website of the organisation"))
        self.update_button = QPushButton(self.tr("Update"), body)
        self.update_button.setToolTip(self.tr("Download the latest courses from the server"))
        buttons.addWidget(self.course_page_button)
        buttons.addWidget(self.website_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        # "12 of 40 courses" next to the button that brings newer ones.
        status_row = QHBoxLayout()
        self.status_label = QLabel(body)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.update_button)
        layout.addLayout(status_row)

        self.setWidget(body)
        self._fill_combos(FilterChoices((), (), (), ()))
        self._update_origin_label()
        self._update_buttons()

    def _connect_widgets(self) -> None:
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (
            self.country_combo,
            self.language_combo,
            self.course_type_combo,
            self.organisation_combo,
        ):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        for check in (self.from_check, self.until_check):
            check.toggled.connect(self._dates_toggled)
        self.from_edit.dateValueChanged.connect(lambda _value: self.apply_filters())
        self.until_edit.dateValueChanged.connect(lambda _value: self.apply_filters())
        self.centre_button.clicked.connect(self.use_canvas_centre)
        self.pick_button.toggled.connect(self._pick_toggled)
        self.results_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.results_view.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        self.results_view.activated.connect(lambda index: self.zoom_to_row(index.row()))
        self.results_view.customContextMenuRequested.connect(self._context_menu)
        self.course_page_button.clicked.connect(self.open_course_page)
        self.website_button.clicked.connect(self.open_organisation_website)
        self.update_button.clicked.connect(self.update_data)

    def _dates_toggled(self, _checked: bool) -> None:
        self.from_edit.setEnabled(self.from_check.isChecked())
        self.until_edit.setEnabled(self.until_check.isChecked())
        self.apply_filters()

    # ------------------------------------------------------------------ collaborators
    def _iface(self) -> Any:
        return self._plugin.iface

    def _canvas(self) -> Any:
        return self._iface().mapCanvas()

    def _cache_path(self) -> str:
        return str(self._plugin.layer_manager.cache.path)

    def _course_layer(self) -> Optional[QgsMapLayer]:
        return self._plugin.layer_manager.layer(UPCOMING_COURSES)

    # ------------------------------------------------------------------ visibility
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._watch()
        if self._origin is None:
            self.use_canvas_centre()
        self.reload_data()

    def hideEvent(self, event: Any) -> None:
        """A hidden dock needs no updates: stop watching, stop picking."""
        self._unwatch()
        self._picker.cancel()
        self.pick_button.setChecked(False)
        super().hideEvent(event)

    def _watch(self) -> None:
        if not self._watching_project:
            project = QgsProject.instance()
            project.layersAdded.connect(self._layers_added)
            project.layersWillBeRemoved.connect(self._layers_will_be_removed)
            self._watching_project = True
        canvas = self._canvas()
        if canvas is not None and not self._watching_canvas:
            canvas.extentsChanged.connect(self._canvas_moved)
            self._watching_canvas = True
        self._watch_course_layer()

    def _unwatch(self) -> None:
        if self._watching_project:
            project = QgsProject.instance()
            disconnect_quietly(project, "layersAdded", self._layers_added)
            disconnect_quietly(project, "layersWillBeRemoved", self._layers_will_be_removed)
            self._watching_project = False
        if self._watching_canvas:
            with contextlib.suppress(TypeError, RuntimeError):
                self._canvas().extentsChanged.disconnect(self._canvas_moved)
            self._watching_canvas = False
        self._follow_timer.stop()
        self._unwatch_course_layer()

    def _watch_course_layer(self) -> None:
        layer = self._course_layer()
        if layer is self._watched_layer and is_alive(layer):
            return
        self._unwatch_course_layer()
        if layer is not None:
            layer.dataChanged.connect(self._schedule_reload)
            layer.willBeDeleted.connect(self._forget_course_layer)
            self._watched_layer = layer

    def _unwatch_course_layer(self) -> None:
        """Disconnect from the watched layer if it still exists (Qt drops a dead one's links)."""
        layer, self._watched_layer = self._watched_layer, None
        disconnect_quietly(layer, "dataChanged", self._schedule_reload)
        disconnect_quietly(layer, "willBeDeleted", self._forget_course_layer)

    def _forget_course_layer(self) -> None:
        """The layer is being destroyed; its Python wrapper may be dead already: only drop it."""
        self._watched_layer = None

    def _layers_will_be_removed(self, layers: List[Any]) -> None:
        """Project -> New, quit or the user removing the layer: let go while it still exists."""
        layer = self._watched_layer
        if not is_alive(layer):
            self._watched_layer = None
            return
        ids = {item if isinstance(item, str) else item.id() for item in layers}
        if layer.id() in ids:
            self._unwatch_course_layer()

    def _layers_added(self, _layers: List[QgsMapLayer]) -> None:
        before = self._watched_layer
        self._watch_course_layer()
        if self._watched_layer is not None and self._watched_layer is not before:
            self._schedule_reload()

    def _schedule_reload(self) -> None:
        self._reload_timer.start()

    # ------------------------------------------------------------------ data
    @property
    def records(self) -> List[CachedCourse]:
        return list(self._records)

    @property
    def loading(self) -> bool:
        return self._load_slot.busy

    @property
    def _website_task(self) -> Optional[FunctionTask]:
        """The running fetch of the organisation websites, if any (the session tests wait on it)."""
        return self._website_slot.task

    def reload_data(self, force: bool = False) -> None:
        """Read the cache in a task; skipped when the file has not changed since last read."""
        path = self._cache_path()
        stamp = file_stamp(path)
        if not force and self._stamp is not None and stamp == self._stamp:
            return
        if self._load_slot.busy:
            # The running read sees the file as it is now, unless it changed since it began
            # or the caller knows the data changed (a second showEvent needs no second read).
            if force or stamp != self._reading_stamp:
                self._reload_wanted = True
            return
        self._reading_stamp = stamp
        self.status_label.setText(self.tr("Reading the courses…"))

        def work(_context: Any) -> Tuple[Tuple[object, ...], List[CachedCourse]]:
            stamp = file_stamp(path)
            return stamp, read_courses(path)

        self._load_slot.run(
            self.tr("Reading cached QGIS courses"), work, self._data_read, self._data_failed
        )

    def _data_read(self, result: Tuple[Tuple[object, ...], List[CachedCourse]]) -> None:
        if not is_alive(self):  # the dock was deleted (quit) before the task ended
            return
        self._stamp, records = result
        self._websites = None  # new data: look the websites up again when asked
        self.set_records(records)
        if self._reload_wanted:
            self._reload_wanted = False
            # From the event loop, not from here: this runs inside QGIS's handling of the
            # finished task, and a task queued now can be lost by QGIS (qgis_io/tasks.py).
            self._schedule_reload()

    def _data_failed(self, error: Exception) -> None:
        if not is_alive(self):  # the dock was deleted (quit) before the task ended
            return
        self._reload_wanted = False
        self.status_label.setText(
            self.tr("The cached courses could not be read: {}").format(str(error))
        )

    def set_records(self, records: List[CachedCourse]) -> None:
        """Use ``records`` as the searchable courses (fills the filter choices, searches)."""
        self._records = list(records)
        self._fill_combos(filter_choices(self._records))
        self.apply_filters()
        self.dataLoaded.emit(len(self._records))

    def update_data(self) -> None:
        """Ask the plugin to refresh the layers; the dock re-reads the cache when it is done."""
        task = self._plugin.load_layers()
        if task is not None:
            self.status_label.setText(self.tr("Downloading the latest courses…"))
            task.taskCompleted.connect(self._schedule_reload)

    # ------------------------------------------------------------------ filters
    def _fill_combos(self, choices: FilterChoices) -> None:
        for combo, values in (
            (self.country_combo, choices.countries),
            (self.language_combo, choices.languages),
            (self.course_type_combo, choices.course_types),
            (self.organisation_combo, choices.organisations),
        ):
            previous = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), "")
            for value, label in values:
                combo.addItem(label, value)
                combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(previous) if previous else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def query(self) -> CourseQuery:
        """The filters as the widgets show them now."""

        def chosen(combo: QComboBox) -> Tuple[str, ...]:
            value = combo.currentData()
            return (str(value),) if value else ()

        return CourseQuery(
            text=self.search_edit.text(),
            countries=chosen(self.country_combo),
            languages=chosen(self.language_combo),
            course_types=chosen(self.course_type_combo),
            organisations=chosen(self.organisation_combo),
            start_from=_py_date(self.from_edit.date()) if self.from_check.isChecked() else None,
            start_until=_py_date(self.until_edit.date()) if self.until_check.isChecked() else None,
        )

    def apply_filters(self) -> None:
        """Search the records in memory (fast) and show the rows, keeping the selection."""
        self._search_timer.stop()
        selected = self.selected_result()
        rows = search(self._records, self.query(), self._origin)
        self.model.set_rows(rows)
        if selected is not None:
            number = self.model.row_of_fid(selected.fid)
            if number >= 0:
                # The same course stays selected (without zooming again) and in sight.
                self._restoring_selection = True
                try:
                    self.select_row(number)
                finally:
                    self._restoring_selection = False
        self._update_status(len(rows))
        self._update_buttons()
        self.resultsChanged.emit(len(rows))

    def _update_status(self, shown: int) -> None:
        if not self._records:
            if self._plugin.layer_manager.cache.exists():
                text = self.tr("No upcoming courses in the cache. Click Update to download.")
            else:
                text = self.tr("No course data yet. Click Update to download the courses.")
        else:
            text = self.tr("{} of {} courses").format(shown, len(self._records))
        self.status_label.setText(text)

    # ------------------------------------------------------------------ distance origin
    @property
    def origin(self) -> Optional[LonLat]:
        return self._origin

    def set_origin(self, lon_lat: Optional[LonLat], picked: bool = False) -> None:
        self._origin = lon_lat
        self._origin_picked = picked and lon_lat is not None
        self._update_origin_label()
        self.apply_filters()

    def use_canvas_centre(self) -> None:
        """Measure from the centre of the map as it is now (and follow the user's moves)."""
        self._follow_timer.stop()
        self._map_moved_to = None
        self._picker.cancel()
        self.pick_button.setChecked(False)
        canvas = self._canvas()
        origin = canvas_centre_lon_lat(canvas) if canvas is not None else None
        self.set_origin(origin, picked=False)

    def _canvas_moved(self) -> None:
        """The map's extent changed: follow it, unless the dock moved it to show a result."""
        if self._moving_map:
            return
        self._follow_timer.start()

    def _follow_canvas(self) -> None:
        """The user moved the map: a picked point stays, the map centre follows.

        A zoom to a selected result is not followed: re-sorting would move the rows under the
        cursor. "Map centre" measures from there when the user asks.
        """
        if self._origin_picked or self.pick_button.isChecked():
            return
        canvas = self._canvas()
        if canvas is None:
            return
        if self._map_moved_to is not None and canvas.extent() == self._map_moved_to:
            return
        self._map_moved_to = None
        origin = canvas_centre_lon_lat(canvas)
        if _same_point(origin, self._origin):
            return  # a resize, not a move: nothing to re-sort
        self.set_origin(origin, picked=False)

    def _pick_toggled(self, checked: bool) -> None:
        if checked and self._canvas() is None:
            self.pick_button.setChecked(False)
        elif checked:
            self._picker.start()
        else:
            self._picker.cancel()

    def _point_picked(self, lon: float, lat: float) -> None:
        self.pick_button.setChecked(False)
        self.set_origin((lon, lat), picked=True)

    @property
    def picker(self) -> PointPicker:
        return self._picker

    def _update_origin_label(self) -> None:
        if self._origin is None:
            self.origin_label.setText(self.tr("Distances: no reference point"))
            return
        lon, lat = _format_lon_lat(self._origin)
        if self._origin_picked:
            where = self.tr("Distances from the picked point:")
        else:
            where = self.tr("Distances from the map centre:")
        # The coordinates on a line of their own: a narrow dock would wrap them anywhere.
        coordinates = self.tr("Lon {lon}, Lat {lat}").format(lon=lon, lat=lat)
        self.origin_label.setText(f"{where}\n{coordinates}")
        self.origin_label.setToolTip(self.tr("Longitude and latitude in WGS 84 (EPSG:4326)"))

    # ------------------------------------------------------------------ results
    def select_row(self, row: int) -> None:
        """Make ``row`` the current, selected row and scroll it into view."""
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        self.results_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.results_view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def selected_result(self) -> Optional[ResultRow]:
        selection = self.results_view.selectionModel()
        index = selection.currentIndex()
        if not index.isValid() or not selection.isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.result(index.row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if current.isValid() and not self._restoring_selection:
            self.zoom_to_row(current.row())

    def zoom_to_row(self, row: int) -> bool:
        """Bring the course of ``row`` into view and flash it; False for online courses."""
        result = self.model.result(row)
        if result is None:
            return False
        if result.course.location is None:
            self.status_label.setText(self.tr("This course is online: it has no place on the map."))
            return False
        canvas = self._canvas()
        if canvas is None:
            return False
        # The dock's own move is not followed (the list would re-sort under the cursor); a
        # move the user started just before is overtaken by this one.
        self._follow_timer.stop()
        self._moving_map = True
        try:
            done = focus_point(canvas, result.course.location, self._course_layer(), result.fid)
        finally:
            self._moving_map = False
        self._map_moved_to = canvas.extent()
        return done

    def _update_buttons(self) -> None:
        result = self.selected_result()
        self.course_page_button.setEnabled(bool(result and web_url(result.course.web_url)))
        self.website_button.setEnabled(bool(result and result.course.organisation_name))

    def _context_menu(self, position: QPoint) -> None:
        index = self.results_view.indexAt(position)
        if not index.isValid():
            return
        self.select_row(index.row())
        menu = QMenu(self.results_view)
        zoom = menu.addAction(self.tr("Zoom to course"))
        zoom.triggered.connect(lambda _checked=False: self.zoom_to_row(index.row()))
        zoom.setEnabled(self.model.result(index.row()).course.location is not None)
        page = menu.addAction(self.tr("Open course page"))
        page.triggered.connect(lambda _checked=False: self.open_course_page())
        page.setEnabled(self.course_page_button.isEnabled())
        website = menu.addAction(self.tr("Open organisation website"))
        website.triggered.connect(lambda _checked=False: self.open_organisation_website())
        website.setEnabled(self.website_button.isEnabled())
        menu.exec(self.results_view.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ links
    def open_course_page(self) -> bool:
        result = self.selected_result()
        if result is None:
            return False
        if not open_web_url(result.course.web_url):
            push_info(
                self._plugin.message_bar(),
                self.tr("This course has no page on the certification website."),
            )
            return False
        return True

    def open_organisation_website(self) -> None:
        """Open the selected course's organisation website (fetching the list once)."""
        result = self.selected_result()
        if result is None:
            return
        name = result.course.organisation_name
        if self._websites is not None:
            self._open_website_of(name)
            return
        self._pending_organisation = name
        if self._website_slot.busy:
            return
        self.website_button.setEnabled(False)
        client = self._plugin.create_client()

        def work(context: Any) -> List[Organisation]:
            fetched = client.organisations(
                progress=context.progress, is_cancelled=context.is_cancelled
            )
            return list(fetched.items)

        self._website_slot.run(
            self.tr("Reading QGIS certified organisations"),
            work,
            self._websites_fetched,
            self._websites_failed,
        )

    def _websites_fetched(self, organisations: List[Organisation]) -> None:
        if not is_alive(self):  # the dock was deleted (quit) before the task ended
            return
        self._websites = {fold(org.name): org.url for org in organisations}
        self._update_buttons()
        name, self._pending_organisation = self._pending_organisation, None
        if name is not None:
            self._open_website_of(name)

    def _websites_failed(self, error: Exception) -> None:
        if not is_alive(self):  # the dock was deleted (quit) before the task ended
            return
        self._pending_organisation = None
        self._update_buttons()
        push_warning(
            self._plugin.message_bar(),
            self.tr("The organisation's website could not be looked up.")
            + "\n"
            + error_message(error),
        )

    def _open_website_of(self, organisation_name: str) -> bool:
        url = (self._websites or {}).get(fold(organisation_name), "")
        if open_web_url(url):
            return True
        push_info(
            self._plugin.message_bar(),
            self.tr("{} has not published a website address that can be opened.").format(
                _single_line(organisation_name)
            ),
        )
        return False


def _same_point(first: Optional[LonLat], second: Optional[LonLat]) -> bool:
    if first is None or second is None:
        return first is second
    return (
        abs(first[0] - second[0]) <= SAME_ORIGIN_DEGREES
        and abs(first[1] - second[1]) <= SAME_ORIGIN_DEGREES
    )


def _format_lon_lat(lon_lat: LonLat) -> Tuple[str, str]:
    """Longitude and latitude as QGIS writes decimal degrees: "23.600°E", "46.770°N"."""
    formatter = QgsCoordinateFormatter
    decimal = formatter.Format.FormatDecimalDegrees
    suffix = formatter.FormatFlag.FlagDegreesUseStringSuffix
    lon = formatter.formatX(lon_lat[0], decimal, ORIGIN_DECIMALS, suffix)
    lat = formatter.formatY(lon_lat[1], decimal, ORIGIN_DECIMALS, suffix)
    return lon, lat


def _py_date(value: QDate) -> Optional[date]:
    if not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())
