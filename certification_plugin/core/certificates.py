"""Certificates as a verifier sees them: ids typed loosely, one ``Verification`` record from
either source (API v1 JSON, or the live site's HTML page), and what issuing costs.

The live site (certification.qgis.org) has no API: its page ``/en/certificate/<ID>/``
answers 200 either way, with a table of bold label cells and value cells when the certificate
exists, or the sentence "Sorry, no certificate matching this number has been issued."
(ARCHITECTURE §4). ``from_live_page`` reads that table with the standard library's HTML
parser, which unescapes the values once: a name sent as ``&lt;b&gt;Eve&lt;/b&gt;`` comes out
as the text ``<b>Eve</b>``, to be shown as text. A page that is neither shape raises
``UnreadableCertificatePage``: "could not read", never a wrong answer. No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from typing import Any, Dict, List, Optional, Tuple

from .errors import InvalidResponseError

ID_PREFIX = "QGIS-"
MAX_DIGITS = 9
STATUSES = ("valid", "revoked", "not_found")
SOURCE_API = "api"
SOURCE_LIVE = "live"
NOT_FOUND_TEXT = "Sorry, no certificate matching this number has been issued."
PRICE_PER_CREDIT_CENTS = 2000
"""The programme's price of one credit (the server reports it; this is the fallback)."""
CREDITS_PER_CERTIFICATE = 1
CURRENCY = "EUR"

_ID_RE = re.compile(r"^QGIS[\s_\-\u2010-\u2015\u2212]*0*([0-9]{1,9})$")
"""``QGIS`` then an optional separator (hyphen, dash, underscore or space) then digits."""
_URL_ID_RE = re.compile(r"/certificate/([^/?#]+)/?(?:[?#].*)?$", re.IGNORECASE)


def normalise_certificate_id(text: Any) -> Optional[str]:
    """``QGIS-<n>`` from what a user typed or pasted, or ``None`` when it is not an id.

    Accepted: any case, surrounding spaces, a hyphen, dash, underscore, space or nothing
    between ``QGIS`` and the number (``qgis-12 ``, `` QGIS 12``, ``qgis12``), full-width
    characters (NFKC), and a pasted verification address (``…/en/certificate/QGIS-12/``,
    what the certificate's QR code holds). Leading zeros are dropped (``QGIS-0012`` is
    ``QGIS-12``: the servers number certificates without padding, so a padded number can only
    mean that one); ``QGIS-0`` and numbers of more than nine digits are not ids.
    """
    if not isinstance(text, str):
        return None
    value = unicodedata.normalize("NFKC", text).strip()
    found = _URL_ID_RE.search(value)
    if found and "://" in value:
        value = found.group(1)
    match = _ID_RE.match(value.upper())
    if match is None:
        return None
    number = int(match.group(1))
    return f"{ID_PREFIX}{number}" if number > 0 else None


# --------------------------------------------------------------------------- verification


class UnreadableCertificatePage(InvalidResponseError):
    """The page is neither the certificate's details nor the "not found" answer (a changed
    layout, a proxy's page): the certificate's state is unknown, not "not found"."""


@dataclass(frozen=True)
class Verification:
    """What a verification found; ``status`` is ``valid``, ``revoked`` or ``not_found``.

    Texts are the server's, unescaped once: show them as plain text. ``organisation_certified``
    is ``None`` where the source does not say (the live site's page)."""

    found: bool
    status: str
    certificate_id: str = ""
    attendee_name: str = ""
    organisation_name: str = ""
    course_type: str = ""
    start_date: str = ""
    """ISO date (YYYY-MM-DD) when it could be read, else ""."""
    end_date: str = ""
    language: str = ""
    """The certificate's language code (API), or the course language the page shows."""
    training_centre: str = ""
    trained_competence: str = ""
    instruction_hours: str = ""
    convener: str = ""
    organisation_certified: Optional[bool] = None
    source: str = SOURCE_API
    course_date: str = ""
    """The page's "Course Date" text as shown (``June 2, 2025 to June 4, 2025``)."""
    certificate_type: str = ""
    issued_at: str = ""
    revoked_at: str = ""
    web_url: str = ""
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """The API's document, or the page's rows (label -> value)."""

    @property
    def valid(self) -> bool:
        return self.status == "valid"


def not_found(certificate_id: str, source: str = SOURCE_API, web_url: str = "") -> Verification:
    return Verification(
        found=False,
        status="not_found",
        certificate_id=certificate_id,
        source=source,
        web_url=web_url,
    )


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


def _iso_date(value: Any) -> str:
    text = _text(value)[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return ""


def from_api(doc: Any, certificate_id: str = "") -> Verification:
    """The API v1 verification document (``GET /api/v1/certificates/{id}/``) as a record."""
    if not isinstance(doc, dict) or not _text(doc.get("certificate_id") or certificate_id):
        raise InvalidResponseError("The certificate is not what the certificates API promises.")
    status = _text(doc.get("status")).lower()
    if status not in ("valid", "revoked"):
        status = "revoked" if doc.get("revoked_at") else "valid"
    certified = doc.get("organisation_certified")
    raw_links = doc.get("links")
    links: Dict[str, Any] = raw_links if isinstance(raw_links, dict) else {}
    hours = doc.get("instruction_hours")
    return Verification(
        found=True,
        status=status,
        certificate_id=_text(doc.get("certificate_id")) or certificate_id,
        attendee_name=_text(doc.get("attendee_name")),
        organisation_name=_text(doc.get("organisation_name")),
        course_type=_text(doc.get("course_type_name")),
        start_date=_iso_date(doc.get("start_date")),
        end_date=_iso_date(doc.get("end_date")),
        language=_text(doc.get("language")) or _text(doc.get("course_language")),
        training_centre=_text(doc.get("training_centre_name")),
        trained_competence=_text(doc.get("trained_competence")),
        instruction_hours=_text(hours),
        convener=_text(doc.get("course_convener_name")),
        organisation_certified=certified if isinstance(certified, bool) else None,
        source=SOURCE_API,
        certificate_type=_text(doc.get("certificate_type_name") or doc.get("certificate_type")),
        issued_at=_text(doc.get("issued_at")),
        revoked_at=_text(doc.get("revoked_at")),
        web_url=_text(links.get("web")),
        data=doc,
    )


# --------------------------------------------------------------------------- the live page

LIVE_LABELS = {
    "id": "certificate_id",
    "certificate id": "certificate_id",
    "attendee name": "attendee_name",
    "project": "project",
    "certifying organisation": "organisation_name",
    "certifying organization": "organisation_name",
    "training center": "training_centre",
    "training centre": "training_centre",
    "course language": "language",
    "trained competence(s)": "trained_competence",
    "trained competence": "trained_competence",
    "trained competences": "trained_competence",
    "course type": "course_type",
    "course date": "course_date",
    "instruction hours": "instruction_hours",
    "course convener": "convener",
    "status": "status",
    "organisation certified today": "organisation_certified",
    "organization certified today": "organisation_certified",
}
"""The page's labels (ARCHITECTURE §4; this server's page adds Status and whether the
organisation is certified today), compared without case, spacing or a trailing colon."""

_SKIPPED_TAGS = ("script", "style", "template", "noscript")
_BREAKS = ("br", "p", "div", "li")


def _clean(text: str) -> str:
    return " ".join(text.split())


def _label_key(text: str) -> str:
    return _clean(text).rstrip(":").strip().casefold()


class _PageReader(HTMLParser):
    """Rows of table cells (text, unescaped once) and the page's whole text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: List[List[str]] = []
        self.words: List[str] = []
        self._row: Optional[List[str]] = None
        self._cell: Optional[List[str]] = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip += 1
        elif tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            self._cell = []
        elif tag in _BREAKS and self._cell is not None:
            self._cell.append(" ")

    def handle_startendtag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        if tag in _BREAKS and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag in ("tr", "table"):
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.words.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._row.append(_clean("".join(self._cell)))
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row:
            self.rows.append(self._row)
        self._row = None

    def close(self) -> None:
        super().close()
        self._end_row()


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DATE_RE = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_course_dates(text: str) -> Tuple[str, str]:
    """(start, end) ISO dates of the page's "June 2, 2025 to June 4, 2025" (Django's
    ``N j, Y``: ``Sept. 2, 2025`` too, or ISO dates); "" for what cannot be read."""
    found: List[str] = []
    for match in _DATE_RE.finditer(text):
        month = _MONTHS.get(match.group(1).casefold())
        if month is None:
            continue
        try:
            found.append(date(int(match.group(3)), month, int(match.group(2))).isoformat())
        except ValueError:
            continue
    if not found:
        for match in _ISO_RE.finditer(text):
            try:
                found.append(date(*(int(part) for part in match.groups())).isoformat())
            except ValueError:
                continue
    if not found:
        return "", ""
    return found[0], found[-1]


def _yes_no(text: str) -> Optional[bool]:
    word = text.strip().casefold()
    if word in ("yes", "true", "certified", "✓"):
        return True
    if word in ("no", "false", "not certified", "✗"):
        return False
    return None


def from_live_page(html: str, certificate_id: str = "", url: str = "") -> Verification:
    """The live site's verification page as a record (``source="live"``).

    Found: the label/value rows (extra rows and markup ignored); not found: the page's "Sorry,
    no certificate…" sentence. Anything else raises ``UnreadableCertificatePage``.
    """
    reader = _PageReader()
    try:
        reader.feed(html or "")
        reader.close()
    except (AssertionError, ValueError) as exc:  # pragma: no cover - html.parser is lenient
        raise UnreadableCertificatePage(
            f"The certificate page could not be read: {exc}", url
        ) from None
    values: Dict[str, str] = {}
    rows: Dict[str, str] = {}
    for row in reader.rows:
        if len(row) < 2:
            continue
        label, value = row[0], " ".join(cell for cell in row[1:] if cell)
        rows[label] = value
        key = LIVE_LABELS.get(_label_key(label))
        if key is not None and key not in values:
            values[key] = value
    page_text = _clean("".join(reader.words))
    if not values.get("certificate_id") and not values.get("attendee_name"):
        if _clean(NOT_FOUND_TEXT).casefold() in page_text.casefold():
            return not_found(certificate_id, SOURCE_LIVE, url)
        raise UnreadableCertificatePage(
            "The certificate page could not be read: it shows neither a certificate's details "
            "nor the answer that none was issued with this number.",
            url,
        )
    status = values.get("status", "").casefold()
    start, end = parse_course_dates(values.get("course_date", ""))
    return Verification(
        found=True,
        status="revoked" if "revoked" in status else "valid",
        certificate_id=normalise_certificate_id(values.get("certificate_id", ""))
        or values.get("certificate_id", "")
        or certificate_id,
        attendee_name=values.get("attendee_name", ""),
        organisation_name=values.get("organisation_name", ""),
        course_type=values.get("course_type", ""),
        start_date=start,
        end_date=end,
        language=values.get("language", ""),
        training_centre=values.get("training_centre", ""),
        trained_competence=values.get("trained_competence", ""),
        instruction_hours=values.get("instruction_hours", ""),
        convener=values.get("convener", ""),
        organisation_certified=_yes_no(values.get("organisation_certified", "")),
        source=SOURCE_LIVE,
        course_date=values.get("course_date", ""),
        web_url=url,
        data=rows,
    )


# --------------------------------------------------------------------------- costs


@dataclass(frozen=True)
class Credits:
    """An organisation's credits as ``GET /api/v1/me/organisations/`` reports them."""

    balance: int = 0
    price_per_credit_cents: int = PRICE_PER_CREDIT_CENTS
    currency: str = CURRENCY
    credits_per_certificate: int = CREDITS_PER_CERTIFICATE

    @classmethod
    def parse(cls, data: Any) -> Credits:
        doc = data if isinstance(data, dict) else {}

        def number(key: str, default: int) -> int:
            value = doc.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else default

        currency = doc.get("currency")
        return cls(
            balance=number("balance", 0),
            price_per_credit_cents=number("price_per_credit_cents", PRICE_PER_CREDIT_CENTS),
            currency=currency if isinstance(currency, str) and currency else CURRENCY,
            credits_per_certificate=max(1, number("credits_per_certificate", 1)),
        )


@dataclass(frozen=True)
class Cost:
    """What issuing ``certificates`` costs against ``balance``."""

    certificates: int
    credits: int
    price_cents: int
    balance: int
    currency: str = CURRENCY

    @property
    def balance_after(self) -> int:
        """The balance once issued; negative when the credits do not suffice."""
        return self.balance - self.credits

    @property
    def missing(self) -> int:
        """Credits to buy before the batch can be issued (0 when it can)."""
        return max(0, -self.balance_after)

    @property
    def affordable(self) -> bool:
        return self.missing == 0


def cost(count: int, balance: int, credits: Optional[Credits] = None) -> Cost:
    """N certificates = N * credits per certificate credits = that many * the credit price."""
    terms = credits or Credits(balance=balance)
    number = max(0, int(count))
    needed = number * terms.credits_per_certificate
    return Cost(number, needed, needed * terms.price_per_credit_cents, int(balance), terms.currency)


def format_money(cents: int, currency: str = CURRENCY) -> str:
    """``€60.00`` (other currencies as ``60.00 USD``)."""
    if cents < 0:
        return "-" + format_money(-cents, currency)
    amount = f"{cents // 100:,}.{cents % 100:02d}"
    return f"€{amount}" if currency == "EUR" else f"{amount} {currency}"


def cost_line(count: int, balance: int, credits: Optional[Credits] = None) -> str:
    """``3 certificates = 3 credits = €60.00 · balance after: 17`` (English; the issue
    dialog builds its translated line from ``cost()``'s numbers)."""
    found = cost(count, balance, credits)
    noun = "certificate" if found.certificates == 1 else "certificates"
    unit = "credit" if found.credits == 1 else "credits"
    line = (
        f"{found.certificates} {noun} = {found.credits} {unit} = "
        f"{format_money(found.price_cents, found.currency)} \u00b7 "
        f"balance after: {found.balance_after}"
    )
    if found.missing:
        line += f" ({found.missing} missing)"
    return line


def missing_credits(count: int, balance: int, credits: Optional[Credits] = None) -> int:
    return cost(count, balance, credits).missing
