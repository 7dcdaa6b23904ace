"""The write-capable API client (ARCHITECTURE §7): ``ApiSession`` and what it raises."""

from __future__ import annotations

from ..errors import ConflictError, PayloadTooLarge, ValidationFailed
from .multipart import FilePart, encode_multipart
from .problems import field_errors
from .session import ApiResponse, ApiSession, new_idempotency_key

__all__ = [
    "ApiResponse",
    "ApiSession",
    "ConflictError",
    "FilePart",
    "PayloadTooLarge",
    "ValidationFailed",
    "encode_multipart",
    "field_errors",
    "new_idempotency_key",
]
