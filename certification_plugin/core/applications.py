"""The applications client: typed calls over ``core.api.ApiSession`` (contract of issue 10).

One object per server and language: ``form()`` reads the public application form (self-check
questions, contribution kinds, licences, limits, next steps) in the interface language;
the rest are the owner's calls on their applications. Every call returns the server's JSON
as a typed record that keeps the raw document (``Application.data``): the draft model and the
dock read the keys they need, so a server that adds keys loses nothing on the way.

No Qt here; in QGIS the session rides on ``QgisTransport`` (authcfg applied), elsewhere on
urllib. The server offers all this when its API root lists the capability ``applications``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .api.multipart import FilePart
from .api.session import ApiResponse, ApiSession, new_idempotency_key
from .api.shapes import ShapeCheck
from .models import ServerInfo, offers

CAPABILITY = "applications"
LANGUAGES = {"en": "en", "ro": "ro", "sv": "sv", "zh_TW": "zh-hant", "zh-hant": "zh-hant"}
"""Interface language (``qgis_io.translation``) -> the form's ``Accept-Language``."""
OPEN_STATES = (
    "draft",
    "submitted",
    "screening",
    "under_review",
    "changes_requested",
    "resubmitted",
)
EDITABLE_STATES = ("draft", "changes_requested")
MATERIAL_PARTS = ("lectures", "exercises", "data")
LOGO_PART = "logo"
CHECKS_MAX_BYTES = 64 * 1024
"""The server's cap on a material's ``checks`` JSON text."""


def offered(info: Optional[ServerInfo]) -> bool:
    """True when the server has API v1 with the ``applications`` capability."""
    return offers(info, CAPABILITY)


def accept_language(language: str) -> str:
    """The ``Accept-Language`` for an interface language code (``zh_TW`` -> ``zh-hant``)."""
    if language in LANGUAGES:
        return LANGUAGES[language]
    return LANGUAGES.get(language.split("_")[0].split("-")[0], "en")


def obj(record: Any, key: str) -> Dict[str, Any]:
    """``record[key]`` when both are JSON objects, else an empty one (tolerant reading)."""
    value = record.get(key) if isinstance(record, dict) else None
    return value if isinstance(value, dict) else {}


_SHAPE = ShapeCheck("applications")
_fail = _SHAPE.fail
_dict = _SHAPE.dict
_list = _SHAPE.list


def _pairs(value: Any, what: str, url: str) -> Tuple[Tuple[str, str], ...]:
    """``[{"key", "label"}]`` as (key, label) pairs (label defaults to the key)."""
    pairs = []
    for item in _list(value if value is not None else [], what, url):
        record = _dict(item, what, url)
        key = record.get("key")
        if not isinstance(key, str) or not key:
            raise _fail(what, url)
        label = record.get("label") if isinstance(record.get("label"), str) else key
        pairs.append((key, str(label)))
    return tuple(pairs)


@dataclass(frozen=True)
class Question:
    key: str
    text: str


@dataclass(frozen=True)
class FileType:
    key: str
    label: str
    extensions: Tuple[str, ...]


@dataclass(frozen=True)
class ApplicationForm:
    """GET application-form: what the form asks and allows, in the request's language."""

    self_check_version: int
    questions: Tuple[Question, ...]
    contribution_kinds: Tuple[Tuple[str, str], ...]
    material_parts: Tuple[Tuple[str, str], ...]
    licences: Tuple[Tuple[str, str], ...]
    file_types: Tuple[FileType, ...] = ()
    limits: Mapping[str, int] = field(default_factory=dict)
    next_steps: str = ""
    language: str = "en"

    def limit(self, name: str, default: int = 0) -> int:
        value = self.limits.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) else default

    def extensions(self) -> Tuple[str, ...]:
        """Every file extension the server accepts (lower case, with the dot)."""
        return tuple(sorted({ext.lower() for kind in self.file_types for ext in kind.extensions}))

    @classmethod
    def parse(cls, data: Any, url: str, language: str = "en") -> ApplicationForm:
        doc = _dict(data, "The application form", url)
        check = _dict(doc.get("self_check"), "The form's self-check", url)
        version = check.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise _fail("The self-check version", url)
        questions = []
        for item in _list(check.get("questions"), "The self-check questions", url):
            record = _dict(item, "A self-check question", url)
            key, text = record.get("key"), record.get("text")
            if not isinstance(key, str) or not key or not isinstance(text, str):
                raise _fail("A self-check question", url)
            questions.append(Question(key, text))
        file_types = []
        for item in _list(doc.get("file_types") or [], "The file types", url):
            record = _dict(item, "A file type", url)
            extensions = record.get("extensions") or []
            file_types.append(
                FileType(
                    str(record.get("key", "")),
                    str(record.get("label", record.get("key", ""))),
                    tuple(str(ext) for ext in extensions if isinstance(ext, str)),
                )
            )
        limits = obj(doc, "limits")
        next_steps = doc.get("next_steps")
        return cls(
            self_check_version=version,
            questions=tuple(questions),
            contribution_kinds=_pairs(doc.get("contribution_kinds"), "The contribution kinds", url),
            material_parts=_pairs(doc.get("material_parts"), "The material parts", url),
            licences=_pairs(doc.get("licences"), "The licences", url),
            file_types=tuple(file_types),
            limits={k: v for k, v in limits.items() if isinstance(v, int)},
            next_steps=next_steps if isinstance(next_steps, str) else "",
            language=language,
        )


@dataclass(frozen=True)
class Application:
    """One application as the server sent it; ``data`` is the whole document."""

    id: int
    state: str
    revision: int
    round: int
    allowed_actions: Tuple[str, ...]
    remarks: str
    data: Dict[str, Any]
    etag: str = ""

    @property
    def editable(self) -> bool:
        return self.state in EDITABLE_STATES

    @property
    def materials(self) -> List[Dict[str, Any]]:
        found = self.data.get("materials")
        return [m for m in found if isinstance(m, dict)] if isinstance(found, list) else []

    @classmethod
    def parse(cls, data: Any, url: str, etag: str = "") -> Application:
        doc = _dict(data, "An application", url)
        ident, state = doc.get("id"), doc.get("state")
        if not isinstance(ident, int) or isinstance(ident, bool) or not isinstance(state, str):
            raise _fail("An application", url)
        revision = doc.get("revision")
        number = doc.get("round")
        actions = doc.get("allowed_actions")
        remarks = doc.get("remarks")
        return cls(
            id=ident,
            state=state,
            revision=revision if isinstance(revision, int) else 0,
            round=number if isinstance(number, int) else 0,
            allowed_actions=tuple(a for a in (actions or []) if isinstance(a, str)),
            remarks=remarks if isinstance(remarks, str) else "",
            data=doc,
            etag=etag,
        )


@dataclass(frozen=True)
class Event:
    """One entry of an application's history, oldest first."""

    at: str
    actor: str
    action: str
    from_state: str
    to_state: str
    remarks: str

    @classmethod
    def parse(cls, data: Any, url: str) -> Event:
        doc = _dict(data, "An application event", url)

        def text(key: str) -> str:
            value = doc.get(key)
            return value if isinstance(value, str) else ("" if value is None else str(value))

        return cls(
            text("at"),
            text("actor"),
            text("action"),
            text("from_state"),
            text("to_state"),
            text("remarks"),
        )


@dataclass(frozen=True)
class Round:
    number: int
    submitted_at: str
    sha256: str
    snapshot: Dict[str, Any]


def _results(data: Any, url: str) -> List[Any]:
    """A list answer, bare or paginated (``{"results": [...]}``)."""
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        return list(data["results"])
    return _list(data, "The list", url)


def _revision_tag(revision: int) -> str:
    return f'"{revision}"'


class WorkflowClient:
    """A workflow API of one server (applications, reviews), asked in one language: the
    session, and the headers that go with every request."""

    def __init__(
        self, api: ApiSession, language: str = "en", headers: Optional[Mapping[str, str]] = None
    ) -> None:
        """``headers`` go with every request (a script's ``Authorization``; in QGIS the
        transport applies the authcfg instead)."""
        self.api = api
        self.language = accept_language(language)
        self.extra_headers = dict(headers or {})

    def _headers(self) -> Dict[str, str]:
        return {**self.extra_headers, "Accept-Language": self.language}


class ApplicationsClient(WorkflowClient):
    """The applications API of one server, asked in one language."""

    def _application(self, response: ApiResponse) -> Application:
        return Application.parse(response.data, response.url, response.header("etag"))

    # ------------------------------------------------------------------ public
    def form(self, **kwargs: Any) -> ApplicationForm:
        """The application form in this client's language (public: no sign-in needed)."""
        response = self.api.get("application-form/", headers=self._headers(), **kwargs)
        return ApplicationForm.parse(response.data, response.url, self.language)

    # ------------------------------------------------------------------ owner
    def list_mine(self, **kwargs: Any) -> List[Application]:
        response = self.api.get("applications/", headers=self._headers(), **kwargs)
        return [Application.parse(item, response.url) for item in _results(response.data, "")]

    def create(self, details: Mapping[str, Any], **kwargs: Any) -> Application:
        """A new draft (and its organisation) from the organisation's details."""
        response = self.api.post(
            "applications/", json={"details": dict(details)}, headers=self._headers(), **kwargs
        )
        return self._application(response)

    def reapply(self, application_id: int, **kwargs: Any) -> Application:
        """A new draft of the same organisation after a withdrawn or rejected application."""
        response = self.api.post(
            f"applications/{int(application_id)}/reapply/",
            json={},
            headers=self._headers(),
            **kwargs,
        )
        return self._application(response)

    def get(self, application_id: int, **kwargs: Any) -> Application:
        return self._application(
            self.api.get(f"applications/{int(application_id)}/", headers=self._headers(), **kwargs)
        )

    def patch(
        self,
        application_id: int,
        changes: Mapping[str, Any],
        revision: Optional[int] = None,
        **kwargs: Any,
    ) -> Application:
        """Change a draft partly (lists replace whole lists); with ``revision`` the server
        refuses (412, ``HttpError``) when someone changed it since."""
        headers = self._headers()
        if revision is not None:
            headers["If-Match"] = _revision_tag(revision)
        response = self.api.patch(
            f"applications/{int(application_id)}/", json=dict(changes), headers=headers, **kwargs
        )
        return self._application(response)

    def submit(
        self, application_id: int, idempotency_key: Optional[str] = None, **kwargs: Any
    ) -> Application:
        """Submit (or resubmit); keep ``idempotency_key`` across retries of one submit."""
        response = self.api.post(
            f"applications/{int(application_id)}/submit/",
            json={},
            idempotency_key=idempotency_key or new_idempotency_key(),
            headers=self._headers(),
            **kwargs,
        )
        return self._application(response)

    def withdraw(self, application_id: int, reason: str = "", **kwargs: Any) -> Application:
        body = {"reason": reason} if reason else {}
        response = self.api.post(
            f"applications/{int(application_id)}/withdraw/",
            json=body,
            headers=self._headers(),
            **kwargs,
        )
        return self._application(response)

    def events(self, application_id: int, **kwargs: Any) -> List[Event]:
        response = self.api.get(
            f"applications/{int(application_id)}/events/", headers=self._headers(), **kwargs
        )
        return [Event.parse(item, response.url) for item in _results(response.data, response.url)]

    def round(self, application_id: int, number: int, **kwargs: Any) -> Round:
        response = self.api.get(
            f"applications/{int(application_id)}/rounds/{int(number)}/",
            headers=self._headers(),
            **kwargs,
        )
        doc = _dict(response.data, "A round", response.url)
        snapshot = doc.get("snapshot")
        return Round(
            number=int(doc.get("number") or number),
            submitted_at=str(doc.get("submitted_at") or ""),
            sha256=str(doc.get("sha256") or ""),
            snapshot=snapshot if isinstance(snapshot, dict) else {},
        )

    def materials(self, application_id: int, **kwargs: Any) -> List[Dict[str, Any]]:
        response = self.api.get(
            f"applications/{int(application_id)}/materials/", headers=self._headers(), **kwargs
        )
        return [m for m in _results(response.data, response.url) if isinstance(m, dict)]

    def materials_url(self, application_id: int) -> str:
        """Where a material is uploaded (``qgis_io.uploads`` streams the file there)."""
        return self.api.url(f"applications/{int(application_id)}/materials/")

    def upload_material(
        self,
        application_id: int,
        course: str,
        part: str,
        file: FilePart,
        checks: Optional[Mapping[str, Any]] = None,
        **kwargs: Any,
    ) -> Dict[str, Any]:
        """A small file sent from memory (scripts, tests); QGIS streams files with
        ``qgis_io.uploads`` to ``materials_url`` instead."""
        response = self.api.post(
            f"applications/{int(application_id)}/materials/",
            files=[file],
            fields=material_fields(course, part, checks),
            headers=self._headers(),
            **kwargs,
        )
        return _dict(response.data, "A material", response.url)

    def delete_material(self, application_id: int, material_id: int, **kwargs: Any) -> None:
        self.api.delete(
            f"applications/{int(application_id)}/materials/{int(material_id)}/",
            headers=self._headers(),
            **kwargs,
        )


def material_fields(course: str, part: str, checks: Optional[Mapping[str, Any]]) -> Dict[str, str]:
    """The text fields of a material upload; ``checks`` as JSON text within the server's cap
    (too long: its top-level scalars only, marked ``"truncated": true``)."""
    fields = {"course": course, "part": part}
    if checks:
        text = json.dumps(checks, ensure_ascii=False, sort_keys=True)
        if len(text.encode("utf-8")) > CHECKS_MAX_BYTES:
            short = {k: v for k, v in checks.items() if isinstance(v, (str, int, float, bool))}
            short["truncated"] = True
            text = json.dumps(short, ensure_ascii=False, sort_keys=True)[: CHECKS_MAX_BYTES // 4]
        fields["checks"] = text
    return fields
