"""The certificates' TrueType faces, registered with ReportLab once per process.

Latin scripts (en, ro with ș ț comma-below, sv) use Noto Sans and Noto Serif from Debian's
``fonts-noto-core``; Traditional Chinese uses AR PL UMing TW from ``fonts-arphic-uming`` (face
2 of ``uming.ttc``: 0 is CN, 1 HK, 2 TW, 3 TW MBE, per ``fc-query``). ReportLab embeds TrueType
outlines only, so the CFF-based Noto CJK fonts cannot serve. ReportLab subsets every face per
document: a PDF carries only the glyphs it prints.

Text is drawn in Noto; the characters Noto lacks (Chinese, full-width punctuation) fall back
to UMing run by run, whatever the certificate's language (a Chinese name on an English one).
"""

from __future__ import annotations

import io
import struct
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from . import ttf_strip

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
UMING_FILE = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
UMING_TW_INDEX = 2

SANS = "CertNotoSans"
SANS_BOLD = "CertNotoSans-Bold"
SERIF = "CertNotoSerif"
SERIF_BOLD = "CertNotoSerif-Bold"
CJK = "CertUMingTW"

_FILES = {
    SANS: (NOTO_DIR / "NotoSans-Regular.ttf", 0),
    SANS_BOLD: (NOTO_DIR / "NotoSans-Bold.ttf", 0),
    SERIF: (NOTO_DIR / "NotoSerif-Regular.ttf", 0),
    SERIF_BOLD: (NOTO_DIR / "NotoSerif-Bold.ttf", 0),
    CJK: (UMING_FILE, UMING_TW_INDEX),
}
_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class Faces:
    """The four roles a certificate's text takes, as registered font names."""

    sans: str
    sans_bold: str
    serif: str
    serif_bold: str


LATIN = Faces(SANS, SANS_BOLD, SERIF, SERIF_BOLD)


def register() -> None:
    """Register every face (idempotent, thread-safe; parsing the fonts takes ~60 ms once)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, (path, index) in _FILES.items():
            pdfmetrics.registerFont(_load(name, path, index))
        _registered = True


def _load(name: str, path: Path, index: int) -> TTFont:
    """A Noto face without its hinting (half the bytes each PDF embeds, ``ttf_strip``); the
    file as it is when that fails, and for the collection (UMing)."""
    if index == 0:
        try:
            data = ttf_strip.unhinted(path.read_bytes())
            return TTFont(name, io.BytesIO(data))
        except (struct.error, KeyError, ValueError, TTFError):
            pass
    return TTFont(name, str(path), subfontIndex=index)


def faces_for(language: str) -> Faces:
    """The Noto faces for every language: Chinese characters fall back to UMing run by run
    (:func:`runs`), so Latin names, numbers and ids keep one look on every certificate."""
    register()
    return LATIN


@lru_cache(maxsize=8)
def _coverage(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=4096)
def runs(text: str, preferred: str) -> tuple[tuple[str, str], ...]:
    """``text`` cut into (font, part) runs: ``preferred`` wherever it has the glyphs, UMing
    elsewhere (spaces stay in the run they are in). Cached: a batch repeats its labels."""
    register()
    covered = _coverage(preferred)
    if all(ch.isspace() or ord(ch) in covered for ch in text):
        return ((preferred, text),)
    found: list[tuple[str, str]] = []
    for ch in text:
        font = preferred if ch.isspace() or ord(ch) in covered else CJK
        if ch.isspace() and found:
            font = found[-1][0]
        if found and found[-1][0] == font:
            found[-1] = (font, found[-1][1] + ch)
        else:
            found.append((font, ch))
    return tuple(found)


@lru_cache(maxsize=4096)
def _unit_width(text: str, preferred: str) -> float:
    return sum(pdfmetrics.stringWidth(part, font, 1.0) for font, part in runs(text, preferred))


def width(text: str, preferred: str, size: float) -> float:
    """The width of ``text`` at ``size`` points (widths scale linearly with the size)."""
    return _unit_width(text, preferred) * size
