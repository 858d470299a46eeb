"""Languages: the switcher, untranslated pages, German-only concept pages, RTL, hreflang, sitemap."""

import re

import pytest

from wagtail.models import Locale

from tests.conftest import rendered
from tests.factories import ChapterPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_home(home):
    locale, _ = Locale.objects.get_or_create(language_code="ar")
    translation = home.copy_for_translation(locale)
    translation.title = "أهلاً وسهلاً"
    translation.save_revision().publish()
    return translation


def switcher_links(html):
    nav = html[html.index('class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    return dict(re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav)[i][::-1] for i in range(nav.count("<a href")))


def test_switcher_names_languages_in_their_own_script(client, home):
    links = switcher_links(client.get("/de/").content.decode())
    assert set(links) >= {"de", "de-x-ls", "en", "ar", "fa", "uk", "ru", "tr", "ti", "kmr", "fr"}
    html = client.get("/de/").content.decode()
    for name in ("العربية", "فارسی", "Українська", "ትግርኛ", "Kurmancî", "Leichte Sprache"):
        assert name in html or name == "العربية" and "العربيّة" in html


def test_switcher_keeps_the_page_where_a_translation_exists(client, home, arabic_home):
    topic = TopicPageFactory(parent=home, title="Wohnen", slug="wohnen")
    arabic = topic.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.title = "السكن"
    arabic.save_revision().publish()
    links = switcher_links(client.get("/de/wohnen/").content.decode())
    assert links["ar"] == "/ar/wohnen/"
    assert links["fa"] == "/fa/?ohne-uebersetzung=1"  # no Farsi translation: start page with a note
    response = client.get("/ar/wohnen/")
    assert "السكن" in response.content.decode()


def test_untranslated_page_leads_to_the_language_start_page_with_a_note(client, home, arabic_home):
    TopicPageFactory(parent=home, title="Gesundheit", slug="gesundheit")
    response = client.get("/ar/gesundheit/")
    assert response.status_code == 302 and response["Location"] == "/ar/?ohne-uebersetzung=1"
    start = client.get(response["Location"]).content.decode()
    assert 'class="note note--language"' in start


def test_concept_pages_show_german_content_under_every_prefix(client, home, arabic_home, concept):
    chapter = ChapterPageFactory(parent=concept, title="Sprache", slug="sprache")
    response = client.get(f"/ar/{concept.slug}/{chapter.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    # The German text (title, body) keeps its own language and direction inside the Arabic page.
    assert '<h1 lang="de" dir="ltr">Sprache</h1>' in html
    assert '<div class="chapter__body" lang="de" dir="ltr">' in html
    assert f'<link rel="canonical" href="http://testserver/de/{concept.slug}/{chapter.slug}/">' in html
    assert 'hreflang="fa"' in html and 'hreflang="x-default"' in html
    # The interface around the German text speaks Arabic.
    assert "التعليق على الفصل كاملًا" in html
    assert "Das ganze Kapitel kommentieren" not in html
    # Comments always attach to the German page: the form under /ar/ posts for the same chapter.
    assert f"/ar/beteiligung/kapitel/{chapter.pk}/kommentieren/" in html


@pytest.mark.parametrize(
    ("prefix", "skip_link"),
    [("de", "Zum Inhalt springen"), ("en", "Skip to content"), ("ar", None), ("fa", None), ("uk", None)],
)
def test_interface_strings_are_translated(client, home, prefix, skip_link):
    html = client.get(f"/{prefix}/").content.decode()
    text = re.search(r'<a class="skip-link" href="#main">(.*?)</a>', html).group(1)
    if skip_link:
        assert text == skip_link
    else:
        assert text != "Zum Inhalt springen" and text.strip()


def test_right_to_left_markup(client, home):
    for prefix in ("ar", "fa"):
        assert f'<html lang="{prefix}" dir="rtl">' in client.get(f"/{prefix}/").content.decode()
    assert '<html lang="uk" dir="ltr">' in client.get("/uk/").content.decode()


def test_sitemap_lists_translations_with_alternates(client, home, arabic_home):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/de/</loc>" in xml
    assert "<loc>http://testserver/ar/</loc>" in xml
    assert 'hreflang="ar" href="http://testserver/ar/"' in xml


@pytest.mark.usefixtures("page_cache_off")
def test_sitemap_queries_do_not_grow_with_the_pages(client, home, arabic_home, concept):
    """It once asked for each page's translations: 25 s for 5,000 pages (bench/search.py)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def sitemap_queries():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            xml = rendered(client.get("/sitemap.xml")).content.decode()
        return len(queries), xml.count("<url>")

    TopicPageFactory(parent=home, slug="erstes-thema")
    ChapterPageFactory(parent=concept, slug="erstes-kapitel")
    few, few_urls = sitemap_queries()
    for number in range(5):
        TopicPageFactory(parent=home, slug=f"thema-{number}")
        ChapterPageFactory(parent=concept, slug=f"kapitel-{number}")
    many, many_urls = sitemap_queries()
    assert many_urls == few_urls + 10
    assert 0 < many == few
