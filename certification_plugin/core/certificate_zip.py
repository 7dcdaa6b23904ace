"""A course's zip of certificate PDFs, unpacked into a folder the user chose, safely.

The zip comes from the network: a member's name could climb out of the folder
(``../../.bashrc``, ``/etc/x``, ``C:\\x``), be a link, or unpack to far more than it weighs.
Only members named exactly ``QGIS-<n>.pdf`` (no folder part) are written, each at most
``MAX_MEMBER_BYTES``, streamed to ``<name>.part`` and renamed when complete; every other
member is refused and reported, never written.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from typing import Callable, List, Optional

MEMBER_NAME = re.compile(r"QGIS-[1-9][0-9]{0,11}\.pdf")
MAX_MEMBER_BYTES = 50 << 20
MAX_TOTAL_BYTES = 4 << 30
_CHUNK = 1 << 20


class CertificateZipError(Exception):
    """The file is not a zip, or writing into the folder failed."""


@dataclass
class Extracted:
    """What was written (full paths) and the member names refused."""

    written: List[str] = field(default_factory=list)
    refused: List[str] = field(default_factory=list)


def is_certificate_member(info: zipfile.ZipInfo) -> bool:
    """A plain file named ``QGIS-<n>.pdf`` at the zip's top, not a link, not too large."""
    if not MEMBER_NAME.fullmatch(info.filename) or info.is_dir():
        return False
    mode = info.external_attr >> 16
    if mode and stat.S_ISLNK(mode):
        return False
    return 0 <= info.file_size <= MAX_MEMBER_BYTES


def extract_certificates(
    archive: str, folder: str, is_cancelled: Optional[Callable[[], bool]] = None
) -> Extracted:
    """Write the certificate PDFs of ``archive`` into ``folder`` (made if missing); an
    existing file of the same name is replaced (the server's copy is newer)."""
    result = Extracted()
    try:
        zipped = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as exc:
        raise CertificateZipError(f"The download is not a zip file: {exc}") from exc
    total = 0
    with zipped:
        os.makedirs(folder, exist_ok=True)
        for info in zipped.infolist():
            if is_cancelled is not None and is_cancelled():
                break
            if not is_certificate_member(info):
                result.refused.append(info.filename)
                continue
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                result.refused.append(info.filename)
                continue
            target = os.path.join(folder, info.filename)
            try:
                _write_member(zipped, info, target)
            except (OSError, zipfile.BadZipFile, ValueError) as exc:
                raise CertificateZipError(f"{info.filename} could not be written: {exc}") from exc
            result.written.append(target)
    return result


def _write_member(zipped: zipfile.ZipFile, info: zipfile.ZipInfo, target: str) -> None:
    """Stream one member to ``target``; stop at ``MAX_MEMBER_BYTES`` whatever it claims."""
    part = target + ".part"
    written = 0
    try:
        with zipped.open(info) as source, open(part, "wb") as sink:
            while True:
                chunk = source.read(_CHUNK)
                if not chunk:
                    break
                written += len(chunk)
                if written > MAX_MEMBER_BYTES:
                    raise ValueError("larger than it says")
                sink.write(chunk)
        os.replace(part, target)
    finally:
        with contextlib.suppress(OSError):
            os.remove(part)
