"""The training client: courses, attendees and certificates over ``core.api.ApiSession``
(contract of issue 12).

The organisations the user owns or convenes for (with their credits), their training
centres, course types, conveners and courses (lists and writes), a course's attendees (one by
one or imported from CSV bytes or rows), and its certificates: issue a batch (all or nothing,
an ``Idempotency-Key`` kept across retries), send, correct, revoke, download. Records are
small frozen dataclasses that keep the server's whole document in ``data``. Errors are
``core.api``'s; a batch the credits do not cover raises ``NotEnoughCredits`` (the server's 409
``not_enough_credits``) with the numbers. No Qt here.

The server offers all this when its API root lists the capability ``certificates``; the
public verification (``verify``) needs no sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union
from urllib.parse import quote

from .api.multipart import FilePart
from .api.problems import raise_for_api_status
from .api.session import ApiResponse, new_idempotency_key
from .api.shapes import ShapeCheck
from .applications import WorkflowClient
from .certificates import Credits, Verification, from_api, normalise_certificate_id, not_found
from .errors import ConflictError, NotFoundError, ValidationFailed
from .fields import int_or_none as _int
from .fields import text_or_empty
from .models import ServerInfo, offers

CAPABILITY = "certificates"
CERTIFICATE_TYPES = ("attendance", "completion")
CERTIFICATE_LANGUAGES = ("en", "ro", "sv", "zh_TW")
PAGE_SIZE = 1000
MAX_PAGES = 200

__all__ = [
    "CAPABILITY",
    "Attendee",
    "Certificate",
    "Course",
    "ImportResult",
    "IssueResult",
    "MyOrganisation",
    "NotEnoughCredits",
    "Record",
    "TrainingClient",
    "offered",
]


def offered(info: Optional[ServerInfo]) -> bool:
    """True when the server has API v1 with the ``certificates`` capability."""
    return offers(info, CAPABILITY)


_SHAPE = ShapeCheck("certificates")
_fail = _SHAPE.fail
_dict = _SHAPE.dict
_list = _SHAPE.list


def _with_id(data: Any, what: str, url: str) -> Tuple[Dict[str, Any], int]:
    """The record's document and its integer ``id``; the shape's failure without one."""
    doc = _dict(data, what, url)
    ident = _int(doc.get("id"))
    if ident is None:
        raise _fail(what, url)
    return doc, ident


def _results(data: Any, what: str, url: str) -> List[Any]:
    """A list answer, bare or paginated (``{"results": [...]}``)."""
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        return list(data["results"])
    return _list(data, what, url)


class NotEnoughCredits(ConflictError):
    """409 ``not_enough_credits``: the batch needs ``needed`` credits, ``available`` remain."""

    def __init__(self, message: str, url: str, detail: str, needed: int, available: int) -> None:
        super().__init__(message, url, 409, detail, code="not_enough_credits")
        self.needed = needed
        self.available = available

    @property
    def missing(self) -> int:
        return max(0, self.needed - self.available)

    @classmethod
    def from_conflict(cls, error: ConflictError) -> NotEnoughCredits:
        needed = _int(error.body.get("credits_needed")) or 0
        available = _int(error.body.get("credits_available")) or 0
        detail = error.detail or f"{needed} credits needed, {available} available."
        made = cls(detail, error.url, detail, needed, available)
        made.body = dict(error.body)
        return made


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Record:
    """A training centre, course type or convener: its key (id, or slug for course types),
    its name, its organisation's slug; ``data`` is the server's document."""

    key: Union[int, str]
    name: str
    organisation: str = ""
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def parse(cls, data: Any, url: str, key: str = "id", what: str = "A record") -> Record:
        doc = _dict(data, what, url)
        value = doc.get(key)
        ident: Union[int, str, None] = value if isinstance(value, str) and value else _int(value)
        if ident is None:
            raise _fail(what, url)
        return cls(ident, text_or_empty(doc.get("name")), _organisation(doc), doc)


def _organisation(doc: Mapping[str, Any]) -> str:
    value = doc.get("organisation")
    if isinstance(value, dict):
        value = value.get("slug")
    if not isinstance(value, str):
        value = doc.get("organisation_slug")
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class MyOrganisation:
    """An organisation the user may run courses for, with its credits and the user's roles."""

    slug: str
    name: str
    country: str = ""
    status: str = ""
    certified: bool = False
    roles: Tuple[str, ...] = ()
    credits: Credits = field(default_factory=Credits)
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def parse(cls, data: Any, url: str) -> MyOrganisation:
        doc = _dict(data, "An organisation", url)
        slug = doc.get("slug")
        if not isinstance(slug, str) or not slug:
            raise _fail("An organisation", url)
        roles = doc.get("roles")
        return cls(
            slug=slug,
            name=text_or_empty(doc.get("name")),
            country=text_or_empty(doc.get("country")),
            status=text_or_empty(doc.get("status")),
            certified=doc.get("certified") is True,
            roles=tuple(r for r in (roles or []) if isinstance(r, str)),
            credits=Credits.parse(doc.get("credits")),
            data=doc,
        )


@dataclass(frozen=True)
class Course:
    id: int
    name: str
    organisation: str = ""
    start_date: str = ""
    end_date: str = ""
    language: str = ""
    certificate_type: Optional[str] = None
    attendee_count: Optional[int] = None
    certificate_count: Optional[int] = None
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def parse(cls, data: Any, url: str) -> Course:
        doc, ident = _with_id(data, "A course", url)
        kind = doc.get("certificate_type")
        return cls(
            id=ident,
            name=text_or_empty(doc.get("name")),
            organisation=_organisation(doc),
            start_date=text_or_empty(doc.get("start_date")),
            end_date=text_or_empty(doc.get("end_date")),
            language=text_or_empty(doc.get("language")),
            certificate_type=kind if isinstance(kind, str) and kind else None,
            attendee_count=_int(doc.get("attendee_count")),
            certificate_count=_int(doc.get("certificate_count")),
            data=doc,
        )


@dataclass(frozen=True)
class Attendee:
    id: int
    first_name: str
    surname: str
    email: str
    certificate_id: str = ""
    certificate_status: str = ""
    """``valid``/``revoked`` of the attendee's certificate for this course, "" without one."""
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.surname) if part)

    @property
    def certified(self) -> bool:
        return self.certificate_status == "valid"

    @classmethod
    def parse(cls, data: Any, url: str) -> Attendee:
        doc, ident = _with_id(data, "An attendee", url)
        certificate = doc.get("certificate")
        certificate = certificate if isinstance(certificate, dict) else {}
        return cls(
            id=ident,
            first_name=text_or_empty(doc.get("first_name")),
            surname=text_or_empty(doc.get("surname")),
            email=text_or_empty(doc.get("email")),
            certificate_id=text_or_empty(certificate.get("certificate_id")),
            certificate_status=text_or_empty(certificate.get("status")),
            data=doc,
        )


@dataclass(frozen=True)
class Certificate:
    """One certificate of a course list (the verification document plus the manager's keys)."""

    certificate_id: str
    status: str
    attendee_name: str = ""
    attendee_email: str = ""
    certificate_type: str = ""
    language: str = ""
    pdf_ready: bool = False
    sent_at: str = ""
    revision: int = 1
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def verification(self) -> Verification:
        return from_api(self.data, self.certificate_id)

    @property
    def pdf_url(self) -> str:
        links = self.data.get("links")
        value = links.get("pdf") if isinstance(links, dict) else None
        return value if isinstance(value, str) else ""

    @classmethod
    def parse(cls, data: Any, url: str) -> Certificate:
        doc = _dict(data, "A certificate", url)
        ident = doc.get("certificate_id")
        if not isinstance(ident, str) or not ident:
            raise _fail("A certificate", url)
        return cls(
            certificate_id=ident,
            status=text_or_empty(doc.get("status")),
            attendee_name=text_or_empty(doc.get("attendee_name")),
            attendee_email=text_or_empty(doc.get("attendee_email")),
            certificate_type=text_or_empty(doc.get("certificate_type")),
            language=text_or_empty(doc.get("language")),
            pdf_ready=doc.get("pdf_ready") is True,
            sent_at=text_or_empty(doc.get("sent_at")),
            revision=_int(doc.get("revision")) or 1,
            data=doc,
        )


@dataclass(frozen=True)
class ImportRow:
    line: int
    first_name: str
    surname: str
    email: str
    status: str
    """``new``, ``existing``, ``already_on_course`` or ``invalid``."""
    errors: Dict[str, List[str]] = field(default_factory=dict)

    @classmethod
    def parse(cls, data: Any, url: str) -> ImportRow:
        doc = _dict(data, "An imported row", url)
        raw = doc.get("errors")
        errors: Dict[str, List[str]] = {}
        if isinstance(raw, dict):
            for key, messages in raw.items():
                if isinstance(messages, list):
                    errors[str(key)] = [str(m) for m in messages]
                elif messages:
                    errors[str(key)] = [str(messages)]
        return cls(
            line=_int(doc.get("line")) or 0,
            first_name=text_or_empty(doc.get("first_name")),
            surname=text_or_empty(doc.get("surname")),
            email=text_or_empty(doc.get("email")),
            status=text_or_empty(doc.get("status")),
            errors=errors,
        )


@dataclass(frozen=True)
class ImportResult:
    """The server's answer to an import or its preview; ``refused`` when it answered 400
    (invalid rows and no ``skip_invalid``): nothing was imported, the rows say why."""

    rows: Tuple[ImportRow, ...]
    valid: int = 0
    invalid: int = 0
    imported: int = 0
    skipped: int = 0
    encoding: str = ""
    separator: str = ""
    header_mode: str = ""
    preview: bool = False
    refused: bool = False
    file_errors: Tuple[str, ...] = ()
    """Problems of the whole file (not UTF-8, too large...)."""
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def parse(cls, data: Any, url: str, refused: bool = False) -> ImportResult:
        doc = _dict(data, "An attendee import", url)
        rows = tuple(ImportRow.parse(row, url) for row in _list(doc.get("rows", []), "Rows", url))
        raw_errors = doc.get("errors")
        file_errors: List[str] = []
        if isinstance(raw_errors, dict):
            for messages in raw_errors.values():
                if isinstance(messages, list):
                    file_errors += [str(m) for m in messages if isinstance(m, str)]
        return cls(
            rows=rows,
            valid=_int(doc.get("valid")) or 0,
            invalid=_int(doc.get("invalid")) or 0,
            imported=_int(doc.get("imported")) or 0,
            skipped=_int(doc.get("skipped")) or 0,
            encoding=text_or_empty(doc.get("encoding")),
            separator=text_or_empty(doc.get("separator")),
            header_mode=text_or_empty(doc.get("header_mode")),
            preview=doc.get("preview") is True,
            refused=refused,
            file_errors=tuple(file_errors),
            data=doc,
        )


@dataclass(frozen=True)
class IssueResult:
    certificates: Tuple[Certificate, ...]
    spent: int = 0
    balance: Optional[int] = None
    replayed: bool = False
    """True when the server recognised the key (200): nothing new, nothing charged."""
    data: Dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def certificate_ids(self) -> List[str]:
        return [c.certificate_id for c in self.certificates]

    @classmethod
    def parse(cls, response: ApiResponse) -> IssueResult:
        doc = _dict(response.data, "An issued batch", response.url)
        items = _list(doc.get("certificates"), "The issued certificates", response.url)
        raw = doc.get("credits")
        credits: Dict[str, Any] = raw if isinstance(raw, dict) else {}
        return cls(
            certificates=tuple(Certificate.parse(item, response.url) for item in items),
            spent=_int(credits.get("spent")) or 0,
            balance=_int(credits.get("balance")),
            replayed=response.status == 200,
            data=doc,
        )


# --------------------------------------------------------------------------- the client


def _cert(certificate_id: str) -> str:
    ident = normalise_certificate_id(certificate_id) or str(certificate_id).strip()
    return f"certificates/{quote(ident, safe='')}/"


def _course(course_id: int, tail: str = "") -> str:
    return f"courses/{int(course_id)}/{tail}"


def _form_fields(data: Mapping[str, Any]) -> Dict[str, str]:
    """A multipart form's text fields from a JSON-like dict (None as "", booleans as
    ``true``/``false``)."""
    fields: Dict[str, str] = {}
    for key, value in data.items():
        if value is None:
            fields[key] = ""
        elif isinstance(value, bool):
            fields[key] = "true" if value else "false"
        else:
            fields[key] = str(value)
    return fields


class TrainingClient(WorkflowClient):
    """The training and certificates API of one server, asked in one language."""

    page_size = PAGE_SIZE

    # ------------------------------------------------------------------ plumbing
    def _get(self, path: str, **kwargs: Any) -> ApiResponse:
        return self.api.get(path, headers=self._headers(), **kwargs)

    def _send(self, method: str, path: str, **kwargs: Any) -> ApiResponse:
        return self.api.request(method, path, headers=self._headers(), **kwargs)

    def _all(self, path: str, params: Optional[Dict[str, Any]] = None, **kwargs: Any) -> List[Any]:
        """Every item of a list, following ``next`` links of a paginated answer."""
        query: Dict[str, Any] = {"page_size": self.page_size, **(params or {})}
        response = self._get(path, params=query, **kwargs)
        items = _results(response.data, "A list", response.url)
        pages = 1
        while isinstance(response.data, dict) and isinstance(response.data.get("next"), str):
            pages += 1
            if pages > MAX_PAGES:
                raise _fail("A list's pages", response.url)
            response = self._get(response.data["next"], **kwargs)
            items += _results(response.data, "A list", response.url)
        return items

    def _write(
        self,
        method: str,
        path: str,
        data: Mapping[str, Any],
        files: Sequence[FilePart] = (),
        **kwargs: Any,
    ) -> ApiResponse:
        """JSON, or a multipart form when there are files (signatures, templates)."""
        if files:
            return self._send(method, path, files=list(files), fields=_form_fields(data), **kwargs)
        return self._send(method, path, json=dict(data), **kwargs)

    # ------------------------------------------------------------------ organisations
    def my_organisations(self, **kwargs: Any) -> List[MyOrganisation]:
        """The organisations the user owns or convenes for (managers: every certified one)."""
        response = self._get("me/organisations/", **kwargs)
        return [
            MyOrganisation.parse(item, response.url)
            for item in _results(response.data, "My organisations", response.url)
        ]

    # ------------------------------------------------------------------ training centres
    def training_centres(self, organisation: Union[str, int], **kwargs: Any) -> List[Record]:
        items = self._all("training-centres/", {"organisation": organisation}, **kwargs)
        return [Record.parse(item, "", what="A training centre") for item in items]

    def create_training_centre(
        self, organisation: str, data: Mapping[str, Any], **kwargs: Any
    ) -> Record:
        response = self._write(
            "POST", "training-centres/", {**data, "organisation": organisation}, **kwargs
        )
        return Record.parse(response.data, response.url, what="A training centre")

    def update_training_centre(
        self, centre_id: int, data: Mapping[str, Any], **kwargs: Any
    ) -> Record:
        response = self._write("PATCH", f"training-centres/{int(centre_id)}/", data, **kwargs)
        return Record.parse(response.data, response.url, what="A training centre")

    def delete_training_centre(self, centre_id: int, **kwargs: Any) -> None:
        self._send("DELETE", f"training-centres/{int(centre_id)}/", **kwargs)

    # ------------------------------------------------------------------ course types
    def course_types(self, organisation: Union[str, int], **kwargs: Any) -> List[Record]:
        items = self._all("course-types/", {"organisation": organisation}, **kwargs)
        return [Record.parse(item, "", key="slug", what="A course type") for item in items]

    def create_course_type(
        self, organisation: str, data: Mapping[str, Any], **kwargs: Any
    ) -> Record:
        response = self._write(
            "POST", "course-types/", {**data, "organisation": organisation}, **kwargs
        )
        return Record.parse(response.data, response.url, key="slug", what="A course type")

    def update_course_type(self, slug: str, data: Mapping[str, Any], **kwargs: Any) -> Record:
        response = self._write("PATCH", f"course-types/{quote(slug, safe='')}/", data, **kwargs)
        return Record.parse(response.data, response.url, key="slug", what="A course type")

    def delete_course_type(self, slug: str, **kwargs: Any) -> None:
        self._send("DELETE", f"course-types/{quote(slug, safe='')}/", **kwargs)

    # ------------------------------------------------------------------ conveners
    def conveners(self, organisation: str = "", **kwargs: Any) -> List[Record]:
        params = {"organisation": organisation} if organisation else {}
        items = self._all("conveners/", params, **kwargs)
        return [Record.parse(item, "", what="A convener") for item in items]

    def create_convener(
        self,
        organisation: str,
        data: Mapping[str, Any],
        signature: Optional[FilePart] = None,
        **kwargs: Any,
    ) -> Record:
        """``data``: user (username or e-mail of an account), title, degree; ``signature`` a
        PNG or JPEG sent as a multipart form."""
        files = [FilePart(*signature)._replace(name="signature")] if signature else []
        response = self._write(
            "POST", "conveners/", {**data, "organisation": organisation}, files, **kwargs
        )
        return Record.parse(response.data, response.url, what="A convener")

    def update_convener(
        self,
        convener_id: int,
        data: Mapping[str, Any],
        signature: Optional[FilePart] = None,
        **kwargs: Any,
    ) -> Record:
        files = [FilePart(*signature)._replace(name="signature")] if signature else []
        response = self._write("PATCH", f"conveners/{int(convener_id)}/", data, files, **kwargs)
        return Record.parse(response.data, response.url, what="A convener")

    def delete_convener(self, convener_id: int, **kwargs: Any) -> None:
        self._send("DELETE", f"conveners/{int(convener_id)}/", **kwargs)

    # ------------------------------------------------------------------ courses
    def courses(self, organisation: Union[str, int], **kwargs: Any) -> List[Course]:
        items = self._all("courses/", {"organisation": organisation}, **kwargs)
        return [Course.parse(item, "") for item in items]

    def course(self, course_id: int, **kwargs: Any) -> Course:
        response = self._get(_course(course_id), **kwargs)
        return Course.parse(response.data, response.url)

    def create_course(
        self,
        organisation: str,
        data: Mapping[str, Any],
        template: Optional[FilePart] = None,
        **kwargs: Any,
    ) -> Course:
        files = [FilePart(*template)._replace(name="template")] if template else []
        response = self._write(
            "POST", "courses/", {**data, "organisation": organisation}, files, **kwargs
        )
        return Course.parse(response.data, response.url)

    def update_course(
        self,
        course_id: int,
        data: Mapping[str, Any],
        template: Optional[FilePart] = None,
        **kwargs: Any,
    ) -> Course:
        files = [FilePart(*template)._replace(name="template")] if template else []
        response = self._write("PATCH", _course(course_id), data, files, **kwargs)
        return Course.parse(response.data, response.url)

    def delete_course(self, course_id: int, **kwargs: Any) -> None:
        self._send("DELETE", _course(course_id), **kwargs)

    # ------------------------------------------------------------------ attendees
    def attendees(self, course_id: int, **kwargs: Any) -> List[Attendee]:
        items = self._all(_course(course_id, "attendees/"), **kwargs)
        return [Attendee.parse(item, "") for item in items]

    def add_attendee(
        self, course_id: int, first_name: str, surname: str, email: str, **kwargs: Any
    ) -> Attendee:
        """Add one (201), or the one already on the course with that e-mail (200)."""
        body = {"first_name": first_name, "surname": surname, "email": email}
        response = self._send("POST", _course(course_id, "attendees/"), json=body, **kwargs)
        return Attendee.parse(response.data, response.url)

    def update_attendee(
        self, course_id: int, attendee_id: int, data: Mapping[str, Any], **kwargs: Any
    ) -> Attendee:
        response = self._send(
            "PATCH",
            _course(course_id, f"attendees/{int(attendee_id)}/"),
            json=dict(data),
            **kwargs,
        )
        return Attendee.parse(response.data, response.url)

    def remove_attendee(self, course_id: int, attendee_id: int, **kwargs: Any) -> None:
        self._send("DELETE", _course(course_id, f"attendees/{int(attendee_id)}/"), **kwargs)

    def import_attendees(
        self,
        course_id: int,
        csv_bytes: Optional[bytes] = None,
        rows: Optional[Sequence[Mapping[str, str]]] = None,
        preview: bool = True,
        skip_invalid: bool = False,
        filename: str = "attendees.csv",
        **kwargs: Any,
    ) -> ImportResult:
        """Preview or import a CSV file's bytes or rows (``{first_name, surname, email}``).

        A refusal because of invalid rows (400 with the rows) is returned with ``refused``
        set, so the dialog shows each row's problems; other errors raise."""
        if (csv_bytes is None) == (rows is None):
            raise ValueError("Import either CSV bytes or rows.")
        flags = {"preview": bool(preview), "skip_invalid": bool(skip_invalid)}
        path = _course(course_id, "attendees/import/")
        try:
            if csv_bytes is not None:
                response = self._send(
                    "POST",
                    path,
                    params=flags,
                    files=[FilePart("file", filename, bytes(csv_bytes), "text/csv")],
                    fields=_form_fields(flags),
                    **kwargs,
                )
            else:
                body = {"rows": [dict(row) for row in rows or ()], **flags}
                response = self._send("POST", path, params=flags, json=body, **kwargs)
        except ValidationFailed as error:
            if isinstance(error.body.get("rows"), list):
                return ImportResult.parse(error.body, error.url, refused=True)
            raise
        return ImportResult.parse(response.data, response.url)

    # ------------------------------------------------------------------ certificates
    def certificates(self, course_id: int, **kwargs: Any) -> List[Certificate]:
        items = self._all(_course(course_id, "certificates/"), **kwargs)
        return [Certificate.parse(item, "") for item in items]

    def issue(
        self,
        course_id: int,
        items: Optional[Sequence[Mapping[str, Any]]] = None,
        idempotency_key: Optional[str] = None,
        *,
        all_attendees: bool = False,
        certificate_type: Optional[str] = None,
        language: Optional[str] = None,
        **kwargs: Any,
    ) -> IssueResult:
        """Issue a batch: ``items`` (``{"attendee": id, "certificate_type", "language"}``) or
        ``all_attendees`` (everyone without a valid certificate, with the given defaults).

        Keep ``idempotency_key`` across retries of one batch: the server then answers with the
        same certificates and charges once. Raises ``NotEnoughCredits`` when the credits do
        not cover the batch (nothing issued)."""
        if all_attendees:
            body: Dict[str, Any] = {"all": True}
            if certificate_type:
                body["certificate_type"] = certificate_type
            if language:
                body["language"] = language
        else:
            body = {"items": [dict(item) for item in items or ()]}
        try:
            response = self._send(
                "POST",
                _course(course_id, "certificates/"),
                json=body,
                idempotency_key=idempotency_key or new_idempotency_key(),
                **kwargs,
            )
        except ConflictError as error:
            if error.code == "not_enough_credits":
                raise NotEnoughCredits.from_conflict(error) from None
            raise
        return IssueResult.parse(response)

    def send(
        self,
        course_id: int,
        certificate_ids: Optional[Sequence[str]] = None,
        resend: bool = False,
        **kwargs: Any,
    ) -> int:
        """E-mail the certificates (``None``: all of the course) to their attendees; without
        ``resend`` only those never sent. The number queued."""
        body: Dict[str, Any] = {"resend": bool(resend)}
        if certificate_ids is not None:
            body["certificates"] = list(certificate_ids)
        response = self._send("POST", _course(course_id, "certificates/send/"), json=body, **kwargs)
        doc = response.data if isinstance(response.data, dict) else {}
        return _int(doc.get("queued")) or 0

    def send_certificate(self, certificate_id: str, resend: bool = False, **kwargs: Any) -> int:
        response = self._send(
            "POST", _cert(certificate_id) + "send/", json={"resend": bool(resend)}, **kwargs
        )
        doc = response.data if isinstance(response.data, dict) else {}
        return _int(doc.get("queued")) or 0

    def certificate(self, certificate_id: str, **kwargs: Any) -> Certificate:
        response = self._get(_cert(certificate_id), **kwargs)
        return Certificate.parse(response.data, response.url)

    def correct(
        self, certificate_id: str, first_name: str, surname: str, reason: str = "", **kwargs: Any
    ) -> Certificate:
        """Fix the attendee's name (free, same id, the PDF regenerated)."""
        body = {"first_name": first_name, "surname": surname, "reason": reason}
        response = self._send("POST", _cert(certificate_id) + "correct/", json=body, **kwargs)
        return Certificate.parse(response.data, response.url)

    def revoke(self, certificate_id: str, reason: str, **kwargs: Any) -> Certificate:
        response = self._send(
            "POST", _cert(certificate_id) + "revoke/", json={"reason": reason}, **kwargs
        )
        return Certificate.parse(response.data, response.url)

    def verify(self, certificate_id: str, **kwargs: Any) -> Verification:
        """The public verification; an unknown id is a ``not_found`` result, not an error."""
        ident = normalise_certificate_id(certificate_id) or str(certificate_id).strip()
        try:
            response = self._get(_cert(ident), **kwargs)
        except NotFoundError as error:
            return not_found(ident, web_url=error.url)
        return from_api(_dict(response.data, "A certificate", response.url), ident)

    def badge(self, certificate_id: str, **kwargs: Any) -> str:
        """The Open Badges 3.0 credential (a compact JWS)."""
        response = self._get(_cert(certificate_id) + "badge/", **kwargs)
        doc = _dict(response.data, "A badge", response.url)
        credential = doc.get("credential")
        if not isinstance(credential, str) or not credential:
            raise _fail("A badge", response.url)
        return credential

    def organisation_certificate(self, slug: str, **kwargs: Any) -> Dict[str, Any]:
        response = self._get(f"organisations/{quote(slug, safe='')}/certificate/", **kwargs)
        return _dict(response.data, "An organisation's certificate", response.url)

    # ------------------------------------------------------------------ files
    @staticmethod
    def pdf_path(certificate_id: str) -> str:
        """The PDF's path under the API root (``qgis_io.downloads`` takes ``pdf_url``)."""
        return _cert(certificate_id) + "pdf/"

    @staticmethod
    def zip_path(course_id: int) -> str:
        return _course(course_id, "certificates/zip/")

    def pdf_url(self, certificate_id: str) -> str:
        return self.api.url(self.pdf_path(certificate_id))

    def zip_url(self, course_id: int) -> str:
        return self.api.url(self.zip_path(course_id))

    def pdf_bytes(self, certificate_id: str, **kwargs: Any) -> bytes:
        """The PDF in memory (a certificate is well under 100 KB; scripts and Processing).

        409 ``pdf_pending`` (still rendering) raises ``ConflictError`` with that code."""
        url = self.api.url(self.pdf_path(certificate_id))
        headers = {**self._headers(), "Accept": "application/pdf, application/json"}
        response = self.api.http.send_request("GET", url, None, headers, **kwargs)
        raise_for_api_status(response)
        return response.body
