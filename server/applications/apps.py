from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = "Applications"

    def ready(self) -> None:
        from django.db.models.signals import post_delete

        from . import materials
        from .models import Material

        # A material's file goes with its row, cascades included.
        post_delete.connect(
            materials.delete_file_on_commit, sender=Material, dispatch_uid="material-file"
        )
