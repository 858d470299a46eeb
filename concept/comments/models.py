"""A comment on a chapter: comments-xtd's threaded comment plus what participation needs.

Visibility: a comment is shown when it is confirmed, approved (``is_public``) and not
hidden; a hidden comment shows its moderation reason in place of its text. No IP
address is ever stored (``ip_address`` stays empty), and the e-mail address is erased
a configured time after the window closes (``participant_key`` keeps what the report
needs: a keyed hash to count distinct participants).
"""

from django_comments_xtd.models import (
    MaxThreadLevelExceededException,
    XtdComment,
    XtdCommentManager,
    max_thread_level_for_content_type,
)

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A comment's own state, as the reading rule (concept/visibility.py) asks it: it *exists* for the
# public (its place in the thread, its number, its replies, a released response) once confirmed,
# approved and not removed; its *text and author* are shown only while it is not hidden as well.
# Whether its chapter is public is the other half of the rule, asked in concept/visibility.py.
EXISTS = models.Q(confirmed_at__isnull=False, is_public=True, is_removed=False)
SHOWN = EXISTS & models.Q(hidden_at__isnull=True)


def chapter_type():
    """The content type of chapter pages, which every comment of ours is attached to. Django caches
    content types after the first lookup: no query, no join per use."""
    return ContentType.objects.get_by_natural_key("concept", "chapterpage")


class ChapterCommentQuerySet(models.QuerySet):
    def on_chapters(self, chapter_ids=None):
        """Comments on chapters (on these chapters, when their ids are given)."""
        queryset = self.filter(content_type=chapter_type())
        if chapter_ids is not None:
            queryset = queryset.filter(object_pk__in=[str(pk) for pk in chapter_ids])
        return queryset

    def with_visibility(self):
        """Each comment with ``is_visible``: whether the public may see that it exists (``EXISTS``);
        for a link to it, as the moderation list offers."""
        return self.annotate(is_visible=models.ExpressionWrapper(EXISTS, output_field=models.BooleanField()))

    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def visible(self):
        """In the thread: confirmed and approved; hidden ones show only their reason."""
        return self.filter(EXISTS)

    def shown(self):
        """Text and author public: in the thread and not hidden."""
        return self.filter(SHOWN)

    def locked(self):
        """Rows locked until the transaction ends, without the manager's outer join to the
        user (PostgreSQL cannot lock the nullable side of an outer join)."""
        return self.select_related(None).select_for_update()

    def for_page(self, page):
        return self.filter(object_pk=str(page.pk), content_type=chapter_type())


class ChapterCommentManager(XtdCommentManager.from_queryset(ChapterCommentQuerySet)):
    pass


class ChapterComment(XtdComment):
    paragraph_id = models.CharField(_("Absatz"), max_length=64, blank=True, db_index=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("Fassung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Die veröffentlichte Fassung des Kapitels, zu der der Kommentar geschrieben wurde."),
    )
    language = models.CharField(_("Sprache der Oberfläche"), max_length=12, default="de")
    by_staff = models.BooleanField(_("Von der Redaktion"), default=False)
    confirmed_at = models.DateTimeField(_("Bestätigt am"), null=True, blank=True, db_index=True)
    token_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    token_expires_at = models.DateTimeField(null=True, blank=True, editable=False)
    participant_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    hidden_at = models.DateTimeField(_("Ausgeblendet am"), null=True, blank=True)
    hidden_reason = models.CharField(_("Grund für das Ausblenden"), max_length=500, blank=True)
    # Withdrawn by its author ("Meine Beiträge"): kept only where confirmed replies need its place,
    # then hidden (hidden_at) without text, name or address, and shown as withdrawn.
    withdrawn_at = models.DateTimeField(_("Zurückgezogen am"), null=True, blank=True, editable=False)
    # Confirmed supports (CommentSupport), counted at confirmation: read by the thread, the API,
    # the report and the response queue without a join.
    support_count = models.PositiveIntegerField(_("Zustimmungen"), default=0, editable=False)
    # The mail server refused the address for good (SMTP 5xx): no confirmation will arrive.
    undeliverable = models.BooleanField(_("Nicht zustellbar"), default=False, editable=False)
    # When a moderator last looked at it (approved, hid, marked "gesichtet" or dealt with its reports):
    # under post-moderation a comment goes public at once and stays "neu" in the queue until then.
    seen_at = models.DateTimeField(_("Gesichtet am"), null=True, blank=True)

    # comments-xtd's manager (its template tags and the stock tree rely on it: it joins user
    # and content type), with our filters. Our own reads that pick columns with only() drop
    # those joins first with select_related(None).
    objects = ChapterCommentManager()

    class Meta:
        verbose_name = _("Kommentar")
        verbose_name_plural = _("Kommentare")
        ordering = ["thread_id", "order"]

    def __str__(self):
        return f"#{self.pk} {self.user_name}"

    def save(self, *args, **kwargs):
        """A new comment as comments-xtd stores it (inserted, then placed in its thread by
        comments-xtd's own calculation), except that the second write touches only the four
        thread columns instead of every column of all three tables again."""
        if self.pk is not None or args or kwargs:
            return super().save(*args, **kwargs)
        with transaction.atomic(savepoint=False):  # no savepoint inside services.submit's transaction
            super(XtdComment, self).save()  # what comments-xtd calls first: the insert
            if not self.parent_id:
                self.parent_id = self.thread_id = self.pk
            elif max_thread_level_for_content_type(self.content_type):
                self._calculate_thread_data()
            else:
                raise MaxThreadLevelExceededException(self)
            XtdComment.norel_objects.filter(pk=self.pk).update(
                thread_id=self.thread_id, parent_id=self.parent_id, level=self.level, order=self.order
            )
        return None


class CommentReport(models.Model):
    """A visitor's report of a comment, with or without a login; no personal data is kept."""

    comment = models.ForeignKey(ChapterComment, on_delete=models.CASCADE, related_name="reports")
    reason = models.TextField(_("Grund"), max_length=1000)
    created_at = models.DateTimeField(_("Gemeldet am"), default=timezone.now)
    resolved_at = models.DateTimeField(_("Erledigt am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Meldung")
        verbose_name_plural = _("Meldungen")
        ordering = ["-created_at"]


class ModerationLog(models.Model):
    """Who did what to which comment, and when (kept when the comment is deleted)."""

    APPROVE, HIDE, UNHIDE, DELETE, RESOLVE = "approve", "hide", "unhide", "delete", "resolve"
    SEEN = "seen"
    ACTIONS = [
        (APPROVE, _("freigegeben")),
        (SEEN, _("gesichtet")),
        (HIDE, _("ausgeblendet")),
        (UNHIDE, _("wieder eingeblendet")),
        (DELETE, _("gelöscht")),
        (RESOLVE, _("Meldungen erledigt")),
    ]

    comment = models.ForeignKey(ChapterComment, on_delete=models.SET_NULL, null=True, related_name="moderation_log")
    comment_number = models.PositiveIntegerField(_("Kommentar Nr."))
    action = models.CharField(_("Aktion"), max_length=20, choices=ACTIONS)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    reason = models.CharField(_("Grund"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("Zeitpunkt"), default=timezone.now)

    class Meta:
        verbose_name = _("Moderationsprotokoll")
        verbose_name_plural = _("Moderationsprotokoll")
        ordering = ["-created_at"]


class CommentSupport(models.Model):
    """One person's support (Zustimmung) of a comment. The person is a keyed hash of the normalised
    address (``supporter_key``), unique per comment, so spelling or clicks never count twice. The
    address itself is kept only until the support is confirmed (the confirmation mail needs it)."""

    comment = models.ForeignKey(ChapterComment, on_delete=models.CASCADE, related_name="supports")
    supporter_key = models.CharField(max_length=64, editable=False)
    email = models.EmailField(blank=True, editable=False)
    language = models.CharField(max_length=12, default="de", editable=False)
    token_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    token_expires_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Zustimmung")
        verbose_name_plural = _("Zustimmungen")
        constraints = [
            models.UniqueConstraint(fields=["comment", "supporter_key"], name="one_support_per_person"),
        ]


class PersonalLink(models.Model):
    """A link to "Meine Beiträge": tied to a person's ``participant_key`` (a keyed hash, never the
    address). The token in the mail is this row's number, signed with an expiry; deleting or
    revoking the row makes every copy of the link useless."""

    person_key = models.CharField(max_length=64, db_index=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Link zu „Meine Beiträge“")
        verbose_name_plural = _("Links zu „Meine Beiträge“")


class ModerationNotice(models.Model):
    """A mail sent to a concept's moderators (``comments/digest.py``): the digest of what waits, or the
    alert about new reports. Only when and how many: the next one is timed by the last."""

    DIGEST, REPORTS = "digest", "reports"
    KINDS = [(DIGEST, _("Zusammenfassung")), (REPORTS, _("Meldungen"))]

    concept = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("Art"), max_length=10, choices=KINDS)
    sent_at = models.DateTimeField(_("Gesendet am"), default=timezone.now, db_index=True)
    recipients = models.PositiveIntegerField(_("Empfängerinnen und Empfänger"), default=0)

    class Meta:
        verbose_name = _("Hinweis an die Moderation")
        verbose_name_plural = _("Hinweise an die Moderation")
        ordering = ["-sent_at"]
