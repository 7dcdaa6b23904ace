"""What the dock keeps of an application between edits, restarts and crashes.

Everything typed (the form's values, each course's fields, the self-check answers), the
attachments by local path (a course's files per part, the logo), the QGIS checks of each file,
what has been uploaded already, and the server's id and revision the draft was last synced
with, plus a digest of the content as it was then. ``compare`` tells the dock whether the
local and the server's drafts differ and, if they do, whether the user must choose.

Plain JSON types only (``to_json``/``from_json``), saved by ``qgis_io.drafts.DraftStore``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional

from . import application_spec as spec_module
from .applications import MATERIAL_PARTS, Application, obj
from .fields import int_or_none as _int
from .fields import text_or_empty

DRAFT_FORMAT = 1
DETAILS = spec_module.DETAIL_FIELDS


@dataclass
class CourseDraft:
    """One course: its key on the server, its fields, its local files per part."""

    key: str
    values: Dict[str, Any] = field(default_factory=dict)
    files: Dict[str, List[str]] = field(default_factory=dict)

    def to_json(self) -> Dict[str, Any]:
        return {"key": self.key, "values": dict(self.values), "files": _files(self.files)}

    @classmethod
    def from_json(cls, data: Any) -> Optional[CourseDraft]:
        if not isinstance(data, dict) or not isinstance(data.get("key"), str):
            return None
        key = data["key"]
        if not spec_module.COURSE_KEY.fullmatch(key):
            return None
        values = obj(data, "values")
        return cls(key, dict(values), _files(data.get("files")))


def _files(value: Any) -> Dict[str, List[str]]:
    if not isinstance(value, dict):
        return {}
    return {
        part: [str(p) for p in paths if isinstance(p, str) and p]
        for part, paths in value.items()
        if part in MATERIAL_PARTS and isinstance(paths, list)
    }


@dataclass
class ApplicationDraft:
    """The local draft; ``content()`` is what the server's draft should hold."""

    values: Dict[str, Any] = field(default_factory=dict)
    """The dock form's values (organisation details, contribution rows, message)."""
    courses: List[CourseDraft] = field(default_factory=list)
    self_check_version: int = 0
    answers: Dict[str, bool] = field(default_factory=dict)
    self_check_done: bool = False
    logo: str = ""
    checks: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    """QGIS checks per local file path (``qgis_io.material_checks.check_material``)."""
    uploads: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    """Per "course/part/path": the material the server keeps for it (id, sha256, size, mtime)."""
    server_id: Optional[int] = None
    server_revision: Optional[int] = None
    synced_digest: str = ""
    """``digest(content())`` when last pushed to or taken from the server."""
    reapply_from: Optional[int] = None
    """A withdrawn or rejected application this draft applies again after: the server's new
    draft is made from it (the organisation keeps its name) instead of a new organisation."""

    # ------------------------------------------------------------------ content
    def content(self) -> Dict[str, Any]:
        """The server's top-level keys (PATCH body) for what is typed here."""
        values = self.values
        return {
            "details": {name: text_or_empty(values.get(name)) for name in DETAILS},
            "contributions": spec_module.contributions_payload(values.get("contributions")),
            "courses": [spec_module.course_payload(c.key, c.values) for c in self.courses],
            "self_check": {
                "version": self.self_check_version,
                "answers": {k: bool(v) for k, v in sorted(self.answers.items())},
            },
            "message": text_or_empty(values.get("message")),
        }

    def digest(self) -> str:
        return digest(self.content())

    @property
    def locally_changed(self) -> bool:
        """True when something was typed since the last sync with the server."""
        return self.digest() != self.synced_digest

    def mark_synced(self, application: Application) -> None:
        self.server_id = application.id
        self.server_revision = application.revision
        self.synced_digest = self.digest()

    def is_empty(self) -> bool:
        content = self.content()
        typed = any(content["details"].values()) or content["contributions"] or content["message"]
        return not typed and not self.courses and not self.logo

    def new_course_key(self) -> str:
        taken = {course.key for course in self.courses}
        number = len(self.courses) + 1
        while f"c{number}" in taken:
            number += 1
        return f"c{number}"

    def all_files(self) -> List[str]:
        """Every attached local path (logo first), once each."""
        seen: List[str] = [self.logo] if self.logo else []
        for course in self.courses:
            for part in MATERIAL_PARTS:
                for path in course.files.get(part, []):
                    if path not in seen:
                        seen.append(path)
        return seen

    # ------------------------------------------------------------------ server
    @classmethod
    def from_application(
        cls, application: Application, keep: Optional[ApplicationDraft] = None
    ) -> ApplicationDraft:
        """The server's draft as a local one; ``keep``'s local files and checks stay attached
        to the courses of the same key (the server has no local paths)."""
        data = application.data
        details = obj(data, "details")
        values: Dict[str, Any] = {name: text_or_empty(details.get(name)) for name in DETAILS}
        values["contributions"] = spec_module.contributions_values(data.get("contributions"))
        values["message"] = text_or_empty(data.get("message"))
        old = {c.key: c for c in keep.courses} if keep is not None else {}
        courses = []
        for item in data.get("courses") or []:
            if not isinstance(item, dict) or not isinstance(item.get("key"), str):
                continue
            previous = old.get(item["key"])
            files = dict(previous.files) if previous is not None else {}
            courses.append(CourseDraft(item["key"], spec_module.course_values(item), files))
        check = obj(data, "self_check")
        answers = obj(check, "answers")
        version = _int(check.get("version")) or 0
        draft = cls(
            values=values,
            courses=courses,
            self_check_version=version,
            answers={str(k): v is True for k, v in answers.items()},
            self_check_done=bool(answers) and all(v is True for v in answers.values()),
            logo=keep.logo if keep is not None else "",
            checks=dict(keep.checks) if keep is not None else {},
            uploads=dict(keep.uploads) if keep is not None else {},
        )
        draft.mark_synced(application)
        return draft

    # ------------------------------------------------------------------ JSON
    def to_json(self) -> Dict[str, Any]:
        return {
            "format": DRAFT_FORMAT,
            "values": _jsonable(self.values),
            "courses": [course.to_json() for course in self.courses],
            "self_check": {
                "version": self.self_check_version,
                "answers": dict(self.answers),
                "done": self.self_check_done,
            },
            "logo": self.logo,
            "checks": _jsonable(self.checks),
            "uploads": _jsonable(self.uploads),
            "server": {
                "id": self.server_id,
                "revision": self.server_revision,
                "digest": self.synced_digest,
                "reapply_from": self.reapply_from,
            },
        }

    @classmethod
    def from_json(cls, data: Any) -> ApplicationDraft:
        """A saved draft; anything that does not fit is left empty (a draft always opens)."""
        if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT:
            return cls()
        check = obj(data, "self_check")
        server = obj(data, "server")
        answers = obj(check, "answers")
        courses = [CourseDraft.from_json(item) for item in data.get("courses") or []]
        return cls(
            values=dict(obj(data, "values")),
            courses=[course for course in courses if course is not None],
            self_check_version=_int(check.get("version")) or 0,
            answers={str(k): v is True for k, v in answers.items()},
            self_check_done=check.get("done") is True,
            logo=data["logo"] if isinstance(data.get("logo"), str) else "",
            checks=_dicts(data.get("checks")),
            uploads=_dicts(data.get("uploads")),
            server_id=_int(server.get("id")),
            server_revision=_int(server.get("revision")),
            synced_digest=server["digest"] if isinstance(server.get("digest"), str) else "",
            reapply_from=_int(server.get("reapply_from")),
        )

    def as_text(self, labels: Mapping[str, str]) -> str:
        """The answers as plain text to paste into the website's form (live site)."""
        content = self.content()
        lines: List[str] = []
        for name in DETAILS:
            value = content["details"][name]
            if value:
                lines.append(f"{labels.get(name, name)}: {value}")
        for index, row in enumerate(content["contributions"], start=1):
            lines.append("")
            lines.append(f"{labels.get('contribution', 'Contribution')} {index}: {row['kind']}")
            lines.append(row["description"])
            lines.extend(row["links"])
            dates = " - ".join(d for d in (row["start_date"], row["end_date"]) if d)
            if dates:
                lines.append(dates)
        for course in content["courses"]:
            lines.append("")
            lines.append(f"{labels.get('course', 'Course')}: {course['title']}")
            for key in ("course_type", "licence", "qgis_version"):
                if course[key]:
                    lines.append(f"{labels.get(key, key)}: {course[key]}")
            for part in MATERIAL_PARTS:
                for link in course["links"][part]:
                    lines.append(f"{labels.get(part, part)}: {link}")
        if content["message"]:
            lines.append("")
            lines.append(content["message"])
        return "\n".join(lines).strip() + "\n"


@dataclass(frozen=True)
class Comparison:
    """How the local draft stands against the server's copy of the same application."""

    same_content: bool
    revision_moved: bool
    """The server's revision is not the one the draft was last synced with."""
    local_edits: bool
    """Typed locally since the last sync."""

    @property
    def must_choose(self) -> bool:
        """Both sides changed (or the draft never synced) and they differ: ask the user."""
        return not self.same_content and self.revision_moved and self.local_edits

    @property
    def push_local(self) -> bool:
        """Only the local draft changed: send it."""
        return not self.same_content and not self.revision_moved

    @property
    def take_server(self) -> bool:
        """Only the server's copy changed: show it."""
        return not self.same_content and self.revision_moved and not self.local_edits


def compare(draft: ApplicationDraft, application: Application) -> Comparison:
    server = ApplicationDraft.from_application(application, keep=draft)
    return Comparison(
        same_content=server.digest() == draft.digest(),
        revision_moved=draft.server_id != application.id
        or draft.server_revision != application.revision,
        local_edits=draft.locally_changed,
    )


def digest(content: Any) -> str:
    """SHA-256 of the canonical JSON of ``content`` (key order and spacing do not count)."""
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dicts(value: Any) -> Dict[str, Dict[str, Any]]:
    if not isinstance(value, dict):
        return {}
    return {str(k): dict(v) for k, v in value.items() if isinstance(v, dict)}


def _jsonable(value: Any) -> Any:
    """``value`` through JSON and back: the draft on disk never holds other types."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))
