"""The concept open for participation and its chapters."""

from rest_framework.fields import ReadOnlyField

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from caching import page_cache
from home.access import KnownRestrictions
from home.api_fields import PublicDocumentField
from home.blocks import PARAGRAPH_FEATURES
from home.models import SECTION_PARTICIPATION

from .blocks import ChapterBodyBlock
from .participation import OPEN, window_state
from .window import WindowPageForm, window_warnings


class ParticipationWindowMixin(models.Model):
    """When citizens may comment: open while ``opens_at <= now < closes_at`` (Europe/Berlin)."""

    opens_at = models.DateTimeField(_("Beteiligung beginnt"))
    closes_at = models.DateTimeField(
        _("Beteiligung endet"), help_text=_("Ab diesem Zeitpunkt sind keine Kommentare mehr möglich.")
    )

    # Set by the Word import (its window starts at the import), cleared when an editor changes the
    # window or publishes it with the confirmation (concept/window.py).
    window_provisional = models.BooleanField(_("Vorläufiger Zeitraum"), default=False, editable=False)

    pre_moderation = models.BooleanField(
        _("Vorab-Moderation"),
        default=False,
        help_text=_(
            "Wenn aktiv, erscheinen Kommentare erst nach Freigabe durch die Moderation. "
            "Sonst erscheinen sie nach der Bestätigung sofort und werden nachträglich moderiert."
        ),
    )

    support_enabled = models.BooleanField(
        _("Zustimmung erlaubt"),
        default=True,
        help_text=_(
            "Wenn aktiv, können Besucherinnen und Besucher einem sichtbaren Kommentar zustimmen "
            "(bestätigt per E-Mail, einmal je Person und Kommentar); die Zahl steht beim Kommentar."
        ),
    )

    participation_panels = [
        MultiFieldPanel(
            [
                FieldPanel("opens_at", help_text=_("TT.MM.JJJJ HH:MM, zum Beispiel 01.12.2026 08:00.")),
                FieldPanel(
                    "closes_at",
                    help_text=_(
                        "Bis einschließlich: ein Datum allein heißt bis zum Ende dieses Tages, "
                        "zum Beispiel 31.01.2027 (gleich 31.01.2027 24:00). Ab diesem Zeitpunkt "
                        "sind keine Kommentare mehr möglich."
                    ),
                ),
                FieldPanel("pre_moderation"),
                FieldPanel("support_enabled"),
                FieldPanel("window_confirmed"),
            ],
            heading=_("Beteiligungszeitraum"),
        )
    ]
    base_form_class = WindowPageForm

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Das Ende muss nach dem Beginn liegen.")})

    def publish_warnings(self, at=None):
        """What to confirm before this window goes live at ``at`` (home/publishing.py asks it on every
        path that publishes; the edit form asks ``window_warnings`` with the window as typed)."""
        if not (self.opens_at and self.closes_at):
            return []
        return window_warnings(self.opens_at, self.closes_at, provisional=self.window_provisional, now=at)

    @property
    def participation_state(self):
        return window_state(self)

    @property
    def is_open(self):
        return self.participation_state == OPEN

    def next_window_change(self, now=None):
        """When the window next opens or closes (None once it has closed): cached pages that
        show the window must not outlive that moment."""
        now = now or timezone.now()
        return next((moment for moment in (self.opens_at, self.closes_at) if now < moment), None)


CLOSING_REMINDER_DAYS = 3


class ConceptPage(ParticipationWindowMixin, KnownRestrictions, Page):
    """A concept (e.g. the Integrationskonzept) published chapter by chapter for comments.

    Concepts are German only: under another language prefix they show the German text."""

    portal_section = SECTION_PARTICIPATION
    translated_page_by_page = False
    # In the menu of a page in another language: a translated label, the German title beneath it.
    menu_shows_title = True

    summary = models.CharField(_("Kurzfassung"), max_length=300, blank=True)
    intro = RichTextField(_("Einleitung"), features=PARAGRAPH_FEATURES, blank=True)
    easy_read_summary = RichTextField(
        _("Kurzfassung in Leichter Sprache"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("Wird gezeigt, wenn jemand die Seite in Leichter Sprache liest."),
    )
    draft_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Entwurf zum Herunterladen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The Word file the import read (concept/wordimport/private.py): private unless offered.
    source_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Importierte Word-Datei (intern)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    offer_source_document = models.BooleanField(
        _("Word-Datei öffentlich zum Herunterladen anbieten"),
        default=False,
        help_text=_(
            "Erst nach Prüfung ankreuzen: Word-Dateien können Namen der Autorinnen und Autoren, "
            "Änderungsverfolgung und interne Kommentare enthalten. Die Datei wird mit der "
            "Veröffentlichung öffentlich, ohne Haken bleibt sie intern."
        ),
    )
    closing_reminder_days = models.PositiveSmallIntegerField(
        _("Erinnerung vor dem Ende (Tage)"),
        default=CLOSING_REMINDER_DAYS,
        blank=True,  # left empty in the form: the default (clean)
        help_text=_(
            "Wer das Konzept verfolgt, erhält so viele Tage vor dem Ende der Beteiligung eine Erinnerung "
            "(0: keine Erinnerung)."
        ),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["concept.ChapterPage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("easy_read_summary"),
        FieldPanel("draft_document"),
        MultiFieldPanel(
            [FieldPanel("source_document", read_only=True), FieldPanel("offer_source_document")],
            heading=_("Importierte Word-Datei"),
        ),
        *ParticipationWindowMixin.participation_panels,
        FieldPanel("closing_reminder_days"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("intro")]
    api_fields = [
        APIField("summary"),
        APIField("intro"),
        APIField("easy_read_summary"),
        APIField("draft_document", serializer=PublicDocumentField()),
        APIField("source_document", serializer=PublicDocumentField()),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("participation_state"),
        APIField("report_url", serializer=ReadOnlyField(source="report_api_url")),
    ]

    class Meta:
        verbose_name = _("Konzept")
        verbose_name_plural = _("Konzepte")

    def clean(self):
        super().clean()
        if self.closing_reminder_days is None:
            self.closing_reminder_days = CLOSING_REMINDER_DAYS

    @property
    def menu_label(self):
        if not self.opens_at:
            return _("Beteiligung")
        return _("Beteiligung %(year)s") % {"year": timezone.localtime(self.opens_at).year}

    @property
    def public_source_document(self):
        """The imported Word file when the editor offered it and its publication made it public."""
        if not self.offer_source_document or self.source_document_id is None:
            return None
        document = self.source_document
        return None if document.collection.get_view_restrictions().exists() else document

    @property
    def report_api_url(self):
        """The participation report as JSON (concept/report/api.py), absolute as every URL of API v2."""
        from home.organisations import absolute_url_for

        return absolute_url_for(self, reverse("report-api:report", args=[self.pk]))

    def get_chapters(self):
        return ChapterPage.objects.child_of(self).live().public().order_by("number", "path")

    # Said on Wagtail's unpublish confirmation (templates/wagtailadmin/pages/confirm_unpublish.html).
    unpublish_note = _(
        "Alle Kapitel dieses Konzepts, ihre Kommentare, Fassungen und der Bericht gehen mit ihm offline, "
        "auch wenn Sie die Veröffentlichung der Unterseiten nicht ebenfalls aufheben. Wenn Sie das Konzept "
        "wieder veröffentlichen, sind sie wieder da, wie sie waren, es sei denn, Sie heben hier auch die "
        "Veröffentlichung der Unterseiten auf."
    )

    # The page cache (caching/page_cache.py): the concept page lists every chapter's comment count.
    def cache_tags(self):
        return [page_cache.PARTICIPATION]

    def cache_expires_at(self):
        return self.next_window_change()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = self.get_chapters()
        return context

    def route(self, request, path_components):
        """Finds the chapter in one query (a concept has only chapters below it), and
        tells it its concept, so the chapter page needs no query for that either."""
        if not path_components:
            return super().route(request, path_components)
        chapter = ChapterPage.objects.child_of(self).filter(slug=path_components[0]).first()
        if chapter is None:
            raise Http404
        chapter.__dict__["concept"] = self
        return chapter.route(request, path_components[1:])


# What other packages add to a chapter, registered as Wagtail hooks (concept/wagtail_hooks.py), so the
# page model imports none of them: ``fn(chapter, request) -> dict`` for the page's template context
# (the comment threads), ``fn(chapter) -> dict`` for the API's ``participation`` field.
CHAPTER_CONTEXT_HOOK = "concept_chapter_context"
CHAPTER_API_HOOK = "concept_chapter_participation"


class ChapterPage(KnownRestrictions, Page):
    """One chapter of a concept: sections of paragraphs, goals, measures and indicators."""

    portal_section = SECTION_PARTICIPATION
    translated_page_by_page = False
    takes_comments = True  # concept/participation.py: may_comment

    number = models.PositiveSmallIntegerField(_("Kapitelnummer"))
    summary = models.TextField(_("Kurzfassung"), blank=True)
    body = StreamField(ChapterBodyBlock(), verbose_name=_("Inhalt"), blank=True)
    change_note = models.CharField(
        _("Änderungshinweis für diese Fassung"),
        max_length=300,
        blank=True,
        help_text=_(
            "Öffentlich unter „Fassungen“, z. B. „Nach der Beteiligung überarbeitet: Maßnahme 3 ergänzt“. "
            "Beim nächsten Veröffentlichen ersetzen (ein unveränderter Hinweis wird nicht wiederholt)."
        ),
    )

    parent_page_types = ["concept.ConceptPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("change_note"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("number"),
    ]
    api_fields = [
        APIField("number"),
        APIField("summary"),
        APIField("body"),
        APIField("participation", serializer=ReadOnlyField(source="participation_summary")),
    ]

    # Deleting a chapter deletes its comments instead of orphaning them.
    comments = GenericRelation("concept.ChapterComment", object_id_field="object_pk", content_type_field="content_type")

    class Meta:
        verbose_name = pgettext_lazy("one chapter", "Kapitel")
        verbose_name_plural = pgettext_lazy("several chapters", "Kapitel")

    @cached_property
    def concept(self):
        return ConceptPage.objects.parent_of(self).first()

    # The page cache: comments and responses on this chapter bump its page tag;
    # ?page= pages through the threads.
    cache_params = ("page",)

    def cache_expires_at(self):
        return self.concept.next_window_change() if self.concept else None

    @property
    def participation_summary(self):
        """The API's ``participation``: the window of the concept this chapter belongs to (chapters
        have no window of their own), and what the packages hooked in add (the comment count)."""
        concept = self.concept
        summary = {"opens_at": concept.opens_at, "closes_at": concept.closes_at, "is_open": concept.is_open}
        for add in hooks.get_hooks(CHAPTER_API_HOOK):
            summary.update(add(self))
        return summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for add in hooks.get_hooks(CHAPTER_CONTEXT_HOOK):
            context.update(add(self, request))
        return context


# Models in their own modules, imported here so Django finds them.
from .comments.models import ChapterComment, CommentReport, ModerationLog  # noqa: E402, F401
from .follow.models import Follower, Notice  # noqa: E402, F401
from .responses.models import OfficialResponse  # noqa: E402, F401
from .roles.models import GroupDescription, RoleGrant  # noqa: E402, F401
from .versions.models import ChapterVersion  # noqa: E402, F401
