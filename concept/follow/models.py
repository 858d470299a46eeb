"""Following a concept without an account: who asked to be told (``Follower``, double opt-in) and
what happened (``Notice``: the window opened, it closes soon, a chapter's new version, the report
is complete). A notice is mailed once to every confirmed follower and is an entry of the concept's
Atom feed. Followers are erased when they unsubscribe, when their link expires unconfirmed, and
once the concept is concluded (``concept.follow.services.purge``, docs/privacy.md)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Follower(models.Model):
    concept = models.ForeignKey("concept.ConceptPage", on_delete=models.CASCADE, related_name="followers")
    email = models.EmailField(_("E-Mail-Adresse"), max_length=254)
    # A keyed hash of the normalised address: one subscription per mailbox and concept.
    email_key = models.CharField(max_length=64)
    language = models.CharField(max_length=15)
    token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    token_expires_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("Benachrichtigung")
        verbose_name_plural = _("Benachrichtigungen")
        constraints = [models.UniqueConstraint(fields=["concept", "email_key"], name="one_follower_per_address")]

    def __str__(self):
        return f"follower {self.pk} of {self.concept_id}"


class Notice(models.Model):
    OPENED, CLOSING, VERSION, REPORT = "opened", "closing", "version", "report"
    KINDS = [
        (OPENED, _("Beteiligung beginnt")),
        (CLOSING, _("Beteiligung endet bald")),
        (VERSION, _("Neue Fassung")),
        (REPORT, _("Bericht vollständig")),
    ]

    concept = models.ForeignKey("concept.ConceptPage", on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=10, choices=KINDS)
    # One notice per event: "opened:<opens_at>", "closing:<closes_at>", "version:<id>", "report".
    key = models.CharField(max_length=100)
    happened_at = models.DateTimeField(default=timezone.now)
    version = models.ForeignKey("concept.ChapterVersion", null=True, blank=True, on_delete=models.CASCADE)
    # When its mails were queued (or it was passed over): never twice.
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Ereignis")
        verbose_name_plural = _("Ereignisse")
        ordering = ["-happened_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["concept", "key"], name="one_notice_per_event")]

    def __str__(self):
        return f"{self.concept_id} {self.key}"
