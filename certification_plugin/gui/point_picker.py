"""Let the user click one point on the map, then give the previous map tool back."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsCoordinateTransform, QgsCsException, QgsPointXY, QgsProject
from qgis.gui import QgsMapCanvas, QgsMapTool, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal

from ..qgis_io.lifetime import is_alive
from .map_focus import wgs84


class PointPicker(QObject):
    """Activates a ``QgsMapToolEmitPoint``; ``picked(lon, lat)`` in EPSG:4326 after a click.

    The tool that was active before is restored after the click or on ``cancel()``. When the
    user chooses another tool instead of clicking, ``cancelled`` is emitted and that tool stays.
    """

    picked = pyqtSignal(float, float)
    cancelled = pyqtSignal()

    def __init__(self, canvas: QgsMapCanvas, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._tool: Optional[QgsMapToolEmitPoint] = None
        self._previous: Optional[QgsMapTool] = None
        self._restoring = False

    @property
    def active(self) -> bool:
        return self._tool is not None

    @property
    def tool(self) -> Optional[QgsMapToolEmitPoint]:
        return self._tool

    def start(self) -> None:
        if self._tool is not None or not is_alive(self._canvas):
            return
        self._previous = self._canvas.mapTool()
        tool = QgsMapToolEmitPoint(self._canvas)
        tool.setCursor(Qt.CursorShape.CrossCursor)
        tool.canvasClicked.connect(self._clicked)
        tool.deactivated.connect(self._deactivated)
        self._tool = tool
        self._canvas.setMapTool(tool)

    def cancel(self) -> None:
        """Stop picking and restore the previous tool (nothing is emitted)."""
        if self._tool is not None:
            self._restore()

    def _clicked(self, point: QgsPointXY, button: Qt.MouseButton) -> None:
        if button != Qt.MouseButton.LeftButton:
            return
        source = self._canvas.mapSettings().destinationCrs()
        context = QgsProject.instance().transformContext()
        transform = QgsCoordinateTransform(source, wgs84(), context)
        try:
            lon_lat = transform.transform(point)
        except QgsCsException:
            self._restore()
            self.cancelled.emit()
            return
        self._restore()
        self.picked.emit(lon_lat.x(), lon_lat.y())

    def _deactivated(self) -> None:
        if self._restoring or self._tool is None:
            return
        # Another tool was chosen while picking: keep it, just stop.
        self._drop_tool()
        self.cancelled.emit()

    def _restore(self) -> None:
        tool, previous = self._tool, self._previous
        self._restoring = True
        try:
            if not is_alive(self._canvas):
                pass  # QGIS is closing: the canvas and its tools are gone
            elif is_alive(previous):
                self._canvas.setMapTool(previous)
            elif is_alive(tool):
                self._canvas.unsetMapTool(tool)
        finally:
            self._restoring = False
        self._drop_tool()

    def _drop_tool(self) -> None:
        tool = self._tool
        self._tool = None
        self._previous = None
        if is_alive(tool):
            tool.deleteLater()
