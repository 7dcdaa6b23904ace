"""``multipart/form-data`` (RFC 7578) for small parts held in memory.

Good for a logo, a scanned form or a short PDF sent with an API request. Large uploads
(training material, certificate batches) must not be read into memory: they are the job of
``qgis_io/uploads.py`` (``QHttpMultiPart`` streaming with progress and cancel, the same
part headers), so ``encode_multipart`` refuses bodies over ``MAX_IN_MEMORY_BYTES``.
"""

from __future__ import annotations

import uuid
from typing import Iterable, List, Mapping, NamedTuple, Optional, Tuple

MAX_IN_MEMORY_BYTES = 16 * 1024 * 1024
"""Largest body built in memory; anything bigger belongs to a streaming upload."""


class FilePart(NamedTuple):
    """One file of a form: field ``name``, the ``filename`` the server sees, its bytes."""

    name: str
    filename: str
    content: bytes
    content_type: str = "application/octet-stream"


def quote_param(value: str) -> str:
    """A ``Content-Disposition`` parameter value as browsers send it (RFC 7578 §4.2):
    UTF-8, with quote, CR and LF percent-encoded so a name cannot end the header."""
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def form_data_disposition(name: str, filename: Optional[str] = None) -> str:
    """The ``Content-Disposition`` value of a form part (a file part when ``filename``)."""
    value = f'form-data; name="{quote_param(name)}"'
    if filename is not None:
        value += f'; filename="{quote_param(filename)}"'
    return value


def header_value(value: str) -> str:
    """A header value on one line (a content type from a caller cannot inject headers)."""
    return " ".join(value.replace("\r", " ").replace("\n", " ").split())


def new_boundary() -> str:
    return "certification-" + uuid.uuid4().hex


def encode_multipart(
    fields: Optional[Mapping[str, str]] = None,
    files: Iterable[FilePart] = (),
    boundary: str = "",
) -> Tuple[bytes, str]:
    """(body, ``Content-Type`` header value) for ``fields`` (text, UTF-8) and ``files``.

    Raises ``ValueError`` when the body would pass ``MAX_IN_MEMORY_BYTES``.
    """
    parts: List[Tuple[bytes, bytes]] = []
    for name, value in (fields or {}).items():
        head = f"Content-Disposition: {form_data_disposition(str(name))}\r\n"
        parts.append((head.encode("utf-8"), str(value).encode("utf-8")))
    for part in files:
        part = FilePart(*part)
        head = (
            f"Content-Disposition: {form_data_disposition(part.name, part.filename)}\r\n"
            f"Content-Type: {header_value(part.content_type) or 'application/octet-stream'}\r\n"
        )
        parts.append((head.encode("utf-8"), bytes(part.content)))
    size = sum(len(header) + len(content) for header, content in parts)
    if size > MAX_IN_MEMORY_BYTES:
        raise ValueError(
            f"The form is {size} bytes, more than the {MAX_IN_MEMORY_BYTES} bytes built in "
            "memory; send large files with a streaming upload."
        )
    chosen = boundary or new_boundary()
    while any(chosen.encode("ascii") in content for _header, content in parts):
        chosen = new_boundary()  # astronomically rare, but a boundary must not occur inside
    marker = b"--" + chosen.encode("ascii")
    chunks: List[bytes] = []
    for header, content in parts:
        chunks += [marker, b"\r\n", header, b"\r\n", content, b"\r\n"]
    chunks += [marker, b"--\r\n"]
    return b"".join(chunks), f"multipart/form-data; boundary={chosen}"
