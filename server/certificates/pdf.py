"""The certificates as PDF: one A4 landscape page each, drawn with ReportLab.

Everything on the page comes from the certificate's rows; words and dates from
:mod:`certificates.labels` in the certificate's language; faces from :mod:`certificates.fonts`
(subset into each PDF, text extractable: ReportLab writes a ToUnicode map). Images (the
course's background template, the organisation's logo, the convener's signature) are read
through the storage and kept decoded in a small cache, since a batch prints the same ones
hundreds of times. The QR code and the programme's mark are vector paths (``drawing``).
Nothing here knows about Open Badges: the PDF is the authoritative record on its own.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import OrderedDict
from threading import Lock
from typing import Any

from django.conf import settings
from django.utils import timezone
from PIL import Image
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from . import fonts, labels
from .drawing import DARK_GREEN, GREEN, GREY, INK, LIGHT, draw_mark, draw_qr
from .models import Certificate, OrganisationCertificate
from .verification import organisation_verification_url, verification_url

WIDTH, HEIGHT = landscape(A4)
MARGIN = 50
TEXT_WIDTH = WIDTH - 2 * MARGIN - 60
# A background template is drawn at about 106 dpi (1240 px across A4): enough on screen and
# in print for a decorative frame, and a PDF stays small and quick to make.
BACKGROUND_PIXELS = 1240

_images: OrderedDict[str, ImageReader | None] = OrderedDict()
_images_lock = Lock()
_IMAGE_CACHE_SIZE = 64


def _image(field: Any, max_side: int = 600) -> ImageReader | None:
    """The image of a File/ImageField prepared for the page (``None`` when empty or
    unreadable), cached by its storage name: a new upload gets a new name."""
    name = getattr(field, "name", "") or ""
    if not name:
        return None
    key = f"{max_side}:{name}"
    with _images_lock:
        if key in _images:
            _images.move_to_end(key)
            return _images[key]
    try:
        with field.storage.open(name, "rb") as handle:
            reader: ImageReader | None = _prepared(handle.read(), max_side)
    except (OSError, ValueError, Image.DecompressionBombError):
        reader = None
    with _images_lock:
        _images[key] = reader
        while len(_images) > _IMAGE_CACHE_SIZE:
            _images.popitem(last=False)
    return reader


def _prepared(data: bytes, max_side: int) -> ImageReader:
    """At most ``max_side`` pixels on its longer side; an opaque image as JPEG, which the PDF
    embeds as it is (a PNG is recompressed into every PDF), one with transparency as PNG."""
    with Image.open(io.BytesIO(data)) as source:
        source.load()
        image = source.copy()
    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side))
    buffer = io.BytesIO()
    transparent = image.mode in ("RGBA", "LA") or "transparency" in image.info
    if transparent:
        image.convert("RGBA").save(buffer, "PNG", optimize=True)
    else:
        image.convert("RGB").save(buffer, "JPEG", quality=75)
    buffer.seek(0)
    return ImageReader(buffer)


def _nfc(text: Any) -> str:
    return unicodedata.normalize("NFC", " ".join(str(text or "").split()))


class _Page:
    """One page and the certificate's language: text helpers that pick a face covering the
    text, shrink a line to fit, and wrap when even the smallest size is too wide."""

    def __init__(self, canvas: Canvas, language: str) -> None:
        self.canvas = canvas
        self.language = language
        self.faces = fonts.faces_for(language)

    def text(
        self,
        text: str,
        y: float,
        face: str,
        size: float,
        *,
        x: float = WIDTH / 2,
        align: str = "centre",
        colour: Any = INK,
        width: float = TEXT_WIDTH,
        min_size: float | None = None,
        max_lines: int = 2,
    ) -> float:
        """Draw ``text`` (centred on x, or left/right aligned at x), shrunk down to
        ``min_size`` to fit ``width``, then wrapped; answers the size used."""
        if not text:
            return size
        min_size = min_size or size
        natural = fonts.width(text, face, size)
        if natural > width:  # shrink in half points, no smaller than min_size
            size = max(min_size, int(size * width / natural * 2) / 2)
        lines = [text]
        if fonts.width(text, face, size) > width:
            lines = _wrap(text, face, size, width, max_lines)
        leading = size * 1.2
        top = y + (len(lines) - 1) * leading / 2
        self.canvas.setFillColor(colour)
        for index, line in enumerate(lines):
            line_width = fonts.width(line, face, size)
            start = {"centre": x - line_width / 2, "right": x - line_width}.get(align, x)
            self._draw(line, face, size, start, top - index * leading)
        return size

    def _draw(self, line: str, face: str, size: float, x: float, y: float) -> None:
        text = self.canvas.beginText(x, y)
        for font, part in fonts.runs(line, face):
            text.setFont(font, size)
            text.textOut(part)
        self.canvas.drawText(text)


def _wrap(text: str, face: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy lines at word breaks (or anywhere in a word longer than a line, as Chinese
    text without spaces is); the last line kept ends with an ellipsis when text is left."""
    lines: list[str] = []
    current = ""
    for token in re.findall(r"\S+\s*", text):
        if fonts.width(current + token.rstrip(), face, size) <= width:
            current += token
            continue
        if current:
            lines.append(current.rstrip())
            current = ""
        while fonts.width(token.rstrip(), face, size) > width:
            cut = len(token)
            while cut > 1 and fonts.width(token[:cut], face, size) > width:
                cut -= 1
            lines.append(token[:cut])
            token = token[cut:]
        current = token
    if current.strip():
        lines.append(current.rstrip())
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1 :])
        while last and fonts.width(last + "…", face, size) > width:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last.rstrip() + "…"]
    return lines


def _canvas(buffer: io.BytesIO, title: str, author: str, subject: str, language: str) -> Canvas:
    canvas = Canvas(
        buffer, pagesize=(WIDTH, HEIGHT), pageCompression=1, lang=language.replace("_", "-")
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator(labels.label("programme", "en"))
    canvas.setProducer("QGIS certification server")
    return canvas


def _frame(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(2.4)
    canvas.rect(18, 18, WIDTH - 36, HEIGHT - 36, stroke=1, fill=0)
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.7)
    canvas.rect(26, 26, WIDTH - 52, HEIGHT - 52, stroke=1, fill=0)
    canvas.restoreState()


def _background(canvas: Canvas, template: Any) -> None:
    image = _image(template, max_side=BACKGROUND_PIXELS)
    if image is not None:
        canvas.drawImage(image, 0, 0, WIDTH, HEIGHT, preserveAspectRatio=False, mask="auto")


def _fit_image(
    canvas: Canvas, image: ImageReader, x: float, y: float, width: float, height: float, anchor: str
) -> None:
    """Draw ``image`` as large as fits the box, keeping its proportions (anchor: c, e, w)."""
    iw, ih = image.getSize()
    if iw <= 0 or ih <= 0:
        return
    scale = min(width / iw, height / ih)
    w, h = iw * scale, ih * scale
    dx = {"w": 0.0, "e": width - w}.get(anchor, (width - w) / 2)
    canvas.drawImage(image, x + dx, y + (height - h) / 2, w, h, mask="auto")


def _header(page: _Page, organisation: Any) -> None:
    """The programme's mark and name on the left, the organisation's logo (or name) right."""
    canvas = page.canvas
    draw_mark(canvas, MARGIN, HEIGHT - MARGIN - 58, 58)
    page.text(
        labels.label("programme", page.language),
        HEIGHT - MARGIN - 34,
        page.faces.sans_bold,
        13,
        x=MARGIN + 68,
        align="left",
        colour=DARK_GREEN,
        width=300,
        min_size=9,
        max_lines=1,
    )
    logo = _image(getattr(organisation, "logo", None))
    if logo is not None:
        _fit_image(canvas, logo, WIDTH - MARGIN - 170, HEIGHT - MARGIN - 62, 170, 62, "e")
    else:
        page.text(
            _nfc(organisation.name),
            HEIGHT - MARGIN - 34,
            page.faces.sans_bold,
            13,
            x=WIDTH - MARGIN,
            align="right",
            colour=DARK_GREEN,
            width=300,
            min_size=8,
        )


def _identity_block(page: _Page, certificate_id: str, issued: str, extra: str = "") -> None:
    x = WIDTH - MARGIN

    def caption(key: str, y: float) -> None:
        label = labels.label(key, page.language)
        page.text(label, y, page.faces.sans, 9, x=x, align="right", colour=GREY, width=200)

    caption("certificate_id", 132)
    page.text(
        certificate_id, 114, page.faces.sans_bold, 16, x=x, align="right", width=200, min_size=9
    )
    caption("issued_on", 94)
    page.text(issued, 80, page.faces.sans, 11, x=x, align="right", width=200, min_size=8)
    if extra:
        page.text(extra, 64, page.faces.sans, 8, x=x, align="right", colour=GREY, width=200)


def _qr_block(page: _Page, url: str) -> None:
    draw_qr(page.canvas, url, MARGIN - 6, 58, 96)
    small = {"x": MARGIN, "align": "left", "colour": GREY, "width": 250, "max_lines": 1}
    page.text(labels.label("verify_at", page.language), 49, page.faces.sans, 7, **small)
    page.text(url, 39, page.faces.sans, 7, min_size=5, **small)


def _local_date(moment: Any) -> Any:
    return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()


def _wording(certificate: Certificate) -> str:
    kind = certificate.certificate_type
    return labels.wording(kind.slug, kind.wording, certificate.language)


def render_certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate's PDF (A4 landscape, one page; ~20 KB without images)."""
    course = certificate.course
    organisation = course.certifying_organisation
    convener = course.course_convener
    lang = labels.language(certificate.language)
    name = labels.person_name(certificate.first_name, certificate.surname, lang)
    kind_slug = certificate.certificate_type.slug
    title = labels.certificate_title(kind_slug, lang)
    course_type = _nfc(course.course_type.name)
    url = verification_url(certificate.certificate_id)

    buffer = io.BytesIO()
    canvas = _canvas(
        buffer,
        title=f"{title}: {name} ({certificate.certificate_id})",
        author=_nfc(organisation.name),
        subject=f"{labels.label('programme', lang)}: {course_type}",
        language=lang,
    )
    _background(canvas, course.template)
    _frame(canvas)
    page = _Page(canvas, lang)
    faces = page.faces
    _header(page, organisation)

    page.text(title, 438, faces.serif_bold, 32, colour=DARK_GREEN, min_size=18)
    page.text(labels.label("intro", lang), 400, faces.serif, 14, colour=GREY)
    # A name too long for one line at 16 pt wraps (up to four lines at 11 pt, between the
    # introduction and the wording); the rule under it is drawn for a one-line name only.
    if fonts.width(name, faces.serif_bold, 16) > TEXT_WIDTH:
        page.text(name, 360, faces.serif_bold, 16, min_size=11, max_lines=4)
    else:
        size = page.text(name, 358, faces.serif_bold, 30, min_size=16)
        line = fonts.width(name, faces.serif_bold, size) / 2 + 30
        canvas.setStrokeColor(LIGHT)
        canvas.setLineWidth(0.8)
        canvas.line(WIDTH / 2 - line, 345, WIDTH / 2 + line, 345)
    page.text(_wording(certificate), 322, faces.serif, 14, colour=GREY, min_size=9)
    page.text(course_type, 290, faces.sans_bold, 20, colour=DARK_GREEN, min_size=11)

    colon = labels.label("colon", lang)
    details = []
    competence = _nfc(course.trained_competence)
    if competence:
        page.text(
            f"{labels.label('trained_competence', lang)}{colon}{competence}",
            260,
            faces.sans,
            12,
            min_size=9,
        )
    dates = labels.format_date_range(course.start_date, course.end_date, lang, collapse=True)
    details.append(f"{labels.label('course_dates', lang)}{colon}{dates}")
    hours = labels.format_hours(course.course_type.instruction_hours, lang)
    if hours and hours != "0":
        details.append(f"{labels.label('instruction_hours', lang)}{colon}{hours}")
    page.text("  ·  ".join(details), 236, faces.sans, 12, min_size=8)
    centre = _nfc(course.training_center.name)
    page.text(
        labels.label("organised_by", lang, organisation=_nfc(organisation.name), centre=centre),
        214,
        faces.sans,
        11,
        colour=GREY,
        min_size=7,
    )

    # The convener signs at the centre: signature image above the line, name and role below.
    signature = _image(convener.signature)
    if signature is not None:
        _fit_image(canvas, signature, WIDTH / 2 - 90, 108, 180, 58, "c")
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.6)
    canvas.line(WIDTH / 2 - 120, 104, WIDTH / 2 + 120, 104)
    convener_text = labels.convener_line(convener.title, _nfc(convener.full_name), convener.degree)
    page.text(convener_text, 88, faces.sans_bold, 12, width=260, min_size=7)
    page.text(labels.label("course_convener", lang), 73, faces.sans, 9, colour=GREY, width=260)

    revision = (
        labels.label("revision", lang, revision=certificate.revision)
        if certificate.revision > 1
        else ""
    )
    _identity_block(
        page,
        certificate.certificate_id,
        labels.format_date(_local_date(certificate.issued_at), lang),
        revision,
    )
    _qr_block(page, url)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_organisation_certificate_pdf(oc: OrganisationCertificate) -> bytes:
    """The organisation's certificate: authorised to provide QGIS training and certification."""
    organisation = oc.organisation
    lang = labels.language(oc.language)
    name = _nfc(organisation.name)
    title = labels.label("org.title", lang)
    url = organisation_verification_url(oc.certificate_id)
    programme = labels.label("programme", lang)

    buffer = io.BytesIO()
    canvas = _canvas(
        buffer,
        title=f"{title}: {name} ({oc.certificate_id})",
        author=str(getattr(settings, "BADGE_ISSUER_NAME", "") or programme),
        subject=programme,
        language=lang,
    )
    _frame(canvas)
    page = _Page(canvas, lang)
    faces = page.faces
    _header(page, organisation)
    page.text(title, 430, faces.serif_bold, 34, colour=DARK_GREEN, min_size=18)
    page.text(labels.label("intro", lang), 388, faces.serif, 14, colour=GREY)
    page.text(name, 344, faces.serif_bold, 30, min_size=14)
    page.text(labels.label("org.authorised", lang), 304, faces.serif, 16, colour=GREY, min_size=10)
    # The country's English name: django_countries' catalogues are not installed (an app).
    country = str(getattr(organisation.country, "name", "") or organisation.country or "")
    if country:
        page.text(
            f"{labels.label('org.country', lang)}{labels.label('colon', lang)}{country}",
            268,
            faces.sans,
            12,
        )
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.6)
    canvas.line(WIDTH / 2 - 140, 104, WIDTH / 2 + 140, 104)
    page.text(labels.label("org.signatory", lang), 88, faces.sans_bold, 12, width=300, min_size=7)
    page.text(programme, 73, faces.sans, 9, colour=GREY, width=300)
    _identity_block(page, oc.certificate_id, labels.format_date(_local_date(oc.issued_at), lang))
    _qr_block(page, url)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
