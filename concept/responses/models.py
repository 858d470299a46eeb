"""The district's official response (Stellungnahme) to a contribution: drafted, then released.

A response is public (on the page, in the API, the report and its exports, in a mail) only once
released (``released_at``); before that it is a draft the office works on. A contribution is
*open* while it has no released response: ``is_open``/``is_answered`` are that one definition,
shared by the dashboard, the responses admin, the report and the purge.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
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
    released_at = models.DateTimeField(_("Freigegeben am"), null=True, blank=True)
    released_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    # The outcome the author was last told of by mail (a release with the same outcome sends nothing).
    mailed_outcome = models.CharField(max_length=20, blank=True)

    class Meta:
        verbose_name = _("Stellungnahme")
        verbose_name_plural = _("Stellungnahmen")

    def __str__(self):
        return f"{self.get_outcome_display()} #{self.comment_id}"


# Said beside every count of open contributions (dashboard, responses admin, report).
OPEN_LEGEND = _(
    "„Offen“ heißt: ein öffentlich lesbarer Beitrag (bestätigt, freigegeben, nicht ausgeblendet, nicht von der "
    "Redaktion) auf einem veröffentlichten Kapitel, zu dem noch keine Stellungnahme freigegeben ist. Ein "
    "Entwurf zählt noch als offen."
)


def is_contribution():
    """Condition on comments: a participant's comment the public can read (``SHOWN``: confirmed,
    approved, not removed, not hidden) and not the office's own (``by_staff``). What the report
    counts, on the concept's live, public chapters; the dashboard counts the same."""
    from concept.comments.models import SHOWN

    return SHOWN & Q(by_staff=False)


def is_answered(prefix=""):
    """Condition on comments (or, with ``prefix``, on a relation to them): a released response."""
    return Q(**{f"{prefix}response__released_at__isnull": False})


def is_open(prefix=""):
    """Condition on comments: no released response (none at all, or only a draft)."""
    return Q(**{f"{prefix}response__released_at__isnull": True})


def released(response):
    """The response if it is released, else None (for a response read through ``select_related``)."""
    return response if response is not None and response.released_at is not None else None
