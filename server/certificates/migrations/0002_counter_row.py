"""The one counter row, made here so that numbering never races to create it."""

from django.db import migrations


def create_counter(apps, schema_editor):
    apps.get_model("certificates", "CertificateCounter").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("certificates", "0001_initial")]

    operations = [migrations.RunPython(create_counter, migrations.RunPython.noop)]
