"""Vector pieces of the certificates: the programme's mark and the QR code.

Both are drawn as PDF paths (no image), so they stay sharp, cost a few hundred bytes, and need
no file. The mark is this project's own: a green ring with an orange tail and a yellow point,
in the QGIS colours; it copies no artwork.
"""

from __future__ import annotations

from functools import lru_cache

import segno
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

GREEN = HexColor("#589632")
DARK_GREEN = HexColor("#2f5a1a")
ORANGE = HexColor("#ee7913")
YELLOW = HexColor("#f0e64a")
INK = HexColor("#222222")
GREY = HexColor("#5c5c5c")
LIGHT = HexColor("#a9c98f")


def draw_mark(canvas: Canvas, x: float, y: float, size: float) -> None:
    """The programme's mark in the square (x, y, size) (lower-left corner)."""
    canvas.saveState()
    cx, cy, radius = x + size * 0.45, y + size * 0.55, size * 0.34
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(size * 0.14)
    canvas.circle(cx, cy, radius, stroke=1, fill=0)
    # The tail: a rounded bar from the ring's lower right, leaning 45 degrees.
    canvas.translate(cx + radius * 0.55, cy - radius * 0.55)
    canvas.rotate(-45)
    canvas.setFillColor(ORANGE)
    canvas.roundRect(
        -size * 0.02, -size * 0.075, size * 0.36, size * 0.15, size * 0.06, stroke=0, fill=1
    )
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(YELLOW)
    canvas.setStrokeColor(DARK_GREEN)
    canvas.setLineWidth(size * 0.02)
    canvas.circle(cx, cy, size * 0.09, stroke=1, fill=1)
    canvas.restoreState()


QR_MASK = 4


@lru_cache(maxsize=256)
def _qr_runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """(modules per side, dark runs (row, first column, length)) of the QR code of ``data``."""
    # A fixed mask: segno otherwise scores all eight, most of a certificate's drawing time;
    # every mask decodes the same (the tests read the code back with zbarimg).
    code = segno.make_qr(data, error="m", mask=QR_MASK)
    rows = [list(row) for row in code.matrix]
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return len(rows), tuple(runs)


def draw_qr(
    canvas: Canvas, data: str, x: float, y: float, size: float, colour: Color = INK
) -> None:
    """A QR code of ``data`` filling the square (x, y, size), with its 4-module quiet zone
    kept white so a scanner finds it on a background image."""
    modules, _runs = _qr_runs(data)
    quiet = 4
    unit = size / (modules + 2 * quiet)
    canvas.saveState()
    canvas.setFillColor(HexColor("#ffffff"))
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colour)
    # In module units from the code's top-left corner, so each run is four small integers:
    # written as literal PDF operators (formatting floats is most of a page's drawing time).
    canvas.translate(x + quiet * unit, y + size - quiet * unit)
    canvas.scale(unit, unit)
    canvas.addLiteral(_qr_code(data))
    canvas.restoreState()


@lru_cache(maxsize=64)
def _qr_code(data: str) -> str:
    """The PDF path of the dark runs; rows overlap by 2% so no viewer shows hairline gaps."""
    _modules, runs = _qr_runs(data)
    return "\n".join(f"{c} {-r - 1} {length} 1.02 re" for r, c, length in runs) + "\nf"
