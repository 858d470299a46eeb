"""Every page of the demo describes itself for search engines and shared links (issue 16): a meta
description (Wagtail's search_description, else the summary, introduction or first paragraph, else
what the portal is) and Open Graph title, description and locale; nothing loaded from elsewhere."""

import html as html_lib
import re

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from concept.models import ChapterPage, ConceptPage
from home.templatetags.navigation_tags import OG_LOCALES
from tests.conftest import local_url

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def loaded(demo_content):
    return demo_content


def meta(html):
    found = {}
    for _attribute, name, content in re.findall(r'<meta (name|property)="([^"]+)" content="([^"]*)"', html):
        assert name not in found, f"{name} twice"
        found[name] = html_lib.unescape(content)
    return found


def demo_urls():
    # The district's pages (Stadt Schleswig's are the same page types on another host).
    urls = [local_url(page) for page in Page.objects.live().specific().filter(depth__gte=2)]
    urls = [url for url in urls if url.startswith("/")]
    concept = ConceptPage.objects.get(slug="integrationskonzept-2017")
    housing = ChapterPage.objects.child_of(concept).get(slug="wohnen")
    current = ConceptPage.objects.get(slug="fortschreibung-integrationskonzept")
    open_chapter = ChapterPage.objects.child_of(current).live().first()
    with translation.override("de"):
        urls += [
            reverse("comments:post", args=[open_chapter.pk]),
            reverse("versions:version", args=[housing.pk, 1]),
            reverse("report:page", args=[concept.pk]),
            reverse("search") + "?q=Sprache",
        ]
    return urls


def test_every_page_has_a_description_and_open_graph_tags(loaded, client):
    for url in demo_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        found = meta(html)
        assert found["og:locale"].startswith(url.split("/")[1][:2]) or url.startswith("/kmr/"), url
        assert len(found.get("description", "")) >= 40, (url, found.get("description"))
        assert len(found["description"]) <= 170, url  # 160 letters; combining marks are not counted
        assert found["og:description"] == found["description"], url
        assert found["og:title"], url
        prefix = url.split("/")[1]
        assert found["og:locale"] == OG_LOCALES[prefix], url
        # Nothing the browser or a link preview would fetch from another host.
        head = html[: html.index("</head>")]
        assert not re.search(r'(href|content)="https?://(?!testserver)', head), url
        assert not re.search(r'src="https?://(?!testserver)', html), url


def test_search_description_comes_first_and_the_locale_follows_the_language(loaded, client):
    chapter = ChapterPage.objects.live().first()
    chapter.search_description = "Was der Kreis zum Wohnen plant, in zwei Sätzen für Suchmaschinen beschrieben."
    chapter.save_revision().publish()
    found = meta(client.get(f"/ar/{local_url(chapter).removeprefix('/de/')}").content.decode())
    assert found["description"] == chapter.search_description
    assert found["og:locale"] == "ar_AR"


def test_a_view_without_page_says_what_the_portal_is_in_the_visitors_language(loaded, client):
    found = meta(client.get("/en/search/?q=Sprache").content.decode())
    assert found["description"].startswith("Welcome to the district of Schleswig-Flensburg")
    assert found["og:locale"] == "en_GB"
