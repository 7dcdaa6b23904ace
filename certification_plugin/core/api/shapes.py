"""Strict reading of an API answer's shape: a JSON object or list where the API promises one.

The applications and reviews clients (and any other workflow API) refuse an answer whose
shape is not the documented one with the same ``InvalidResponseError``, naming the API.
"""

from __future__ import annotations

from typing import Any, Dict, List

from ..errors import InvalidResponseError


class ShapeCheck:
    """The checks for one API (``api`` names it in the error: "the reviews API")."""

    def __init__(self, api: str) -> None:
        self.api = api

    def fail(self, what: str, url: str) -> InvalidResponseError:
        return InvalidResponseError(f"{what} is not what the {self.api} API promises.", url)

    def dict(self, value: Any, what: str, url: str) -> Dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(what, url)
        return value

    def list(self, value: Any, what: str, url: str) -> List[Any]:
        if not isinstance(value, list):
            raise self.fail(what, url)
        return value
