"""A factory for every page type (test_factories.py fails when one is missing), one module per
app, with wagtail-factories' block factories for StreamField content:
``ChapterPageFactory(body__0__paragraph__value="<p>…</p>")``."""

from tests.factories.blocks import raw_block
from tests.factories.concept import (
    ChapterBodyFactory,
    ChapterPageFactory,
    ConceptPageFactory,
    ListItemFactory,
    MeasureBlockFactory,
)
from tests.factories.home import (
    ContactOfficeFactory,
    EventIndexPageFactory,
    EventPageFactory,
    HeadingBlockFactory,
    HomePageFactory,
    NoteBlockFactory,
    OfficeDirectoryPageFactory,
    ParagraphBlockFactory,
    StandardPageFactory,
    TopicPageFactory,
    WelcomeBodyFactory,
)

__all__ = [
    "ChapterBodyFactory",
    "ChapterPageFactory",
    "ConceptPageFactory",
    "ContactOfficeFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "HeadingBlockFactory",
    "HomePageFactory",
    "ListItemFactory",
    "MeasureBlockFactory",
    "NoteBlockFactory",
    "OfficeDirectoryPageFactory",
    "ParagraphBlockFactory",
    "StandardPageFactory",
    "TopicPageFactory",
    "WelcomeBodyFactory",
    "raw_block",
]
