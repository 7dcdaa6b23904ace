"""The apply dock's work that runs in tasks: reading the server, saving the draft there,
checking and uploading material, submitting. No widget is touched here.

Each function takes plain values gathered on the main thread and the task's context, and
returns plain values the dock shows on the main thread. Uploads done before a later step
failed are kept in the ``Uploaded`` record the caller passed in, so nothing is sent twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from ...core.api.session import ApiSession
from ...core.application_draft import ApplicationDraft
from ...core.applications import (
    LOGO_PART,
    MATERIAL_PARTS,
    Application,
    ApplicationForm,
    ApplicationsClient,
    Event,
    material_fields,
    offered,
)
from ...core.client import CertificationClient
from ...core.errors import HttpError
from ...core.http import decode_json
from ...core.models import ServerInfo
from ...core.urls import api_url
from ...qgis_io.tasks import TaskContext
from ...qgis_io.uploads import UploadFile, upload_files

STALE_STATUS = 412


def applications_client(client: CertificationClient, language: str) -> ApplicationsClient:
    """The applications API over the catalogue client's session (same transport, authcfg)."""
    return ApplicationsClient(ApiSession(api_url(client.base_url), client.session), language)


@dataclass
class ServerState:
    """What the dock learns when it opens: the server, its form, the user's application."""

    info: ServerInfo
    form: Optional[ApplicationForm] = None
    application: Optional[Application] = None
    events: List[Event] = field(default_factory=list)
    form_error: Optional[Exception] = None


def read_server(
    client: CertificationClient,
    language: str,
    signed_in: bool,
    server_id: Optional[int],
    context: TaskContext,
) -> ServerState:
    """Detect the server, read the form, and (signed in) the application the draft belongs to
    or else the user's newest open one."""
    info = client.detect(is_cancelled=context.is_cancelled, refresh=True)
    state = ServerState(info)
    if not offered(info):
        return state
    apps = applications_client(client, language)
    state.form = apps.form(is_cancelled=context.is_cancelled)
    if not signed_in:
        return state
    application = None
    if server_id is not None:
        try:
            application = apps.get(server_id, is_cancelled=context.is_cancelled)
        except HttpError as exc:
            if exc.status not in (403, 404):
                raise
    if application is None:
        mine = apps.list_mine(is_cancelled=context.is_cancelled)
        candidates = [a for a in mine if a.state not in ("approved", "rejected", "withdrawn")]
        candidates.sort(key=lambda a: a.id, reverse=True)
        application = candidates[0] if candidates else None
    state.application = application
    if application is not None and application.state != "draft":
        state.events = apps.events(application.id, is_cancelled=context.is_cancelled)
    return state


def push_draft(
    apps: ApplicationsClient,
    content: Dict[str, Any],
    server_id: Optional[int],
    revision: Optional[int],
    context: TaskContext,
    reapply_from: Optional[int] = None,
) -> Application:
    """Create the server's draft (from the details, or after a closed application of the same
    organisation) or PATCH it with ``content``."""
    if server_id is None:
        if reapply_from is not None:
            created = apps.reapply(reapply_from, is_cancelled=context.is_cancelled)
        else:
            created = apps.create(content["details"], is_cancelled=context.is_cancelled)
        server_id, revision = created.id, created.revision
    return apps.patch(server_id, content, revision, is_cancelled=context.is_cancelled)


@dataclass(frozen=True)
class Attachment:
    """One local file to send: the course key ("" for the logo), its part, its path."""

    course: str
    part: str
    path: str

    @property
    def key(self) -> str:
        return f"{self.course}/{self.part}/{self.path}"


def attachments(draft: ApplicationDraft) -> List[Attachment]:
    found = [Attachment("", LOGO_PART, draft.logo)] if draft.logo else []
    for course in draft.courses:
        for part in MATERIAL_PARTS:
            found += [Attachment(course.key, part, path) for path in course.files.get(part, [])]
    return found


def file_stamp(path: str) -> Tuple[int, int]:
    """(size, mtime in ns): a file that changed since its upload is sent again."""
    stat = os.stat(path)
    return stat.st_size, stat.st_mtime_ns


def pending_uploads(draft: ApplicationDraft) -> List[Attachment]:
    """The attachments not on the server yet (or changed on disk since)."""
    pending = []
    for attachment in attachments(draft):
        record = draft.uploads.get(attachment.key)
        try:
            stamp = list(file_stamp(attachment.path))
        except OSError:
            stamp = None
        if record is None or stamp is None or record.get("stamp") != stamp:
            pending.append(attachment)
    return pending


def stale_uploads(draft: ApplicationDraft) -> Dict[str, Dict[str, Any]]:
    """Uploads whose file is no longer attached (the server's copy is deleted at submit)."""
    current = {a.key for a in attachments(draft)}
    return {key: record for key, record in draft.uploads.items() if key not in current}


@dataclass
class SubmitJob:
    """Everything the submit task needs, gathered on the main thread."""

    content: Dict[str, Any]
    server_id: Optional[int]
    revision: Optional[int]
    uploads: List[Attachment]
    stale: Dict[str, Dict[str, Any]]
    checks: Dict[str, Dict[str, Any]]
    idempotency_key: str
    authcfg: str
    user_agent: str = ""
    timeout_s: float = 60.0
    reapply_from: Optional[int] = None
    uploaded: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    """Filled as files go up (read by the dock even when a later step failed)."""
    removed: List[str] = field(default_factory=list)
    saved: Optional[Application] = None
    """The draft as saved before the uploads (its id and revision), when that step passed."""


@dataclass
class SubmitOutcome:
    application: Application
    events: List[Event]


def run_submit(apps: ApplicationsClient, job: SubmitJob, context: TaskContext) -> SubmitOutcome:
    """Save the draft on the server, delete what was detached, upload what is new, submit."""
    context.raise_if_cancelled()
    saved = push_draft(
        apps,
        job.content,
        job.server_id,
        job.revision,
        context.share(0.0, 0.05),
        reapply_from=job.reapply_from,
    )
    job.saved = saved
    for key, record in job.stale.items():
        material_id = record.get("id")
        if isinstance(material_id, int):
            try:
                apps.delete_material(saved.id, material_id, is_cancelled=context.is_cancelled)
            except HttpError as exc:
                if exc.status != 404:
                    raise
        job.removed.append(key)
    total = sum(_size(a.path) for a in job.uploads) or 1
    done = 0
    url = apps.materials_url(saved.id)
    for attachment in job.uploads:
        context.raise_if_cancelled()
        size = _size(attachment.path)
        share = context.share(0.05 + 0.9 * done / total, 0.05 + 0.9 * (done + size) / total)
        stamp = list(file_stamp(attachment.path))
        response = upload_files(
            url,
            material_fields(attachment.course, attachment.part, job.checks.get(attachment.path)),
            [UploadFile("file", attachment.path)],
            authcfg=job.authcfg or None,
            user_agent=job.user_agent,
            is_cancelled=context.is_cancelled,
            progress=share.progress,
            timeout_s=job.timeout_s,
            headers={"Accept-Language": apps.language},
        )
        material = decode_json(response)
        record = {"stamp": stamp}
        if isinstance(material, dict):
            record.update({k: material.get(k) for k in ("id", "sha256", "filename", "size")})
        job.uploaded[attachment.key] = record
        done += size
    context.raise_if_cancelled()
    application = apps.submit(saved.id, job.idempotency_key, is_cancelled=context.is_cancelled)
    events = apps.events(application.id, is_cancelled=context.is_cancelled)
    context.progress(1.0)
    return SubmitOutcome(application, events)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
