"""A published version of a chapter: recorded on every publication (services.record_publication)."""

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

    def as_page(self):
        """The chapter as it was published in this version."""
        return self.revision.as_object()
