"""A QgisInterface for plugin tests that records what a plugin adds, with real Qt objects.

QGIS's main window (QgisApp) cannot run inside a test process; pytest-qgis's stub answers
most calls with mocks, which cannot tell whether a plugin cleaned up. This one keeps a real
``QMainWindow`` with a menu bar, toolbars and docks, and lists the registered options page
factories and locator filters, so a test can count them before and after ``unload()``.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from pytest_qgis.mock_qgis_classes import MockMessageBar
from qgis.gui import QgsMapCanvas
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMainWindow, QMenu, QToolBar, QWidget


class RecordingIface:
    """The parts of ``QgisInterface`` the plugin uses, backed by a real main window."""

    def __init__(self, canvas: Optional[QgsMapCanvas] = None) -> None:
        self.main_window = QMainWindow()
        self.web_menu = self.main_window.menuBar().addMenu("&Web")
        self.canvas = canvas
        self.message_bar = MockMessageBar()
        self.options_factories: List[object] = []
        self.locator_filters: List[object] = []
        self.options_dialog_calls: List[Tuple[object, str]] = []

    # -- windows -----------------------------------------------------------------------------
    def mainWindow(self) -> QMainWindow:
        return self.main_window

    def mapCanvas(self) -> Optional[QgsMapCanvas]:
        return self.canvas

    def messageBar(self) -> MockMessageBar:
        return self.message_bar

    # -- menus and toolbars ------------------------------------------------------------------
    def _submenu(self, name: str, create: bool) -> Optional[QMenu]:
        for action in self.web_menu.actions():
            menu = action.menu()
            if menu is not None and menu.title() == name:
                return menu
        return self.web_menu.addMenu(name) if create else None

    def addPluginToWebMenu(self, name: str, action: QAction) -> None:
        self._submenu(name, True).addAction(action)

    def removePluginWebMenu(self, name: str, action: QAction) -> None:
        menu = self._submenu(name, False)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.web_menu.removeAction(menu.menuAction())
            menu.deleteLater()

    def addToolBar(self, name: str) -> QToolBar:
        return self.main_window.addToolBar(name)

    # -- docks -------------------------------------------------------------------------------
    def addDockWidget(self, area: object, dock: QDockWidget) -> None:
        self.main_window.addDockWidget(area, dock)

    def removeDockWidget(self, dock: QDockWidget) -> None:
        self.main_window.removeDockWidget(dock)

    # -- registries --------------------------------------------------------------------------
    def registerOptionsWidgetFactory(self, factory: object) -> None:
        self.options_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory: object) -> None:
        self.options_factories.remove(factory)

    def registerLocatorFilter(self, locator_filter: object) -> None:
        self.locator_filters.append(locator_filter)

    def deregisterLocatorFilter(self, locator_filter: object) -> None:
        self.locator_filters.remove(locator_filter)

    def showOptionsDialog(self, parent: object = None, currentPage: str = "") -> None:
        self.options_dialog_calls.append((parent, currentPage))

    # -- counting ----------------------------------------------------------------------------
    def _alive(self, widgets: List[QWidget]) -> List[QWidget]:
        return [w for w in widgets if not sip.isdeleted(w) and w.parent() is self.main_window]

    def counts(self) -> dict:
        """What is attached to the main window now (deleted-later objects excluded)."""
        web_entries = [a for a in self.web_menu.actions() if a.menu() is not None]
        return {
            "web_submenus": len(web_entries),
            "web_menu_actions": sum(len(a.menu().actions()) for a in web_entries),
            "toolbars": len(self._alive(self.main_window.findChildren(QToolBar))),
            "docks": len(self._alive(self.main_window.findChildren(QDockWidget))),
            "actions": len(
                [a for a in self.main_window.findChildren(QAction) if not sip.isdeleted(a)]
            ),
            "options_factories": len(self.options_factories),
            "locator_filters": len(self.locator_filters),
        }

    def close(self) -> None:
        self.main_window.close()
        self.main_window.deleteLater()
