"""URL building for a certification server: base URL, feed and API URLs, web page URLs, slugs.

Users type the server address in many forms ("certification.qgis.org", ".../en/", with or
without a trailing slash); everything else is built from the one normalised form this module
returns, so the rest of the code never concatenates URLs by hand.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import quote, urlencode, urljoin, urlsplit, urlunsplit

LANGUAGE_PREFIX = "en"
"""The live site serves its feeds under a language prefix; English is the stable one."""

ORGANISATIONS_FEED = "feed/certifyingorganisations/"
UPCOMING_COURSES_FEED = "feed/upcoming-course/"
PAST_COURSES_FEED = "feed/past-course/"
TRAINING_CENTRES_FEED = "feed/training-center/"
ORGANISATION_FEEDS = ("training-center", "upcoming-course", "past-course")
API_ROOT = "api/v1/"

LIVE_SITE_SLUG_LENGTH = 50
LIVE_SITE_STOP_WORDS = frozenset(
    ("a", "an", "and", "if", "is", "the", "in", "i", "you", "other", "this", "that")
)
"""Words the live site drops from an organisation name before it makes the slug."""

# Letters NFKD does not decompose to ASCII; the live site transliterates them.
_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
        "ŧ": "t",
        "Ŧ": "T",
        "ŋ": "ng",
        "Ŋ": "NG",
    }
)
_SLUG_DROP = re.compile(r"[^\w\s-]")
_SLUG_SEPARATORS = re.compile(r"[-\s]+")
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_OTHER_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(?!\d)")
"""``mailto:``, ``javascript:``…: a scheme without ``//`` (``host:8000`` is a port)."""
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


def normalise_base_url(url: str) -> str:
    """The server root with a trailing slash: scheme and host lower-cased, no ``/en/``.

    Accepts "certification.qgis.org", "https://certification.qgis.org/en", ".../en/" and a
    deployment under a sub-path ("https://example.org/certification/"). No scheme means https.
    Raises ``ValueError`` for anything that is not an http(s) URL, and for URLs carrying a user
    name or password: credentials belong in the QGIS authentication database.
    """
    text = (url or "").strip()
    if not text:
        raise ValueError("The server address is empty.")
    if not _SCHEME_RE.match(text):
        other = _OTHER_SCHEME_RE.match(text)
        if other:
            raise ValueError(
                f"The server address must start with http:// or https://, not {other.group(1)}:"
            )
        text = "https://" + text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"The server address must start with http:// or https://, not {scheme}:")
    if parts.username or parts.password:
        raise ValueError(
            "The server address must not contain a user name or password; use an "
            "authentication configuration instead."
        )
    host = (parts.hostname or "").lower()
    if not host:
        raise ValueError("The server address has no host name.")
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"The server address has an invalid port: {exc}") from None
    netloc = f"{host}:{port}" if port else host
    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[-1].lower() == LANGUAGE_PREFIX:
        segments.pop()
    path = "/" + "".join(f"{s}/" for s in segments)
    return urlunsplit((scheme, netloc, path, "", ""))


def with_query(url: str, params: Mapping[str, object]) -> str:
    """``url`` with ``params`` appended (None values dropped); keeps an existing query."""
    items = [(k, str(v)) for k, v in params.items() if v is not None and v != ""]
    if not items:
        return url
    joiner = "&" if urlsplit(url).query else "?"
    return url + joiner + urlencode(items, safe=",")


class InvalidCountryCodeError(ValueError):
    """A value that is not a two-letter code; ``code`` is it trimmed and upper-cased."""

    def __init__(self, raw: object, code: str) -> None:
        super().__init__(f"{raw!r} is not a two-letter ISO 3166-1 country code.")
        self.code = code


def normalise_countries(countries: Iterable[str]) -> Tuple[str, ...]:
    """Upper-case ISO 3166-1 alpha-2 codes, trimmed, de-duplicated, in the given order.

    A single string is accepted as a comma-separated list ("ro, se"). Raises
    ``InvalidCountryCodeError`` (a ``ValueError``) for the first code that is not two letters.
    """
    if isinstance(countries, str):
        countries = countries.split(",")
    seen: List[str] = []
    for raw in countries:
        code = str(raw).strip().upper()
        if not code:
            continue
        if not _COUNTRY_RE.match(code):
            raise InvalidCountryCodeError(raw, code)
        if code not in seen:
            seen.append(code)
    return tuple(seen)


def _site(base_url: str, path: str) -> str:
    return normalise_base_url(base_url) + path


def localised(base_url: str, path: str) -> str:
    """A page or feed under the language prefix: ``<base>/en/<path>``."""
    return _site(base_url, f"{LANGUAGE_PREFIX}/{path}")


def organisations_feed_url(
    base_url: str, countries: Sequence[str] = (), page_size: Optional[int] = None
) -> str:
    return with_query(
        localised(base_url, ORGANISATIONS_FEED),
        {"country": ",".join(countries) or None, "page_size": page_size},
    )


def upcoming_courses_feed_url(base_url: str, countries: Sequence[str] = ()) -> str:
    return with_query(
        localised(base_url, UPCOMING_COURSES_FEED), {"country": ",".join(countries) or None}
    )


def past_courses_feed_url(base_url: str) -> str:
    return localised(base_url, PAST_COURSES_FEED)


def training_centres_feed_url(base_url: str) -> str:
    return localised(base_url, TRAINING_CENTRES_FEED)


def organisation_feed_url(base_url: str, slug: str, feed: str) -> str:
    """One organisation's feed; ``feed`` is one of ``ORGANISATION_FEEDS``."""
    if feed not in ORGANISATION_FEEDS:
        raise ValueError(f"Unknown organisation feed {feed!r}.")
    return localised(base_url, f"certifyingorganisation/{quote(slug, safe='')}/feed/{feed}/")


def organisation_page_url(base_url: str, slug: str) -> str:
    """The organisation's page on the website; "" when there is no slug to point at."""
    if not slug:
        return ""
    return localised(base_url, f"certifyingorganisation/{quote(slug, safe='')}/")


def course_page_url(base_url: str, organisation_slug: str, course_slug: str) -> str:
    if not organisation_slug or not course_slug:
        return ""
    return localised(
        base_url,
        f"certifyingorganisation/{quote(organisation_slug, safe='')}/course/"
        f"{quote(course_slug, safe='')}/",
    )


def certificate_page_url(base_url: str, certificate_id: str) -> str:
    """The public verification page of a certificate (``QGIS-1234``)."""
    return localised(base_url, f"certificate/{quote(certificate_id.strip(), safe='')}/")


def api_url(base_url: str, path: str = "", params: Optional[Mapping[str, object]] = None) -> str:
    """``<base>/api/v1/<path>`` with a query built from ``params``."""
    return with_query(_site(base_url, API_ROOT + path.lstrip("/")), params or {})


def same_origin(url: str, reference: str) -> str:
    """``url`` moved onto the scheme and host of ``reference`` when they differ.

    Servers build ``next`` links from the host the request reached; behind a proxy that can be
    an internal name or plain http. Following the path and query on the origin we asked keeps
    the client on the server (and the authentication) the user chose.
    """
    target = urlsplit(urljoin(reference, url))
    ref = urlsplit(reference)
    if (target.scheme, target.netloc) == (ref.scheme, ref.netloc):
        return urlunsplit(target)
    return urlunsplit((ref.scheme, ref.netloc, target.path, target.query, ""))


def slugify(value: str, allow_unicode: bool = False) -> str:
    """Django's ``slugify``: the same output for the same input, without importing Django.

    Fold to ASCII (unless ``allow_unicode``), lower-case, drop what is neither a word
    character, a space nor a hyphen, collapse runs of spaces and hyphens to one hyphen, and
    trim hyphens and underscores from both ends.
    """
    text = str(value)
    if allow_unicode:
        text = unicodedata.normalize("NFKC", text)
    else:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _SLUG_DROP.sub("", text.lower())
    return _SLUG_SEPARATORS.sub("-", text).strip("-_")


def live_site_slug(name: str) -> str:
    """The slug certification.qgis.org gives an organisation of this name (best effort).

    The site drops a few English stop words, transliterates to ASCII, slugifies and keeps 50
    characters. Its transliteration covers every script; ours covers Latin letters only, and
    a name that clashed with an existing one got a numeric suffix we cannot know. So this is
    the likely page, not a guaranteed one; "" when nothing ASCII is left (e.g. a name only in
    Chinese characters).
    """
    words = [w for w in str(name).split() if w.lower() not in LIVE_SITE_STOP_WORDS]
    folded = " ".join(words).translate(_TRANSLITERATE)
    return slugify(slugify(folded)[:LIVE_SITE_SLUG_LENGTH])
