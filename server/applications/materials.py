"""Adding and removing an application's material files: the domain functions for files.

Beside :mod:`applications.domain` (same errors, same rules: keyword-only, one transaction,
the application row locked, one audit event each). A file is stored through Django's
storage API (the default storage: ``MEDIA_ROOT`` under ``DATA_DIR``; no URL route serves it)
under a random name, never the applicant's; the row and the file exist together or not at
all: a failure after the file is stored deletes it, and a removed row's file is deleted once
the removal is committed.

* Identical content (SHA-256) for the same course and part is not stored twice: the existing
  material is returned (a retried upload, whatever its ``Idempotency-Key``, changes nothing).
* The logo is an image; there is one per application: a new one replaces the old.
* Limits: ``APPLICATION_MAX_FILE_BYTES`` per file, ``APPLICATION_MAX_TOTAL_BYTES`` for the
  application's files together (checked under the lock, so two uploads cannot both fit).

Material edits do not bump the application's ``revision``: an upload is not an edit of the
draft's text, and a client holding the revision for If-Match keeps it.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import IO, Any

from audit.domain import record
from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils.translation import gettext as _

from .domain import (
    OWNER,
    DomainError,
    Forbidden,
    Invalid,
    NotAllowed,
    allowed_actions,
    now,
    roles_of,
)
from .file_types import IMAGE_KEYS, FileTypeRefused, clean_filename, detect, extension_of
from .models import EDITABLE_STATES, Application, Material, MaterialPart
from .zip_checks import ZipLimits

UPLOAD, REMOVE = "upload_material", "remove_material"
FILE_FIELD = Material._meta.get_field("file")


class TooLarge(DomainError):
    """Past a size limit (413): ``scope`` "file" or "application", ``limit`` in bytes."""

    def __init__(self, *, limit: int, scope: str, remaining: int | None = None) -> None:
        super().__init__(f"Larger than the {scope} limit of {limit} bytes.")
        self.limit, self.scope, self.remaining = limit, scope, remaining


def max_file_bytes() -> int:
    return int(settings.APPLICATION_MAX_FILE_BYTES)


def max_total_bytes() -> int:
    return int(settings.APPLICATION_MAX_TOTAL_BYTES)


def zip_limits() -> ZipLimits:
    """The archive limits (settings ``APPLICATION_ZIP_*``, else the defaults of ZipLimits)."""
    defaults = ZipLimits()
    return ZipLimits(
        max_members=getattr(settings, "APPLICATION_ZIP_MAX_MEMBERS", defaults.max_members),
        max_total_bytes=getattr(
            settings, "APPLICATION_ZIP_MAX_UNCOMPRESSED_BYTES", defaults.max_total_bytes
        ),
        max_ratio=getattr(settings, "APPLICATION_ZIP_MAX_RATIO", defaults.max_ratio),
        max_nested_archives=getattr(
            settings, "APPLICATION_ZIP_MAX_NESTED", defaults.max_nested_archives
        ),
    )


def remaining_bytes(application_id: int) -> int:
    """At most what is left of the application's quota (the upload handler's early check,
    made before the form says which part the file is: the logo a new one would replace is
    counted as free; :func:`add_material` checks exactly, under the lock)."""
    sizes = Material.objects.filter(application_id=application_id).values_list("part", "size")
    used = sum(size for part, size in sizes if part != MaterialPart.LOGO)
    return max_total_bytes() - used


def _locked(application_id: int) -> Application:
    return (
        Application.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=application_id)
    )


def check_may_change(application: Application, user: Any, action: str) -> None:
    """Owners only (:class:`Forbidden`), in draft or changes_requested (:class:`NotAllowed`)."""
    if OWNER not in roles_of(user, application):
        raise Forbidden(_("Only an owner of the organisation may change its material."))
    if application.state not in EDITABLE_STATES:
        raise NotAllowed(
            action, application.state, allowed_actions(application=application, user=user)
        )


def sha256_of_file(fileobj: IO[bytes]) -> str:
    digest = hashlib.sha256()
    fileobj.seek(0)
    while chunk := fileobj.read(1 << 20):
        digest.update(chunk)
    fileobj.seek(0)
    return digest.hexdigest()


def inspect(upload: File, part: str) -> tuple[str, str, str]:
    """``(clean filename, type key, content type)`` of an upload, or :class:`Invalid` at
    ``file`` (wrong type by content, not an image for the logo)."""
    filename = clean_filename(upload.name or "")
    try:
        key, content_type = detect(upload, filename, zip_limits=zip_limits())
    except FileTypeRefused as refused:
        raise Invalid({"file": [str(refused)]}) from None
    if part == MaterialPart.LOGO and key not in IMAGE_KEYS:
        raise Invalid({"file": [_("The logo must be an image: PNG, JPEG, GIF, WebP or SVG.")]})
    return filename, key, content_type


def add_material(
    *,
    application_id: int,
    user: Any,
    upload: File,
    part: str,
    course_key: str = "",
    checks: dict[str, Any] | None = None,
) -> tuple[Material, bool]:
    """Stores ``upload`` as a material of the application; ``(material, created)``.

    ``upload`` is a seekable file with ``name`` and ``size`` (the upload handler's file also
    carries its ``sha256``). ``created`` is ``False`` when the same content was there already
    for this course and part: that material is returned and nothing changes.
    """
    if part == MaterialPart.LOGO:
        course_key = ""
    size = int(upload.size or 0)
    if size > max_file_bytes():
        raise TooLarge(limit=max_file_bytes(), scope="file")
    filename, _key, content_type = inspect(upload, part)
    sha256 = getattr(upload, "sha256", "") or sha256_of_file(upload)
    stored: str | None = None
    try:
        with transaction.atomic():
            application = _locked(application_id)
            check_may_change(application, user, UPLOAD)
            existing = application.materials.filter(
                course_key=course_key, part=part, sha256=sha256
            ).first()
            if existing is not None:
                return existing, False
            replaced = (
                list(application.materials.filter(part=MaterialPart.LOGO))
                if part == MaterialPart.LOGO
                else []
            )
            used = application.total_material_bytes() - sum(m.size for m in replaced)
            if used + size > max_total_bytes():
                raise TooLarge(
                    limit=max_total_bytes(),
                    scope="application",
                    remaining=max_total_bytes() - used,
                )
            material = Material(
                application=application,
                course_key=course_key,
                part=part,
                filename=filename,
                size=size,
                sha256=sha256,
                content_type=content_type,
                checks=checks,
                uploaded_by=user if getattr(user, "is_authenticated", False) else None,
            )
            upload.seek(0)
            # A random name: the applicant's name is only ever offered back on download.
            name = f"{uuid.uuid4().hex}{extension_of(filename)}"
            stored = FILE_FIELD.generate_filename(material, name)  # deleted should saving fail
            material.file.save(name, upload, save=False)
            stored = material.file.name
            material.save()
            replaced_ids = [old.pk for old in replaced]
            for old in replaced:
                _forget(old)
            Application.objects.filter(pk=application.pk).update(
                last_activity_at=now(), idle_warning_sent_at=None
            )
            record(
                actor=user,
                action="application.material.add",
                obj=application,
                after={
                    "material": material.pk,
                    "course": course_key,
                    "part": part,
                    "size": size,
                    "sha256": sha256,
                    "content_type": content_type,
                    "replaced": replaced_ids,
                },
            )
    except BaseException:
        if stored:
            FILE_FIELD.storage.delete(stored)
        raise
    return material, True


def _forget(material: Material) -> None:
    """Deletes the row now; its file goes once the transaction commits (the signal below)."""
    material.delete()


def delete_file_on_commit(sender: Any, instance: Material, **kwargs: Any) -> None:
    """``post_delete`` of a material (connected in ``ApplicationsConfig.ready``): its file is
    deleted once the deletion is committed, whatever deleted the row, cascades included (an
    application or an organisation deleted in the admin); a rolled-back deletion keeps it."""
    name = instance.file.name
    if name:
        storage = instance.file.storage
        transaction.on_commit(lambda: storage.delete(name))


def remove_material(*, application_id: int, material_id: int, user: Any) -> None:
    """Deletes one material (owners, in draft or changes_requested); its file after commit.

    ``Material.DoesNotExist`` when the application has no such material.
    """
    with transaction.atomic():
        application = _locked(application_id)
        check_may_change(application, user, REMOVE)
        material = application.materials.get(pk=material_id)
        before = {
            "material": material.pk,
            "course": material.course_key,
            "part": material.part,
            "size": material.size,
            "sha256": material.sha256,
        }
        _forget(material)
        Application.objects.filter(pk=application.pk).update(
            last_activity_at=now(), idle_warning_sent_at=None
        )
        record(actor=user, action="application.material.remove", obj=application, before=before)
