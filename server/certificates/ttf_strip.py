"""A TrueType font without its hinting, for embedding in PDFs.

Hinting (the bytecode that snaps outlines to a screen's pixel grid at small sizes) is about
half of each Noto glyph's bytes and nothing a PDF viewer or printer needs: every certificate
embedding Noto carried ~30 KB of it. :func:`unhinted` rewrites a font file once, in memory:
each simple glyph's instructions are cut out, the tables that only serve hinting (``fpgm``,
``prep``, ``cvt ``, ``hdmx``, ``LTSH``, ``VDMX``) are dropped, and ``loca`` is rebuilt in
the long format. Outlines and metrics are untouched. Checksums are left at zero: ReportLab
reads the font without validating them and writes the subset it embeds with its own.
"""

from __future__ import annotations

import struct

HINTING_TABLES = frozenset({b"fpgm", b"prep", b"cvt ", b"hdmx", b"LTSH", b"VDMX"})


def _tables(data: bytes) -> dict[bytes, bytes]:
    (count,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sLLL", data, 12 + 16 * index)
        tables[tag] = data[offset : offset + length]
    return tables


def _glyph_offsets(tables: dict[bytes, bytes]) -> list[int]:
    (glyphs,) = struct.unpack_from(">H", tables[b"maxp"], 4)
    (long_format,) = struct.unpack_from(">h", tables[b"head"], 50)
    loca = tables[b"loca"]
    if long_format:
        return list(struct.unpack_from(f">{glyphs + 1}L", loca))
    return [2 * v for v in struct.unpack_from(f">{glyphs + 1}H", loca)]


def _strip_glyph(glyph: bytes) -> bytes:
    if len(glyph) < 10:
        return glyph
    (contours,) = struct.unpack_from(">h", glyph, 0)
    if contours < 0:  # composite: its (rare) instructions stay
        return glyph
    at = 10 + 2 * contours
    (length,) = struct.unpack_from(">H", glyph, at)
    return glyph[:at] + b"\x00\x00" + glyph[at + 2 + length :]


def unhinted(data: bytes) -> bytes:
    """The font file ``data`` (one TrueType font, not a collection) without hinting."""
    tables = _tables(data)
    offsets = _glyph_offsets(tables)
    glyf = tables[b"glyf"]
    parts, loca, position = [], [], 0
    for start, end in zip(offsets, offsets[1:]):
        glyph = _strip_glyph(glyf[start:end]) if end > start else b""
        glyph += b"\x00" * (-len(glyph) % 4)
        loca.append(position)
        parts.append(glyph)
        position += len(glyph)
    loca.append(position)
    tables[b"glyf"] = b"".join(parts)
    tables[b"loca"] = struct.pack(f">{len(loca)}L", *loca)
    head = bytearray(tables[b"head"])
    struct.pack_into(">L", head, 8, 0)  # checkSumAdjustment
    struct.pack_into(">h", head, 50, 1)  # indexToLocFormat: long
    tables[b"head"] = bytes(head)
    for tag in HINTING_TABLES:
        tables.pop(tag, None)
    return _font_file(data[:4], tables)


def _font_file(version: bytes, tables: dict[bytes, bytes]) -> bytes:
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = version + struct.pack(
        ">HHHH", count, power * 16, power.bit_length() - 1, (count - power) * 16
    )
    offset = 12 + 16 * count
    records, bodies = [], []
    for tag in tags:
        body = tables[tag]
        records.append(struct.pack(">4sLLL", tag, 0, offset, len(body)))
        padded = body + b"\x00" * (-len(body) % 4)
        bodies.append(padded)
        offset += len(padded)
    return header + b"".join(records) + b"".join(bodies)
