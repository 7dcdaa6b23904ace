"""Streaming a material upload to a temporary file, hashed and counted on the way.

Django's ``DATA_UPLOAD_MAX_MEMORY_SIZE`` covers form fields, not files: without a handler a
1 GB upload would be written to disk whole before anything could refuse it. This handler
behaves as Django's ``TemporaryFileUploadHandler`` (64 KB chunks to a temporary file, never
the whole file in memory) and also

* refuses at once, before reading the body, when ``Content-Length`` says the upload cannot
  fit (a little slack is left for the other form fields and the multipart framing);
* stops reading the moment the file passes its limit: the smaller of
  ``APPLICATION_MAX_FILE_BYTES`` and what is left of the application's
  ``APPLICATION_MAX_TOTAL_BYTES`` (413 ``{"detail", "code": "too_large", "limit", "scope"}``);
  the partial temporary file is deleted;
* computes the SHA-256 and the size while writing, so nothing reads the file twice for them;
* accepts exactly one file, in the field ``file``.

The quota is asked lazily (``remaining``) when the upload starts: the handler is installed
before authentication, since a session-authenticated POST is parsed by the CSRF check.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from django.core.files.uploadedfile import TemporaryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, TemporaryFileUploadHandler
from django.http import HttpRequest
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, ValidationError

FILE_FIELD = "file"
#: Content-Length beyond the file's limit that the other fields and the framing may take
#: (``checks`` alone may be 64 KB) before an upload is refused unread.
FRAMING_SLACK = 96 * 1024


class UploadTooLarge(APIException):
    """413 with the limit and its scope ("file" or "application")."""

    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"

    def __init__(self, *, limit: int, scope: str, remaining: int | None = None) -> None:
        if scope == "file":
            detail = _("The file is larger than {limit} bytes, the limit for one file.").format(
                limit=limit
            )
        else:
            detail = _(
                "The file does not fit in the application's {limit} bytes of material "
                "({remaining} bytes are left)."
            ).format(limit=limit, remaining=max(remaining or 0, 0))
        super().__init__(detail, self.default_code)
        self.extra: dict[str, Any] = {"limit": limit, "scope": scope}
        if remaining is not None:
            self.extra["remaining"] = max(remaining, 0)


class HashedUploadedFile(TemporaryUploadedFile):
    """A temporary uploaded file that knows its SHA-256 (hex) and its size in bytes."""

    sha256: str = ""


class LimitedUploadHandler(TemporaryFileUploadHandler):
    """See the module's docstring. ``remaining()``: bytes left of the application's quota."""

    def __init__(
        self,
        request: HttpRequest | None = None,
        *,
        max_file_bytes: int,
        max_total_bytes: int,
        remaining: Callable[[], int],
    ) -> None:
        super().__init__(request)
        self.max_file_bytes = max_file_bytes
        self.max_total_bytes = max_total_bytes
        self._remaining = remaining
        self.left: int | None = None
        self.files_seen = 0
        self.received = 0
        self._hash = hashlib.sha256()

    def _refusal(self) -> UploadTooLarge:
        left = self.left if self.left is not None else self._remaining()
        if self.max_file_bytes <= left:
            return UploadTooLarge(limit=self.max_file_bytes, scope="file")
        return UploadTooLarge(limit=self.max_total_bytes, scope="application", remaining=left)

    @property
    def limit(self) -> int:
        if self.left is None:
            self.left = self._remaining()
        return max(min(self.max_file_bytes, self.left), 0)

    def handle_raw_input(
        self,
        input_data: Any,
        META: dict[str, Any],
        content_length: int,
        boundary: Any,
        encoding: str | None = None,
    ) -> None:
        super().handle_raw_input(input_data, META, content_length, boundary, encoding)
        if content_length and content_length > self.limit + FRAMING_SLACK:
            raise self._refusal()

    def new_file(self, field_name: str, file_name: str, *args: Any, **kwargs: Any) -> None:
        self.files_seen += 1
        if field_name != FILE_FIELD or self.files_seen > 1:
            raise ValidationError(
                {FILE_FIELD: [_("Send one file per upload, in the field 'file'.")]}
            )
        # TemporaryFileUploadHandler's file, with a place for the digest.
        FileUploadHandler.new_file(self, field_name, file_name, *args, **kwargs)
        self.hashed = HashedUploadedFile(
            self.file_name or "", self.content_type, 0, self.charset, self.content_type_extra
        )
        self.file = self.hashed

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.upload_interrupted()
            raise self._refusal()
        self._hash.update(raw_data)
        self.file.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> HashedUploadedFile:
        self.hashed.seek(0)
        self.hashed.size = file_size
        self.hashed.sha256 = self._hash.hexdigest()
        return self.hashed

    def upload_interrupted(self) -> None:
        """Deletes the partial temporary file (NamedTemporaryFile deletes on close)."""
        file = getattr(self, "file", None)
        if file is not None and not file.closed:
            file.close()
