"""Zip archives (plain zips, OOXML, ODF, QGIS .qgz) checked before they are stored.

A reviewer's tools will unpack what applicants upload, so an archive is refused when unpacking
it could hurt: a bomb (far more data out than in), path traversal (a member written outside
the folder it is unpacked in), or a symbolic link. The central directory's declared sizes are
checked first (cheap); then every member is read through (bounded by those sizes, because
``zipfile`` stops at the declared size) so a member that lies about its size fails its CRC.
Nested archives are counted, never opened.

Pure: no Django. :class:`ZipLimits` carries the limits; the caller reads them from settings.
"""

from __future__ import annotations

import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import IO

MB = 1 << 20

#: Extensions of members that are archives themselves (counted, not expanded).
ARCHIVE_SUFFIXES = (".zip", ".qgz", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".jar")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_DRIVE = re.compile(r"^[A-Za-z]:")
_READ_CHUNK = MB


class ZipRefused(ValueError):
    """The archive is refused; the message says why, for the applicant."""


@dataclass(frozen=True)
class ZipLimits:
    """What an archive may hold. ``ratio_floor``: members expanding to less than this are
    never refused for their ratio (small, very repetitive files compress extremely well)."""

    max_members: int = 10_000
    max_total_bytes: int = 2 * 1024 * MB
    max_ratio: int = 100
    ratio_floor: int = MB
    max_nested_archives: int = 100
    verify_data: bool = True


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name would escape the folder it is unpacked in, or ``None``."""
    if not name:
        return "a member has an empty name"
    if "\x00" in name:
        return f"the member name {name!r} contains a NUL character"
    if "\\" in name:
        return f"the member name {name!r} contains a backslash"
    if name.startswith("/"):
        return f"the member name {name!r} is an absolute path"
    if _DRIVE.match(name):
        return f"the member name {name!r} starts with a drive letter"
    if ".." in name.split("/"):
        return f"the member name {name!r} climbs out of the archive with '..'"
    return None


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return bool(mode) and stat.S_ISLNK(mode)


def _is_archive(info: zipfile.ZipInfo, head: bytes) -> bool:
    return info.filename.lower().endswith(ARCHIVE_SUFFIXES) or head[:4] in ZIP_MAGIC


def _check_directory(infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    """Refusals decided from the central directory alone."""
    if len(infos) > limits.max_members:
        raise ZipRefused(
            f"The archive has {len(infos)} members; at most {limits.max_members} are allowed."
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        reason = unsafe_name_reason(info.filename)
        if reason:
            raise ZipRefused(f"The archive is unsafe to unpack: {reason}.")
        if _is_symlink(info):
            raise ZipRefused(
                f"The archive is unsafe to unpack: the member {info.filename!r} is a symbolic link."
            )
        if info.flag_bits & 0x1:
            raise ZipRefused(
                f"The member {info.filename!r} is encrypted: encrypted archives cannot be checked."
            )
        folded = info.filename.casefold()
        if folded in seen:
            raise ZipRefused(f"The archive holds the member {info.filename!r} twice.")
        seen.add(folded)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ZipRefused(
                "The archive would unpack to more than "
                f"{limits.max_total_bytes} bytes (the limit); it looks like a zip bomb."
            )
        if info.file_size >= limits.ratio_floor:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise ZipRefused(
                    f"The member {info.filename!r} expands {ratio:.0f} times "
                    f"(at most {limits.max_ratio} allowed); it looks like a zip bomb."
                )
    _check_no_overlap(infos)


def _check_no_overlap(infos: list[zipfile.ZipInfo]) -> None:
    """Members sharing compressed data (the "overlapping files" bomb) are refused."""
    spans = sorted((info.header_offset, info.compress_size, info.filename) for info in infos)
    for (start, size, name), (next_start, _size, next_name) in zip(spans, spans[1:]):
        # The local header (30 bytes at least) and the data lie before the next member.
        if next_start < start + 30 + size:
            raise ZipRefused(
                f"The members {name!r} and {next_name!r} overlap; it looks like a zip bomb."
            )


def _read_through(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> int:
    """Read every member (output bounded by its declared size); the number of nested archives."""
    nested = 0
    for info in infos:
        if info.is_dir():
            continue
        with archive.open(info) as member:
            head = member.read(4)
            if _is_archive(info, head):
                nested += 1
            while member.read(_READ_CHUNK):
                pass
    return nested


def check_zip(fileobj: IO[bytes], limits: ZipLimits | None = None) -> list[str]:
    """Check the archive in ``fileobj`` (seekable); its member names, or :class:`ZipRefused`."""
    limits = limits or ZipLimits()
    try:
        with zipfile.ZipFile(fileobj) as archive:
            infos = archive.infolist()
            _check_directory(infos, limits)
            if limits.verify_data:
                nested = _read_through(archive, infos)
            else:
                nested = sum(1 for info in infos if _is_archive(info, b""))
            names = [info.filename for info in infos]
    except ZipRefused:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        struct.error,
    ) as error:
        raise ZipRefused(f"The archive is damaged or not a zip archive ({error}).") from None
    except (NotImplementedError, RuntimeError) as error:  # unknown compression, encryption
        raise ZipRefused(f"The archive cannot be checked ({error}).") from None
    finally:
        fileobj.seek(0)
    if nested > limits.max_nested_archives:
        raise ZipRefused(
            f"The archive holds {nested} archives; at most {limits.max_nested_archives} allowed."
        )
    return names
