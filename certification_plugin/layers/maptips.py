"""Map tip templates of the certification layers, built in the current interface language.

The cache holds data only. A layer's map tip is HTML with QGIS expressions over its fields,
generated here whenever the plugin adds or repoints its layers or a project with them opens,
so a change of language shows in the tips without touching the cache.

Values from the network are data, never markup: every one goes through ``text()``, an
expression that shortens and HTML-escapes it when the tip is shown; links are made only of
http(s) URLs and plain e-mail addresses, checked again by the expression (as the actions do).
Only built-in expression functions are used, so a project opened without the plugin shows
the same tips, and no error.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Tuple

from qgis.core import QgsExpression
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QApplication

from ..core.escape import html_escape
from .cache import CERTIFIED_ORGANISATIONS, TRAINING_CENTRES, UPCOMING_COURSES
from .safety import MAX_TEXT

TIP_MIN_WIDTH_PX = 360
TIP_MAX_WIDTH_PX = 480
DEFAULT_FONT_SIZE_PT = 10.0
MIN_FONT_SIZE_PT = 9.0
_MAX_URL = 2000

_WEB_RE = "^https?://[^\\s\"'<>]+$"
_MAIL_RE = "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+$"
# Applied in this order: "&" first, then the other markup characters, line breaks last (the
# "<br>" they become must not be escaped again).
_ESCAPES = (
    ("\r\n", "\n"),
    ("\r", "\n"),
    ("&", "&amp;"),
    ("<", "&lt;"),
    (">", "&gt;"),
    ('"', "&quot;"),
    ("'", "&#x27;"),
    ("\n", "<br>"),
)
_FONT_NAME_RE = re.compile(r"[^\w .-]", re.UNICODE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationMapTips", text)


def _column_tr(text: str) -> str:
    """A caption the layers' columns use too ("Country"): one translation serves both."""
    return QCoreApplication.translate("CertificationLayers", text)


# -- expression pieces -------------------------------------------------------------------------
def literal(text: str) -> str:
    """A QGIS expression string literal of ``text``."""
    return QgsExpression.quotedString(text)


_UL = literal('<ul style="margin-top:2px; margin-bottom:4px">')


def field(name: str) -> str:
    return QgsExpression.quotedColumnRef(name)


def new_column(name: str) -> str:
    """A column added in cache schema 2, read so that a layer still on an older cache (until
    its refresh migrates it) gets NULL rather than showing the tip's expression as text."""
    return f"attribute({literal(name)})"


def text(expression: str, limit: int = MAX_TEXT) -> str:
    """An expression giving ``expression``'s value as HTML-escaped text, shortened to
    ``limit`` characters with an ellipsis; line breaks become ``<br>``; NULL becomes ""."""
    before = "array({})".format(", ".join(literal(a) for a, _b in _ESCAPES))
    after = "array({})".format(", ".join(literal(b) for _a, b in _ESCAPES))
    shortened = (
        f"if(length(@v) > {limit}, "
        f"regexp_replace(left(@v, {limit - 1}), '\\\\s+$', '') || '\u2026', @v)"
    )
    return (
        f"with_variable('v', coalesce(to_string({expression}), ''), "
        f"replace({shortened}, {before}, {after}))"
    )


def html(caption: str) -> str:
    """A translated caption as HTML (escaped; it never opens or closes an expression)."""
    return html_escape(caption).replace("[%", "&#91;%").replace("%]", "%&#93;")


def _present(expression: str) -> str:
    return f"coalesce(to_string({expression}), '') <> ''"


def block(expression: str) -> str:
    """An expression inserted into the template."""
    if "%]" in expression:  # would end the block early; nothing built here contains it
        raise ValueError("An expression of a map tip must not contain '%]'.")
    return f"[% {expression} %]"


def caption_html(caption: str, space: str = " ") -> str:
    """ "Caption:" in a muted colour, the start of a line."""
    return f'<span style="color:#555555">{html(caption)}:</span>{space}'


def line(caption: str, value: str, test: str = "") -> str:
    """ "Caption: value<br>", or nothing when the value is empty. ``value`` is an expression
    (escaped here); ``test``, if given, decides instead whether the line shows."""
    label = literal(caption_html(caption))
    condition = test or _present(value)
    return block(f"CASE WHEN {condition} THEN {label} || {text(value)} || '<br>' END")


def host_of(url: str) -> str:
    """An expression: the host name of an http(s) URL ("geo.example.ro")."""
    return f"regexp_substr({url}, {literal('^[Hh][Tt][Tt][Pp][Ss]?://([^/:?#]+)')})"


def link_line(caption: str, url: str, shown: str) -> str:
    """ "Caption: <a href=url>shown</a><br>" when ``url`` (an expression) is an http(s) URL."""
    label = literal(caption_html(caption))
    return block(
        f"CASE WHEN regexp_match(coalesce({url}, ''), {literal(_WEB_RE)}) THEN {label} || "
        f"'<a href=\"' || {text(url, _MAX_URL)} || '\">' || {text(shown)} || '</a><br>' END"
    )


def more_link(url_field: str) -> str:
    caption = literal(html(_tr("More on the certification website")))
    url = field(url_field)
    return block(
        f"CASE WHEN regexp_match(coalesce({url}, ''), {literal(_WEB_RE)}) THEN "
        f"'<a href=\"' || {text(url, _MAX_URL)} || '\">' || {caption} || '</a>' END"
    )


def place_line() -> str:
    """ "Online", or "Location not published" for a place that has no point."""
    online_text, hidden_text = _tr("Online"), _tr("Location not published")
    online = literal("<i>" + html(online_text) + "</i><br>")
    hidden = literal("<i>" + html(hidden_text) + "</i><br>")
    return block(f'CASE WHEN "online" THEN {online} WHEN $geometry IS NULL THEN {hidden} END')


def _more_items(total: str, listed: str) -> str:
    """An expression: "<li><i>and N more</i></li>" when ``total`` exceeds ``listed``."""
    caption = literal(html(_tr("and {} more")))
    return (
        f"CASE WHEN coalesce({total}, 0) > {listed} THEN '<li><i>' || "
        f"replace({caption}, '{{}}', to_string({total} - {listed})) || '</i></li>' ELSE '' END"
    )


# -- the wrapper: width, font, wrapping -------------------------------------------------------
def interface_font() -> Tuple[str, float]:
    """(family, size in points) of QGIS's interface font, made safe for a CSS value."""
    font = QApplication.font()
    family = _FONT_NAME_RE.sub("", font.family() or "").strip()
    size = font.pointSizeF()
    if size <= 0:
        size = DEFAULT_FONT_SIZE_PT
    return family, max(size, MIN_FONT_SIZE_PT)


def container_style() -> str:
    family, size = interface_font()
    families = f"'{family}', sans-serif" if family else "sans-serif"
    return (
        f"font-family: {families}; font-size: {size:g}pt; line-height: 1.35; "
        f"min-width: {TIP_MIN_WIDTH_PX}px; max-width: {TIP_MAX_WIDTH_PX}px; "
        "white-space: normal; word-wrap: break-word; overflow-wrap: break-word; "
        "word-break: break-word;"
    )


def _wrap(parts: List[str]) -> str:
    # The table gives Qt's rich text (QGIS built without WebKit) the width too.
    return (
        f'<div style="{container_style()}">'
        f'<table width="{TIP_MIN_WIDTH_PX}" cellspacing="0" cellpadding="0" '
        f'style="width: 100%;"><tr><td>' + "\n".join(parts) + "</td></tr></table></div>"
    )


def _title(expression: str) -> str:
    return "<b>" + block(text(expression)) + "</b><br>"


# -- one template per table --------------------------------------------------------------------
def _training_centre() -> List[str]:
    courses = f"from_json(coalesce({new_column('next_courses')}, '[]'))"
    item = (
        "'<li>' || "
        + text("@element['dates']")
        + " || ' ' || "
        + text("@element['name']")
        + " || '</li>'"
    )
    listed = f"array_length({courses})"
    heading = literal(caption_html(_tr("Next courses"), space=""))
    next_courses = block(
        f"CASE WHEN {listed} > 0 THEN {heading} || {_UL} || "
        f"array_to_string(array_foreach({courses}, {item}), '') || "
        f"{_more_items(new_column('next_course_count'), listed)} || '</ul>' END"
    )
    return [
        _title('"name"'),
        line(_tr("Organisation"), '"organisation_name"'),
        place_line(),
        line(_column_tr("Country"), 'represent_value("country_code")', _present('"country_code"')),
        line(_tr("Address"), '"address"'),
        line(_tr("Phone"), '"phone"'),
        block(
            f"CASE WHEN regexp_match(coalesce(\"email\", ''), {literal(_MAIL_RE)}) THEN "
            + literal(caption_html(_tr("E-mail")))
            + f" || '<a href=\"mailto:' || {text(field('email'))} || '\">' || "
            f"{text(field('email'))} || '</a><br>' END"
        ),
        # The host names the site; the whole address (often long) is the link's target.
        link_line(_tr("Website"), '"website"', host_of('"website"')),
        next_courses,
        more_link("page_url"),
    ]


def _course() -> List[str]:
    dates = (
        'format_date("start_date", \'yyyy-MM-dd\') || CASE WHEN "end_date" IS NOT NULL '
        'AND "end_date" <> "start_date" THEN \' \u2013 \' || '
        "format_date(\"end_date\", 'yyyy-MM-dd') ELSE '' END"
    )
    return [
        _title('"name"'),
        line(_tr("Dates"), dates, '"start_date" IS NOT NULL'),
        line(_tr("Course type"), '"course_type_name"'),
        line(_tr("Organisation"), '"organisation_name"'),
        line(_tr("Training centre"), '"training_centre_name"'),
        place_line(),
        line(_column_tr("Country"), 'represent_value("country_code")', _present('"country_code"')),
        line(_tr("Language"), 'represent_value("language")', _present('"language"')),
        line(_tr("Trainer"), '"course_convener_name"'),
        line(_tr("Competence"), '"trained_competence"'),
        more_link("page_url"),
    ]


def _certified_organisations() -> List[str]:
    organisations = f"from_json(coalesce({new_column('organisations')}, '[]'))"
    name = text("@element['name']")
    url = "coalesce(@element['url'], '')"
    item = (
        f"'<li>' || CASE WHEN regexp_match({url}, {literal(_WEB_RE)}) THEN "
        f"'<a href=\"' || {text(url, _MAX_URL)} || '\">' || {name} || '</a>' "
        f"ELSE {name} END || '</li>'"
    )
    count = literal(html(_tr("Certified organisations: {}")))
    listed = f"array_length({organisations})"
    country = (
        "CASE WHEN coalesce(\"country_name\", '') <> '' "
        'THEN "country_name" || \' (\' || "iso2" || \')\' ELSE "iso2" END'
    )
    return [
        _title(country),
        block(f"replace({count}, '{{}}', to_string(coalesce(\"organisation_count\", 0)))"),
        block(
            f"{_UL} || "
            f"array_to_string(array_foreach({organisations}, {item}), '') || "
            f"{_more_items(field('organisation_count'), listed)} || '</ul>'"
        ),
    ]


_TEMPLATES: Dict[str, Callable[[], List[str]]] = {
    TRAINING_CENTRES: _training_centre,
    UPCOMING_COURSES: _course,
    CERTIFIED_ORGANISATIONS: _certified_organisations,
}


def map_tip_template(table: str) -> str:
    """The HTML map tip of ``table``'s layer, captions in the current interface language."""
    return _wrap(_TEMPLATES[table]())
