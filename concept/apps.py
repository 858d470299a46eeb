from django.apps import AppConfig
from django.db.models.signals import pre_save


class ConceptConfig(AppConfig):
    name = "concept"
    verbose_name = "Konzepte und Beteiligung"

    def ready(self):
        from django.urls import register_converter

        from .converters import DatabaseIdConverter

        register_converter(DatabaseIdConverter, "id")

        from django_comments_xtd.models import publish_or_unpublish_on_pre_save

        from .comments.models import ChapterComment

        # comments-xtd republishes every reply below a comment whenever that comment is
        # saved, which would publish replies still waiting for moderation. Our visibility
        # rules live in ChapterComment instead.
        pre_save.disconnect(publish_or_unpublish_on_pre_save, sender=ChapterComment._meta.label)

        from wagtail.signals import page_published

        from .versions.services import record_publication

        page_published.connect(record_publication, dispatch_uid="concept-record-publication")

        from .follow.services import note_publication

        # After the version is recorded: a new version is an event for the concept's followers.
        page_published.connect(note_publication, dispatch_uid="concept-follow-publication")

        from . import invalidation
        from .comments import chapters

        invalidation.connect()
        chapters.connect()

        from .roles import organisations

        organisations.connect()
