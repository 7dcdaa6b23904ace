"""Seeds rubric version 1 with the five criteria of issue 11 (``reviews.rubric_seed``)."""

from __future__ import annotations

from typing import Any

from django.db import migrations


def seed(apps: Any, schema_editor: Any) -> None:
    from reviews.rubric_seed import CRITERIA, PASS_TOTAL

    version_model = apps.get_model("reviews", "RubricVersion")
    criterion_model = apps.get_model("reviews", "Criterion")
    if version_model.objects.filter(number=1).exists():
        return
    version = version_model.objects.create(
        number=1, pass_total=PASS_TOTAL, note="First version (issue 11)."
    )
    for position, item in enumerate(CRITERIA):
        criterion_model.objects.create(
            version=version,
            key=item["key"],
            position=position,
            title=item["title"],
            help=item["help"],
            minimum=item["minimum"],
            descriptors=item["descriptors"],
        )


def unseed(apps: Any, schema_editor: Any) -> None:
    apps.get_model("reviews", "RubricVersion").objects.filter(number=1).delete()


class Migration(migrations.Migration):
    dependencies = [("reviews", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
