"""Keep catalogue fingerprints honest when data shown in feeds lives outside the catalogue.

A convener's name comes from their user account; renaming the user must change the feeds'
ETags, so the user's convener rows are touched.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from .models import CourseConvener


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
