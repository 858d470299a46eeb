"""The welcome portal: start page, topics, counselling offices, events, legal pages."""

from urllib.parse import urlencode

from rest_framework import serializers

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.api.utils import get_full_url
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.routable_page.models import path as route
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from caching import page_cache

from . import access, calendar, i18n, theme
from .api_fields import PublicPagesField
from .blocks import PARAGRAPH_FEATURES, WelcomeBodyBlock
from .i18n import GermanFallbackRouting
from .languages import SPOKEN_LANGUAGE_CHOICES, SPOKEN_LANGUAGES, spoken_language_label
from .publishing import ApprovalTask  # noqa: F401  (a model: the workflow's task that asks before publishing)

# Which part of the portal a page type belongs to (its ``portal_section``); the search shows it
# beside each hit. A page type that names none belongs to the welcome portal.
SECTION_WELCOME = "welcome"
SECTION_PARTICIPATION = "participation"


class HomePage(GermanFallbackRouting, access.KnownRestrictions, Page):
    """The welcome portal's start page: welcome text, topic tiles, a participation teaser, events.

    Sits directly under the tree root; its translations are its siblings there.
    """

    intro = RichTextField(verbose_name=_("Begrüßung"), features=PARAGRAPH_FEATURES, blank=True)
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.TopicPage",
        "home.StandardPage",
        "home.EventIndexPage",
        "home.OfficeDirectoryPage",
        "concept.ConceptPage",
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "featured_participations",
            label=_("Hervorgehobene Beteiligungen"),
            heading=_("Hervorgehobene Beteiligungen"),
            help_text=_("Konzepte, deren Beteiligung auf der Startseite angekündigt wird, in dieser Reihenfolge."),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [
        APIField("intro"),
        APIField("featured_participations", serializer=PublicPagesField(source="featured_pages")),
    ]

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    # The page cache (caching/page_cache.py): the teaser shows the featured concept's window.
    def cache_tags(self):
        return [page_cache.PARTICIPATION]

    @property
    def featured_pages(self):
        """The featured concepts (specific pages, in the editor's order), two queries for any number."""
        cached = self.__dict__.get("_featured_pages")
        if cached is None:
            ids = [item.page_id for item in self.featured_participations.all() if item.page_id]
            pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()} if ids else {}
            cached = self.__dict__["_featured_pages"] = [pages[pk] for pk in ids if pk in pages]
        return cached

    def cache_expires_at(self):
        changes = [page.next_window_change() for page in self.featured_pages]
        changes = [change for change in changes if change]
        return min(changes) if changes else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = TopicPage.objects.child_of(self).live().public()
        # Events are announced in German only (see EventPage), so every start page shows them.
        context["upcoming_events"] = EventPage.upcoming(request)[:3]
        context["featured_concepts"] = [page for page in self.featured_pages if access.is_public(page, request)]
        return context


class FeaturedParticipation(Orderable):
    """One concept announced on a start page ("Reden Sie mit"); a start page may feature several."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_participations")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Konzept"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("page", page_type="concept.ConceptPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("Hervorgehobene Beteiligung")
        verbose_name_plural = _("Hervorgehobene Beteiligungen")


class ContactOfficeForm(WagtailAdminModelForm):
    """Someone of an organisation files an office under their own organisation only. The spoken
    languages are ticked boxes: a list of codes, not the JSON text a JSONField's form field parses."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "languages" in self.fields:
            field = self.fields["languages"]
            self.fields["languages"] = forms.MultipleChoiceField(
                label=field.label,
                required=False,
                choices=SPOKEN_LANGUAGE_CHOICES,
                widget=forms.CheckboxSelectMultiple(choices=SPOKEN_LANGUAGE_CHOICES),
            )
        from .organisations import editable_sites

        sites = editable_sites(self.for_user) if self.for_user is not None else None
        if sites is not None and "site" in self.fields:
            self.fields["site"].queryset = self.fields["site"].queryset.filter(pk__in=[site.pk for site in sites])
            self.fields["site"].required = True


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
    # Which organisation keeps the office (issue 22): only its office roles list, edit and choose it
    # in the admin (ContactOfficeViewSet). SET_NULL, not PROTECT: removing an organisation's site
    # never fails on its offices; they stay public and linked, for a superuser to hand on.
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    base_form_class = ContactOfficeForm
    panels = [
        FieldPanel("site"),
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

    def save(self, *args, **kwargs):
        """An office and its translations belong to one organisation: a new translation keeps its
        source's, a change of organisation moves the translations with it."""
        others = ContactOffice.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
        if self.pk is None and self.site_id is None:
            self.site_id = others.values_list("site_id", flat=True).order_by("pk").first()
        super().save(*args, **kwargs)
        others.exclude(site_id=self.site_id).update(site_id=self.site_id)

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


class TopicPage(access.KnownRestrictions, Page):
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["untranslated_blocks"] = i18n.untranslated_block_ids(self)
        return context


class TopicPageOffice(Orderable):
    page = ParentalKey(TopicPage, on_delete=models.CASCADE, related_name="office_links")
    office = models.ForeignKey(
        ContactOffice, on_delete=models.CASCADE, related_name="+", verbose_name=_("Beratungsstelle")
    )

    panels = [FieldPanel("office")]


class OfficeDirectoryPage(access.KnownRestrictions, Page):
    """All counselling offices of one language version, filterable by topic and by language spoken.

    The filter is a plain GET form (``?thema=<topic page id>&sprache=<ISO code>``) that works
    without JavaScript; values that match no option are ignored. See ``home/directory.py``.
    """

    # Served under every language prefix, like concepts and events: the filters and labels
    # follow the interface language, the office data stays as entered.
    translated_page_by_page = False
    # Its name in the menu of a page in another language (the page title stays German).
    menu_label = _("Beratungsstellen finden")

    intro = RichTextField(_("Einleitung"), features=PARAGRAPH_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "home/office_directory_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("Verzeichnis der Beratungsstellen")
        verbose_name_plural = _("Verzeichnisse der Beratungsstellen")

    # The offices and the filter come from home/directory.py through {% office_directory %}.


class StandardPage(access.KnownRestrictions, Page):
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["untranslated_blocks"] = i18n.untranslated_block_ids(self)
        return context


class EventIndexPage(RoutablePageMixin, access.KnownRestrictions, Page):
    """Lists upcoming and past events separately; ``feed/`` is an iCalendar feed of the upcoming ones."""

    # Events are announced in German; under another language prefix they are shown with
    # that interface language (dates, labels, calendar link) and lang="de" on the text.
    translated_page_by_page = False
    menu_label = _("Veranstaltungen")  # see OfficeDirectoryPage

    FEED_ROUTE = "feed"

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
        url = self.get_url(request)
        if url:
            context["feed_url"] = url + self.reverse_subpage(self.FEED_ROUTE)
            context["feed_absolute_url"] = request.build_absolute_uri(context["feed_url"])
        return context

    @route(f"{FEED_ROUTE}/", name=FEED_ROUTE)
    def ics_feed(self, request):
        """Every upcoming event (not yet ended) below this index, for calendar subscriptions."""
        events = EventPage.upcoming(request).child_of(self).select_related("locale")
        name = f"{self.title} – {settings.WAGTAIL_SITE_NAME}"
        return calendar.ics_response(calendar.build(name, events, request, feed=True), self.slug)


class EventPage(RoutablePageMixin, access.KnownRestrictions, Page):
    """An event with date, time (Europe/Berlin) and place; ``ics/`` downloads it as an iCalendar file."""

    translated_page_by_page = False  # see EventIndexPage

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
        APIField("ics_url"),
    ]

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("Das Ende darf nicht vor dem Beginn liegen.")})
        if self.slug == EventIndexPage.FEED_ROUTE:
            # The index answers this path itself (its calendar feed); the event would be unreachable.
            raise ValidationError({"slug": _("Dieser Kurztitel ist für den Kalender-Feed der Übersicht reserviert.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)
        context["ics_url"] = url + self.reverse_subpage("ics") if url else None
        return context

    @property
    def ics_url(self):
        """The API's link to the event's calendar file, absolute from the configured base URL."""
        url = self.get_url()
        return get_full_url(None, url + self.reverse_subpage("ics")) if url else None

    @route("ics/", name="ics")
    def ics(self, request):
        """This event as an iCalendar file to add to one's own calendar."""
        return calendar.ics_response(calendar.build(self.title, [self], request), self.slug)

    @classmethod
    def upcoming(cls, request=None):
        return access.public_pages(cls.objects.all(), request).filter(ends_at__gte=timezone.now()).order_by("starts_at")


@register_setting(icon="link")
class PortalSettings(BaseSiteSetting):
    """Pages every page links to: in its footer, and the emergency page in its header."""

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

    emergency_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Notfallseite"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Jede Seite verlinkt sie oben mit „Notfall: 112“. Ohne Auswahl erscheint der Link nicht."),
    )

    organisation_name = models.CharField(
        _("Name der Organisation"),
        max_length=100,
        blank=True,
        help_text=_(
            "Erscheint im Kopf, im Seitentitel und in der Fußzeile, zum Beispiel „Stadt Schleswig“. "
            "Leer: „Kreis Schleswig-Flensburg“ in der Sprache der Besucherin."
        ),
    )
    address = models.CharField(
        _("Anschrift"),
        max_length=200,
        blank=True,
        help_text=_("Eine Zeile in der Fußzeile, zum Beispiel „Rathausmarkt 1 · 24837 Schleswig“."),
    )

    mail_sender_name = models.CharField(
        _("Absendername der E-Mails"),
        max_length=100,
        blank=True,
        help_text=_(
            "So erscheint der Absender in den E-Mails an Bürgerinnen und Bürger, zum Beispiel "
            "„Kreis Schleswig-Flensburg“. Leer: der Name des Portals."
        ),
    )
    mail_sender_address = models.EmailField(
        _("Absenderadresse der E-Mails"),
        blank=True,
        help_text=_(
            "Die Adresse, von der die E-Mails dieser Organisation kommen, zum Beispiel "
            "„beteiligung@schleswig.de“. Der Mailserver des Portals muss für ihre Domain senden dürfen "
            "(SPF, DKIM). Leer: die Adresse des Portals."
        ),
    )
    mail_signature = models.TextField(
        _("Signatur der E-Mails"),
        max_length=500,
        blank=True,
        help_text=_(
            "Steht unter jeder E-Mail an Bürgerinnen und Bürger (Amt, Anschrift, Telefon). "
            "Leer: „Kreis Schleswig-Flensburg · Beteiligungsportal“ in der Sprache der E-Mail."
        ),
    )

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Erscheint im Kopf jeder Seite, 40 Pixel hoch. Der Alternativtext ist der Name der Organisation. "
            "Leer: das Logo des Kreises."
        ),
    )
    accent_colour = models.CharField(
        _("Akzentfarbe"),
        max_length=7,
        blank=True,
        validators=[theme.validate_accent],
        help_text=_(
            "Farbe der Links, Schaltflächen und Hervorhebungen als Hex-Wert, zum Beispiel „#8a1538“. "
            "Sie muss mit weißer Schrift und auf dem Seitenhintergrund mindestens 4,5 : 1 Kontrast haben. "
            "Leer: das Blau des Kreises."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("address"), FieldPanel("logo"), FieldPanel("accent_colour")],
            heading=_("Organisation"),
        ),
        FieldPanel("imprint_page"),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
        FieldPanel("emergency_page"),
        MultiFieldPanel(
            [FieldPanel("mail_sender_name"), FieldPanel("mail_sender_address"), FieldPanel("mail_signature")],
            heading=_("E-Mails"),
        ),
    ]

    def clean(self):
        super().clean()
        self.accent_colour = self.accent_colour.strip().lower()

    class Meta:
        verbose_name = _("Portal-Einstellungen")
