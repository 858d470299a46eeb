"""The welcome portal: start page, topics, counselling offices, events, legal pages."""

from urllib.parse import urlencode

from rest_framework import serializers

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .blocks import PARAGRAPH_FEATURES, WelcomeBodyBlock
from .languages import SPOKEN_LANGUAGE_CHOICES, SPOKEN_LANGUAGES, spoken_language_label

WELCOME = "welcome"
PARTICIPATION = "participation"


class SectionMixin:
    """Which part of the portal a page belongs to; the search shows it beside each hit."""

    portal_section = WELCOME


class HomePage(SectionMixin, Page):
    """The welcome portal's start page: welcome text, topic tiles, a participation teaser, events.

    Sits directly under the tree root; its translations are its siblings there.
    """

    intro = RichTextField(verbose_name=_("Begrüßung"), features=PARAGRAPH_FEATURES, blank=True)
    featured_concept = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Hervorgehobene Beteiligung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ein Konzept, dessen Beteiligung auf der Startseite angekündigt wird."),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.TopicPage",
        "home.StandardPage",
        "home.EventIndexPage",
        "concept.ConceptPage",
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        PageChooserPanel("featured_concept", page_type="concept.ConceptPage"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("featured_concept")]

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = TopicPage.objects.child_of(self).live().public()
        context["upcoming_events"] = EventPage.upcoming().descendant_of(self)[:3]
        featured = self.featured_concept
        context["featured_concept"] = featured.specific if featured and featured.live else None
        return context


class ContactOffice(TranslatableMixin, models.Model):
    """A counselling office: where it is, when it is open, how to reach it, which languages it speaks."""

    name = models.CharField(_("Name"), max_length=200)
    description = models.TextField(_("Beschreibung"), blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=200)
    postcode = models.CharField(_("Postleitzahl"), max_length=10)
    city = models.CharField(_("Ort"), max_length=100)
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    website = models.URLField(_("Webseite"), blank=True)
    opening_hours = models.TextField(_("Öffnungszeiten"), blank=True, help_text=_("Eine Zeile je Zeitraum."))
    languages = models.JSONField(_("Gesprochene Sprachen"), default=list, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("street"), FieldPanel("postcode"), FieldPanel("city")], heading=_("Anschrift")),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website"), FieldPanel("opening_hours")],
            heading=_("Erreichbarkeit"),
        ),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple(choices=SPOKEN_LANGUAGE_CHOICES)),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Beratungsstelle")
        verbose_name_plural = _("Beratungsstellen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        unknown = [code for code in self.languages or [] if code not in SPOKEN_LANGUAGES]
        if not isinstance(self.languages, list) or unknown:
            raise ValidationError({"languages": _("Unbekannte Sprachcodes: %s") % ", ".join(map(str, unknown))})

    @property
    def language_labels(self):
        return [spoken_language_label(code) for code in self.languages]

    @property
    def phone_uri(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""

    @property
    def osm_url(self):
        return "https://www.openstreetmap.org/search?" + urlencode(
            {"query": f"{self.street}, {self.postcode} {self.city}"}
        )


class ContactOfficeSerializer(serializers.ModelSerializer):
    class Meta:
        model = ContactOffice
        fields = [
            "id", "name", "description", "street", "postcode", "city",
            "phone", "email", "website", "opening_hours", "languages",
        ]  # fmt: skip


class TopicPage(SectionMixin, Page):
    """A welcome-portal topic (Ankommen, Sprache lernen, Wohnen, …) with links to counselling offices."""

    summary = models.CharField(
        _("Kurzbeschreibung"), max_length=200, blank=True, help_text=_("Erscheint auf der Kachel der Startseite.")
    )
    body = StreamField(WelcomeBodyBlock(), verbose_name=_("Inhalt"), blank=True)

    parent_page_types = ["home.HomePage", "home.TopicPage"]
    subpage_types = ["home.TopicPage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("office_links", label=_("Beratungsstellen"), heading=_("Beratungsstellen")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("offices", serializer=ContactOfficeSerializer(many=True)),
    ]

    class Meta:
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")

    @property
    def offices(self):
        return [link.office for link in self.office_links.select_related("office")]


class TopicPageOffice(Orderable):
    page = ParentalKey(TopicPage, on_delete=models.CASCADE, related_name="office_links")
    office = models.ForeignKey(
        ContactOffice, on_delete=models.CASCADE, related_name="+", verbose_name=_("Beratungsstelle")
    )

    panels = [FieldPanel("office")]


class StandardPage(SectionMixin, Page):
    """A plain page: Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit."""

    body = StreamField(WelcomeBodyBlock(), verbose_name=_("Inhalt"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    api_fields = [APIField("body")]

    class Meta:
        verbose_name = _("Standardseite")
        verbose_name_plural = _("Standardseiten")


class EventIndexPage(SectionMixin, Page):
    """Lists upcoming and past events separately."""

    intro = RichTextField(_("Einleitung"), features=PARAGRAPH_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.EventPage"]

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("Veranstaltungsübersicht")
        verbose_name_plural = _("Veranstaltungsübersichten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self).live().public()
        now = timezone.now()
        context["upcoming_events"] = events.filter(ends_at__gte=now).order_by("starts_at")
        context["past_events"] = events.filter(ends_at__lt=now).order_by("-starts_at")
        return context


class EventPage(SectionMixin, Page):
    """An event with date, time (Europe/Berlin) and place."""

    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"))
    location = models.CharField(_("Veranstaltungsort"), max_length=255)
    summary = models.CharField(_("Kurzbeschreibung"), max_length=255, blank=True)
    body = StreamField(WelcomeBodyBlock(), verbose_name=_("Beschreibung"), blank=True)

    parent_page_types = ["home.EventIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("location")], heading=_("Wann und wo")
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("location"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
    ]
    api_fields = [
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("location"),
        APIField("summary"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("Das Ende darf nicht vor dem Beginn liegen.")})

    @classmethod
    def upcoming(cls):
        return cls.objects.live().public().filter(ends_at__gte=timezone.now()).order_by("starts_at")


@register_setting(icon="link")
class PortalSettings(BaseSiteSetting):
    """Pages every page links to in its footer (and later: the emergency page)."""

    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Impressum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Datenschutzerklärung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Erklärung zur Barrierefreiheit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("imprint_page"), FieldPanel("privacy_page"), FieldPanel("accessibility_page")]

    class Meta:
        verbose_name = _("Portal-Einstellungen")
