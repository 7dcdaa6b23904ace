"""Keep catalogue fingerprints honest when data shown in feeds lives outside the catalogue.

A convener's name comes from their user account; renaming the user must change the feeds'
ETags, so the user's convener rows are touched. A course's attendee and certificate counts
(what its managers read in API v1) live in ``certificates``: adding or removing either, or
revoking a certificate, touches the course. Bulk writes send no signals: their domain code
calls :func:`touch_course` itself.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from .models import Course, CourseConvener


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="catalogue_touch_conveners")
def touch_conveners(sender: type, instance: Any, created: bool, **kwargs: Any) -> None:
    if created or kwargs.get("raw"):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and not {"first_name", "last_name", "username"} & set(
        update_fields
    ):
        return  # e.g. last_login on every sign-in
    CourseConvener.objects.filter(user=instance).update(updated_at=timezone.now())


def touch_course(course_id: int | None) -> None:
    """Move the course's ``updated_at``, hence the catalogue's ETags."""
    if course_id is not None:
        Course.objects.filter(pk=course_id).update(updated_at=timezone.now())


# What the course's managers read of a certificate in the course list: that it exists and
# its status. Saves of other fields (the PDF, sending, a correction) leave the course alone.
_COUNTED_FIELDS = frozenset({"status", "course", "course_id"})


@receiver(post_save, sender="certificates.CourseAttendee", dispatch_uid="catalogue_attendee_saved")
@receiver(post_save, sender="certificates.Certificate", dispatch_uid="catalogue_certificate_saved")
def course_rows_saved(sender: type, instance: Any, created: bool, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    update_fields = kwargs.get("update_fields")
    if not created and update_fields is not None and not _COUNTED_FIELDS & set(update_fields):
        return
    touch_course(instance.course_id)


@receiver(
    post_delete, sender="certificates.CourseAttendee", dispatch_uid="catalogue_attendee_deleted"
)
@receiver(
    post_delete, sender="certificates.Certificate", dispatch_uid="catalogue_certificate_deleted"
)
def course_rows_deleted(sender: type, instance: Any, **kwargs: Any) -> None:
    touch_course(instance.course_id)
