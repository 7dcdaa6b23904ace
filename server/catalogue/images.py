"""Uploaded images that end up printed on certificates: conveners' signatures, course templates.

An upload is accepted only when Pillow really decodes it as PNG or JPEG (not merely when its
name or first bytes say so), within a size and a pixel limit checked before decoding, so a
truncated file, a GIF renamed ``.png`` or a decompression bomb is refused with a message.
"""

from __future__ import annotations

import io
import uuid
import warnings
from typing import Any

from django.core.files.base import ContentFile
from PIL import Image

from .validation import FieldError

MAX_BYTES = 1024 * 1024
MAX_SIDE = 3000
_EXTENSIONS = {"PNG": "png", "JPEG": "jpg"}


def _read(upload: Any, max_bytes: int) -> bytes:
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes:
        raise FieldError(f"The image is larger than {max_bytes // 1024} KB.")
    if isinstance(upload, (bytes, bytearray)):
        data = bytes(upload[: max_bytes + 1])
    elif hasattr(upload, "read"):
        if hasattr(upload, "seek"):
            upload.seek(0)
        data = upload.read(max_bytes + 1)
    else:
        raise FieldError("Upload a PNG or JPEG file.")
    if len(data) > max_bytes:
        raise FieldError(f"The image is larger than {max_bytes // 1024} KB.")
    if not data:
        raise FieldError("The file is empty.")
    return bytes(data)


def checked_image(
    upload: Any, *, max_bytes: int = MAX_BYTES, max_side: int = MAX_SIDE
) -> ContentFile:
    """The upload as a ``ContentFile`` named ``<random>.png|jpg``, or :class:`FieldError`."""
    data = _read(upload, max_bytes)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                kind = probe.format
                width, height = probe.size
                if kind not in _EXTENSIONS:
                    raise FieldError("Only PNG and JPEG images are accepted.")
                if width > max_side or height > max_side:
                    raise FieldError(
                        f"The image is {width}x{height} pixels; at most {max_side}x{max_side}."
                    )
                probe.verify()
            # verify() checks the structure; decoding every pixel catches truncated data.
            with Image.open(io.BytesIO(data)) as image:
                image.load()
    except FieldError:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, Warning):
        raise FieldError("The file is not a readable PNG or JPEG image.") from None
    return ContentFile(data, name=f"{uuid.uuid4().hex}.{_EXTENSIONS[kind]}")
