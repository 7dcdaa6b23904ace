"""Reading an attendee list: CSV bytes (or JSON rows) in, checked rows out. No database.

What trainers have: a spreadsheet saved as CSV (UTF-8, with or without a byte-order mark;
Excel's "Unicode text" is UTF-16 with one), comma- or semicolon-separated (the latter where
the decimal separator is a comma), or tab-separated; a header line in any case and spacing, or
no header at all, in the live site's order ``First Name,Surname,Email``. Anything else that is
not UTF-8 is refused with one file-level message: guessing cp1252 against latin-2 would print
a wrong name on a certificate.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator

MAX_ROWS = 5000
MAX_BYTES = 2 * 1024 * 1024
FIELDS = ("first_name", "surname", "email")
LENGTHS = {"first_name": 150, "surname": 150, "email": 254}
SEPARATORS = (",", ";", "\t")
REQUIRED = "This field is required."

NOT_UTF8 = (
    "The file is not UTF-8 text (byte {offset}). Save it as \u201cCSV UTF-8\u201d from your "
    "spreadsheet program and import it again."
)

_SYNONYMS = {
    "first_name": ("first name", "firstname", "first_name", "given name", "forename"),
    "surname": ("surname", "last name", "lastname", "last_name", "family name"),
    "email": ("email", "e-mail", "mail", "email address", "e-mail address"),
}
_EMAIL = EmailValidator()
_CONTROL = {chr(c) for c in range(32)} | {"\x7f"}


def header_key(cell: str) -> str:
    """A header cell compared without case, spaces, underscores or hyphens."""
    return "".join(ch for ch in cell.casefold() if ch not in " _-\u00a0\ufeff").strip()


_HEADERS = {header_key(name): column for column, names in _SYNONYMS.items() for name in names}


@dataclass
class RowResult:
    """One attendee line: the values as they will be stored, and what is wrong with them."""

    line: int
    first_name: str
    surname: str
    email: str
    errors: dict[str, list[str]] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class ParsedCsv:
    """The rows, how the file was read, and file-level errors (``{"file": [...]}``), which
    mean no row can be trusted."""

    encoding: str
    separator: str
    header_mode: str  # "named" | "positional"
    rows: list[RowResult] = field(default_factory=list)
    errors: dict[str, list[str]] = field(default_factory=dict)


def _text(value: Any) -> tuple[str, str | None]:
    if value is None:
        return "", None
    if not isinstance(value, str):
        return "", "Must be text."
    return unicodedata.normalize("NFC", value.strip()), None


def check_person(first_name: Any, surname: Any, email: Any) -> RowResult:
    """One person's values trimmed (names NFC, e-mail lower-cased) and checked; ``line`` 0."""
    values: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    for name, raw in zip(FIELDS, (first_name, surname, email)):
        value, problem = _text(raw)
        if name == "email":
            value = value.lower()
        values[name] = value
        if problem is None and not value:
            problem = REQUIRED
        elif problem is None and any(ch in _CONTROL or "\ud800" <= ch <= "\udfff" for ch in value):
            problem = "Must not contain control characters or line breaks."
        elif problem is None and len(value) > LENGTHS[name]:
            problem = f"At most {LENGTHS[name]} characters ({len(value)} given)."
        elif problem is None and name == "email":
            try:
                _EMAIL(value)
            except ValidationError:
                problem = "Enter a valid e-mail address."
        if problem:
            errors[name] = [problem]
    return RowResult(0, values["first_name"], values["surname"], values["email"], errors)


def _decode(data: bytes) -> tuple[str, str] | str:
    """(text, encoding) or the file-level message."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\x00\x00"):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding == "utf-16":
            return "The file starts with a UTF-16 byte-order mark but is not UTF-16 text."
        return NOT_UTF8.format(offset=error.start)
    if "\x00" in text:
        return (
            "The file contains NUL characters: it is not UTF-8 text (UTF-16 needs its "
            "byte-order mark)."
        )
    return text, encoding


def sniff_separator(line: str) -> str:
    """The separator used most often outside quotes in ``line`` (comma when none is)."""
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(SEPARATORS, key=lambda sep: counts[sep])  # ties: the first, the comma
    return best if counts[best] else ","


def _header_columns(cells: list[str]) -> dict[str, int] | None | str:
    """Column indexes by field when ``cells`` is a header; ``None`` when it is data; a message
    when it is a header that lacks a column or names one twice."""
    found: dict[str, list[int]] = {}
    for index, cell in enumerate(cells):
        column = _HEADERS.get(header_key(cell))
        if column:
            found.setdefault(column, []).append(index)
    looks_like_data = any("@" in cell for cell in cells)
    if not found or (len(found) < 2 and looks_like_data):
        return None
    twice = [c for c, indexes in found.items() if len(indexes) > 1]
    if twice:
        return f"The header names the column {_label(twice[0])} more than once."
    missing = [c for c in FIELDS if c not in found]
    if missing:
        names = ", ".join(_label(c) for c in missing)
        return f"The header has no column for {names} (columns: First Name, Surname, Email)."
    return {column: indexes[0] for column, indexes in found.items()}


def _label(column: str) -> str:
    return {"first_name": "First Name", "surname": "Surname", "email": "Email"}[column]


def _mark_duplicates(rows: Iterable[RowResult]) -> None:
    first_line: dict[str, int] = {}
    for row in rows:
        if not row.email or "email" in row.errors:
            continue
        if row.email in first_line:
            row.errors["email"] = [f"The same e-mail is on line {first_line[row.email]}."]
        else:
            first_line[row.email] = row.line


def _too_many(n: int) -> dict[str, list[str]]:
    return {"file": [f"At most {MAX_ROWS} attendees per import ({n} or more given)."]}


def parse(data: bytes) -> ParsedCsv:
    """Read an attendee CSV; see the module's docstring for what is understood."""
    if len(data) > MAX_BYTES:
        return ParsedCsv(
            "",
            "",
            "",
            errors={"file": [f"The file is larger than {MAX_BYTES // 1024 // 1024} MB."]},
        )
    decoded = _decode(data)
    if isinstance(decoded, str):
        return ParsedCsv("", "", "", errors={"file": [decoded]})
    text, encoding = decoded
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    separator = sniff_separator(first_line)
    parsed = ParsedCsv(encoding, separator, "positional")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    columns: dict[str, int] = {"first_name": 0, "surname": 1, "email": 2}
    seen_first = False
    previous_end = 0
    try:
        for cells in reader:
            line, previous_end = previous_end + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if not seen_first:
                seen_first = True
                header = _header_columns(cells)
                if isinstance(header, str):
                    parsed.errors = {"file": [header]}
                    return parsed
                if header is not None:
                    parsed.header_mode, columns = "named", header
                    continue
            if len(parsed.rows) >= MAX_ROWS:
                parsed.errors = _too_many(MAX_ROWS + 1)
                return parsed
            row = check_person(*(cells[i] if i < len(cells) else None for i in _order(columns)))
            row.line = line
            parsed.rows.append(row)
    except csv.Error as error:
        parsed.errors = {
            "file": [f"The file is not readable as CSV (line {reader.line_num}): {error}."]
        }
        return parsed
    if not parsed.rows:
        parsed.errors = {"file": ["The file has no attendees."]}
    _mark_duplicates(parsed.rows)
    return parsed


def _order(columns: Mapping[str, int]) -> list[int]:
    return [columns[name] for name in FIELDS]


def parse_rows(rows: Any) -> ParsedCsv:
    """The same checks for JSON rows (``[{"first_name", "surname", "email"}]``; keys matched
    like CSV headers); lines count from 1. Reported as encoding ``json``, no separator."""
    parsed = ParsedCsv("json", "", "named")
    if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
        parsed.errors = {"rows": ["Give a list of {first_name, surname, email} objects."]}
        return parsed
    if len(rows) > MAX_ROWS:
        parsed.errors = _too_many(len(rows))
        return parsed
    for line, raw in enumerate(rows, start=1):
        by_field = {_HEADERS.get(header_key(str(k))): value for k, value in raw.items()}
        row = check_person(*(by_field.get(name) for name in FIELDS))
        row.line = line
        parsed.rows.append(row)
    if not parsed.rows:
        parsed.errors = {"rows": ["No attendees given."]}
    _mark_duplicates(parsed.rows)
    return parsed
