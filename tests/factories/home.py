"""Factories for the welcome portal (``home``): its page types, its offices and the blocks of
``home.blocks`` that the concept's chapters share."""

from datetime import timedelta

import factory
import wagtail_factories

from django.utils import timezone

from home.blocks import HeadingBlock, NoteBlock, ParagraphBlock, WelcomeBodyBlock
from home.models import (
    ContactOffice,
    EventIndexPage,
    EventPage,
    HomePage,
    OfficeDirectoryPage,
    StandardPage,
    TopicPage,
)
from tests.factories.blocks import StreamDefaults, ValueBlockFactory


class HeadingBlockFactory(ValueBlockFactory):
    value = "Ausgangslage"

    class Meta:
        model = HeadingBlock


class ParagraphBlockFactory(ValueBlockFactory):
    value = "<p>Viele Ehrenamtliche engagieren sich.</p>"

    class Meta:
        model = ParagraphBlock


class NoteBlockFactory(ValueBlockFactory):
    value = "Diese Informationen ersetzen keine persönliche Beratung."

    class Meta:
        model = NoteBlock


class WelcomeBodyFactory(wagtail_factories.StreamBlockFactory):
    """``body__0__heading__value="…"``, ``body__1__paragraph__value="<p>…</p>"`` on a page factory."""

    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    note = factory.SubFactory(NoteBlockFactory)

    class Meta:
        model = WelcomeBodyBlock


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Willkommen"
    intro = "<p>Willkommen im Kreis.</p>"

    class Meta:
        model = HomePage


class TopicPageFactory(StreamDefaults, wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    summary = "Wo Sie Hilfe finden."
    body = wagtail_factories.StreamFieldFactory(WelcomeBodyFactory)
    _stream_defaults = {
        "body__0__heading__value": "Integrationskurs",
        "body__1__paragraph__value": "<p>Der Sprachkurs dauert.</p>",
    }

    class Meta:
        model = TopicPage


class StandardPageFactory(StreamDefaults, wagtail_factories.PageFactory):
    title = "Impressum"
    body = wagtail_factories.StreamFieldFactory(WelcomeBodyFactory)
    _stream_defaults = {"body__0__paragraph__value": "<p>Kreis Schleswig-Flensburg</p>"}

    class Meta:
        model = StandardPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Veranstaltungen"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + timedelta(hours=2))
    location = "Kreishaus Schleswig"
    body = wagtail_factories.StreamFieldFactory(WelcomeBodyFactory)

    class Meta:
        model = EventPage


class OfficeDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Beratungsstellen finden"
    intro = "<p>Wählen Sie ein Thema oder eine Sprache.</p>"

    class Meta:
        model = OfficeDirectoryPage


class ContactOfficeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Migrationsberatung {n}")
    street = "Flensburger Straße 7"
    postcode = "24837"
    city = "Schleswig"
    phone = "04621 87-0"
    email = "beratung@example.org"
    languages = factory.LazyFunction(lambda: ["de", "ar"])

    class Meta:
        model = ContactOffice
