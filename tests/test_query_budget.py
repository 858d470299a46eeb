"""A query budget for every page type of the demo (issue 21): at most 12 SQL queries a page with the
page cache off (what a visitor gets right after a publication or a confirmed comment), and a count
that does not grow with the content (comments, offices, versions).

The demo is loaded once for the module (it takes seconds) inside a transaction rolled back at its
end; every test adds its content inside its own transaction on top of it.
"""

from datetime import timedelta

import pytest
import time_machine

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from concept.comments.models import ChapterComment
from concept.models import ChapterPage
from home.models import ContactOffice, EventIndexPage, EventPage, OfficeDirectoryPage, TopicPage, TopicPageOffice
from tests.comments.conftest import make_comment
from tests.conftest import local_url, rendered
from tests.factories import ContactOfficeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

BUDGET = 12

# What each page type reads, in the order the request asks (the parts every page shares first:
# the locale of the language (Wagtail's routing), the start page, the view-restriction check).
PAGE_TYPES = {
    "start page": "locale, start page, view restriction, the start page's teasers and sections",
    "topic": "routing (start page, topic), view restriction, the topic's offices and related pages",
    "office directory": "routing, view restriction, the topics to filter by, the offices of a page",
    "events index": "routing, view restriction, the coming events of a page",
    "event": "routing (start page, index, event), view restriction, breadcrumbs",
    "concept": "routing, view restriction, the chapters, the counts, the draft document",
    "2017 chapter": "routing (start page, concept, chapter), view restriction, thread overview, "
    "the contribution count, a page of threads, the threads on removed paragraphs, their revisions",
    "Fortschreibung chapter": "as the 2017 chapter, without removed paragraphs",
    "version": "chapter, its versions (cached), the version's revision, breadcrumbs",
    "comparison": "chapter, its versions (cached), the two revisions",
    "report": "concept, the report's figures (a constant number of grouped queries)",
    "search": "the index query, the hits' pages, promotions",
    "comment form": "none once warm: the chapter, its concept and its restriction come from the process's "
    "copy for the current generation (concept/comments/chapters.py); the labels from the chapter's body",
}


@pytest.fixture(scope="module")
def demo(demo_content):
    return demo_content


def german(model, **filters):
    return model.objects.live().filter(locale__language_code="de", **filters).order_by("path").first()


def chapter_2017():
    """Bürgerschaftliches Engagement: versions, responses and comments on a removed paragraph."""
    return german(ChapterPage, title="Bürgerschaftliches Engagement")


def fortschreibung_chapter():
    return german(ChapterPage, slug="sprache-und-bildung")


def urls():
    chapter = chapter_2017()
    concept = chapter.get_parent().specific
    open_chapter = fortschreibung_chapter()
    return {
        "start page": "/de/",
        "topic": local_url(german(TopicPage, slug="ankommen")),
        "office directory": local_url(german(OfficeDirectoryPage)),
        "events index": local_url(german(EventIndexPage)),
        "event": local_url(german(EventPage)),
        "concept": local_url(concept),
        "2017 chapter": local_url(chapter),
        "Fortschreibung chapter": local_url(open_chapter),
        "version": f"/de/beteiligung/kapitel/{chapter.pk}/fassung/1/",
        "comparison": f"/de/beteiligung/kapitel/{chapter.pk}/vergleich/?von=1&zu=2",
        "report": f"/de/beteiligung/bericht/{concept.pk}/",
        "search": "/de/search/?q=Sprache",
        "comment form": f"/de/beteiligung/kapitel/{open_chapter.pk}/kommentieren/",
    }


def queries(client, url):
    for _ in range(2):  # warm what any page fills once (content types, site, navigation, settings)
        client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = rendered(client.get(url))
    assert response.status_code == 200, url
    # Rendered here, not a stored copy (the comment form may need no query at all).
    assert "<main" in response.content.decode(), url
    return len(captured)


def test_the_demo_has_what_the_budget_is_about(demo):
    chapter = chapter_2017()
    assert chapter.versions.count() >= 2
    assert ChapterComment.objects.filter(object_pk=str(chapter.pk), response__isnull=False).exists()
    assert local_url(chapter).startswith("/de/integrationskonzept-2017/")
    assert set(urls()) == set(PAGE_TYPES)


@pytest.mark.parametrize("page_type", list(PAGE_TYPES))
def test_every_page_type_stays_within_the_budget(demo, client, page_type):
    count = queries(client, urls()[page_type])
    assert count <= BUDGET, f"{page_type}: {count} queries ({PAGE_TYPES[page_type]})"


def test_the_2017_chapter_shows_its_removed_paragraph_with_the_old_text(demo, client):
    """The comments on a paragraph removed in a later version keep their quote, now read from the
    revision's stored content rather than from a page rebuilt by Wagtail."""
    html = client.get(local_url(chapter_2017())).content.decode()
    removed = html.index("Kommentare zu entfernten Abschnitten")
    quote = html.rindex("Hauptamtliche Ansprechpersonen für das Ehrenamt gibt es bisher nur in einem Teil")
    assert quote > removed


def counts(client, names):
    all_urls = urls()
    return {name: queries(client, all_urls[name]) for name in names}


def test_queries_do_not_grow_with_the_comments(demo, client):
    chapter = chapter_2017()
    names = ["2017 chapter", "concept", "report", "comment form"]
    for number in range(10):
        make_comment(chapter, f"Kommentar {number}")
    few = counts(client, names)
    last = None
    for number in range(190):
        parent = last if number % 3 and last and last.level < 3 else None
        last = make_comment(chapter, f"Weiterer Kommentar {number}", parent=parent)
    assert ChapterComment.objects.filter(object_pk=str(chapter.pk)).count() >= 200
    assert counts(client, names) == few


def test_queries_do_not_grow_with_the_offices(demo, client):
    topic = german(TopicPage, slug="ankommen")
    names = ["office directory", "topic", "start page"]

    def add_offices(number):
        for _ in range(number):
            TopicPageOffice.objects.create(page=topic, office=ContactOfficeFactory(languages=["de", "ar"]))

    add_offices(10 - min(10, ContactOffice.objects.count()))
    few = counts(client, names)
    add_offices(190)
    assert ContactOffice.objects.count() >= 200
    assert counts(client, names) == few


def test_queries_do_not_grow_with_the_versions(demo, client):
    chapter = chapter_2017()
    names = ["2017 chapter", "version", "comparison"]

    def publish(number):
        start = timezone.now() - timedelta(days=number)
        for day in range(number):
            with time_machine.travel(start + timedelta(hours=day), tick=False):
                chapter.change_note = f"Fassung {day}"
                chapter.save_revision().publish()

    publish(5 - chapter.versions.count())
    assert chapter.versions.count() == 5
    few = counts(client, names)
    publish(45)
    assert chapter.versions.count() == 50
    assert counts(client, names) == few


def test_a_page_below_an_alias_of_a_protected_page_stays_protected(demo, client):
    """The shortcut that spares Wagtail's restriction lookup (home/access.py, KnownRestrictions) keeps
    a page below an alias protected (Wagtail copies the source's restriction to the alias)."""
    from wagtail.models import PageViewRestriction, Site

    from tests.factories import StandardPageFactory, TopicPageFactory

    home = Site.objects.get(is_default_site=True).root_page
    source = TopicPageFactory(parent=home, slug="intern")
    PageViewRestriction.objects.create(page=source, restriction_type="password", password="geheim")
    alias = source.create_alias(parent=home, update_slug="intern-kopie")
    below = StandardPageFactory(parent=alias, slug="darunter", title="Unter der Kopie")
    response = client.get(local_url(below))
    assert "Unter der Kopie" not in response.content.decode()
    assert "Passwort erforderlich" in response.content.decode()
