"""Run by QGIS (``--code``) in the demo profile: load the certification layers at once.

With ``DEMO_SCREENSHOT=path.png`` in the environment, the main window is saved to that file once
the layers are loaded, and QGIS quits (used to make the README screenshot under Xvfb).
"""

import os

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

plugin = plugins.get("certification_plugin")
screenshot = os.environ.get("DEMO_SCREENSHOT", "")


def _save_and_quit() -> None:
    iface.mainWindow().grab().save(screenshot, "PNG")
    QgsApplication.instance().quit()


def _zoom_to_europe() -> None:
    iface.mapCanvas().setExtent(QgsRectangle(-25, 25, 45, 68))
    iface.mapCanvas().refresh()


def _loaded(*_args) -> None:
    # After the layer tree settled: adding the first layers sets the canvas extent too.
    QTimer.singleShot(500, _zoom_to_europe)
    if screenshot:
        QTimer.singleShot(4000, _save_and_quit)


def _add_world_background() -> None:
    """QGIS's own world map under the certification layers, for orientation."""
    path = os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")
    world = QgsVectorLayer(f"{path}|layername=countries", "World", "ogr")
    if not world.isValid():
        return
    symbol = QgsFillSymbol.createSimple(
        {"color": "#f2efe9", "outline_color": "#b8b2a7", "outline_width": "0.2"}
    )
    world.setRenderer(QgsSingleSymbolRenderer(symbol))
    QgsProject.instance().addMapLayer(world, False)
    QgsProject.instance().layerTreeRoot().addLayer(world)


if plugin is None:
    iface.messageBar().pushWarning("QGIS Certification", "The plugin is not loaded.")
else:
    iface.mainWindow().showMaximized()
    _add_world_background()
    task = plugin.load_layers()
    if plugin.find_course_action is not None and plugin.find_course_action.isEnabled():
        plugin.find_course_action.setChecked(True)
    if task is not None:
        task.taskCompleted.connect(_loaded)
        task.taskTerminated.connect(_loaded)
