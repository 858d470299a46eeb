"""Search: results with section and excerpt, German stemming on PostgreSQL, odd queries answered calmly."""

import pytest

from django.db import connection

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import ChapterPageFactory, StandardPageFactory, TopicPageFactory, raw_block

pytestmark = pytest.mark.django_db


def search(client, query, **params):
    return client.get("/de/search/", {"q": query, **params})


def test_finds_pages_with_section_and_excerpt(client, home, concept):
    TopicPageFactory(
        parent=home,
        title="Sprache lernen",
        body=[raw_block("paragraph", "<p>Ein Integrationskurs hilft beim Ankommen im Kreis.</p>")],
    )
    ChapterPageFactory(
        parent=concept,
        title="Sprache",
        body=[raw_block("paragraph", "<p>Jeder Integrationskurs braucht Kinderbetreuung.</p>")],
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


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '"Sprach',
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        "Sprache\x00kurs",
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
    for page in ["0", "-1", "abc", "99999"]:
        assert search(client, "Sprache", page=page).status_code == 200


@pytest.mark.skipif(connection.vendor != "postgresql", reason="German stemming needs PostgreSQL")
def test_german_stemming_on_postgresql(client, home):
    TopicPageFactory(
        parent=home,
        title="Deutsch lernen",
        body=[raw_block("paragraph", "<p>Der Sprachkurs beginnt im Herbst in mehreren Häusern.</p>")],
    )
    assert [hit["page"].title for hit in search(client, "Sprachkurse").context["hits"]] == ["Deutsch lernen"]
    assert [hit["page"].title for hit in search(client, "Haus").context["hits"]] == ["Deutsch lernen"]


def test_singular_and_plural_find_each_other(client, home):
    TopicPageFactory(
        parent=home, title="Kurse", body=[raw_block("paragraph", "<p>Jeder Sprachkurs ist kostenlos.</p>")]
    )
    TopicPageFactory(
        parent=home, title="Ämter", body=[raw_block("paragraph", "<p>Alle Beratungsstellen im Kreis.</p>")]
    )
    assert [hit["page"].title for hit in search(client, "Sprachkurse").context["hits"]] == ["Kurse"]
    assert [hit["page"].title for hit in search(client, "Beratungsstelle").context["hits"]] == ["Ämter"]


def test_plurals_with_s_of_loanwords_are_found(client, home):
    """The stemmer leaves "Kitas" and "Cafés" alone, so the s-plural is searched as a variant."""
    TopicPageFactory(parent=home, title="Betreuung", body=[raw_block("paragraph", "<p>Alle Kitas im Kreis.</p>")])
    TopicPageFactory(parent=home, title="Treffpunkte", body=[raw_block("paragraph", "<p>Zwei Sprachcafés.</p>")])
    assert [hit["page"].title for hit in search(client, "Kita").context["hits"]] == ["Betreuung"]
    assert [hit["page"].title for hit in search(client, "Sprachcafé").context["hits"]] == ["Treffpunkte"]
