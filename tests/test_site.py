"""What every visitor meets: language redirect, layout landmarks, legal links, error pages, sitemap."""

import pytest

from django.test import Client, override_settings

from home.models import PortalSettings
from tests.factories import StandardPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("de-DE,de;q=0.9", "/de/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("pl-PL", "/de/"),
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("", "/de/"),
    ],
)
def test_root_redirects_to_the_best_language(client, home, accept_language, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == target


def test_layout_has_lang_skip_link_landmarks_and_footer_links(client, home):
    settings = PortalSettings.for_site(home.get_site())
    settings.imprint_page = StandardPageFactory(parent=home, title="Impressum", slug="impressum")
    settings.privacy_page = StandardPageFactory(parent=home, title="Datenschutz", slug="datenschutz")
    settings.accessibility_page = StandardPageFactory(parent=home, title="Barrierefreiheit", slug="barrierefreiheit")
    settings.save()
    topic = TopicPageFactory(parent=home)

    html = client.get(topic.url).content.decode()
    assert '<html lang="de" dir="ltr">' in html
    assert 'href="#main"' in html and '<main id="main"' in html
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in html
    for slug in ("impressum", "datenschutz", "barrierefreiheit"):
        assert f'href="/de/{slug}/"' in html


def test_no_request_to_another_host(client, home):
    response = client.get("/de/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<main" in html and 'rel="stylesheet"' in html  # the page with its assets was checked
    for attribute in ('src="http', 'src="//', 'href="//', "@import"):
        assert attribute not in html


def test_branded_translated_404(client, home):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()
    assert "Zur Startseite" in response.content.decode()


@override_settings(DEBUG=False)
def test_branded_500_without_traceback(home, monkeypatch):
    from home.models import HomePage

    def broken(*args, **kwargs):
        raise RuntimeError("Datenbank weg")

    monkeypatch.setattr(HomePage, "get_context", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/de/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Ein Fehler ist aufgetreten" in html
    assert "Datenbank weg" not in html and "Traceback" not in html


def test_robots_and_sitemap(client, home):
    TopicPageFactory(parent=home, title="Wohnen", slug="wohnen")
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/de/wohnen/" in sitemap


def test_api_404_is_not_redirected_into_a_language(client, home):
    assert client.get("/api/v2/pages/999999/").status_code == 404


def test_interface_strings_follow_the_language_prefix(client, home, concept):
    german = client.get(concept.url).content.decode()
    english = client.get(concept.url.replace("/de/", "/en/", 1)).content.decode()
    assert "Zum Inhalt springen" in german and "Die Beteiligung läuft." in german
    assert "Skip to content" in english and "Participation is open." in english
    assert '<html lang="en" dir="ltr">' in english


@pytest.mark.parametrize(
    "path",
    [
        "/de/beteiligung/kapitel/99999999999999999999/kommentieren/",
        "/de/beteiligung/kommentar/99999999999999999999/",
        "/de/beteiligung/kommentar/99999999999999999999/melden/",
        "/de/beteiligung/kapitel/99999999999999999999/fassung/1/",
        "/de/beteiligung/bericht/99999999999999999999/",
        "/de/beteiligung/bericht/99999999999999999999/abwaegungstabelle.csv",
        "/api/comments/chapters/99999999999999999999/",
    ],
)
def test_ids_too_large_for_the_database_are_404_not_500(client, home, path):
    assert client.get(path).status_code == 404


def test_reply_to_an_id_too_large_is_a_form_error(client, concept):
    from tests.comments.conftest import post_comment
    from tests.factories import ChapterPageFactory

    chapter = ChapterPageFactory(parent=concept)
    assert (
        client.get(f"/de/beteiligung/kapitel/{chapter.pk}/kommentieren/?antwort=99999999999999999999").status_code
        == 200
    )
    response = post_comment(client, chapter, reply_to="99999999999999999999")
    assert response.status_code == 400
