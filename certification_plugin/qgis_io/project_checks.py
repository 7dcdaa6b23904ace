"""Check a QGIS project file (.qgs, .qgz) without loading it into a project.

Reviewers want to know which QGIS saved the project and whether its layers come with it. A
``QgsProject`` read in a worker thread would resolve the layers, start their providers,
possibly ask for credentials and touch the registry the GUI uses, so the project's XML is
parsed here instead: the ``version`` of the ``<qgis>`` root and each ``<maplayer>`` of
``<projectlayers>`` (name, provider, data source). A file-based source is resolved relative to
the project as QGIS does, must exist, and is opened with ``QgsVectorLayer``/``QgsRasterLayer``
to see that it is valid; remote and database sources are not contacted. The XML is read as a
stream (a .qgz's .qgs straight out of the zip, never extracted to disk) with a cap on the
bytes read, elements dropped once read, and entity declarations refused.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from typing import IO, Any, Dict, List, Optional, Tuple
from xml.etree import ElementTree  # nosec B405

from qgis.core import Qgis, QgsProviderRegistry
from qgis.PyQt.QtCore import QCoreApplication

from .check_report import Budget, Report, short
from .layer_probe import RASTER, VECTOR, probe

MAX_XML_BYTES = 256 << 20
"""A project's XML larger than this (also once decompressed from a .qgz) is not read on."""
PROLOG_BYTES = 64 << 10
"""The start of the XML looked at for entity declarations (a document type's internal subset)."""
VECTOR_PROVIDERS = frozenset({"ogr", "delimitedtext", "spatialite", "gpx"})
RASTER_PROVIDERS = frozenset({"gdal"})
OTHER_FILE_PROVIDERS = frozenset({"mdal", "pdal"})
"""File-based providers whose files are looked for but not opened (meshes, point clouds)."""
LOCAL_VSI = frozenset({"", "/vsizip/", "/vsigzip/", "/vsitar/", "/vsi7z/", "/vsirar/"})
_VERSION_NUMBER = re.compile(r"^\s*(\d+)\.(\d+)(?:\.(\d+))?")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MaterialChecks", text)


class ProjectXmlError(ValueError):
    """The file is not a QGIS project's XML (not XML, another root, too large)."""


class _CappedReader(io.RawIOBase):
    """Reads at most ``limit`` bytes of ``stream``, then fails: a .qgz cannot inflate forever."""

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self._stream = stream
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(min(len(buffer), self._left + 1))
        if len(data) > self._left:
            raise ProjectXmlError("too large")
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)


def version_tuple(version: str) -> Optional[Tuple[int, int, int]]:
    """``"3.34.4-Prizren"`` -> ``(3, 34, 4)``; None for text that is no version."""
    match = _VERSION_NUMBER.match(version or "")
    if not match:
        return None
    return (int(match.group(1)), int(match.group(2)), int(match.group(3) or 0))


def read_project_xml(stream: IO[bytes], budget: Budget) -> Tuple[str, List[Dict[str, str]]]:
    """The ``version`` of the root and ``[{"id", "name", "provider", "source"}]`` per layer."""
    version = ""
    layers: List[Dict[str, str]] = []
    stack: List[ElementTree.Element] = []
    reader = io.BufferedReader(_CappedReader(stream, MAX_XML_BYTES), PROLOG_BYTES)
    head = reader.peek(PROLOG_BYTES)[:PROLOG_BYTES]
    if b"<qgis" not in head or b"<!ENTITY" in head:  # QGIS writes no entities; a bomb would
        raise ProjectXmlError("no <qgis> root in the prolog, or entity declarations")
    try:
        # Safe on this input: no entity declarations (above), and ElementTree resolves no
        # external entities or DTDs.
        events = ElementTree.iterparse(reader, events=("start", "end"))  # noqa: S314  # nosec B314
        for event, element in events:
            if event == "start":
                if not stack:
                    if element.tag != "qgis":
                        raise ProjectXmlError(f"root element <{short(element.tag, 40)}>")
                    version = element.get("version", "")
                stack.append(element)
                continue
            stack.pop()
            tags = [item.tag for item in stack]
            if "maplayer" in tags:
                continue  # read with its layer
            if element.tag == "maplayer" and tags[-1:] == ["projectlayers"]:
                layers.append(_layer_fields(element))
                budget.raise_if_cancelled()
            if stack:
                stack[-1].remove(element)  # keep memory flat for large projects
    except ElementTree.ParseError as exc:
        raise ProjectXmlError(str(exc)) from exc
    return version, layers


def _layer_fields(element: ElementTree.Element) -> Dict[str, str]:
    return {
        "id": element.findtext("id", default=""),
        "name": element.findtext("layername", default=""),
        "provider": element.findtext("provider", default="").strip(),
        "source": element.findtext("datasource", default="").strip(),
        "type": element.get("type", ""),
        "embedded": element.get("embedded", ""),
    }


def check_project(path: str, budget: Budget) -> Dict[str, Any]:
    """The check result for a .qgs or .qgz file (see ``material_checks.check_material``)."""
    report = Report(path, "project")
    try:
        version, layers = _read(path, budget)
    except ProjectXmlError:
        report.error("project_not_xml", _tr("The file is not a QGIS project that QGIS can read."))
        return report.finish("QGIS project: not readable", budget)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error):
        report.error("zip_broken", _tr("The .qgz archive is damaged or incomplete."))
        return report.finish("QGIS project: damaged archive", budget)
    except KeyError:
        report.error("qgz_without_qgs", _tr("The .qgz archive holds no .qgs project file."))
        return report.finish("QGIS project: no .qgs in the archive", budget)
    except OSError as exc:
        report.error(
            "unreadable", _tr("The file cannot be read: {reason}").format(reason=exc.strerror)
        )
        return report.finish("QGIS project: not readable", budget)
    report.extra["qgis_version"] = short(version, 60)
    _check_version(report, version)
    base = os.path.dirname(os.path.abspath(path))
    for index, layer in enumerate(layers):
        budget.raise_if_cancelled()
        if budget.spent():
            report.warning(
                "time_budget",
                _tr("The check took too long; {n} layers were not checked.").format(
                    n=len(layers) - index
                ),
                count=len(layers) - index,
            )
            for rest in layers[index:]:
                report.add_layer(_row(rest, "not_checked", None, ""))
            break
        report.add_layer(_check_layer(report, layer, base))
    return report.finish(_summary(report, version, len(layers)), budget)


def _read(path: str, budget: Budget) -> Tuple[str, List[Dict[str, str]]]:
    if path.lower().endswith(".qgz"):
        with zipfile.ZipFile(path) as archive:
            names = [info for info in archive.infolist() if info.filename.lower().endswith(".qgs")]
            if not names:
                raise KeyError("no .qgs")
            if names[0].file_size > MAX_XML_BYTES:
                raise ProjectXmlError("too large")
            with archive.open(names[0]) as member:
                return read_project_xml(member, budget)
    with open(path, "rb") as stream:
        return read_project_xml(stream, budget)


def _check_version(report: Report, version: str) -> None:
    saved = version_tuple(version)
    if saved is None:
        report.warning(
            "project_no_version", _tr("The project does not say which QGIS version saved it.")
        )
        return
    running = version_tuple(Qgis.version())
    report.extra["qgis_version_number"] = "{}.{}.{}".format(*saved)
    if running is not None and saved[:2] > running[:2]:
        report.warning(
            "project_newer",
            _tr(
                "The project was saved with QGIS {saved}, newer than this QGIS ({running}); "
                "it may not open fully in older versions."
            ).format(saved="{}.{}.{}".format(*saved), running="{}.{}.{}".format(*running)),
            saved="{}.{}.{}".format(*saved),
        )


def _row(
    layer: Dict[str, str], status: str, valid: Optional[bool], path_kind: str
) -> Dict[str, Any]:
    row: Dict[str, Any] = {
        "name": short(layer["name"]),
        "provider": short(layer["provider"], 40),
        "status": status,
        "valid": valid,
        "path_kind": path_kind,
    }
    if path_kind in ("relative", "absolute"):
        row["source"] = short(layer["source"], 500)
    return row


def _check_layer(report: Report, layer: Dict[str, str], base: str) -> Dict[str, Any]:
    """One layer: where its file is, whether it is there and opens.

    Only a file-based source is shown to reviewers (a database's or service's source may hold
    a password or a user name).
    """
    name = layer["name"]
    provider = layer["provider"]
    if layer["embedded"] == "1":
        return _row(layer, "not_checked", None, "embedded")
    file_based = provider in VECTOR_PROVIDERS | RASTER_PROVIDERS | OTHER_FILE_PROVIDERS
    parts = _decoded(provider, layer["source"]) if file_based else {}
    written = str(parts.get("path") or "")
    if not written or str(parts.get("vsiPrefix") or "") not in LOCAL_VSI or "://" in written:
        if provider != "memory":
            report.warning(
                "layer_not_checked",
                _tr("Layer “{name}” is not a local file ({provider}); not checked.").format(
                    name=short(name), provider=short(provider, 40)
                ),
                layer=name,
            )
        return _row(layer, "not_checked", None, "memory" if provider == "memory" else "remote")
    written = written[len("file://") :] if written.startswith("file://") else written
    path_kind = "absolute" if os.path.isabs(written) else "relative"
    if path_kind == "absolute":
        report.warning(
            "absolute_path",
            _tr(
                "Layer “{name}” uses an absolute path; it will not be found on "
                "another computer. Save the project with relative paths."
            ).format(name=short(name)),
            layer=name,
        )
    resolved = os.path.normpath(written if path_kind == "absolute" else os.path.join(base, written))
    try:
        mode = os.stat(resolved).st_mode
    except OSError:
        report.error(
            "layer_missing",
            _tr("Layer “{name}”: its file {file} is missing.").format(
                name=short(name), file=short(os.path.basename(written), 120)
            ),
            layer=name,
        )
        return _row(layer, "missing", False, path_kind)
    if provider in OTHER_FILE_PROVIDERS or not (stat.S_ISREG(mode) or resolved.endswith(".gdb")):
        return _row(layer, "found", None, path_kind)  # a device or folder is not opened
    parts["path"] = resolved
    uri = QgsProviderRegistry.instance().encodeUri(provider, parts)
    kind = RASTER if provider in RASTER_PROVIDERS else VECTOR
    valid = bool(probe(uri, name, provider, kind, count=False)["valid"])
    if not valid:
        report.error(
            "layer_invalid",
            _tr("Layer “{name}”: its file is there but QGIS cannot open it.").format(
                name=short(name)
            ),
            layer=name,
        )
    return _row(layer, "ok" if valid else "invalid", valid, path_kind)


def _decoded(provider: str, source: str) -> Dict[str, Any]:
    try:
        return dict(QgsProviderRegistry.instance().decodeUri(provider, source))
    except Exception:  # a provider that is not installed here
        return {}


def _summary(report: Report, version: str, total: int) -> str:
    counts = {"layers": total, "missing": 0, "invalid": 0, "not_checked": 0}
    for row in report.layers:
        if row["status"] in counts:
            counts[row["status"]] += 1
    report.extra["counts"] = counts
    number = report.extra.get("qgis_version_number") or "an unknown version"
    text = f"QGIS project saved with QGIS {number}"
    if total == 0:
        return text + "; no layers"
    if counts["missing"]:
        return text + f"; {counts['missing']} of {total} layers missing"
    if counts["invalid"]:
        return text + f"; {counts['invalid']} of {total} layers invalid"
    return text + f"; {total} layers, all found"
