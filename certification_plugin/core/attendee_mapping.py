"""Attendees from any table: which fields hold first name, surname and e-mail, and the rows.

A trainer's attendee list is often a layer or a spreadsheet with its own column names, in
the trainer's language. ``guess_fields`` proposes the three fields from the names (English,
Romanian, Swedish and Chinese synonyms; case, spacing, underscores and accents ignored), the
field-mapping dialog and the Processing algorithm let the user correct it, ``rows_from``
turns attribute dicts into the import endpoint's rows and ``validate_rows`` finds locally what
the server would refuse (missing values, bad e-mail, too long, the same e-mail twice), so a
preview costs no request. The server checks again; it has the last word. No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence

FIRST_NAME = "first_name"
SURNAME = "surname"
EMAIL = "email"
KEYS = (FIRST_NAME, SURNAME, EMAIL)
MAX_LENGTHS = {FIRST_NAME: 150, SURNAME: 150, EMAIL: 254}
"""The server's limits (``certificates/csv_import.py``)."""
MAX_ROWS = 5000

SYNONYMS: Dict[str, Sequence[str]] = {
    FIRST_NAME: (
        # en
        "first name", "firstname", "first", "given name", "givenname", "forename", "fname",
        "name first",
        # ro
        "prenume", "prenumele",
        # sv
        "fornamn", "tilltalsnamn",
        # zh
        "名", "名字", "名稱", "名称", "英文名",
    ),
    SURNAME: (
        # en
        "surname", "last name", "lastname", "last", "family name", "familyname", "lname",
        "name last",
        # ro
        "nume", "nume de familie", "numele",
        # sv
        "efternamn", "familjenamn",
        # zh
        "姓", "姓氏",
    ),
    EMAIL: (
        # en
        "email", "e mail", "mail", "email address", "e mail address", "mail address",
        # ro
        "adresa de email", "adresa email", "posta electronica", "adresa de e mail",
        # sv
        "e post", "epost", "e postadress", "epostadress", "mejl", "mejladress",
        # zh
        "電子郵件", "电子邮件", "電郵", "电邮", "郵件", "邮件", "電子信箱", "电子信箱", "信箱",
    ),
}  # fmt: skip
"""Field names (folded, see ``fold_name``) that mean each attendee value."""

_SEPARATORS = re.compile(r"[\s_\-.:/]+")
_EMAIL_RE = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+$")


def fold_name(name: Any) -> str:
    """A field name compared loosely: NFKD without accents, case-folded, separators as one
    space (``E-Mail`` = ``e_mail`` = ``e mail``; ``Förnamn`` = ``fornamn``)."""
    text = unicodedata.normalize("NFKD", str(name or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(_SEPARATORS.sub(" ", text).split())


_LOOKUP = {fold_name(word): key for key, words in SYNONYMS.items() for word in words}


def _compact(name: str) -> str:
    return name.replace(" ", "")


_LOOKUP_COMPACT = {_compact(word): key for word, key in _LOOKUP.items()}


def field_kind(name: Any) -> Optional[str]:
    """``first_name``, ``surname``, ``email`` or ``None`` for one field name."""
    folded = fold_name(name)
    return _LOOKUP.get(folded) or _LOOKUP_COMPACT.get(_compact(folded))


@dataclass(frozen=True)
class FieldGuess:
    """The field chosen for each value ("" when none fits)."""

    first_name: str = ""
    surname: str = ""
    email: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.first_name and self.surname and self.email)

    def as_dict(self) -> Dict[str, str]:
        return {FIRST_NAME: self.first_name, SURNAME: self.surname, EMAIL: self.email}


def guess_fields(names: Iterable[Any]) -> FieldGuess:
    """The first field whose name means each value (exact synonyms first, then names that
    contain one, like ``attendee_email``); one field is never used twice."""
    fields = [str(name) for name in names]
    chosen: Dict[str, str] = {}
    for name in fields:  # exact synonyms
        kind = field_kind(name)
        if kind is not None and kind not in chosen and name not in chosen.values():
            chosen[kind] = name
    for kind in (EMAIL, SURNAME, FIRST_NAME):  # a word inside a longer name
        if kind in chosen:
            continue
        for name in fields:
            if name in chosen.values():
                continue
            words = fold_name(name).split()
            if any(_LOOKUP.get(word) == kind for word in words):
                chosen[kind] = name
                break
    return FieldGuess(chosen.get(FIRST_NAME, ""), chosen.get(SURNAME, ""), chosen.get(EMAIL, ""))


def _value(record: Mapping[str, Any], name: str) -> str:
    if not name:
        return ""
    value = record.get(name)
    if value is None:
        return ""
    text = str(value)
    if text.upper() == "NULL" and not isinstance(value, str):  # QGIS's NULL variant
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def rows_from(records: Iterable[Mapping[str, Any]], mapping: FieldGuess) -> List[Dict[str, str]]:
    """The import endpoint's rows (``{"first_name", "surname", "email"}``, text trimmed,
    NFC) from attribute dicts, in their order; rows with all three values empty are left out."""
    rows = []
    for record in records:
        row = {
            FIRST_NAME: _value(record, mapping.first_name),
            SURNAME: _value(record, mapping.surname),
            EMAIL: _value(record, mapping.email).lower(),
        }
        if any(row.values()):
            rows.append(row)
    return rows


@dataclass(frozen=True)
class RowProblems:
    """The problems of one row (``index`` from 0), by key, as the server would report them."""

    index: int
    errors: Dict[str, List[str]] = field(default_factory=dict)


def valid_email(text: str) -> bool:
    return bool(_EMAIL_RE.match(text or ""))


def validate_rows(rows: Sequence[Mapping[str, str]]) -> List[RowProblems]:
    """Rows with problems (missing, too long, bad e-mail, an e-mail used twice); [] when all
    are fine. Messages in English, as the server's; the dialogs translate by key."""
    problems: List[RowProblems] = []
    seen: Dict[str, int] = {}
    for index, row in enumerate(rows):
        errors: Dict[str, List[str]] = {}
        for key in KEYS:
            value = (row.get(key) or "").strip()
            if not value:
                errors.setdefault(key, []).append("This field is required.")
            elif len(value) > MAX_LENGTHS[key]:
                errors.setdefault(key, []).append(
                    f"At most {MAX_LENGTHS[key]} characters ({len(value)} given)."
                )
        email = (row.get(EMAIL) or "").strip().lower()
        if email and EMAIL not in errors and not valid_email(email):
            errors.setdefault(EMAIL, []).append("Enter a valid e-mail address.")
        if email and email in seen:
            errors.setdefault(EMAIL, []).append(f"The same e-mail as row {seen[email] + 1}.")
        elif email:
            seen[email] = index
        if errors:
            problems.append(RowProblems(index, errors))
    if len(rows) > MAX_ROWS:
        problems.append(RowProblems(MAX_ROWS, {"rows": [f"At most {MAX_ROWS} rows at once."]}))
    return problems
