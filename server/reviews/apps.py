from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Reviews"

    def ready(self) -> None:
        from catalogue.models import UserGroup
        from django.db.models.signals import m2m_changed

        from . import domain

        # A member who joins a group (admin, invitation, shell) gets its open routings.
        m2m_changed.connect(
            domain.on_members_changed,
            sender=UserGroup.members.through,
            dispatch_uid="reviews-group-members",
        )
