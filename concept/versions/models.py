"""A published version of a chapter: recorded on every publication (services.record_publication)."""

import copy

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ChapterVersion(models.Model):
    chapter = models.ForeignKey("concept.ChapterPage", on_delete=models.CASCADE, related_name="versions")
    revision = models.OneToOneField("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField(_("Nummer"))
    published_at = models.DateTimeField(_("Veröffentlicht am"), default=timezone.now)
    note = models.CharField(_("Änderungshinweis"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("Fassung")
        verbose_name_plural = _("Fassungen")
        ordering = ["chapter", "number"]
        constraints = [models.UniqueConstraint(fields=["chapter", "number"], name="unique_version_number")]

    def __str__(self):
        return f"{self.chapter_id} v{self.number}"

    def as_page(self, chapter=None):
        """The chapter as it was published in this version: the chapter (``chapter`` when the
        caller has it loaded, else read) with the version's own title, number, summary and body.
        Built from the revision's stored content, not with ``revision.as_object()``, which also
        loads the page's tree, locale, content type and Wagtail's editor comments (queries a
        public page does not need, issue 21)."""
        return page_from_revision(chapter if chapter is not None else self.chapter, self.revision)


# The fields of a chapter a public version shows (the rest is the live page's).
VERSIONED_FIELDS = ("title", "number", "summary", "body")


def page_from_revision(chapter, revision):
    """``chapter`` as ``revision`` stored it, without a query beyond the revision itself."""
    page = copy.copy(chapter)
    content = revision.content
    for name in VERSIONED_FIELDS:
        if name in content:
            setattr(page, name, content[name])  # the StreamField's descriptor parses the stored JSON
    return page
