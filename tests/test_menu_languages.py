"""The menu speaks the visitor's language (issue 16): sections whose pages are German only (the
office directory, events, the concepts) are named by translated interface strings, with the
German title of a concept as a second line, and lead to the visitor's language prefix wherever a
translated start page serves them there."""

import re

import pytest

from wagtail.models import Locale

from tests.factories import ConceptPageFactory, EventIndexPageFactory, OfficeDirectoryPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["ar", "fa", "uk", "en"]
CONCEPT_TITLE = "Fortschreibung des Integrationskonzepts"


@pytest.fixture
def sections(home):
    return [
        OfficeDirectoryPageFactory(parent=home, slug="beratungsstellen", show_in_menus=True),
        EventIndexPageFactory(parent=home, slug="veranstaltungen", show_in_menus=True),
        ConceptPageFactory(parent=home, slug="konzept", title=CONCEPT_TITLE, show_in_menus=True),
    ]


def translate_home(home, language):
    locale, _created = Locale.objects.get_or_create(language_code=language)
    translation = home.copy_for_translation(locale)
    translation.title = f"Start ({language})"
    translation.save_revision().publish()
    return translation


def menu_items(html):
    """[(href, visible label without the German second line, German second line)] of the main menu."""
    nav = html[html.index('class="main-nav"') :]
    nav = nav[: nav.index("</nav>")]
    items = []
    for href, inner in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', nav):
        title = re.search(r'<span class="main-nav__title" lang="de" dir="ltr">(.*?)</span>', inner)
        label = re.sub(r'<span class="main-nav__title".*?</span>', "", inner)
        items.append((href, re.sub(r"<[^>]+>", "", label).strip(), title.group(1) if title else ""))
    return items


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_menu_item_is_a_bare_german_title(client, home, sections, language):
    translate_home(home, language)
    german_titles = {page.title for page in sections} | {"Start"}
    items = menu_items(client.get(f"/{language}/").content.decode())
    assert len(items) == 1 + len(sections)
    for href, label, _title in items:
        assert label and label not in german_titles, (language, href, label)
        assert href.startswith(f"/{language}/"), (language, href, label)
    # The concept keeps its German title as a second line, marked as German.
    assert items[-1] == (f"/{language}/konzept/", items[-1][1], CONCEPT_TITLE)


def test_the_menu_leads_to_pages_served_under_the_prefix(client, home, sections):
    translate_home(home, "ar")
    for href, _label, _title in menu_items(client.get("/ar/").content.decode()):
        assert client.get(href).status_code == 200, href


def test_german_menu_keeps_the_editors_titles(client, home, sections):
    items = menu_items(client.get("/de/").content.decode())
    assert [label for _href, label, _title in items[1:]] == [page.title for page in sections]
    assert all(href.startswith("/de/") for href, _label, _title in items)


def test_without_a_translated_start_page_the_menu_keeps_german_urls(client, home, sections):
    # /tr/ has no start page of its own here: the sections are served under /de/ only.
    items = menu_items(client.get("/tr/").content.decode())
    assert all(href.startswith("/de/") for href, _label, _title in items[1:])


def test_a_german_only_page_links_every_language_whatever_language_asked_first(client, home, concept):
    """A concept page is German only and read under every prefix: its language switcher and hreflang
    links lead to each language's address, also after it was first shown under another prefix
    (the paths are worked out once per process and kept)."""
    german = concept.url
    arabic = german.replace("/de/", "/ar/", 1)

    def links(path):
        html = client.get(path).content.decode()
        switcher = dict(re.findall(r'<a href="([^"]+)" lang="([\w-]+)"[^>]*hreflang=', html))
        alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="https?://[^/]+([^"]+)"', html))
        return {code: url for url, code in switcher.items()}, alternates

    for path in (arabic, german):  # the Arabic address first
        switcher, alternates = links(path)
        expected = german.replace("/de/", "/en/", 1)
        assert switcher["en"] == expected and alternates["en"] == expected, path
        assert switcher["ar"] == arabic and alternates["ar"] == arabic, path


@pytest.mark.parametrize(
    "path",
    [
        "//[ankommen",
        "//andere-seite.example/de/",
        "/de//[x/",
        "/xx/ankommen/",
        "/ankommen/?a=1&a=2",
        "/de/\xff\xfe/",  # bytes that are no UTF-8, as WSGI hands them on
        "/ar/%2F%2F/?%ff=%ff",
    ],
)
def test_an_odd_address_gets_a_page_with_its_language_switcher_never_an_error(client, home, concept, path):
    """The switcher and the alternates work the address out in every language: nothing a visitor
    types there (no prefix, an unknown one, a broken host part, broken encoding) may make it fail."""
    client.raise_request_exception = False
    path, _, query = path.partition("?")
    response = client.get("/", PATH_INFO=path, QUERY_STRING=query)  # as the server hands it on
    assert response.status_code in (200, 301, 302, 404), response.status_code
    assert not re.search(r'href="//', response.content.decode()), "a link to another host"
