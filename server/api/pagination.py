"""Page-number pagination for lists built as plain dicts (no per-row serializer work)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rest_framework.utils.urls import replace_query_param

from certification_server import params

from .exceptions import InvalidPage

if TYPE_CHECKING:
    from rest_framework.request import Request

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 5000


def parse_page(raw: str) -> int:
    return params.parse_positive_int(raw)


def parse_page_size(raw: str) -> int:
    """Sizes above the maximum are capped, not refused; 0 and negatives are refused."""
    return min(params.parse_positive_int(raw), MAX_PAGE_SIZE)


@dataclass(frozen=True)
class Page:
    number: int
    size: int
    count: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def last(self) -> int:
        return max(1, math.ceil(self.count / self.size))

    def links(self, request: Request) -> tuple[str | None, str | None]:
        """Absolute ``next`` and ``previous`` URLs, keeping every other parameter."""
        url = request.build_absolute_uri()
        following = replace_query_param(url, "page", self.number + 1)
        preceding = replace_query_param(url, "page", self.number - 1)
        return (
            following if self.number < self.last else None,
            preceding if self.number > 1 else None,
        )


def make_page(count: int, number: int | None, size: int | None) -> Page:
    page = Page(number=number or 1, size=size or DEFAULT_PAGE_SIZE, count=count)
    if page.number > page.last:
        raise InvalidPage()
    return page
