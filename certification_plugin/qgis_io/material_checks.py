"""Open training material with QGIS before it is uploaded, and say what QGIS found.

``check_material(path)`` runs in a worker thread (a ``QgsTask``; see ``check_materials_task``)
and returns a small JSON document (``check_report``): for data files (GeoPackage with all its
layers, GeoJSON, CSV, GeoTIFF, shapefiles and zips of them) each layer's name, provider,
validity, feature count or raster size and CRS; for QGIS projects the version that saved them
and whether their layers resolve (``project_checks``); other files (PDF, office, text) are
documents and are not opened. The applicant sees the result in the dock, the reviewers get
it with the material.

Guards: a file's first bytes must match its extension before GDAL opens it (a PDF renamed
to .gpkg is reported, not handed to the SQLite driver); no file is read into memory here
(GDAL reads what it needs, zips are listed from their central directory); each file has a
time budget, looked at between layers; cancel is honoured between layers.
"""

from __future__ import annotations

import os
import traceback
import zipfile
import zlib
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from qgis.core import QgsProviderRegistry
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import CancelledError
from .check_report import Budget, IsCancelled, Report, short
from .layer_probe import RASTER, VECTOR, probe
from .logging import WARNING, log
from .project_checks import check_project
from .tasks import FunctionTask, TaskContext, TaskRunner, TaskSlot

FILE_BUDGET_S = 30.0
"""Time one file's check may take; layers not reached by then are reported as not checked."""
MAX_CHECK_BYTES = 2 << 30
"""Larger files are not opened (the server takes at most 100 MB per file anyway)."""
MAX_ZIP_DATA = 20
"""Data files inside one zip that are opened (through GDAL's /vsizip/)."""

KINDS = {
    ".gpkg": "geopackage",
    ".geojson": "geojson",
    ".json": "geojson",
    ".csv": "csv",
    ".tif": "raster",
    ".tiff": "raster",
    ".shp": "shapefile",
    ".zip": "zip",
    ".qgs": "project",
    ".qgz": "project",
}
LABELS = {
    "geopackage": "GeoPackage",
    "geojson": "GeoJSON",
    "csv": "CSV",
    "raster": "GeoTIFF",
    "shapefile": "Shapefile",
    "zip": "Zip archive",
}
_SIGNATURES: Dict[str, Tuple[bytes, ...]] = {
    "geopackage": (b"SQLite format 3\x00",),
    "raster": (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"),
    "zip": (b"PK\x03\x04", b"PK\x05\x06"),
}
ZIP_DATA_KINDS = frozenset({"geopackage", "geojson", "raster", "shapefile"})
Results = Dict[str, Dict[str, Any]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MaterialChecks", text)


def kind_of(path: str) -> str:
    """The kind of check a file gets, by its extension; ``document`` for everything else."""
    return KINDS.get(os.path.splitext(path)[1].lower(), "document")


def check_material(
    path: str, is_cancelled: Optional[IsCancelled] = None, budget_s: float = FILE_BUDGET_S
) -> Dict[str, Any]:
    """Open ``path`` with QGIS (in a worker thread) and describe it; see the module doc.

    Never raises for a bad file (that is a result with ``ok`` false and an error message);
    raises ``CancelledError`` when ``is_cancelled()`` turns true.
    """
    budget = Budget(budget_s, is_cancelled)
    try:
        return _check(path, budget)
    except CancelledError:
        raise
    except Exception:  # a bug, or a QGIS call failing in a way not foreseen: that file only
        log(f"Checking {path} failed:\n{traceback.format_exc()}", WARNING)
        report = Report(path, kind_of(path))
        report.error("check_failed", _tr("The check of this file failed; see the log."))
        return report.finish("Check failed", budget)


def _check(path: str, budget: Budget) -> Dict[str, Any]:
    kind = kind_of(path)
    report = Report(path, kind)
    if kind == "document":
        return report.finish("Document: not checked", budget)
    if not os.path.isfile(path):
        report.error("not_found", _tr("The file is not there any more."))
        return report.finish("File not found", budget)
    if report.size is not None and report.size > MAX_CHECK_BYTES:
        report.warning("too_large_to_check", _tr("The file is too large to be checked."))
        return report.finish(f"{LABELS.get(kind, 'File')}: too large to check", budget)
    if kind == "project":
        return check_project(path, budget)
    problem = _content_problem(path, kind)
    if problem:
        report.error(*problem)
        return report.finish(f"{LABELS[kind]}: not a {LABELS[kind]} file", budget)
    if kind == "zip":
        return _check_zip(path, report, budget)
    if kind == "geojson" and path.lower().endswith(".json") and not _has_layers(path):
        return Report(path, "document").finish("Document: not checked", budget)
    if kind == "shapefile":
        _check_sidecars(path, report)
    _check_layers(path, report, budget)
    return report.finish(_data_summary(report, LABELS[kind]), budget)


def _content_problem(path: str, kind: str) -> Optional[Tuple[str, str]]:
    signatures = _SIGNATURES.get(kind)
    if not signatures:
        return None
    try:
        with open(path, "rb") as stream:
            head = stream.read(16)
    except OSError as exc:
        return ("unreadable", _tr("The file cannot be read: {reason}").format(reason=exc.strerror))
    if not any(head.startswith(signature) for signature in signatures):
        return ("wrong_content", _tr("The file's content does not match its extension."))
    return None


def _has_layers(uri: str) -> bool:
    """Whether OGR or GDAL sees data in ``uri`` (a .json file may be plain JSON)."""
    registry = QgsProviderRegistry.instance()
    return any(item.providerKey() in ("ogr", "gdal") for item in registry.querySublayers(uri))


def _check_layers(uri: str, report: Report, budget: Budget, prefix: str = "") -> None:
    """Every layer QGIS's OGR and GDAL providers find in ``uri`` (all of a GeoPackage's)."""
    found = [
        details
        for details in QgsProviderRegistry.instance().querySublayers(uri)
        if details.providerKey() in ("ogr", "gdal")
    ]
    if not found:
        report.error(
            "no_layers",
            _tr("QGIS cannot open {file} as data.").format(file=short(prefix or report.file)),
        )
        return
    for index, details in enumerate(found):
        budget.raise_if_cancelled()
        if budget.spent():
            left = len(found) - index
            report.warning(
                "time_budget",
                _tr("The check took too long; {n} layers were not checked.").format(n=left),
                count=left,
            )
            return
        layer_type = RASTER if details.providerKey() == "gdal" else VECTOR
        name = details.name()
        if prefix and name not in (prefix, os.path.splitext(os.path.basename(prefix))[0]):
            name = f"{prefix}: {name}"  # one of several layers of a file in a zip
        elif prefix:
            name = prefix
        info = probe(details.uri(), name, details.providerKey(), layer_type)
        report.add_layer(info)
        _layer_messages(report, info)


def _layer_messages(report: Report, info: Dict[str, Any]) -> None:
    name = info["name"]
    if not info["valid"]:
        report.error(
            "layer_invalid",
            _tr("Layer “{name}” does not open in QGIS.").format(name=name),
            layer=name,
        )
        return
    if info.get("spatial") and not info.get("crs"):
        report.warning(
            "no_crs",
            _tr("Layer “{name}” has no coordinate reference system.").format(name=name),
            layer=name,
        )
    if info.get("features") == 0:
        report.warning(
            "empty_layer", _tr("Layer “{name}” has no features.").format(name=name), layer=name
        )


def _check_sidecars(path: str, report: Report, names: Optional[Sequence[str]] = None) -> None:
    """A shapefile needs its .shx and .dbf beside it (in the folder or the zip)."""
    stem = os.path.splitext(path)[0]
    if names is None:
        present = {ext for ext in (".shx", ".dbf", ".prj") if _sidecar_exists(stem, ext)}
    else:
        lowered = {name.lower() for name in names}
        present = {ext for ext in (".shx", ".dbf", ".prj") if (stem + ext).lower() in lowered}
    missing = [ext for ext in (".shx", ".dbf") if ext not in present]
    if missing:
        report.error(
            "shapefile_incomplete",
            _tr("The shapefile {file} lacks its {missing} file.").format(
                file=short(os.path.basename(path)), missing=", ".join(missing)
            ),
            missing=" ".join(missing),
        )


def _sidecar_exists(stem: str, ext: str) -> bool:
    return any(os.path.isfile(stem + variant) for variant in (ext, ext.upper()))


def _check_zip(path: str, report: Report, budget: Budget) -> Dict[str, Any]:
    """List the zip (central directory only); open the data files in it through /vsizip/."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [info.filename for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, OSError):
        report.error("zip_broken", _tr("The zip archive is damaged or incomplete."))
        return report.finish("Zip archive: damaged", budget)
    report.extra["entries"] = len(names)
    unsafe = [name for name in names if _unsafe(name)]
    if unsafe:
        report.error(
            "zip_unsafe_path",
            _tr("The archive holds paths outside its folder, such as {name}.").format(
                name=short(unsafe[0], 120)
            ),
        )
    data = [name for name in names if kind_of(name) in ZIP_DATA_KINDS]
    if len(data) > MAX_ZIP_DATA:
        report.warning(
            "zip_data_truncated",
            _tr("Only the first {n} data files in the archive were opened.").format(n=MAX_ZIP_DATA),
            count=len(data) - MAX_ZIP_DATA,
        )
        data = data[:MAX_ZIP_DATA]
    if not data:
        return report.finish(f"Zip archive: {len(names)} files, no data layers", budget)
    absolute = os.path.abspath(path)
    for name in data:
        budget.raise_if_cancelled()
        if kind_of(name) == "shapefile":
            _check_sidecars(name, report, names)
        _check_layers(f"/vsizip/{absolute}/{name}", report, budget, prefix=name)
    return report.finish(_data_summary(report, "Zip archive"), budget)


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]


def _data_summary(report: Report, label: str) -> str:
    total = len(report.layers)
    invalid = sum(1 for layer in report.layers if not layer["valid"])
    report.extra["counts"] = {"layers": total, "invalid": invalid}
    if total == 0:
        return f"{label}: no layers QGIS can open"
    if invalid:
        return f"{label}: {invalid} of {total} layers invalid"
    if total == 1:
        layer = report.layers[0]
        if layer["type"] == RASTER:
            return f"{label}: {layer['width']} x {layer['height']}, {layer['bands']} bands, valid"
        if "features" in layer:
            plural = "" if layer["features"] == 1 else "s"
            return f"{label}: 1 layer, {layer['features']} feature{plural}, valid"
    return f"{label}: {total} layers, all valid"


# ---------------------------------------------------------------------- several files, a task
def check_materials(
    paths: Sequence[str], context: TaskContext, budget_s: float = FILE_BUDGET_S
) -> Results:
    """Check each file in turn with the task's progress and cancel; results keyed by path."""
    results: Results = {}
    count = max(1, len(paths))
    for index, path in enumerate(paths):
        context.raise_if_cancelled()
        context.progress(index / count)
        results[path] = check_material(path, context.is_cancelled, budget_s)
    context.progress(1.0)
    return results


def check_materials_task(
    paths: Sequence[str],
    on_done: Callable[[Results], None],
    tasks: Union[TaskRunner, TaskSlot],
    on_error: Optional[Callable[[Exception], None]] = None,
    budget_s: float = FILE_BUDGET_S,
) -> Optional[FunctionTask]:
    """Check ``paths`` in a ``QgsTask`` (progress in the task manager, cancellable).

    ``tasks`` is the dock's ``TaskSlot`` (a newer check replaces a running one) or the
    plugin's ``TaskRunner``. ``on_done(results)`` runs on the main thread;
    ``on_error(CancelledError)`` after a cancel. ``None`` when the slot's widget is gone.
    """
    files: List[str] = list(paths)

    def work(context: TaskContext) -> Results:
        return check_materials(files, context, budget_s)

    description = _tr("Checking training material with QGIS")
    return tasks.run(description, work, on_done, on_error)
