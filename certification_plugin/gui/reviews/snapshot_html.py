"""A submitted round's snapshot as HTML for a ``QTextBrowser``: every value escaped.

Everything in a snapshot was typed by the applicant, so every value goes through
``core.escape``; a link is an anchor only for an http(s) address (``gui.links.web_url``),
anything else (``javascript:``, ``file:``, ``mailto:``) stays visible text. Material files are
anchors ``material:<id>`` (the id checked to be a number), which the page downloads and opens.
One string built in one pass: 50 contributions and 20 files render in a few milliseconds.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication

from ...core.application_spec import DEFAULT_KINDS, DEFAULT_LICENCES
from ...core.escape import html_escape, html_text
from ...qgis_io.names import country_label
from ..applications.check_results import level_of, summary_text
from ..applications.texts import spec_labels
from ..links import web_url

MATERIAL_SCHEME = "material"
PARTS = ("lectures", "exercises", "data")
LEVEL_COLOURS = {"error": "#b00020", "warning": "#8a5a00", "ok": "#2e7d32", "document": "#555"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SnapshotView", text)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _list(value: Any) -> List[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> Dict[str, Any]:
    return value if isinstance(value, dict) else {}


def web_link(url: Any) -> str:
    """An anchor for an http(s) address; the escaped text for anything else."""
    text = _text(url)
    target = web_url(text)
    if not target:
        return html_escape(text)
    return f'<a href="{html_escape(target)}">{html_escape(text)}</a>'


def material_id(material: Mapping[str, Any]) -> Optional[int]:
    ident = material.get("id")
    return ident if isinstance(ident, int) and not isinstance(ident, bool) else None


def size_text(size: Any) -> str:
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return ""
    if size < 1024:
        return _tr("{n} bytes").format(n=size)
    if size < 1 << 20:
        return _tr("{n} KB").format(n=f"{size / 1024:.0f}")
    return _tr("{n} MB").format(n=f"{size / (1 << 20):.1f}")


def checks_of(material: Mapping[str, Any]) -> Dict[str, Any]:
    """The applicant's QGIS checks of the file; a stand-in saying there are none."""
    checks = material.get("checks")
    if isinstance(checks, dict) and checks:
        return checks
    return {"summary": _tr("No QGIS checks were sent with this file.")}


class SnapshotHtml:
    """Builds the HTML; labels are looked up once per instance (one per page)."""

    def __init__(self) -> None:
        labels = spec_labels()
        self.kinds = {key: labels.get(text, text) for key, text in DEFAULT_KINDS}
        self.licences = {key: labels.get(text, text) for key, text in DEFAULT_LICENCES}
        self.parts = {
            "lectures": _tr("Lectures"),
            "exercises": _tr("Exercises"),
            "data": _tr("Data"),
        }
        self.details = (
            ("name", labels["Organisation name"]),
            ("email", labels["E-mail"]),
            ("website", labels["Website"]),
            ("address", labels["Postal address"]),
            ("country", labels["Country"]),
            ("phone", labels["Phone"]),
            ("vat_number", labels["VAT number"]),
        )

    def build(self, snapshot: Mapping[str, Any], materials: Sequence[Mapping[str, Any]]) -> str:
        parts: List[str] = []
        parts += self._details(_dict(snapshot.get("details")), snapshot)
        message = _text(snapshot.get("message")).strip()
        if message:
            parts.append(f"<h3>{html_escape(_tr('Message to the reviewers'))}</h3>")
            parts.append(f"<p>{html_text(message)}</p>")
        parts += self._contributions(_list(snapshot.get("contributions")))
        parts += self._courses(_list(snapshot.get("courses")), materials)
        return "".join(parts)

    # ------------------------------------------------------------------ sections
    def _details(self, details: Dict[str, Any], snapshot: Mapping[str, Any]) -> List[str]:
        out = [f"<h3>{html_escape(_tr('Organisation'))}</h3><table cellpadding='2'>"]
        for key, label in self.details:
            value = details.get(key)
            if value in (None, ""):
                continue
            if key == "website":
                shown = web_link(value)
            elif key == "country":
                shown = html_escape(country_label(_text(value)))
            else:
                shown = html_text(value)
            out.append(
                f"<tr><td valign='top'><b>{html_escape(label)}</b></td><td>{shown}</td></tr>"
            )
        submitted = _text(snapshot.get("submitted_at"))
        if submitted:
            out.append(
                f"<tr><td><b>{html_escape(_tr('Submitted'))}</b></td>"
                f"<td>{html_escape(submitted.replace('T', ' ')[:16])}</td></tr>"
            )
        out.append("</table>")
        return out

    def _contributions(self, contributions: List[Any]) -> List[str]:
        title = _tr("Contributions ({n})").format(n=len(contributions))
        out = [f"<h3>{html_escape(title)}</h3>"]
        if not contributions:
            out.append(f"<p>{html_escape(_tr('None listed.'))}</p>")
            return out
        out.append("<ol>")
        for item in contributions:
            record = _dict(item)
            kind = _text(record.get("kind"))
            dates = " \u2013 ".join(
                _text(record.get(k)) for k in ("start_date", "end_date") if record.get(k)
            )
            head = f"<b>{html_escape(self.kinds.get(kind, kind))}</b>"
            if dates:
                head += f" <i>{html_escape(dates)}</i>"
            body = [head, f"<br>{html_text(record.get('description'))}"]
            links = [web_link(link) for link in _list(record.get("links"))]
            if links:
                body.append("<br>" + html_escape(_tr("Evidence:")) + " " + "<br>".join(links))
            out.append(f"<li>{''.join(body)}</li>")
        out.append("</ol>")
        return out

    def _courses(self, courses: List[Any], materials: Sequence[Mapping[str, Any]]) -> List[str]:
        by_course: Dict[str, List[Mapping[str, Any]]] = {}
        for material in materials:
            by_course.setdefault(_text(material.get("course")), []).append(material)
        title = _tr("Courses and training material ({n})").format(n=len(courses))
        out = [f"<h3>{html_escape(title)}</h3>"]
        for item in courses:
            course = _dict(item)
            key = _text(course.get("key"))
            out.append(f"<h4>{html_escape(course.get('title') or key)}</h4><p>")
            facts = []
            if course.get("course_type"):
                facts.append(_tr("Type: {value}").format(value=_text(course["course_type"])))
            licence = _text(course.get("licence"))
            if licence:
                label = self.licences.get(licence, licence)
                facts.append(_tr("Licence: {value}").format(value=label))
            if course.get("qgis_version"):
                facts.append(_tr("QGIS {value}").format(value=_text(course["qgis_version"])))
            out.append(html_escape(" · ".join(facts)))
            links = _dict(course.get("links"))
            files = by_course.get(key, [])
            for part in PARTS:
                part_links = [web_link(link) for link in _list(links.get(part))]
                part_files = [self._file(m) for m in files if m.get("part") == part]
                if not part_links and not part_files:
                    continue
                out.append(f"<br><b>{html_escape(self.parts[part])}</b>: ")
                out.append("; ".join(part_files + part_links))
            out.append("</p>")
        return out

    def _file(self, material: Mapping[str, Any]) -> str:
        name = html_escape(material.get("filename") or _tr("file"))
        ident = material_id(material)
        link = f'<a href="{MATERIAL_SCHEME}:{ident}">{name}</a>' if ident is not None else name
        size = size_text(material.get("size"))
        checks = checks_of(material)
        colour = LEVEL_COLOURS.get(level_of(checks), "#555")
        summary = html_escape(summary_text(checks))
        extra = f" ({html_escape(size)})" if size else ""
        return f"{link}{extra} <span style='color:{colour}'>{summary}</span>"


def snapshot_html(snapshot: Mapping[str, Any], materials: Sequence[Mapping[str, Any]]) -> str:
    return SnapshotHtml().build(snapshot, materials)
