"""Zip archives against bombs, path traversal and links (applications.zip_checks).

The bombs are built here: a few kilobytes of deflated zeros that would unpack to more than
the limit, a member whose ratio is past 100:1, members sharing one compressed stream (the
"overlapping files" bomb) and a member that lies about its size.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile

import pytest
from applications.zip_checks import ZipLimits, ZipRefused, check_zip, unsafe_name_reason

MB = 1 << 20


def build(*members: tuple[str | zipfile.ZipInfo, bytes], deflate: bool = True) -> io.BytesIO:
    data = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(data, "w", method) as archive:
        for name, content in members:
            archive.writestr(name, content)
    data.seek(0)
    return data


def refused(data: io.BytesIO, limits: ZipLimits | None = None) -> str:
    with pytest.raises(ZipRefused) as caught:
        check_zip(data, limits)
    return str(caught.value)


def test_a_plain_archive_passes_and_names_its_members():
    data = build(("readme.txt", b"hello"), ("data/points.csv", b"x,y\n1,2\n"), ("data/", b""))
    assert check_zip(data) == ["readme.txt", "data/points.csv", "data/"]
    assert data.tell() == 0  # left at the start for the next reader


def test_total_size_bomb_of_a_few_kilobytes_is_refused():
    bomb = build(("zeros.bin", bytes(20 * MB)))
    assert len(bomb.getvalue()) < 40_000  # a few KB on the wire
    limits = ZipLimits(max_total_bytes=10 * MB, max_ratio=10_000)
    message = refused(bomb, limits)
    assert "more than 10485760 bytes" in message and "zip bomb" in message


def test_total_counts_every_member():
    archive = build(*((f"part{i}.bin", bytes(3 * MB)) for i in range(4)))
    limits = ZipLimits(max_total_bytes=10 * MB, max_ratio=10_000)
    assert "more than" in refused(archive, limits)
    assert len(check_zip(archive, ZipLimits(max_total_bytes=12 * MB, max_ratio=10_000))) == 4


def test_ratio_past_the_limit_is_refused_above_the_floor():
    bomb = build(("zeros.bin", bytes(2 * MB)))
    message = refused(bomb)
    assert "'zeros.bin' expands" in message and "at most 100" in message
    # Below the floor the same ratio is fine (small repetitive files compress very well).
    assert check_zip(build(("zeros.bin", bytes(512 * 1024))))


def test_too_many_members():
    archive = build(*((f"f{i}.txt", b"x") for i in range(30)))
    assert "30 members; at most 20" in refused(archive, ZipLimits(max_members=20))


def test_nested_archives_are_counted_not_expanded():
    inner = build(("zeros.bin", bytes(MB))).getvalue()  # a bomb inside is not opened
    archive = build(*((f"inner{i}.zip", inner) for i in range(3)), deflate=False)
    assert len(check_zip(archive, ZipLimits(max_nested_archives=3))) == 3
    assert "3 archives; at most 2" in refused(archive, ZipLimits(max_nested_archives=2))
    # Told by content too, whatever the member's name.
    renamed = build(("inner.dat", inner), ("inner2.dat", inner), deflate=False)
    assert "2 archives" in refused(renamed, ZipLimits(max_nested_archives=1))


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../escape.txt", "climbs out"),
        ("data/../../escape.txt", "climbs out"),
        ("/etc/passwd", "absolute path"),
        ("C:/Windows/win.ini", "drive letter"),
        ("c:escape.txt", "drive letter"),
        ("data\\..\\escape.txt", "backslash"),
    ],
)
def test_path_traversal_is_refused(name, reason):
    message = refused(build(("ok.txt", b"x"), (name, b"x")))
    assert "unsafe to unpack" in message and reason in message


def test_names_that_only_look_odd_are_fine():
    assert unsafe_name_reason("data/..hidden/file.txt") is None
    assert unsafe_name_reason("a..b.txt") is None
    assert unsafe_name_reason("Română/中文.txt") is None


def test_symbolic_link_member_is_refused():
    link = zipfile.ZipInfo("data/link")
    link.create_system = 3  # Unix
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    message = refused(build(("ok.txt", b"x"), (link, b"/etc/passwd")))
    assert "'data/link' is a symbolic link" in message
    regular = zipfile.ZipInfo("data/file")
    regular.create_system = 3
    regular.external_attr = (stat.S_IFREG | 0o644) << 16
    assert check_zip(build((regular, b"x"))) == ["data/file"]


def test_duplicate_member_names_are_refused():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("a.txt", b"one")
        with pytest.warns(UserWarning):
            archive.writestr("a.txt", b"two")
    assert "'a.txt' twice" in refused(data)


def _central_entries(raw: bytes) -> list[int]:
    positions, start = [], 0
    while (found := raw.find(b"PK\x01\x02", start)) != -1:
        positions.append(found)
        start = found + 4
    return positions


def test_overlapping_members_bomb_is_refused():
    raw = bytearray(build(("a.txt", b"a" * 1000), ("b.txt", b"b" * 1000)).getvalue())
    second = _central_entries(bytes(raw))[1]
    struct.pack_into("<I", raw, second + 42, 0)  # b.txt's data is now a.txt's
    assert "overlap" in refused(io.BytesIO(bytes(raw)))


def test_a_member_lying_about_its_size_fails_the_read_through():
    raw = bytearray(build(("zeros.bin", bytes(200_000))).getvalue())
    entry = _central_entries(bytes(raw))[0]
    struct.pack_into("<I", raw, entry + 24, 1000)  # declares 1000 bytes uncompressed
    message = refused(io.BytesIO(bytes(raw)))
    assert "damaged" in message


def test_encrypted_members_cannot_be_checked():
    raw = bytearray(build(("secret.txt", b"x" * 100)).getvalue())
    entry = _central_entries(bytes(raw))[0]
    flags = struct.unpack_from("<H", raw, entry + 8)[0]
    struct.pack_into("<H", raw, entry + 8, flags | 0x1)
    assert "encrypted" in refused(io.BytesIO(bytes(raw)))


@pytest.mark.parametrize(
    "content",
    [b"", b"PK\x03\x04 truncated", b"not a zip at all", build(("a", b"x")).getvalue()[:-10]],
)
def test_damaged_archives_are_refused_not_raised(content):
    assert "damaged" in refused(io.BytesIO(content))
