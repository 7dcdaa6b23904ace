"""The GeoPackage cache that the layers read: ``<profile>/certification/cache.gpkg``.

Written with GDAL/OGR in the refresh task's worker thread. A table is replaced in one
transaction (delete + insert + its metadata row), a refresh's tables all in one (``batch()``),
and the file is in WAL mode, so QGIS, reading it at the same time, sees either the old or the
new content, never a mix. Layers keep
pointing at the same file and tables, which is why a saved project reopens offline.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import (
    Callable,
    ContextManager,
    Dict,
    Iterable,
    Iterator,
    List,
    Optional,
    Sequence,
    Tuple,
)

from osgeo import gdal, ogr, osr

from ..core.errors import CancelledError, CertificationError
from ..core.models import Course, Organisation, TrainingCentre
from ..qgis_io.paths import default_cache_path, world_map_path
from .rows import (
    CoursesByCentre,
    PageUrl,
    Row,
    country_row,
    course_row,
    group_by_country,
    no_page,
    training_centre_row,
)

SCHEMA_VERSION = 2
"""2: no ``maptip_html`` (tips are templates in the current language); a centre's next courses
and a country's organisations as JSON. A file of an older layout is migrated when it is next
written, and its tables count as never written until then."""
METADATA_TABLE = "cache_metadata"
TRAINING_CENTRES = "training_centres"
UPCOMING_COURSES = "upcoming_courses"
CERTIFIED_ORGANISATIONS = "certified_organisations"
TABLE_NAMES = (TRAINING_CENTRES, UPCOMING_COURSES, CERTIFIED_ORGANISATIONS)
_SQL_TABLES = frozenset((*TABLE_NAMES, METADATA_TABLE))


def _delete_all_sql(table: str) -> str:
    """``DELETE FROM "<table>"`` for one of the cache's own tables (whitelist), quoted."""
    if table not in _SQL_TABLES:
        raise ValueError(f"not a table of the layer cache: {table!r}")
    return " ".join(("DELETE FROM", '"' + table.replace('"', '""') + '"'))


_STRING, _INT, _INT64, _DATE, _BOOL = "string", "int", "int64", "date", "bool"

FIELDS: Dict[str, Tuple[Tuple[str, str], ...]] = {
    TRAINING_CENTRES: (
        ("centre_id", _INT64),
        ("name", _STRING),
        ("organisation_name", _STRING),
        ("organisation_slug", _STRING),
        ("country_code", _STRING),
        ("address", _STRING),
        ("email", _STRING),
        ("phone", _STRING),
        ("website", _STRING),
        ("page_url", _STRING),
        ("online", _BOOL),
        ("updated_at", _STRING),
        ("next_courses", _STRING),
        ("next_course_count", _INT),
    ),
    UPCOMING_COURSES: (
        ("course_id", _INT64),
        ("name", _STRING),
        ("start_date", _DATE),
        ("end_date", _DATE),
        ("course_type_name", _STRING),
        ("course_type_slug", _STRING),
        ("course_convener_name", _STRING),
        ("training_centre_name", _STRING),
        ("training_centre_id", _INT64),
        ("organisation_name", _STRING),
        ("organisation_slug", _STRING),
        ("country_code", _STRING),
        ("language", _STRING),
        ("trained_competence", _STRING),
        ("online", _BOOL),
        ("page_url", _STRING),
        ("updated_at", _STRING),
    ),
    CERTIFIED_ORGANISATIONS: (
        ("iso2", _STRING),
        ("country_name", _STRING),
        ("organisation_count", _INT),
        ("organisation_names", _STRING),
        ("organisations", _STRING),
    ),
    METADATA_TABLE: (
        ("table_name", _STRING),
        ("last_updated", _STRING),
        ("server_url", _STRING),
        ("countries", _STRING),
        ("source_urls", _STRING),
        ("feature_count", _INT),
        ("schema_version", _INT),
    ),
}

GEOMETRY_TYPES = {
    TRAINING_CENTRES: ogr.wkbPoint,
    UPCOMING_COURSES: ogr.wkbPoint,
    CERTIFIED_ORGANISATIONS: ogr.wkbMultiPolygon,
    METADATA_TABLE: ogr.wkbNone,
}

_CANCEL_CHECK_EVERY = 500

IsCancelled = Callable[[], bool]
Progress = Callable[[float], None]


class CacheError(CertificationError):
    """The cache file could not be created or written (disk full, permissions, corruption)."""


class WorldMapMissingError(CacheError):
    """QGIS's bundled world map, the source of the country polygons, is not installed."""


@dataclass(frozen=True)
class TableMetadata:
    """What the metadata table says about one cached table."""

    table: str
    last_updated: Optional[datetime]
    server_url: str
    source_urls: Tuple[str, ...]
    feature_count: int
    countries: Tuple[str, ...] = ()
    """The country filter the table was fetched with; empty for every country."""


@dataclass(frozen=True)
class OrganisationsWritten:
    """Outcome of writing the country layer: organisations without a known country polygon."""

    countries: int
    organisations: int
    unplaced: Tuple[str, ...]
    """Names of organisations whose country code matched no polygon of the world map."""


def _check(result: int, what: str) -> None:
    if result != 0:
        raise CacheError(f"{what}: {gdal.GetLastErrorMsg() or result}")


class LayerCache:
    """Reads and writes the cache file at ``path``; one instance per file, any thread.

    Each call opens its own GDAL dataset, so a worker thread and the main thread never
    share a handle.
    """

    def __init__(self, path: Optional[str] = None) -> None:
        self.path = path or default_cache_path()

    # -- locations ---------------------------------------------------------------------------
    def exists(self) -> bool:
        return os.path.isfile(self.path)

    def uri(self, table: str) -> str:
        """The OGR data source string a ``QgsVectorLayer`` uses for ``table``."""
        return f"{self.path}|layername={table}"

    # -- schema ------------------------------------------------------------------------------
    def _open(self, update: bool) -> ogr.DataSource:
        # WAL lets QGIS read while the task writes; with WAL, synchronous=NORMAL keeps the
        # file consistent and saves a disk sync per commit. Both settings are per thread.
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", "WAL")
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "NORMAL")
        try:
            if update and not self.exists():
                os.makedirs(os.path.dirname(self.path), exist_ok=True)
                driver = ogr.GetDriverByName("GPKG")
                dataset = driver.CreateDataSource(self.path)
            else:
                dataset = ogr.Open(self.path, 1 if update else 0)
        finally:
            gdal.SetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", None)
            gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", None)
        if dataset is None:
            raise CacheError(f"Cannot open the cache {self.path}: {gdal.GetLastErrorMsg()}")
        return dataset

    def ensure_schema(self) -> None:
        """Create the file and any missing table or column; existing data stays."""
        dataset = self._open(update=True)
        try:
            for table in (*TABLE_NAMES, METADATA_TABLE):
                self._ensure_table(dataset, table)
        finally:
            dataset = None

    def has_schema(self) -> bool:
        """True when the file holds every table in this version's layout (cheap enough for
        the main thread). A cache of an older layout answers False: its layers are added
        after the next refresh has migrated and filled it."""
        if not self.exists():
            return False
        dataset = ogr.Open(self.path, 0)
        if dataset is None:
            return False
        for table in (*TABLE_NAMES, METADATA_TABLE):
            layer = dataset.GetLayerByName(table)
            if layer is None or _layout_changes(layer, table) != ((), ()):
                return False
        return True

    def _ensure_table(self, dataset: ogr.DataSource, table: str) -> ogr.Layer:
        layer = dataset.GetLayerByName(table)
        if layer is None:
            options = ["FID=fid"]
            srs = None
            if GEOMETRY_TYPES[table] != ogr.wkbNone:
                srs = osr.SpatialReference()
                srs.ImportFromEPSG(4326)
                srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
                options += ["GEOMETRY_NAME=geom", "GEOMETRY_NULLABLE=YES", "SPATIAL_INDEX=YES"]
            layer = dataset.CreateLayer(table, srs, GEOMETRY_TYPES[table], options)
            if layer is None:
                raise CacheError(f"Cannot create table {table}: {gdal.GetLastErrorMsg()}")
        missing, obsolete = _layout_changes(layer, table)
        # An older layout is migrated in place: columns this version no longer writes (such
        # as frozen map tip HTML) are dropped, new ones added; the rows are rewritten next.
        for name in obsolete:
            index = layer.GetLayerDefn().GetFieldIndex(name)
            _check(layer.DeleteField(index), "Cannot remove the old column " + name)
        kinds = dict(FIELDS[table])
        for name in missing:
            _check(layer.CreateField(_field_definition(name, kinds[name])), "Cannot add " + name)
        return layer

    # -- writing -----------------------------------------------------------------------------
    def write_training_centres(
        self,
        centres: Sequence[TrainingCentre],
        server_url: str,
        source_urls: Sequence[str] = (),
        page: Optional[PageUrl] = None,
        is_cancelled: Optional[IsCancelled] = None,
        progress: Optional[Progress] = None,
        fetched_at: Optional[datetime] = None,
        countries: Sequence[str] = (),
        courses: Sequence[Course] = (),
    ) -> int:
        """Replace the training centres; returns the number of rows written.

        ``courses``: the upcoming courses, listed in each centre's map tip.
        """
        by_centre = CoursesByCentre(courses)
        rows = (
            training_centre_row(centre, page or no_page, by_centre.of(centre)) for centre in centres
        )
        return self._replace(
            TRAINING_CENTRES,
            rows,
            len(centres),
            server_url,
            source_urls,
            is_cancelled,
            progress,
            fetched_at,
            countries,
        )

    def write_courses(
        self,
        courses: Sequence[Course],
        server_url: str,
        source_urls: Sequence[str] = (),
        page: Optional[PageUrl] = None,
        is_cancelled: Optional[IsCancelled] = None,
        progress: Optional[Progress] = None,
        fetched_at: Optional[datetime] = None,
        countries: Sequence[str] = (),
    ) -> int:
        """Replace the upcoming courses; returns the number of rows written."""
        rows = (course_row(course, page or no_page) for course in courses)
        return self._replace(
            UPCOMING_COURSES,
            rows,
            len(courses),
            server_url,
            source_urls,
            is_cancelled,
            progress,
            fetched_at,
            countries,
        )

    def write_organisations(
        self,
        organisations: Sequence[Organisation],
        server_url: str,
        source_urls: Sequence[str] = (),
        page: Optional[PageUrl] = None,
        world_map: Optional[str] = None,
        is_cancelled: Optional[IsCancelled] = None,
        progress: Optional[Progress] = None,
        fetched_at: Optional[datetime] = None,
        countries: Sequence[str] = (),
    ) -> OrganisationsWritten:
        """Replace the country polygons with one row per country that has organisations.

        Only countries with at least one certified organisation get a polygon: the layer then
        reads as "where certified training exists" on top of any basemap.
        """
        world_map = world_map or world_map_path()
        if not os.path.isfile(world_map):
            raise WorldMapMissingError("The world map is not installed", world_map)
        groups = group_by_country(organisations)
        polygons = _country_polygons(world_map, list(groups))
        rows: List[Tuple[Row, object]] = []
        unplaced: List[str] = [
            org.name
            for org in organisations
            if (org.country_code or "").strip().upper() not in groups
        ]
        for code, members in groups.items():
            if code not in polygons:
                unplaced.extend(org.name for org in members)
                continue
            geometry, country_name = polygons[code]
            row = country_row(code, country_name, members, page or no_page)
            rows.append((row, geometry))
        self._replace(
            CERTIFIED_ORGANISATIONS,
            iter(rows),
            len(rows),
            server_url,
            source_urls,
            is_cancelled,
            progress,
            fetched_at,
            countries,
        )
        placed = sum(len(members) for code, members in groups.items() if code in polygons)
        return OrganisationsWritten(len(rows), placed, tuple(unplaced))

    @contextmanager
    def batch(self) -> Iterator[LayerCache]:
        """A writer for the block: all its writes are one transaction, committed at the end.

        A refresh writes its tables through one batch, so QGIS, reading meanwhile, sees every
        table change at once, and a failure part way (cancel, disk full) leaves all of them as
        they were. The writer belongs to the calling thread and the block only.
        """
        with self._transaction() as (dataset, emptied):
            writer = _BatchWriter(self.path, dataset, emptied)
            try:
                yield writer
            finally:
                writer.detach()

    @contextmanager
    def _transaction(self) -> Iterator[Tuple[ogr.DataSource, List[str]]]:
        """The open file in a transaction, and a list for the tables whose old rows were
        deleted in it: their extent is computed again before the commit (GDAL only grows
        it; a table that was empty gets the right one as rows are added)."""
        if not self.exists():
            # Created on its own first: a new file filled through the connection that
            # created it takes several times longer to close (about 150 ms against 15 ms
            # for ten thousand rows).
            self.ensure_schema()
        dataset = self._open(update=True)
        try:
            # Every table exists after any write, so the layers can all be created.
            for name in (*TABLE_NAMES, METADATA_TABLE):
                self._ensure_table(dataset, name)
            emptied: List[str] = []
            _check(dataset.StartTransaction(), "Cannot start a transaction")
            try:
                yield dataset, emptied
                for table in emptied:
                    result = dataset.ExecuteSQL(f"RECOMPUTE EXTENT ON {table}")
                    if result is not None:
                        dataset.ReleaseResultSet(result)
                _check(dataset.CommitTransaction(), "Cannot commit the cache")
            except BaseException:
                dataset.RollbackTransaction()
                raise
        finally:
            dataset = None

    def _target(self) -> ContextManager[Tuple[ogr.DataSource, List[str]]]:
        """Where a replace writes: a transaction of its own (a batch shares one)."""
        return self._transaction()

    def _replace(
        self,
        table: str,
        rows: Iterable[Tuple[Row, object]],
        expected: int,
        server_url: str,
        source_urls: Sequence[str],
        is_cancelled: Optional[IsCancelled],
        progress: Optional[Progress],
        fetched_at: Optional[datetime],
        countries: Sequence[str] = (),
    ) -> int:
        """Replace ``table``'s rows and its metadata row."""
        with self._target() as (dataset, emptied):
            layer = dataset.GetLayerByName(table)
            if layer.GetFeatureCount() > 0 and table not in emptied:
                emptied.append(table)
            written = self._write_rows(
                dataset, layer, table, rows, expected, is_cancelled, progress
            )
            self._write_metadata(
                dataset.GetLayerByName(METADATA_TABLE),
                table,
                written,
                server_url,
                source_urls,
                fetched_at,
                countries,
            )
            return written

    @staticmethod
    def _write_rows(
        dataset: ogr.DataSource,
        layer: ogr.Layer,
        table: str,
        rows: Iterable[Tuple[Row, object]],
        expected: int,
        is_cancelled: Optional[IsCancelled],
        progress: Optional[Progress],
    ) -> int:
        result = dataset.ExecuteSQL(_delete_all_sql(table))
        if result is not None:
            dataset.ReleaseResultSet(result)
        definition = layer.GetLayerDefn()
        # Columns grouped by type, looked up once: this loop runs for every row.
        by_kind: Dict[str, List[Tuple[int, str]]] = {}
        for name, kind in FIELDS[table]:
            by_kind.setdefault(kind, []).append((definition.GetFieldIndex(name), name))
        texts = by_kind.get(_STRING, [])
        numbers = by_kind.get(_INT, []) + by_kind.get(_INT64, []) + by_kind.get(_BOOL, [])
        dates = by_kind.get(_DATE, [])
        written = 0
        # One feature serves every row: each field and the geometry are set again (missing
        # values to NULL) and the id cleared, so nothing carries over from the row before.
        feature = ogr.Feature(definition)
        set_text, set_number, set_null = (
            feature.SetFieldString,
            feature.SetFieldInteger64,
            feature.SetFieldNull,
        )
        create = layer.CreateFeature
        for row, geometry in rows:
            if written % _CANCEL_CHECK_EVERY == 0:
                if is_cancelled is not None and is_cancelled():
                    raise CancelledError("Cancelled while writing " + table)
                if progress is not None and expected:
                    progress(written / expected)
            get = row.get
            for index, name in texts:
                value = get(name)
                if value is None:
                    set_null(index)
                else:
                    set_text(index, value if isinstance(value, str) else str(value))
            for index, name in numbers:
                value = get(name)
                if value is None or value == "":
                    set_null(index)
                else:
                    set_number(index, int(value))  # type: ignore[arg-type]
            for index, name in dates:
                value = get(name)
                if isinstance(value, datetime):
                    set_text(index, value.date().isoformat())
                elif isinstance(value, date):
                    set_text(index, value.isoformat())
                else:
                    set_null(index)
            feature.SetGeometryDirectly(None if geometry is None else _geometry(geometry))
            feature.SetFID(ogr.NullFID)
            _check(create(feature), "Cannot write to " + table)
            written += 1
        if progress is not None:
            progress(1.0)
        return written

    @staticmethod
    def _write_metadata(
        layer: ogr.Layer,
        table: str,
        count: int,
        server_url: str,
        source_urls: Sequence[str],
        fetched_at: Optional[datetime],
        countries: Sequence[str] = (),
    ) -> None:
        layer.SetAttributeFilter(None)
        stale = [f.GetFID() for f in layer if f.GetField("table_name") == table]
        for fid in stale:
            _check(layer.DeleteFeature(fid), "Cannot update the cache metadata")
        feature = ogr.Feature(layer.GetLayerDefn())
        when = (fetched_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
        feature.SetField("table_name", table)
        feature.SetField("last_updated", when.isoformat(timespec="seconds"))
        feature.SetField("server_url", server_url)
        feature.SetField("countries", ",".join(countries))
        feature.SetField("source_urls", "\n".join(source_urls))
        feature.SetField("feature_count", count)
        feature.SetField("schema_version", SCHEMA_VERSION)
        _check(layer.CreateFeature(feature), "Cannot write the cache metadata")

    # -- reading -----------------------------------------------------------------------------
    def metadata(self) -> Dict[str, TableMetadata]:
        """Metadata of every table that was written at least once."""
        if not self.exists():
            return {}
        dataset = ogr.Open(self.path, 0)
        if dataset is None:
            return {}
        layer = dataset.GetLayerByName(METADATA_TABLE)
        if layer is None:
            return {}
        result: Dict[str, TableMetadata] = {}
        for feature in layer:
            table = feature.GetField("table_name")
            if (feature.GetField("schema_version") or 0) < SCHEMA_VERSION:
                continue  # written in an older layout: as good as never written
            result[table] = TableMetadata(
                table=table,
                last_updated=_parse_time(feature.GetField("last_updated")),
                server_url=feature.GetField("server_url") or "",
                source_urls=tuple(
                    u for u in (feature.GetField("source_urls") or "").split("\n") if u
                ),
                feature_count=feature.GetField("feature_count") or 0,
                countries=tuple(c for c in (feature.GetField("countries") or "").split(",") if c),
            )
        return result

    def clear(self) -> None:
        """Empty every table (layers stay valid and show nothing until the next refresh)."""
        if not self.exists():
            return
        for table in TABLE_NAMES:
            self._replace(table, iter(()), 0, "", (), None, None, None)
        dataset = self._open(update=True)
        try:
            result = dataset.ExecuteSQL(_delete_all_sql(METADATA_TABLE))
            if result is not None:
                dataset.ReleaseResultSet(result)
        finally:
            dataset = None


class _BatchWriter(LayerCache):
    """``LayerCache.batch()``'s writer: every replace joins the batch's open transaction."""

    def __init__(self, path: str, dataset: ogr.DataSource, emptied: List[str]) -> None:
        super().__init__(path)
        self._dataset: Optional[ogr.DataSource] = dataset
        self._emptied = emptied

    @contextmanager
    def _target(self) -> Iterator[Tuple[ogr.DataSource, List[str]]]:
        if self._dataset is None:
            raise CacheError(f"The batch writing {self.path} has ended.")
        yield self._dataset, self._emptied

    def detach(self) -> None:
        """Forget the dataset, so it closes when the batch ends and never takes a write."""
        self._dataset = None


def _layout_changes(layer: ogr.Layer, table: str) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """(columns to add, columns to drop) to bring ``layer`` to this version's layout."""
    definition = layer.GetLayerDefn()
    existing = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    wanted = [name for name, _kind in FIELDS[table]]
    missing = tuple(name for name in wanted if name not in existing)
    obsolete = tuple(name for name in existing if name not in wanted)
    return missing, obsolete


def _field_definition(name: str, kind: str) -> ogr.FieldDefn:
    if kind == _INT64:
        return ogr.FieldDefn(name, ogr.OFTInteger64)
    if kind == _INT:
        return ogr.FieldDefn(name, ogr.OFTInteger)
    if kind == _DATE:
        return ogr.FieldDefn(name, ogr.OFTDate)
    if kind == _BOOL:
        definition = ogr.FieldDefn(name, ogr.OFTInteger)
        definition.SetSubType(ogr.OFSTBoolean)
        return definition
    return ogr.FieldDefn(name, ogr.OFTString)


def _geometry(value: object) -> ogr.Geometry:
    if isinstance(value, ogr.Geometry):
        return value.Clone()
    lon, lat = value  # type: ignore[misc]
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(float(lon), float(lat))
    return point


def _country_polygons(path: str, codes: List[str]) -> Dict[str, Tuple[ogr.Geometry, str]]:
    """ISO2 code -> (MultiPolygon, Natural Earth name) for ``codes`` from the world map."""
    if not codes:
        return {}
    dataset = ogr.Open(path, 0)
    if dataset is None:
        raise WorldMapMissingError("Cannot open the world map", path)
    layer = dataset.GetLayerByName("countries")
    if layer is None:
        raise WorldMapMissingError("The world map has no countries table", path)
    # Codes were checked to be two letters, so they are safe inside the filter.
    layer.SetAttributeFilter("iso_a2 IN ({})".format(",".join(f"'{c}'" for c in codes)))
    result: Dict[str, Tuple[ogr.Geometry, str]] = {}
    for feature in layer:
        code = (feature.GetField("iso_a2") or "").upper()
        geometry = feature.GetGeometryRef()
        if geometry is None or code in result:
            continue
        result[code] = (ogr.ForceToMultiPolygon(geometry.Clone()), feature.GetField("NAME") or "")
    return result


def _parse_time(value: Optional[str]) -> Optional[datetime]:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
