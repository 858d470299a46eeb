"""The district's official response (Stellungnahme) to a contribution."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Outcome(models.TextChoices):
    CONSIDERED = "considered", _("berücksichtigt")
    PARTLY = "partly", _("teilweise berücksichtigt")
    NOT_CONSIDERED = "not_considered", _("nicht berücksichtigt")
    NOTED = "noted", _("zur Kenntnis genommen")


class OfficialResponse(models.Model):
    """The district's answer to one contribution (``comment.response``): how it was taken up, in words,
    and where (a version and a block of the chapter)."""

    comment = models.OneToOneField("concept.ChapterComment", on_delete=models.CASCADE, related_name="response")
    outcome = models.CharField(_("Ergebnis"), max_length=20, choices=Outcome.choices)
    text = models.TextField(_("Stellungnahme"), max_length=5000)
    taken_up_in = models.ForeignKey(
        "concept.ChapterVersion",
        verbose_name=_("Aufgenommen in Fassung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    taken_up_block_id = models.CharField(_("Aufgenommen in Abschnitt"), max_length=64, blank=True)
    responded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    responded_at = models.DateTimeField(_("Beantwortet am"), default=timezone.now)
    updated_at = models.DateTimeField(_("Geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Stellungnahme")
        verbose_name_plural = _("Stellungnahmen")
        permissions = [("respond_chaptercomment", _("Stellungnahmen zu Beiträgen schreiben"))]

    def __str__(self):
        return f"{self.get_outcome_display()} #{self.comment_id}"
