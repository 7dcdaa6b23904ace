"""Page-number pagination with the live organisations feed's rules.

``page_size`` defaults to 10 and is capped at 100; ``0``, negative or non-numeric sizes mean
the default. Numbers are read by the shared parser (:mod:`certification_server.params`).
``page`` is 1-based (``last`` is accepted); a page that does not exist is an error
(the view answers 404 ``{"detail": "Invalid page."}``). ``next``/``previous`` are absolute URLs
built from the host the request reached, with the query parameters sorted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from django.http import HttpRequest

from certification_server import params

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100
INVALID_PAGE = "Invalid page."


class InvalidPage(Exception):
    """The requested page does not exist."""


@dataclass(frozen=True)
class Page:
    number: int
    size: int
    count: int
    num_pages: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def page_size_from(raw: str | None) -> int:
    """The page size asked for, defaulted and capped as the live feed does.

    What the shared parser refuses (not a whole number >= 1 in ASCII digits, control
    characters, far too long) means the default here, as the live site answers it.
    """
    if raw is None:
        return DEFAULT_PAGE_SIZE
    try:
        size = params.parse_positive_int(raw)
    except params.ParamError:
        return DEFAULT_PAGE_SIZE
    return min(size, MAX_PAGE_SIZE)


def make_page(raw_page: str | None, size: int, count: int) -> Page:
    """Validate ``page`` against ``count`` rows; an empty first page is allowed."""
    num_pages = max(1, math.ceil(count / size))
    if raw_page is None or raw_page == "":
        number = 1
    elif raw_page == "last":
        number = num_pages
    else:
        # Anything the shared parser refuses ("²", "٢", NUL, 10**30) is the live 404.
        try:
            number = params.parse_positive_int(raw_page)
        except params.ParamError:
            raise InvalidPage(INVALID_PAGE) from None
    if not 1 <= number <= num_pages:
        raise InvalidPage(INVALID_PAGE)
    return Page(number=number, size=size, count=count, num_pages=num_pages)


def _with_page(url: str, number: int | None) -> str:
    """``url`` with ``page`` set to ``number`` (removed when ``None``), parameters sorted."""
    scheme, netloc, path, query, fragment = urlsplit(url)
    params = parse_qs(query, keep_blank_values=True)
    params.pop("page", None)
    if number is not None:
        params["page"] = [str(number)]
    query = urlencode(sorted(params.items()), doseq=True)
    return urlunsplit((scheme, netloc, path, query, fragment))


def next_link(request: HttpRequest, page: Page) -> str | None:
    if not page.has_next:
        return None
    return _with_page(request.build_absolute_uri(), page.number + 1)


def previous_link(request: HttpRequest, page: Page) -> str | None:
    if not page.has_previous:
        return None
    target = page.number - 1
    return _with_page(request.build_absolute_uri(), None if target == 1 else target)
