"""The plugin object QGIS loads: actions, menu, toolbar, options page, docks, registrations.

Everything ``initGui()``/``initProcessing()`` adds to QGIS is recorded here and removed by
``unload()``, so reloading the plugin (Plugin Reloader, upgrade from the plugin manager)
leaves nothing behind. Other parts plug in through a few methods:

* ``add_dock(dock, action)``: a dock widget tied to a checkable action;
* ``add_locator_filter(filter)`` and ``add_processing_provider(provider)``;
* ``tasks`` (``TaskRunner``) for background work that unload must cancel;
* ``layer_manager`` (``LayerManager``) to find the certification layers;
* ``settings`` (``PluginSettings``) and ``create_client()`` for the configured server.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict, List, Optional

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QObject, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QDialog, QDockWidget, QToolBar

from .core.client import CertificationClient
from .layers.builder import LayerManager
from .layers.cache import LayerCache
from .layers.refresh import RefreshOutcome, RefreshTask
from .qgis_io.lifetime import is_alive
from .qgis_io.logging import INFO, log, push_message
from .qgis_io.paths import default_cache_dir
from .qgis_io.settings import PluginSettings
from .qgis_io.tasks import FunctionTask, TaskRunner
from .qgis_io.translation import install_translator, remove_translator

PLUGIN_DIR = os.path.dirname(__file__)
RESOURCES_DIR = os.path.join(PLUGIN_DIR, "resources")
I18N_DIR = os.path.join(PLUGIN_DIR, "i18n")
OPTIONS_PAGE_NAME = "certificationOptionsPage"
"""Object name of the options page; ``iface.showOptionsDialog`` selects the page by it."""
TOOLBAR_NAME = "certificationPluginToolbar"


def icon(name: str) -> QIcon:
    """An icon of the plugin by file name (icons are loaded by path, no compiled resources)."""
    return QIcon(os.path.join(RESOURCES_DIR, name))


def _show_dock(dock: QDockWidget, visible: bool) -> None:
    """Show and raise (it may be a tab behind another dock), or hide."""
    if not is_alive(dock):
        return
    if visible:
        dock.show()
        dock.raise_()
    else:
        dock.hide()


class CertificationPlugin(QObject):
    """QGIS Certification: layers, settings page, and the hooks the docks and algorithms use."""

    def __init__(  # noqa: QGS105 - QGIS hands iface to classFactory, which passes it here
        self,
        iface: object,
        cache_dir: Optional[str] = None,
        settings: Optional[PluginSettings] = None,
    ) -> None:
        """``cache_dir`` and ``settings`` default to the user's profile (tests pass others)."""
        super().__init__()
        self.iface = iface
        self.settings = settings if settings is not None else PluginSettings()
        self.tasks = TaskRunner()
        self.cache_dir = cache_dir or default_cache_dir()
        self.layer_manager = LayerManager(
            LayerCache(os.path.join(self.cache_dir, "cache.gpkg")), settings=self.settings
        )
        self.menu_name = self.tr("QGIS Certification")
        self.toolbar: Optional[QToolBar] = None
        self.load_layers_action: Optional[QAction] = None
        self.find_course_action: Optional[QAction] = None
        self.apply_action: Optional[QAction] = None
        self.review_action: Optional[QAction] = None
        self.training_action: Optional[QAction] = None
        self.settings_action: Optional[QAction] = None
        self.about_action: Optional[QAction] = None
        self._about_dialog: Optional[QDialog] = None
        self._actions: List[QAction] = []
        self._menu_actions: List[QAction] = []
        self._docks: List[QDockWidget] = []
        self._locator_filters: List[object] = []
        self._providers: List[object] = []
        self._options_factory: Optional[object] = None
        self._translator: Optional[QTranslator] = None
        self._refresh_task: Optional[RefreshTask] = None
        self._project_hooked = False

    # ------------------------------------------------------------------ QGIS entry points
    def initProcessing(self) -> None:
        """Register the Processing provider(s); QGIS calls this alone in headless runs."""
        if self._providers:
            return
        for provider in self._create_processing_providers():
            self.add_processing_provider(provider)

    def initGui(self) -> None:
        """Create the menu, toolbar, options page and hooks; called once per plugin load."""
        self._install_translator()
        self.menu_name = self.tr("QGIS Certification")
        self.toolbar = self.iface.addToolBar(self.tr("QGIS Certification"))
        self.toolbar.setObjectName(TOOLBAR_NAME)

        self.load_layers_action = self.add_action(
            self.tr("Load certification layers"),
            icon("load_layers.svg"),
            self.load_layers,
            status_tip=self.tr(
                "Add certified organisations, training centres and upcoming courses to the "
                "map, or update them"
            ),
        )
        self.find_course_action = self.add_action(
            self.tr("Find a course"),
            icon("find_course.svg"),
            None,
            checkable=True,
            status_tip=self.tr("Search upcoming QGIS courses near you"),
        )
        # Enabled once the course finder dock is registered (``add_dock``).
        self.find_course_action.setEnabled(False)
        self.apply_action = self.add_action(
            self.tr("Apply for certification"),
            icon("apply.svg"),
            None,
            checkable=True,
            status_tip=self.tr(
                "Apply to the QGIS certification programme with your contributions and "
                "training material"
            ),
        )
        self.apply_action.setEnabled(False)
        self.review_action = self.add_action(
            self.tr("Review applications"),
            icon("review.svg"),
            None,
            checkable=True,
            status_tip=self.tr(
                "Applications waiting for your review, your group's opinion or the PSC's decision"
            ),
        )
        self.review_action.setEnabled(False)
        self.training_action = self.add_action(
            self.tr("Courses and certificates…"),
            icon("training.svg"),
            None,
            checkable=True,
            status_tip=self.tr(
                "Your organisation's courses, training centres, attendees and certificates; "
                "verify a certificate"
            ),
        )
        self.training_action.setEnabled(False)
        self.settings_action = self.add_action(
            self.tr("Settings…"),
            icon("settings.svg"),
            self.show_settings,
            toolbar=False,
            status_tip=self.tr("Server, authentication and cache settings"),
        )
        self.about_action = self.add_action(
            self.tr("About QGIS Certification…"),
            icon("icon.svg"),
            self.show_about,
            toolbar=False,
            status_tip=self.tr("Versions, server, help links and where the plugin's logs are"),
        )
        self._register_options_page()
        self._hook_project()
        self.initProcessing()
        self._register_extensions()

    def unload(self) -> None:
        """Remove everything ``initGui``/``initProcessing`` added and cancel running tasks."""
        self.tasks.cancel_all()
        self._refresh_task = None
        self._unhook_project()
        if is_alive(self._about_dialog):
            self._about_dialog.close()
            self._about_dialog.deleteLater()
        self._about_dialog = None
        # QGIS may have deleted widgets of its main window already (quit): skip those.
        for dock in self._docks:
            if not is_alive(dock):
                continue
            flush = getattr(dock, "flush", None)
            if callable(flush):
                flush()  # a draft typed less than two seconds ago
            self.iface.removeDockWidget(dock)
            dock.hide()
            dock.setParent(None)
            dock.deleteLater()
        self._docks = []
        for locator_filter in self._locator_filters:
            self.iface.deregisterLocatorFilter(locator_filter)
        self._locator_filters = []
        registry = QgsApplication.processingRegistry()
        for provider in self._providers:
            registry.removeProvider(provider)
        self._providers = []
        if self._options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self._options_factory)
            self._options_factory = None
        for action in self._menu_actions:
            if is_alive(action):
                self.iface.removePluginWebMenu(self.menu_name, action)
        self._menu_actions = []
        toolbar = self.toolbar if is_alive(self.toolbar) else None
        for action in self._actions:
            if not is_alive(action):
                continue
            if toolbar is not None:
                toolbar.removeAction(action)
            action.setParent(None)
            action.deleteLater()
        self._actions = []
        if toolbar is not None:
            main_window = self.iface.mainWindow()
            if is_alive(main_window):
                main_window.removeToolBar(toolbar)
            toolbar.setParent(None)
            toolbar.deleteLater()
        self.toolbar = None
        self.load_layers_action = self.find_course_action = self.settings_action = None
        self.about_action = None
        self.apply_action = None
        self.review_action = None
        self.training_action = None
        self._remove_translator()
        self._unregister_network_hooks()

    # ------------------------------------------------------------------ registration API
    def add_action(
        self,
        text: str,
        action_icon: QIcon,
        callback: Optional[Callable[[], None]],
        menu: bool = True,
        toolbar: bool = True,
        checkable: bool = False,
        status_tip: str = "",
    ) -> QAction:
        """Create an action in the plugin's Web submenu and/or toolbar; unload removes it."""
        action = QAction(action_icon, text, self.iface.mainWindow())
        action.setCheckable(checkable)
        if status_tip:
            action.setStatusTip(status_tip)
            action.setToolTip(status_tip)
        if callback is not None:
            action.triggered.connect(lambda _checked=False: callback())
        if menu:
            self.iface.addPluginToWebMenu(self.menu_name, action)
            self._menu_actions.append(action)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self._actions.append(action)
        return action

    def add_dock(
        self,
        dock: QDockWidget,
        action: Optional[QAction] = None,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """Add ``dock`` (hidden) to the main window; a checkable ``action`` shows/hides it.

        The course finder registers itself with
        ``plugin.add_dock(CourseFinderDock(plugin), plugin.find_course_action)``.
        The dock needs a unique ``objectName`` so QGIS can restore its position.
        """
        self.iface.addDockWidget(area, dock)
        dock.hide()
        self._docks.append(dock)
        if action is not None:
            action.setEnabled(True)
            action.setCheckable(True)
            action.toggled.connect(lambda checked, dock=dock: _show_dock(dock, checked))
            dock.visibilityChanged.connect(action.setChecked)
        return dock

    def add_locator_filter(self, locator_filter: object) -> None:
        """Register a ``QgsLocatorFilter`` with QGIS's locator bar; unload deregisters it."""
        self.iface.registerLocatorFilter(locator_filter)
        self._locator_filters.append(locator_filter)

    def add_processing_provider(self, provider: object) -> bool:
        """Add a ``QgsProcessingProvider`` to the registry; unload removes it."""
        added = QgsApplication.processingRegistry().addProvider(provider)
        if added:
            self._providers.append(provider)
        return added

    def _create_processing_providers(self) -> List[object]:
        """The Processing providers of the plugin."""
        from .processing.provider import CertificationProvider

        return [CertificationProvider()]

    def _register_extensions(self) -> None:
        """Docks and locator filters built on the plugin register here, one call each."""
        from .gui.applications.apply_dock import ApplyDock
        from .gui.course_finder_dock import CourseFinderDock
        from .gui.locator_filter import create_locator_filter
        from .gui.reviews.review_dock import ReviewDock
        from .gui.training.training_dock import TrainingDock

        self.add_dock(CourseFinderDock(self, self.iface.mainWindow()), self.find_course_action)
        self.add_dock(ApplyDock(self, self.iface.mainWindow()), self.apply_action)
        self.add_dock(ReviewDock(self, self.iface.mainWindow()), self.review_action)
        self.add_dock(TrainingDock(self, self.iface.mainWindow()), self.training_action)
        self.add_locator_filter(create_locator_filter(self))

    # ------------------------------------------------------------------ services
    def create_client(self) -> CertificationClient:
        """A client for the configured server (QGIS network stack, authcfg, ETag cache)."""
        from .qgis_io.client_factory import build_client

        return build_client(self.settings, self.cache_dir)

    def message_bar(self) -> object:
        return self.iface.messageBar()

    def show_certificate_verification(self, verification: object) -> Optional[QDockWidget]:
        """Open the Courses and certificates dock on its Verify tab with ``verification``
        (``core.certificates.Verification``; the locator's ``cert QGIS-123``)."""
        from .gui.training.training_dock import OBJECT_NAME as TRAINING_DOCK

        dock = next(
            (d for d in self._docks if is_alive(d) and d.objectName() == TRAINING_DOCK), None
        )
        if dock is None:
            return None
        _show_dock(dock, True)
        dock.show_verification(verification)
        return dock

    @property
    def refresh_running(self) -> bool:
        return self._refresh_task is not None

    # ------------------------------------------------------------------ layers
    def load_layers(self, quiet: bool = False) -> Optional[RefreshTask]:
        """Show the cached layers at once (if any) and start a refresh in the background."""
        if self._refresh_task is not None:
            if not quiet:
                push_message(
                    self.message_bar(),
                    self.tr("The certification layers are already being updated."),
                    INFO,
                )
            return None
        if self.layer_manager.cache.has_schema():
            self.layer_manager.ensure_layers()
        task = RefreshTask(
            self.create_client(),
            self.layer_manager,
            self.settings.server_url,
            self.settings.countries,
            message_bar=self.message_bar(),
            quiet=quiet,
            on_done=self._refresh_done,
        )
        self._refresh_task = task
        self.tasks.start(task)
        return task

    def _refresh_done(
        self, _outcome: Optional[RefreshOutcome], _error: Optional[Exception]
    ) -> None:
        self._refresh_task = None

    def clear_cache(self, on_done: Optional[Callable[[], None]] = None) -> FunctionTask:
        """Empty the layer cache and forget stored ETags (in a task); layers stay, empty."""
        from .qgis_io.client_factory import clear_http_cache

        if is_alive(self._refresh_task):
            self._refresh_task.cancel()
        cache = self.layer_manager.cache
        cache_dir = self.cache_dir

        def work(_context: object) -> None:
            clear_http_cache(cache_dir)
            cache.clear()

        def done(_result: object) -> None:
            self.layer_manager.reload()
            push_message(self.message_bar(), self.tr("The certification cache was cleared."))
            if on_done is not None:
                on_done()

        def failed(error: Exception) -> None:
            push_message(
                self.message_bar(),
                self.tr("The certification cache could not be cleared: {}").format(str(error)),
                INFO,
            )
            if on_done is not None:
                on_done()

        return self.tasks.run(self.tr("Clearing the QGIS Certification cache"), work, done, failed)

    # ------------------------------------------------------------------ project
    def _hook_project(self) -> None:
        if not self._project_hooked:
            project = QgsProject.instance()
            project.readProject.connect(self._project_read)
            project.cleared.connect(self._project_cleared)
            self._project_hooked = True

    def _unhook_project(self) -> None:
        if self._project_hooked:
            project = QgsProject.instance()
            with contextlib.suppress(TypeError):
                project.readProject.disconnect(self._project_read)
            with contextlib.suppress(TypeError):
                project.cleared.disconnect(self._project_cleared)
            self._project_hooked = False

    def _project_cleared(self) -> None:
        """Project -> New, another project opening, quit: a running refresh must not put the
        layers into the project that comes next. It is detached (its ``finished()`` does
        nothing, even if its work is already done) and cancelled; a cache write it made stays.
        """
        task, self._refresh_task = self._refresh_task, None
        if is_alive(task):
            task.detach()
            task.cancel()

    def _project_read(self, *_args: object) -> None:
        """A project was opened: re-apply captions/actions; refresh stale layers quietly."""
        layers = self.layer_manager.layers()
        if not layers:
            return
        for table, layer in layers.items():
            LayerManager.decorate(layer, table)
        if self._cache_is_stale():
            log(self.tr("The certification layers are older than the set maximum age; updating."))
            self.load_layers(quiet=True)

    def _cache_is_stale(self) -> bool:
        max_age = self.settings.cache_max_age_hours
        if max_age <= 0:
            return False
        updated = self.layer_manager.last_updated()
        if updated is None:
            return True
        return datetime.now(timezone.utc) - updated > timedelta(hours=max_age)

    # ------------------------------------------------------------------ options
    def _register_options_page(self) -> None:
        from .gui.options_page import CertificationOptionsFactory

        self._options_factory = CertificationOptionsFactory(self)
        self.iface.registerOptionsWidgetFactory(self._options_factory)

    def show_settings(self) -> None:
        """Open QGIS's Options dialog on the plugin's page."""
        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage=OPTIONS_PAGE_NAME)

    # ------------------------------------------------------------------ help
    def show_about(self) -> QDialog:
        """Show the About dialog (versions, server, links, where the logs are); one at a time."""
        from .gui.about_dialog import AboutDialog

        dialog = self._about_dialog
        if not is_alive(dialog):
            dialog = AboutDialog(
                self.settings.server_url,
                open_log_panel=self._open_message_log,
                parent=self.iface.mainWindow(),
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._about_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _open_message_log(self) -> None:
        opener = getattr(self.iface, "openMessageLog", None)
        if callable(opener):
            opener()

    # ------------------------------------------------------------------ translations
    def _install_translator(self) -> None:
        """Translate the plugin into QGIS's interface language when we ship it (ro, sv, zh_TW).

        The locale rules (``sv_FI`` -> sv, ``zh-Hant``/``zh_HK`` -> zh_TW, Simplified Chinese
        and other languages -> English) live in ``qgis_io.translation``.
        """
        self._remove_translator()
        self._translator = install_translator()

    def _remove_translator(self) -> None:
        remove_translator(self._translator)
        self._translator = None

    @staticmethod
    def _unregister_network_hooks() -> None:
        """Remove the User-Agent request preprocessor the transport installs on first use."""
        from .qgis_io import network

        network.unregister()

    # ------------------------------------------------------------------ helpers
    def dock_widgets(self) -> List[QDockWidget]:
        return list(self._docks)

    def registered(self) -> Dict[str, int]:
        """How many things of each kind the plugin has added to QGIS (diagnostics, tests)."""
        return {
            "actions": len(self._actions),
            "menu_actions": len(self._menu_actions),
            "docks": len(self._docks),
            "locator_filters": len(self._locator_filters),
            "providers": len(self._providers),
            "options_factories": 1 if self._options_factory is not None else 0,
            "toolbars": 1 if self.toolbar is not None else 0,
            "tasks": len(self.tasks.active()),
        }
