"""Factories for the concept: its page types and the blocks of ``concept.blocks``."""

from datetime import timedelta

import factory
import wagtail_factories

from django.utils import timezone

from wagtail import blocks

from concept.blocks import ChapterBodyBlock, MeasureBlock
from concept.models import ChapterPage, ConceptPage
from tests.factories.blocks import StreamDefaults, ValueBlockFactory
from tests.factories.home import HeadingBlockFactory, ParagraphBlockFactory


class ListItemFactory(ValueBlockFactory):
    """One goal or indicator (``body__2__goals__0__value="…"``)."""

    value = "Mehr Lotsen gewinnen"

    class Meta:
        model = blocks.TextBlock


class MeasureBlockFactory(wagtail_factories.StructBlockFactory):
    measure = "Lotsenprogramm"
    responsible = "Kreis"
    partners = "Vereine"
    timeframe = "2018"

    class Meta:
        model = MeasureBlock


class ChapterBodyFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    goals = wagtail_factories.ListBlockFactory(ListItemFactory)
    measures = wagtail_factories.ListBlockFactory(MeasureBlockFactory)
    indicators = wagtail_factories.ListBlockFactory(ListItemFactory)

    class Meta:
        model = ChapterBodyBlock


class ConceptPageFactory(wagtail_factories.PageFactory):
    title = "Integrationskonzept"
    summary = "Der Entwurf zur Beteiligung."
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))

    class Meta:
        model = ConceptPage


class ChapterPageFactory(StreamDefaults, wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kapitel {n}")
    number = factory.Sequence(lambda n: n + 1)
    summary = "Worum es geht."
    body = wagtail_factories.StreamFieldFactory(ChapterBodyFactory)
    _stream_defaults = {
        "body__0__heading__value": "Ausgangslage",
        "body__1__paragraph__value": "<p>Viele Ehrenamtliche engagieren sich.</p>",
        "body__2__goals__0__value": "Mehr Lotsen gewinnen",
        "body__3__measures__0__measure": "Lotsenprogramm",
        "body__4__indicators__0__value": "Zahl der Lotsen",
    }

    class Meta:
        model = ChapterPage
