"""An invoice as an A4 portrait PDF (ReportLab), in the invoice's language.

The certificates' faces (``certificates.fonts``): Noto Sans with per-glyph fallback to UMing
TW for Chinese. Everything printed comes from the invoice's snapshots (issuer, billing,
lines, totals), so an issued invoice always renders the same.
"""

from __future__ import annotations

import contextlib
import io
import unicodedata
from typing import Any

from certificates import fonts
from django.core.files.base import ContentFile
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from . import epc_qr
from . import invoice_labels as L
from .references import format_reference

WIDTH, HEIGHT = A4
MARGIN = 50
INK = HexColor("#1f2933")
MUTED = HexColor("#5f6b7a")
GREEN = HexColor("#589632")
LIGHT = HexColor("#dfe6d8")
RED = HexColor("#b42318")


def _clean(text: Any) -> str:
    return unicodedata.normalize("NFC", " ".join(str(text or "").split()))


def format_iban(iban: Any) -> str:
    compact = "".join(str(iban or "").split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class _Writer:
    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        fonts.register()

    def text(
        self,
        text: Any,
        x: float,
        y: float,
        *,
        size: float = 9.5,
        bold: bool = False,
        colour: Any = INK,
        align: str = "left",
        width: float | None = None,
    ) -> None:
        text = _clean(text)
        if not text:
            return
        face = fonts.SANS_BOLD if bold else fonts.SANS
        if width is not None:
            natural = fonts.width(text, face, size)
            if natural > width:
                size = max(6.0, size * width / natural)
        line_width = fonts.width(text, face, size)
        start = {"right": x - line_width, "centre": x - line_width / 2}.get(align, x)
        self.canvas.saveState()
        self.canvas.setFillColor(colour)
        self.canvas.setStrokeColor(colour)
        self.canvas.setLineWidth(size * 0.035)
        out = self.canvas.beginText(start, y)
        for font, part in fonts.runs(text, face):
            out.setFont(font, size)
            # UMing has no bold face: bold Chinese is filled and stroked.
            out.setTextRenderMode(2 if bold and font == fonts.CJK else 0)
            out.textOut(part)
        self.canvas.drawText(out)
        self.canvas.restoreState()

    def lines(
        self, texts: list[str], x: float, y: float, *, size: float = 9.5, width: float = 230
    ) -> float:
        """Draw lines top-down from y (wrapping long ones); answers the y below them."""
        leading = size * 1.35
        for raw in texts:
            for line in _wrap(_clean(raw), fonts.SANS, size, width):
                self.text(line, x, y, size=size)
                y -= leading
        return y


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    if not text:
        return []
    out: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if fonts.width(trial, face, size) <= width:
            current = trial
            continue
        if current:
            out.append(current)
        current = word
        while fonts.width(current, face, size) > width and len(current) > 1:
            cut = len(current)
            while cut > 1 and fonts.width(current[:cut], face, size) > width:
                cut -= 1
            out.append(current[:cut])
            current = current[cut:]
    if current:
        out.append(current)
    return out


def _party(data: dict[str, Any], lang: str) -> list[str]:
    name = str(data.get("name") or "")
    lines = [name]
    lines += [
        part
        for part in str(data.get("address") or "").splitlines()
        if part.strip() and part.strip() != name.strip()
    ]
    if data.get("country") and not str(data.get("address") or "").strip():
        lines.append(str(data["country"]))
    if data.get("vat_number"):
        lines.append(f"{L.label('vat', lang)}: {data['vat_number']}")
    if data.get("email"):
        lines.append(str(data["email"]))
    return lines


def _title(invoice: Any, lang: str) -> str:
    word = L.label("receipt" if invoice.kind == "receipt" else "invoice", lang)
    return f"{word} {invoice.number}"


def render_invoice_pdf(invoice: Any) -> bytes:
    lang = L.language(invoice.language)
    issuer = invoice.issuer or {}
    billing = invoice.billing or {}
    money = lambda cents: L.format_amount(cents, invoice.currency, lang)  # noqa: E731
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, lang=lang.replace("_", "-"))
    canvas.setTitle(_title(invoice, lang))
    canvas.setAuthor(_clean(issuer.get("name")) or "QGIS.ORG")
    canvas.setSubject(L.label("line_credits", lang))
    canvas.setCreator("QGIS certification")
    canvas.setProducer("QGIS certification server")
    w = _Writer(canvas)

    # Header: the programme's mark colour bar, the title and the number block.
    canvas.setFillColor(GREEN)
    canvas.rect(0, HEIGHT - 12, WIDTH, 12, stroke=0, fill=1)
    top = HEIGHT - 70
    w.text(L.label("receipt" if invoice.kind == "receipt" else "invoice", lang), MARGIN, top,
           size=24, bold=True, colour=GREEN)  # fmt: skip
    w.text(_clean(issuer.get("name")), WIDTH - MARGIN, top, size=14, bold=True, align="right")

    facts: list[tuple[str, str]] = [
        (L.label("number", lang), invoice.number),
        (L.label("date", lang), L.format_date(invoice.issued_on, lang)),
    ]
    if invoice.due_on and invoice.state == "open":
        facts.append((L.label("due_date", lang), L.format_date(invoice.due_on, lang)))
    if invoice.paid_on:
        facts.append((L.label("paid_on", lang), L.format_date(invoice.paid_on, lang)))
    y = top - 30
    for key, value in facts:
        w.text(key, MARGIN, y, size=9.5, colour=MUTED)
        w.text(value, MARGIN + 95, y, size=9.5, bold=True)
        y -= 14

    # Parties: issuer (left) and billed to (right).
    y -= 16
    half = (WIDTH - 2 * MARGIN) / 2
    w.text(L.label("issuer", lang), MARGIN, y, size=8.5, bold=True, colour=MUTED)
    w.text(L.label("billed_to", lang), MARGIN + half + 10, y, size=8.5, bold=True, colour=MUTED)
    left = w.lines(_party(issuer, lang), MARGIN, y - 14, width=half - 20)
    right = w.lines(_party(billing, lang), MARGIN + half + 10, y - 14, width=half - 20)
    y = min(left, right) - 18

    # Lines table.
    columns = [
        (L.label("description", lang), MARGIN + 4, "left"),
        (L.label("quantity", lang), MARGIN + 320, "right"),
        (L.label("unit_price", lang), MARGIN + 405, "right"),
        (L.label("amount", lang), WIDTH - MARGIN - 4, "right"),
    ]
    canvas.setFillColor(LIGHT)
    canvas.rect(MARGIN, y - 6, WIDTH - 2 * MARGIN, 20, stroke=0, fill=1)
    for title, x, align in columns:
        w.text(title, x, y, size=9, bold=True, align=align, width=90 if align == "right" else 240)
    y -= 24
    for line in invoice.lines.all():
        description = L.line_description(invoice, lang)
        w.text(description, MARGIN + 4, y, width=250)
        w.text(str(line.quantity), MARGIN + 320, y, align="right")
        w.text(money(line.unit_cents), MARGIN + 405, y, align="right")
        w.text(money(line.total_cents), WIDTH - MARGIN - 4, y, align="right")
        y -= 18
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, y + 8, WIDTH - MARGIN, y + 8)

    # Totals.
    y -= 8
    label_x, value_x = MARGIN + 330, WIDTH - MARGIN - 4
    totals: list[tuple[str, int, bool]] = [
        (L.label("subtotal", lang), invoice.subtotal_cents, False)
    ]
    if invoice.tax_rate_percent and invoice.tax_rate_percent > 0:
        rate = f"{invoice.tax_rate_percent.normalize():f}".replace(
            ".", "," if lang in ("ro", "sv") else "."
        )
        totals.append((f"{L.label('tax', lang)} {rate} %", invoice.tax_cents, False))
    totals.append((L.label("total", lang), invoice.total_cents, True))
    for key, cents, strong in totals:
        size = 11.5 if strong else 9.5
        w.text(key, label_x, y, size=size, bold=strong, width=110)
        w.text(money(cents), value_x, y, size=size, bold=strong, align="right")
        y -= 17 if strong else 15
    if invoice.reverse_charge:
        y -= 4
        y = w.lines([L.label("reverse_charge", lang)], MARGIN, y, size=8.5,
                    width=WIDTH - 2 * MARGIN)  # fmt: skip

    if invoice.state == "paid" and invoice.paid_on:
        _stamp(w, invoice, lang, y - 20)
    if epc_qr.has_transfer(invoice):
        _transfer(w, invoice, lang, min(y - 30, 300))

    # Footer.
    canvas.setStrokeColor(LIGHT)
    canvas.line(MARGIN, 52, WIDTH - MARGIN, 52)
    footer = " · ".join(p for p in (_clean(issuer.get("name")), _clean(issuer.get("email"))) if p)
    w.text(footer, WIDTH / 2, 38, size=8, colour=MUTED, align="centre")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _stamp(w: _Writer, invoice: Any, lang: str, y: float) -> None:
    canvas = w.canvas
    text = f"{L.label('paid', lang)} · {L.format_date(invoice.paid_on, lang)}"
    size = 14
    width = fonts.width(text, fonts.SANS_BOLD, size) + 24
    x = MARGIN
    canvas.saveState()
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(2)
    canvas.roundRect(x, y - 10, width, 30, 4, stroke=1, fill=0)
    canvas.restoreState()
    w.text(text, x + 12, y, size=size, bold=True, colour=GREEN)


def _transfer(w: _Writer, invoice: Any, lang: str, top: float) -> None:
    canvas = w.canvas
    issuer = invoice.issuer or {}
    box_h = 170
    y0 = top - box_h
    canvas.saveState()
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(1)
    canvas.roundRect(MARGIN, y0, WIDTH - 2 * MARGIN, box_h, 6, stroke=1, fill=0)
    canvas.restoreState()
    w.text(L.label("pay_by_transfer", lang), MARGIN + 14, top - 24, size=12, bold=True,
           colour=GREEN)  # fmt: skip
    open_cents = max(invoice.total_cents - invoice.paid_cents, 0)
    rows = [
        (L.label("beneficiary", lang), _clean(issuer.get("name"))),
        (L.label("iban", lang), format_iban(issuer.get("iban"))),
        (L.label("bic", lang), _clean(issuer.get("bic")).upper()),
        (L.label("reference", lang), format_reference(invoice.creditor_reference)),
        (L.label("amount", lang), L.format_amount(open_cents, invoice.currency, lang)),
        (L.label("due_date", lang), L.format_date(invoice.due_on, lang)),
    ]
    y = top - 48
    for key, value in rows:
        w.text(key, MARGIN + 14, y, size=9.5, colour=MUTED, width=95)
        w.text(value, MARGIN + 115, y, size=10.5, bold=True, width=240)
        y -= 19
    side = 130
    qx = WIDTH - MARGIN - 14 - side
    qy = y0 + 24
    canvas.drawImage(ImageReader(io.BytesIO(epc_qr.epc_qr_png(invoice, scale=8))), qx, qy,
                     side, side)  # fmt: skip
    w.text(L.label("scan", lang), qx + side / 2, y0 + 10, size=8, colour=MUTED, align="centre",
           width=side + 20)  # fmt: skip


def _stored_name(invoice: Any) -> str:
    """``QGIS-Cert-26-0001-open.pdf``: the state in the name, so a paid (or cancelled)
    invoice is drawn again rather than served with its old transfer block."""
    return f"{invoice.number}-{invoice.state}.pdf"


def ensure_pdf(invoice: Any) -> Any:
    """The invoice's stored PDF as it is now (rendered and stored through its storage when
    missing or drawn in another state; the old file is deleted after the row moved)."""
    from .models import Invoice

    field = invoice.pdf
    current = field.name or ""
    if current.rsplit("/", 1)[-1].startswith(_stored_name(invoice)[:-4]) and field.storage.exists(
        current
    ):
        return field
    data = render_invoice_pdf(invoice)
    name = field.field.generate_filename(invoice, _stored_name(invoice))
    stored = field.storage.save(name, ContentFile(data))
    Invoice.objects.filter(pk=invoice.pk).update(pdf=stored)
    field.name = stored
    if current and current != stored:
        with contextlib.suppress(OSError):
            field.storage.delete(current)
    return field
