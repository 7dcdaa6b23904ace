"""The two certificate types a course issues (the live site's): attendance and completion.

Without them no certificate can be issued on a fresh installation; the demo's seeding
updates the same rows by slug."""

from django.db import migrations

TYPES = (
    ("Certificate of attendance", "attendance", 1),
    ("Certificate of completion", "completion", 2),
)


def create_types(apps, schema_editor):
    CertificateType = apps.get_model("catalogue", "CertificateType")
    for name, slug, order in TYPES:
        if not CertificateType.objects.filter(slug=slug).exists():
            CertificateType.objects.get_or_create(
                name=name, defaults={"slug": slug, "order": order}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_counter_row"),
        ("catalogue", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_types, migrations.RunPython.noop)]
