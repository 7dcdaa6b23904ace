"""The three fetch algorithms: training centres, upcoming courses, certified organisations.

``processAlgorithm`` already runs in a worker thread (or in the caller's thread for
``processing.run``), so the algorithms call the client directly: ``QgisTransport`` blocks
only that thread, the feedback's cancel flag reaches the transport, and the client's progress
is the feedback's progress. Every failure the client reports becomes a
``QgsProcessingException`` whose text says what went wrong and where.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.client import CertificationClient
from ..core.errors import CancelledError, CertificationError
from ..core.models import FetchResult
from ..qgis_io.auth import authcfg_exists
from ..qgis_io.messages import error_message
from ..qgis_io.settings import (
    DEFAULT_SERVER_URL,
    PluginSettings,
    SettingsError,
    normalise_countries,
    normalise_server_url,
)
from . import compat
from .features import (
    COURSE_FIELDS,
    ORGANISATION_FIELDS,
    TRAINING_CENTRE_FIELDS,
    FieldSpec,
    course_feature,
    make_fields,
    organisation_feature,
    training_centre_feature,
)

SERVER_URL = "SERVER_URL"
AUTHCFG = "AUTHCFG"
COUNTRIES = "COUNTRIES"
OUTPUT = "OUTPUT"

FETCH_SHARE = 90.0
"""Percent of the progress bar for the download; writing the features takes the rest."""

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icon.svg")


def _default_client(server_url: str, authcfg: str, timeout_s: float) -> CertificationClient:
    """The plugin's client for explicit values: QGIS network stack, authcfg, ETag cache."""
    from ..qgis_io.client_factory import client_for

    return client_for(server_url, authcfg, timeout_s)


def _default_server_url() -> str:
    try:
        return PluginSettings().server_url
    except Exception:  # settings must never break the algorithm dialog
        return DEFAULT_SERVER_URL


ParameterCheck = Callable[[Dict[str, Any], QgsProcessingContext], Any]
"""A parameter's reader that raises ``QgsProcessingException`` for a bad value."""


class CertificationAlgorithm(QgsProcessingAlgorithm):
    """What every algorithm of the plugin shares: no group, the icon, the server and
    authentication parameters read and checked the same way, the checks before a run."""

    def createInstance(self) -> QgsProcessingAlgorithm:
        return type(self)()

    def group(self) -> str:
        return ""

    def groupId(self) -> str:
        return ""

    def icon(self) -> QIcon:
        return QIcon(ICON_PATH)

    def _add(self, parameter: Any) -> None:
        if not self.addParameter(parameter):
            raise ValueError(f"Parameter {parameter.name()} is defined twice.")

    def _add_server(self) -> None:
        self._add(
            QgsProcessingParameterString(
                SERVER_URL,
                QCoreApplication.translate("CertificationProcessing", "Certification server"),
                defaultValue=_default_server_url(),
            )
        )

    def _add_authcfg(self) -> None:
        self._add(
            QgsProcessingParameterAuthConfig(
                AUTHCFG,
                QCoreApplication.translate(
                    "CertificationProcessing", "Authentication configuration"
                ),
                defaultValue="",
                optional=True,
            )
        )

    def parameter_checks(self) -> Sequence[ParameterCheck]:
        """The readers ``checkParameterValues`` runs (each subclass its own)."""
        return (self._server_url,)

    def checkParameterValues(
        self, parameters: Dict[str, Any], context: QgsProcessingContext
    ) -> Tuple[bool, str]:
        """Refuse a bad parameter before anything runs, with a clear message."""
        try:
            for check in self.parameter_checks():
                check(parameters, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        return super().checkParameterValues(parameters, context)

    def _server_url(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> str:
        raw = self.parameterAsString(parameters, SERVER_URL, context)
        try:
            return normalise_server_url(raw)
        except SettingsError as exc:
            raise QgsProcessingException(str(exc)) from None

    def _authcfg(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> str:
        authcfg = (self.parameterAsString(parameters, AUTHCFG, context) or "").strip()
        if authcfg and not authcfg_exists(authcfg):
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "CertificationProcessing",
                    "The authentication configuration {} does not exist in this QGIS profile.",
                ).format(authcfg)
            )
        return authcfg


class FetchAlgorithm(CertificationAlgorithm):
    """Shared parameters, validation, download and output; subclasses name what to fetch."""

    FIELDS: FieldSpec = ()
    HAS_GEOMETRY = True

    # -- what subclasses provide -------------------------------------------------------------
    def fetch(
        self,
        client: CertificationClient,
        countries: Sequence[str],
        progress: Callable[[float], None],
        is_cancelled: Callable[[], bool],
    ) -> FetchResult:
        raise NotImplementedError

    def make_feature(self, fields: QgsFields, item: Any) -> Any:
        raise NotImplementedError

    def output_description(self) -> str:
        raise NotImplementedError

    # -- QgsProcessingAlgorithm --------------------------------------------------------------
    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:
        self._add_server()
        self._add_authcfg()
        countries = QgsProcessingParameterString(
            COUNTRIES,
            QCoreApplication.translate(
                "CertificationProcessing",
                "Countries (ISO 3166-1 alpha-2 codes, comma-separated; empty for all)",
            ),
            defaultValue="",
            optional=True,
        )
        self._add(countries)
        sink_type = compat.source_points() if self.HAS_GEOMETRY else compat.source_table()
        self._add(QgsProcessingParameterFeatureSink(OUTPUT, self.output_description(), sink_type))

    def parameter_checks(self) -> Sequence[ParameterCheck]:
        """Refuse a bad URL or country list before anything runs."""
        return (self._server_url, self._countries)

    def processAlgorithm(
        self,
        parameters: Dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> Dict[str, Any]:
        server_url = self._server_url(parameters, context)
        countries = self._countries(parameters, context)
        authcfg = self._authcfg(parameters, context)
        timeout_s = float(PluginSettings().request_timeout_s)
        feedback.pushInfo(
            QCoreApplication.translate("CertificationProcessing", "Reading from {}").format(
                server_url
            )
        )
        if countries:
            feedback.pushInfo(
                QCoreApplication.translate("CertificationProcessing", "Countries: {}").format(
                    ", ".join(countries)
                )
            )

        result = self._download(server_url, authcfg, timeout_s, countries, feedback)
        for url in result.source_urls:
            feedback.pushDebugInfo(
                QCoreApplication.translate("CertificationProcessing", "Read {}").format(url)
            )

        fields = make_fields(self.FIELDS)
        if self.HAS_GEOMETRY:
            geometry_type = compat.wkb_point()
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        else:
            geometry_type = compat.wkb_no_geometry()
            crs = QgsCoordinateReferenceSystem()
        sink, dest_id = self.parameterAsSink(
            parameters, OUTPUT, context, fields, geometry_type, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))

        items: List[Any] = list(result.items)
        total = len(items)
        for index, item in enumerate(items):
            if feedback.isCanceled():
                break
            if not sink.addFeature(self.make_feature(fields, item), QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, OUTPUT))
            feedback.setProgress(FETCH_SHARE + (100.0 - FETCH_SHARE) * (index + 1) / total)
        feedback.setProgress(100.0)
        feedback.pushInfo(
            QCoreApplication.translate("CertificationProcessing", "Features written: {}").format(
                total
            )
        )
        return {OUTPUT: dest_id}

    # -- helpers -----------------------------------------------------------------------------
    def _download(
        self,
        server_url: str,
        authcfg: str,
        timeout_s: float,
        countries: Sequence[str],
        feedback: QgsProcessingFeedback,
    ) -> FetchResult:
        def progress(fraction: float) -> None:
            feedback.setProgress(FETCH_SHARE * min(max(fraction, 0.0), 1.0))

        try:
            client = _default_client(server_url, authcfg, timeout_s)
            return self.fetch(client, countries, progress, feedback.isCanceled)
        except CancelledError:
            raise QgsProcessingException(
                QCoreApplication.translate("CertificationProcessing", "The download was cancelled.")
            ) from None
        except CertificationError as exc:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "CertificationProcessing", "Could not download the data from {}."
                ).format(server_url)
                + "\n"
                + error_message(exc)
            ) from None
        except ValueError as exc:  # a URL the client refuses (e.g. credentials in it)
            raise QgsProcessingException(str(exc)) from None

    def _countries(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> List[str]:
        raw = self.parameterAsString(parameters, COUNTRIES, context) or ""
        try:
            return normalise_countries(raw)
        except SettingsError as exc:
            raise QgsProcessingException(str(exc)) from None

    def _common_help(self) -> str:
        return QCoreApplication.translate(
            "CertificationProcessing",
            "<p><b>Certification server</b>: the address of certification.qgis.org or of "
            "another certification server (the default comes from the plugin settings). "
            "Servers with the certification API v1 are read through it; others through their "
            "public feeds.</p>"
            "<p><b>Authentication configuration</b>: optional; an entry of the QGIS "
            "authentication database, for servers that need it.</p>"
            "<p><b>Countries</b>: optional two-letter ISO 3166-1 codes separated by commas, "
            "for example <i>RO, SE</i>. A country filter keeps what belongs to organisations "
            "of those countries. Anything that is not a two-letter code is refused.</p>"
            "<p>Text is copied as the server sent it; web addresses that are not http(s) and "
            "e-mail values that are not plain addresses are left empty. A server that cannot "
            "be reached or answers with an error stops the algorithm with a message saying "
            "why.</p>",
        )


class FetchTrainingCentres(FetchAlgorithm):
    FIELDS = TRAINING_CENTRE_FIELDS

    def name(self) -> str:
        return "fetchtrainingcentres"

    def displayName(self) -> str:
        return QCoreApplication.translate("CertificationProcessing", "Fetch training centres")

    def output_description(self) -> str:
        return QCoreApplication.translate("CertificationProcessing", "Training centres")

    def tags(self) -> List[str]:
        return [
            QCoreApplication.translate("CertificationProcessing", "certification"),
            QCoreApplication.translate("CertificationProcessing", "training"),
            QCoreApplication.translate("CertificationProcessing", "centre"),
            "QGIS",
        ]

    def shortHelpString(self) -> str:
        return (
            QCoreApplication.translate(
                "CertificationProcessing",
                "<p>Downloads the training centres of the organisations certified to teach QGIS "
                "as points in EPSG:4326. Online centres, and centres whose location is not "
                "published, are kept with an empty geometry.</p>",
            )
            + self._common_help()
        )

    def fetch(
        self,
        client: CertificationClient,
        countries: Sequence[str],
        progress: Callable[[float], None],
        is_cancelled: Callable[[], bool],
    ) -> FetchResult:
        return client.training_centres(countries, progress=progress, is_cancelled=is_cancelled)

    def make_feature(self, fields: QgsFields, item: Any) -> Any:
        return training_centre_feature(fields, item)


class FetchUpcomingCourses(FetchAlgorithm):
    FIELDS = COURSE_FIELDS

    def name(self) -> str:
        return "fetchupcomingcourses"

    def displayName(self) -> str:
        return QCoreApplication.translate("CertificationProcessing", "Fetch upcoming courses")

    def output_description(self) -> str:
        return QCoreApplication.translate("CertificationProcessing", "Upcoming courses")

    def tags(self) -> List[str]:
        return [
            QCoreApplication.translate("CertificationProcessing", "certification"),
            QCoreApplication.translate("CertificationProcessing", "training"),
            QCoreApplication.translate("CertificationProcessing", "course"),
            "QGIS",
        ]

    def shortHelpString(self) -> str:
        return (
            QCoreApplication.translate(
                "CertificationProcessing",
                "<p>Downloads the courses of certified organisations that start today or later, "
                "as points in EPSG:4326 at the location of their training centre. Online "
                "courses are kept with an empty geometry.</p>",
            )
            + self._common_help()
        )

    def fetch(
        self,
        client: CertificationClient,
        countries: Sequence[str],
        progress: Callable[[float], None],
        is_cancelled: Callable[[], bool],
    ) -> FetchResult:
        return client.upcoming_courses(countries, progress=progress, is_cancelled=is_cancelled)

    def make_feature(self, fields: QgsFields, item: Any) -> Any:
        return course_feature(fields, item)


class FetchOrganisations(FetchAlgorithm):
    FIELDS = ORGANISATION_FIELDS
    HAS_GEOMETRY = False

    def name(self) -> str:
        return "fetchorganisations"

    def displayName(self) -> str:
        return QCoreApplication.translate(
            "CertificationProcessing", "Fetch certified organisations"
        )

    def output_description(self) -> str:
        return QCoreApplication.translate("CertificationProcessing", "Certified organisations")

    def tags(self) -> List[str]:
        return [
            QCoreApplication.translate("CertificationProcessing", "certification"),
            QCoreApplication.translate("CertificationProcessing", "organisation"),
            "QGIS",
        ]

    def shortHelpString(self) -> str:
        return (
            QCoreApplication.translate(
                "CertificationProcessing",
                "<p>Downloads the organisations certified to teach QGIS (approved and not "
                "archived) as a table without geometry: organisations have a country but no "
                "location of their own. Join the <i>country_code</i> column to a country layer "
                "to map them.</p>",
            )
            + self._common_help()
        )

    def fetch(
        self,
        client: CertificationClient,
        countries: Sequence[str],
        progress: Callable[[float], None],
        is_cancelled: Callable[[], bool],
    ) -> FetchResult:
        return client.organisations(countries, progress=progress, is_cancelled=is_cancelled)

    def make_feature(self, fields: QgsFields, item: Any) -> Any:
        return organisation_feature(fields, item)


ALGORITHMS = (FetchTrainingCentres, FetchUpcomingCourses, FetchOrganisations)
