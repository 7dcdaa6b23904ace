"""Seeds self-check version 1 with the five questions of issue 10."""

from __future__ import annotations

from typing import Any

from django.db import migrations


def seed(apps: Any, schema_editor: Any) -> None:
    from applications.self_check_seed import FIRST_VERSION_QUESTIONS

    version_model = apps.get_model("applications", "SelfCheckVersion")
    question_model = apps.get_model("applications", "SelfCheckQuestion")
    if version_model.objects.filter(number=1).exists():
        return
    version = version_model.objects.create(number=1, note="First version (issue 10).")
    for position, (key, texts) in enumerate(FIRST_VERSION_QUESTIONS):
        question_model.objects.create(version=version, key=key, position=position, texts=texts)


def unseed(apps: Any, schema_editor: Any) -> None:
    apps.get_model("applications", "SelfCheckVersion").objects.filter(number=1).delete()


class Migration(migrations.Migration):
    dependencies = [("applications", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
