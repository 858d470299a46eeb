"""A factory for every page type (test_factories.py fails when one is missing)."""

import uuid
from datetime import timedelta

import factory
import wagtail_factories

from django.utils import timezone

from concept.models import ChapterPage, ConceptPage
from home.models import (
    ContactOffice,
    EventIndexPage,
    EventPage,
    HomePage,
    OfficeDirectoryPage,
    StandardPage,
    TopicPage,
)


def raw_block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def raw_list(block_type, items):
    return raw_block(block_type, [{"type": "item", "value": item, "id": str(uuid.uuid4())} for item in items])


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Willkommen"
    intro = "<p>Willkommen im Kreis.</p>"

    class Meta:
        model = HomePage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    summary = "Wo Sie Hilfe finden."
    body = factory.LazyFunction(
        lambda: [raw_block("heading", "Integrationskurs"), raw_block("paragraph", "<p>Der Sprachkurs dauert.</p>")]
    )

    class Meta:
        model = TopicPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Impressum"
    body = factory.LazyFunction(lambda: [raw_block("paragraph", "<p>Kreis Schleswig-Flensburg</p>")])

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

    class Meta:
        model = EventPage


class OfficeDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Beratungsstellen finden"
    intro = "<p>Wählen Sie ein Thema oder eine Sprache.</p>"

    class Meta:
        model = OfficeDirectoryPage


class ConceptPageFactory(wagtail_factories.PageFactory):
    title = "Integrationskonzept"
    summary = "Der Entwurf zur Beteiligung."
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))

    class Meta:
        model = ConceptPage


class ChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kapitel {n}")
    number = factory.Sequence(lambda n: n + 1)
    summary = "Worum es geht."
    body = factory.LazyFunction(
        lambda: [
            raw_block("heading", "Ausgangslage"),
            raw_block("paragraph", "<p>Viele Ehrenamtliche engagieren sich.</p>"),
            raw_list("goals", ["Mehr Lotsen gewinnen"]),
            raw_list(
                "measures",
                [{"measure": "Lotsenprogramm", "responsible": "Kreis", "partners": "Vereine", "timeframe": "2018"}],
            ),
            raw_list("indicators", ["Zahl der Lotsen"]),
        ]
    )

    class Meta:
        model = ChapterPage


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
