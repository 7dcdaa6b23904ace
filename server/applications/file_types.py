"""The file types an application's material may be, told by content and not by name.

An upload is accepted when its name's extension names an allowed type *and* its content is of
that type: magic bytes and a little structure (a zip's members, an XML root element, a JSON
document's ``type``, a TIFF's tags). A program, a web page or a script renamed ``.pdf`` is
refused with a reason the applicant can act on. Zip-based formats (OOXML, ODF, ``.qgz`` and
plain zips) also pass :mod:`applications.zip_checks` (bombs, path traversal, links).

Pure: no models; the labels are lazily translated. :func:`detect` is the entry point,
:func:`file_type_choices` what the application form publishes.
"""

from __future__ import annotations

import codecs
import json
import re
import struct
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import IO, Any

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .zip_checks import ZipLimits, ZipRefused, check_zip

MB = 1 << 20
HEAD_BYTES = 64 * 1024
#: JSON documents up to this size are parsed whole; larger ones by a bounded prefix.
JSON_PARSE_BYTES = 4 * MB
JSON_PREFIX_BYTES = MB
_CHUNK = MB


class FileTypeRefused(ValueError):
    """The file is not accepted; the message says why, for the applicant."""


@dataclass(frozen=True)
class FileType:
    key: str
    label: Promise
    extensions: tuple[str, ...]
    content_type: str
    image: bool = False
    """Allowed as an organisation's logo."""


OOXML = "application/vnd.openxmlformats-officedocument."
ODF = "application/vnd.oasis.opendocument."

FILE_TYPES: tuple[FileType, ...] = (
    FileType("pdf", gettext_lazy("PDF document"), (".pdf",), "application/pdf"),
    FileType(
        "docx", gettext_lazy("Word document"), (".docx",), OOXML + "wordprocessingml.document"
    ),
    FileType("xlsx", gettext_lazy("Excel spreadsheet"), (".xlsx",), OOXML + "spreadsheetml.sheet"),
    FileType(
        "pptx",
        gettext_lazy("PowerPoint presentation"),
        (".pptx",),
        OOXML + "presentationml.presentation",
    ),
    FileType("odt", gettext_lazy("OpenDocument text"), (".odt",), ODF + "text"),
    FileType("ods", gettext_lazy("OpenDocument spreadsheet"), (".ods",), ODF + "spreadsheet"),
    FileType("odp", gettext_lazy("OpenDocument presentation"), (".odp",), ODF + "presentation"),
    FileType("doc", gettext_lazy("Word 97-2003 document"), (".doc",), "application/msword"),
    FileType(
        "xls", gettext_lazy("Excel 97-2003 spreadsheet"), (".xls",), "application/vnd.ms-excel"
    ),
    FileType(
        "ppt",
        gettext_lazy("PowerPoint 97-2003 presentation"),
        (".ppt",),
        "application/vnd.ms-powerpoint",
    ),
    FileType("markdown", gettext_lazy("Markdown"), (".md", ".markdown"), "text/markdown"),
    FileType("text", gettext_lazy("Plain text"), (".txt",), "text/plain"),
    FileType("csv", gettext_lazy("CSV table"), (".csv",), "text/csv"),
    FileType("json", gettext_lazy("JSON"), (".json",), "application/json"),
    FileType("geojson", gettext_lazy("GeoJSON"), (".geojson",), "application/geo+json"),
    FileType("png", gettext_lazy("PNG image"), (".png",), "image/png", image=True),
    FileType("jpeg", gettext_lazy("JPEG image"), (".jpg", ".jpeg"), "image/jpeg", image=True),
    FileType("gif", gettext_lazy("GIF image"), (".gif",), "image/gif", image=True),
    FileType("webp", gettext_lazy("WebP image"), (".webp",), "image/webp", image=True),
    FileType("svg", gettext_lazy("SVG image"), (".svg",), "image/svg+xml", image=True),
    FileType("zip", gettext_lazy("Zip archive"), (".zip",), "application/zip"),
    FileType("qgs", gettext_lazy("QGIS project"), (".qgs",), "application/x-qgis-project"),
    FileType(
        "qgz", gettext_lazy("QGIS project (zipped)"), (".qgz",), "application/x-qgis-project+zip"
    ),
    FileType("gpkg", gettext_lazy("GeoPackage"), (".gpkg",), "application/geopackage+sqlite3"),
    FileType("geotiff", gettext_lazy("GeoTIFF raster"), (".tif", ".tiff"), "image/tiff"),
    FileType("tiff", gettext_lazy("TIFF image"), (".tif", ".tiff"), "image/tiff"),
)
BY_KEY = {file_type.key: file_type for file_type in FILE_TYPES}
IMAGE_KEYS = frozenset(file_type.key for file_type in FILE_TYPES if file_type.image)
ZIP_KEYS = frozenset({"docx", "xlsx", "pptx", "odt", "ods", "odp", "zip", "qgz"})


def _by_extension() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for file_type in FILE_TYPES:
        for extension in file_type.extensions:
            found.setdefault(extension, []).append(file_type.key)
    # GeoJSON is often saved as .json: its content decides.
    found[".json"].append("geojson")
    return {extension: tuple(keys) for extension, keys in found.items()}


BY_EXTENSION = _by_extension()


def file_type_choices() -> list[dict[str, Any]]:
    """The allowed types for the application form: ``[{"key", "label", "extensions"}]``,
    labels in the active language."""
    return [
        {"key": t.key, "label": str(t.label), "extensions": list(t.extensions)} for t in FILE_TYPES
    ]


def extension_of(filename: str) -> str:
    """The lower-case last extension (``".pdf"``), or ``""``."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, extension = base.rpartition(".")
    return f".{extension.lower()}" if dot and stem else ""


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f\"\\/:*?<>|;]+")


def clean_filename(filename: str, max_length: int = 200) -> str:
    """The name to store and to offer back on download: no folders, control characters or
    characters that break a header or a file system; the extension kept when shortened."""
    base = unicodedata.normalize("NFC", filename).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch) not in {"Cc", "Cf", "Cs"})
    base = _UNSAFE_NAME.sub("_", base).strip(" .")
    if not base:
        base = "file"
    if len(base) > max_length:
        extension = extension_of(base)[:20]
        base = base[: max_length - len(extension)] + extension
    return base


# --- what the content is --------------------------------------------------------------------

_XML_PROLOG = re.compile(
    r"\A(?:\s+|<\?xml[^>]*\?>|<!--.*?-->|<\?[^>]*\?>|<!DOCTYPE[^>\[]*>)*<([A-Za-z_][\w.:-]*)",
    re.DOTALL,
)
_INTERNAL_DTD = re.compile(rb"<!DOCTYPE[^>]*\[", re.I)
_HTML_START = re.compile(rb"\A\s*<(?:!doctype\s+html|html|head|body|script|iframe)\b", re.I)
_GEOJSON_TYPES = frozenset(
    {
        "FeatureCollection",
        "Feature",
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
    }
)
_GEOJSON_TYPE_RE = re.compile(
    rb'"type"\s*:\s*"(' + b"|".join(sorted(t.encode() for t in _GEOJSON_TYPES)) + rb')"'
)
_GPKG_IDS = (b"GPKG", b"GP10", b"GP11")
_MACHO = (
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
)
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SQLITE_MAGIC = b"SQLite format 3\x00"


def _is_utf8_text(data: bytes, final: bool) -> bool:
    if b"\x00" in data:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
    except UnicodeDecodeError:
        return False
    return True


def _sniff(head: bytes, complete: bool) -> str:
    """A coarse kind of content from its first bytes (``complete``: the head is all of it)."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "zip"
    if head.startswith(CFB_MAGIC):
        return "cfb"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(b"\x7fELF"):
        return "elf"
    if head[:4] in _MACHO:
        return "macho"
    text = _is_utf8_text(head.removeprefix(codecs.BOM_UTF8), final=complete)
    if head.startswith(b"MZ") and not text:
        return "exe"
    if not text:
        return "binary"
    body = head.removeprefix(codecs.BOM_UTF8)
    if body.startswith(b"#!"):
        return "script"
    if _HTML_START.match(body) or _xml_root(body) in {"html", "xhtml:html"}:
        return "html"
    return "text"


def _describe(kind: str) -> str:
    return {
        "pdf": _("a PDF document"),
        "zip": _("a zip archive"),
        "cfb": _("a Microsoft Office 97-2003 file"),
        "png": _("a PNG image"),
        "jpeg": _("a JPEG image"),
        "gif": _("a GIF image"),
        "webp": _("a WebP image"),
        "tiff": _("a TIFF image"),
        "sqlite": _("an SQLite database"),
        "elf": _("a program (ELF executable)"),
        "macho": _("a program (macOS executable)"),
        "exe": _("a program (Windows executable)"),
        "script": _("a script"),
        "html": _("a web page (HTML)"),
        "text": _("text"),
    }.get(kind, _("binary data of an unknown type"))


#: The kind of content each type's files must have.
EXPECTED_KIND = {
    "pdf": "pdf",
    **dict.fromkeys(ZIP_KEYS, "zip"),
    **dict.fromkeys(("doc", "xls", "ppt"), "cfb"),
    **{key: key for key in ("png", "jpeg", "gif", "webp")},
    **dict.fromkeys(("markdown", "text", "csv", "json", "geojson", "svg", "qgs"), "text"),
    "gpkg": "sqlite",
    **dict.fromkeys(("geotiff", "tiff"), "tiff"),
}


def _xml_root(text: bytes) -> str | None:
    """The root element's name of an XML document (from its first bytes), or ``None``."""
    decoded = text.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")
    match = _XML_PROLOG.match(decoded)
    return match.group(1).lower() if match else None


# --- the whole-file checks of each type -----------------------------------------------------


def _read_all_text(fileobj: IO[bytes], label: str) -> None:
    """Every byte is UTF-8 text without NUL characters."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    fileobj.seek(0)
    first = True
    while chunk := fileobj.read(_CHUNK):
        if first:
            chunk = chunk.removeprefix(codecs.BOM_UTF8)
            first = False
        if b"\x00" in chunk:
            raise FileTypeRefused(
                _(
                    "A {label} file must be UTF-8 text; this one holds NUL bytes (binary data, "
                    "or text saved as UTF-16)."
                ).format(label=label)
            )
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError:
            raise FileTypeRefused(
                _("A {label} file must be UTF-8 text; this one is not valid UTF-8.").format(
                    label=label
                )
            ) from None
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise FileTypeRefused(
            _(
                "A {label} file must be UTF-8 text; this one ends in the middle of a character."
            ).format(label=label)
        ) from None


def _json_kind(fileobj: IO[bytes], size: int) -> str:
    """``"geojson"``, ``"json"``, or :class:`FileTypeRefused` (not JSON)."""
    fileobj.seek(0)
    if size <= JSON_PARSE_BYTES:
        try:
            document = json.loads(fileobj.read().removeprefix(codecs.BOM_UTF8))
        except (ValueError, RecursionError):
            raise FileTypeRefused(_("The file is not valid JSON.")) from None
        if isinstance(document, dict) and document.get("type") in _GEOJSON_TYPES:
            return "geojson"
        return "json"
    prefix = fileobj.read(JSON_PREFIX_BYTES).removeprefix(codecs.BOM_UTF8).lstrip()
    if not prefix.startswith((b"{", b"[")):
        raise FileTypeRefused(_("The file is not valid JSON."))
    if prefix.startswith(b"{") and _GEOJSON_TYPE_RE.search(prefix):
        return "geojson"
    return "json"


def _zip_key(names: list[str], fileobj: IO[bytes]) -> str:
    """Which zip-based format the members make (``"zip"`` when none in particular)."""
    members = set(names)
    if "[Content_Types].xml" in members:
        for prefix, key in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
            if any(name.startswith(prefix) for name in names):
                return key
    if names and names[0] == "mimetype":
        with zipfile.ZipFile(fileobj) as archive:
            mimetype = archive.read("mimetype")[:200].decode("ascii", "replace").strip()
        fileobj.seek(0)
        for key in ("odt", "ods", "odp"):
            if mimetype == BY_KEY[key].content_type:
                return key
    if any(name.lower().endswith(".qgs") for name in names):
        return "qgz"
    return "zip"


def _tiff_has_geokeys(fileobj: IO[bytes]) -> bool:
    """Whether the first image directory holds the GeoKeyDirectory tag (34735)."""
    fileobj.seek(0)
    header = fileobj.read(16)
    order = "<" if header[:2] == b"II" else ">"
    big = struct.unpack(order + "H", header[2:4])[0] == 43
    try:
        if big:
            offset = struct.unpack(order + "Q", header[8:16])[0]
            count_format, entry_size, count_size = "Q", 20, 8
        else:
            offset = struct.unpack(order + "I", header[4:8])[0]
            count_format, entry_size, count_size = "H", 12, 2
        fileobj.seek(offset)
        count = struct.unpack(order + count_format, fileobj.read(count_size))[0]
        entries = fileobj.read(min(count, 4096) * entry_size)
    except (struct.error, OSError, ValueError, OverflowError):
        return False
    tags = (
        struct.unpack(order + "H", entries[i : i + 2])[0]
        for i in range(0, len(entries) - 1, entry_size)
    )
    return 34735 in tags


def _check_content(
    key: str, kind: str, fileobj: IO[bytes], head: bytes, size: int, zip_limits: ZipLimits | None
) -> str:
    """The structural checks of the extension's type; the final key."""
    label = str(BY_KEY[key].label)
    if kind == "text":
        _read_all_text(fileobj, label)
    if key in {"json", "geojson"}:
        found = _json_kind(fileobj, size)
        if key == "geojson" and found != "geojson":
            raise FileTypeRefused(
                _(
                    'A GeoJSON file must be a JSON object whose "type" is FeatureCollection, '
                    "Feature or a geometry; this one is not."
                )
            )
        return found
    if key in {"svg", "qgs"}:
        if _INTERNAL_DTD.search(head[:HEAD_BYTES]):
            raise FileTypeRefused(
                _("XML files that declare their own document type (entities) are not accepted.")
            )
        expected = {"svg": ("svg", "svg:svg"), "qgs": ("qgis",)}[key]
        if _xml_root(head) not in expected:
            raise FileTypeRefused(
                _("A {label} file must be XML with a <{root}> root element.").format(
                    label=label, root=expected[0]
                )
            )
    if kind == "zip":
        try:
            names = check_zip(fileobj, zip_limits)
        except ZipRefused as refused:
            raise FileTypeRefused(str(refused)) from None
        found = _zip_key(names, fileobj)
        if key != "zip" and found != key:
            what = str(BY_KEY[found].label) if found != "zip" else _("a plain zip archive")
            raise FileTypeRefused(
                _("The file's name says {label}, but the archive holds: {what}.").format(
                    label=label, what=what
                )
            )
        return key
    if kind == "sqlite" and size < 100:
        raise FileTypeRefused(_("The GeoPackage is too short to be a database."))
    if kind == "tiff":
        return "geotiff" if _tiff_has_geokeys(fileobj) else "tiff"
    return key


def detect(
    fileobj: IO[bytes], filename: str, *, zip_limits: ZipLimits | None = None
) -> tuple[str, str]:
    """``(key, content_type)`` of the file, or :class:`FileTypeRefused` with the reason.

    ``fileobj`` is seekable and left at its start.
    """
    extension = extension_of(filename)
    keys = BY_EXTENSION.get(extension)
    if not keys:
        allowed = ", ".join(sorted(BY_EXTENSION))
        if not extension:
            raise FileTypeRefused(
                _("The file name has no extension; allowed: {allowed}.").format(allowed=allowed)
            )
        raise FileTypeRefused(
            _("Files ending in {extension} are not accepted; allowed: {allowed}.").format(
                extension=extension, allowed=allowed
            )
        )
    key = keys[0]
    try:
        fileobj.seek(0, 2)
        size = fileobj.tell()
        fileobj.seek(0)
        head = fileobj.read(HEAD_BYTES)
        if not head:
            raise FileTypeRefused(_("The file is empty."))
        kind = _sniff(head, complete=size <= len(head))
        if EXPECTED_KIND[key] == "text" and kind == "binary":
            _read_all_text(fileobj, str(BY_KEY[key].label))  # raises with the precise reason
            raise FileTypeRefused(
                _(
                    "A {label} file must be UTF-8 text without NUL bytes; this one is not "
                    "(save it as UTF-8)."
                ).format(label=BY_KEY[key].label)
            )
        if kind != EXPECTED_KIND[key]:
            raise FileTypeRefused(
                _(
                    "The file's name ends in {extension} ({label}), but its content is {what}."
                ).format(extension=extension, label=BY_KEY[key].label, what=_describe(kind))
            )
        found = _check_content(key, kind, fileobj, head, size, zip_limits)
    finally:
        fileobj.seek(0)
    return found, BY_KEY[found].content_type
