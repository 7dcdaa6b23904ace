"""Create the "Certification managers" group with view and change rights on the catalogue.

Permissions are normally created after all migrations ran; they are created here first so
the group gets them on a fresh database too.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Certification managers"
CATALOGUE_MODELS = (
    "usergroup",
    "certifyingorganisation",
    "trainingcenter",
    "coursetype",
    "courseconvener",
    "certificatetype",
    "course",
)


def create_group(apps, schema_editor):
    app_config = apps.get_app_config("catalogue")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    codenames = [f"{action}_{model}" for model in CATALOGUE_MODELS for action in ("view", "change")]
    permissions = Permission.objects.filter(
        content_type__app_label="catalogue", codename__in=codenames
    )
    group.permissions.add(*permissions)


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("catalogue", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
