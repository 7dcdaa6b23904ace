"""Certification managers may view users, so the admin lets them pick owners and conveners.

The admin's autocomplete for a user field (organisation owners, course conveners, user group
members) answers 403 unless the requesting staff member may view the User model; the group
made in 0002 had rights on the catalogue only.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Certification managers"


def grant_view_user(apps, schema_editor):
    app_config = apps.get_app_config("auth")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="auth", codename="view_user")
    )


def revoke_view_user(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="auth", codename="view_user")
        )


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_certification_managers_group")]

    operations = [migrations.RunPython(grant_view_user, revoke_view_user)]
