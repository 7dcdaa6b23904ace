"""The "QGIS Certification" Processing provider (id ``certification``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .algorithms import ALGORITHMS, ICON_PATH
from .certificates import ALGORITHMS as CERTIFICATE_ALGORITHMS

PROVIDER_ID = "certification"


class CertificationProvider(QgsProcessingProvider):
    """Algorithms that read a certification server into layers, for models and scripts."""

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("CertificationProcessing", "QGIS Certification")

    def longName(self) -> str:
        return self.name()

    def icon(self) -> QIcon:
        return QIcon(ICON_PATH)

    def svgIconPath(self) -> str:
        return ICON_PATH

    def loadAlgorithms(self) -> None:
        for algorithm in (*ALGORITHMS, *CERTIFICATE_ALGORITHMS):
            self.addAlgorithm(algorithm())
