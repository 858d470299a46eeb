"""Search: results with section and excerpt, German stemming on PostgreSQL, odd queries answered calmly."""

from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
import time_machine

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from tests.conftest import rendered
from tests.factories import ChapterPageFactory, StandardPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


def search(client, query, **params):
    return client.get("/de/search/", {"q": query, **params})


def test_finds_pages_with_section_and_excerpt(client, home, concept):
    TopicPageFactory(
        parent=home,
        title="Sprache lernen",
        body__0__paragraph__value="<p>Ein Integrationskurs hilft beim Ankommen im Kreis.</p>",
    )
    ChapterPageFactory(
        parent=concept,
        title="Sprache",
        body__0__paragraph__value="<p>Jeder Integrationskurs braucht Kinderbetreuung.</p>",
    )
    response = search(client, "Integrationskurs")
    assert response.status_code == 200
    hits = {hit["page"].title: hit for hit in response.context["hits"]}
    assert set(hits) == {"Sprache lernen", "Sprache"}
    assert hits["Sprache lernen"]["section"] == "Willkommensportal"
    assert hits["Sprache"]["section"] == "Beteiligung"
    assert "Integrationskurs" in hits["Sprache"]["excerpt"]
    assert "2 Treffer" in response.content.decode()


def test_unpublished_pages_are_not_found(client, home):
    TopicPageFactory(parent=home, title="Geheimer Entwurf", live=False)
    response = search(client, "Geheimer")
    assert response.context["hits"] == []


def test_paginates(client, home):
    for number in range(12):
        StandardPageFactory(parent=home, title=f"Wohngeld Merkblatt {number}", slug=f"wohngeld-{number}")
    first = search(client, "Wohngeld")
    second = search(client, "Wohngeld", page=2)
    assert len(first.context["hits"]) == 10
    assert len(second.context["hits"]) == 2
    assert 'rel="next"' in first.content.decode()
    assert "q=Wohngeld&amp;page=2" in first.content.decode()


def test_promotions_come_first(client, home):
    promoted = StandardPageFactory(parent=home, title="Notruf und Bereitschaftsdienst")
    SearchPromotion.objects.create(query=Query.get("notfall"), page=promoted, sort_order=0)
    response = search(client, "Notfall")
    assert [page.title for page in response.context["promotions"]] == ["Notruf und Bereitschaftsdienst"]


def test_searches_are_counted_per_query_and_day(client, home):
    TopicPageFactory(parent=home, title="Sprache lernen")
    for _ in range(3):
        search(client, "Sprache")
    search(client, "  SPRACHE ")
    search(client, "Wohnung")
    assert Query.get("sprache").hits == 4
    assert Query.get("wohnung").hits == 1


def test_promotions_and_restrictions_apply_at_once(client, home):
    """Which queries are promoted and which sections are restricted is remembered between
    searches; a change must still show on the next search."""
    notruf = StandardPageFactory(parent=home, title="Notruf und Bereitschaftsdienst", slug="notruf")
    TopicPageFactory(parent=home, title="Notfall im Urlaub", slug="urlaub")
    first = search(client, "Notfall")
    assert first.context["promotions"] == []
    assert [hit["page"].title for hit in first.context["hits"]] == ["Notfall im Urlaub"]

    SearchPromotion.objects.create(query=Query.get("notfall"), page=notruf, sort_order=0)
    restricted = TopicPageFactory._meta.model.objects.get(slug="urlaub")
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="geheim")
    second = search(client, "Notfall")
    assert [page.title for page in second.context["promotions"]] == ["Notruf und Bereitschaftsdienst"]
    assert second.context["hits"] == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '"Sprach',
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        "Sprache\tkurs\n",  # control characters get a 400 (tests/comments/test_control_characters.py)
        "🙂🇩🇪",
        "a" * 5000,
        "(((",
        "NOT AND OR",
        "*",
        "-",
        "<script>alert(1)</script>",
    ],
)
def test_odd_queries_answer_with_a_normal_page(client, home, query):
    TopicPageFactory(parent=home, title="Sprache lernen")
    response = search(client, query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_odd_page_numbers_fall_back(client, home):
    TopicPageFactory(parent=home, title="Sprache lernen")
    for page in ["0", "-1", "abc", "1.5", "²", "99999", "9" * 40]:
        response = search(client, "Sprache", page=page)
        assert response.status_code == 200
        assert [hit["page"].title for hit in response.context["hits"]] == ["Sprache lernen"]


def test_a_page_past_the_end_shows_the_last_one(client, home):
    for number in range(12):
        StandardPageFactory(parent=home, title=f"Wohngeld Merkblatt {number}", slug=f"wohngeld-{number}")
    response = search(client, "Wohngeld", page=7)
    assert response.context["page_obj"].number == 2
    assert len(response.context["hits"]) == 2
    assert "12 Treffer" in response.content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite's backend (development) weighs no field")
def test_title_matches_come_before_pages_that_only_mention_the_word(client, home):
    TopicPageFactory(
        parent=home,
        title="Ankommen",
        body__0__paragraph__value="<p>Auch das Jobcenter hilft. Das Jobcenter hat montags offen.</p>",
    )
    TopicPageFactory(parent=home, title="Jobcenter", body__0__paragraph__value="<p>Öffnungszeiten.</p>")
    assert [hit["page"].title for hit in search(client, "Jobcenter").context["hits"]] == ["Jobcenter", "Ankommen"]


def test_every_word_must_be_on_the_page_in_title_or_text(client, home):
    TopicPageFactory(parent=home, title="Bus", body__0__paragraph__value="<p>Der Fahrplan gilt ab Mai.</p>")
    TopicPageFactory(parent=home, title="Bahn", body__0__paragraph__value="<p>Der Fahrplan der Bahn.</p>")
    response = search(client, "Bus Fahrplan")
    assert [hit["page"].title for hit in response.context["hits"]] == ["Bus"]
    assert "1 Treffer" in response.content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="only PostgreSQL's dictionary knows stop words")
def test_small_words_do_not_stop_a_search(client, home):
    TopicPageFactory(parent=home, title="Kurse", body__0__paragraph__value="<p>Ein Deutschkurs nur mit Frauen.</p>")
    TopicPageFactory(parent=home, title="Sport", body__0__paragraph__value="<p>Schwimmen für alle.</p>")
    assert [hit["page"].title for hit in search(client, "Deutschkurs für Frauen").context["hits"]] == ["Kurse"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="only PostgreSQL's dictionary knows stop words")
def test_a_query_of_stop_words_finds_nothing_rather_than_everything(client, home):
    TopicPageFactory(parent=home, title="Kurse", body__0__paragraph__value="<p>Für und mit allen.</p>")
    response = search(client, "und für")
    assert response.context["hits"] == []
    assert "0 Treffer" in response.content.decode()


def test_only_the_visitors_language_and_public_pages_are_found(client, home):
    public = TopicPageFactory(parent=home, title="Beratung", slug="beratung")
    private = TopicPageFactory(parent=home, title="Beratung intern", slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    english = Locale.objects.get_or_create(language_code="en")[0]
    public.copy_for_translation(english, copy_parents=True).save_revision().publish()
    response = search(client, "Beratung")
    assert [hit["page"].pk for hit in response.context["hits"]] == [public.pk]


@pytest.mark.usefixtures("page_cache_off")
def test_queries_do_not_grow_with_the_hits(client, home, django_assert_num_queries):
    """Excerpts come from the search index, not from loading each page's body."""
    TopicPageFactory(parent=home, title="Elterngeld", slug="elterngeld")
    for number in range(12):
        TopicPageFactory(parent=home, title=f"Sprachkurs {number}", slug=f"kurs-{number}")
    search(client, "Elterngeld")
    search(client, "Sprachkurs")
    with CaptureQueriesContext(connection) as one_hit:
        assert len(rendered(search(client, "Elterngeld")).context["hits"]) == 1
    assert len(one_hit) > 0
    with django_assert_num_queries(len(one_hit)):
        assert len(rendered(search(client, "Sprachkurs")).context["hits"]) == 10


@pytest.mark.skipif(connection.vendor != "postgresql", reason="storage settings exist only on PostgreSQL")
def test_search_vectors_are_kept_inside_the_index_rows(db):
    """Fetching them from the TOAST table made every search several times slower (bench/search.py).
    (The settings, not a row: PostgreSQL 15 cannot tell whether one value is out of line, and the
    TOAST table keeps the space of rows other tests rolled back.)"""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'wagtailsearch_indexentry'")
        options = cursor.fetchone()[0] or []
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute"
            " WHERE attrelid = 'wagtailsearch_indexentry'::regclass AND attname IN ('title', 'body')"
        )
        storage = dict(cursor.fetchall())
    assert "toast_tuple_target=8160" in options
    assert storage == {"title": "m", "body": "m"}


def test_search_terms_expire_after_the_configured_days(client, home, settings):
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 30
    TopicPageFactory(parent=home, title="Sprache lernen")
    pinned = StandardPageFactory(parent=home, title="Notruf")
    SearchPromotion.objects.create(query=Query.get("notfall"), page=pinned, sort_order=0)
    with time_machine.travel(timezone.now() - timedelta(days=31)):
        search(client, "Wohngeld Antrag Familie Yilmaz")  # what a visitor typed a month ago
        search(client, "notfall")
    search(client, "Sprache")

    call_command("searchpromotions_garbage_collect", stdout=StringIO())  # what the purge timer runs
    assert set(Query.objects.values_list("query_string", flat=True)) == {"sprache", "notfall"}
    assert not Query.get("notfall").daily_hits.exists()  # the pinned query stays, its old hits go


def test_the_purge_timer_expires_search_terms():
    service = (Path(__file__).resolve().parents[1] / "docs/deploy/kreisportal-purge.service").read_text()
    assert "ExecStart=/srv/kreisportal/.venv/bin/python manage.py searchpromotions_garbage_collect" in service
