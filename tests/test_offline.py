"""The portal in the pocket (issue 20): manifest, offline pack, service worker, offline page.
The browser's side (the worker really keeping and serving pages) is tests/browser/test_offline.py."""

import gzip
import json
import re
from pathlib import Path

import pytest
from PIL import Image

from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from home.models import PortalSettings
from tests.factories.home import EventIndexPageFactory, OfficeDirectoryPageFactory, TopicPageFactory

REQUIRED = {"name", "short_name", "description", "lang", "dir", "start_url", "scope", "icons", "display"}


@pytest.fixture
def site(home):
    topics = [
        TopicPageFactory(parent=home, title=title, slug=slug)
        for title, slug in [("Wohnen", "wohnen"), ("Arbeit", "arbeit")]
    ]
    emergency = TopicPageFactory(parent=home, title="Notfall", slug="notfall")
    portal_settings = PortalSettings.for_site(home.get_site())
    portal_settings.emergency_page = emergency
    portal_settings.save()
    OfficeDirectoryPageFactory(parent=home, slug="beratungsstellen")
    EventIndexPageFactory(parent=home, slug="termine")
    return {"home": home, "topics": topics, "emergency": emergency}


@pytest.mark.parametrize(("language", "direction", "name"), [("de", "ltr", "Willkommen"), ("ar", "rtl", "شليسفيغ")])
def test_manifest_per_language(client, site, language, direction, name):
    response = client.get(f"/{language}/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert set(manifest) >= REQUIRED
    assert manifest["lang"] == language and manifest["dir"] == direction
    assert name in manifest["name"]
    assert manifest["start_url"] == f"/{language}/"
    assert manifest["theme_color"] == "#0b5394"
    sizes = {}
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        assert path, icon
        with Image.open(path) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]
        sizes.setdefault(icon["purpose"], set()).add(icon["sizes"])
    assert sizes == {"any": {"192x192", "512x512"}, "maskable": {"512x512"}}


def test_every_page_links_its_languages_manifest_and_the_offline_page(client, site):
    for url in ["/de/", "/ar/", "/de/wohnen/", "/de/offline/"]:
        html = client.get(url, follow=True).content.decode()
        language = url.split("/")[1]
        assert f'<link rel="manifest" href="/{language}/manifest.webmanifest">' in html, url
        assert f'href="/{language}/offline/"' in html, url


@pytest.mark.parametrize(("language", "words"), [("de", "Keine Verbindung"), ("ar", "لا يوجد اتصال")])
def test_every_page_tells_the_script_what_to_say_when_a_form_cannot_be_sent(client, site, language, words):
    html = client.get(f"/{language}/").content.decode()
    script = re.search(r"<script src=\"[^\"]*offline\.js\"[^>]*>", html).group(0)
    assert 'data-connection-check="/verbindung"' in script
    assert words in re.search(r'data-form-offline="([^"]+)"', script).group(1)


def test_connection_check_answers_empty_and_is_never_stored(client, db):
    response = client.get("/verbindung")
    assert response.status_code == 204 and response.content == b""
    assert "no-store" in response["Cache-Control"]
    assert client.post("/verbindung").status_code == 405


def test_start_page_offers_offline_saving_only_with_javascript(client, site):
    html = client.get("/de/").content.decode()
    box = re.search(r"<div class=\"offline-save\"[^>]*>", html).group(0)
    assert " hidden" in box  # shown by static/js/offline.js
    assert 'data-pack="/de/offline/pack.json"' in box
    assert "Offline speichern" in html


def test_pack_lists_start_page_topics_emergency_directory_and_events(client, site):
    pack = client.get("/de/offline/pack.json").json()
    urls = [page["url"] for page in pack["pages"]]
    assert urls[0] == "/de/"
    for expected in [
        "/de/wohnen/",
        "/de/arbeit/",
        "/de/notfall/",
        "/de/beratungsstellen/",
        "/de/termine/",
        "/de/offline/",
    ]:
        assert expected in urls
    assert "/static/css/portal.css" in pack["assets"]
    assert any("icon-192" in asset for asset in pack["assets"])


def test_pack_follows_the_page_tree(client, site):
    TopicPageFactory(parent=site["home"], title="Gesundheit", slug="gesundheit")
    site["topics"][1].unpublish()
    urls = [page["url"] for page in client.get("/de/offline/pack.json").json()["pages"]]
    assert "/de/gesundheit/" in urls  # a topic an editor adds goes into the pack
    assert "/de/arbeit/" not in urls  # an unpublished one does not


def test_pack_in_arabic_puts_german_only_pages_under_the_prefix(client, site):
    urls = [page["url"] for page in client.get("/ar/offline/pack.json").json()["pages"]]
    assert "/ar/beratungsstellen/" in urls and "/ar/termine/" in urls and "/ar/offline/" in urls


def _worker_config(client):
    body = client.get("/sw.js").content.decode()
    return json.loads(re.match(r"const CONFIG = (.*?);\n", body).group(1))


def _never_stored(client):
    """The service worker's never-store list, read as Python regexes (named groups differ)."""
    patterns = [re.compile(pattern.replace("(?<", "(?P<")) for pattern in _worker_config(client)["neverStore"]]
    return lambda path: any(pattern.search(path) for pattern in patterns)


def test_service_worker_from_the_root(client, db):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    config = _worker_config(client)
    never = [re.compile(pattern.replace("(?<", "(?P<")) for pattern in config["neverStore"]]
    for path in [
        "/admin/",
        "/api/comments/",
        "/de/beteiligung/kapitel/12/kommentieren/",
        "/ar/beteiligung/bestaetigen/abc123/",
        "/de/beteiligung/abbestellen/abc123/",
    ]:
        assert any(pattern.search(path) for pattern in never), path
    assert not any(pattern.search("/de/wohnen/") for pattern in never)
    assert "{date}" in config["texts"]["ar"]["saved"] and config["texts"]["ar"]["dir"] == "rtl"
    assert "أدخلته" in config["texts"]["ar"]["notSent"]  # a form sent offline: not sent, in Arabic


@pytest.mark.parametrize("language", ["de", "ar"])
def test_meine_beitraege_and_every_token_url_are_never_stored(client, db, language):
    """The personal page (its token in the URL), the page that asks for it, and the other links
    from mails: the service worker keeps none of them, in any language."""
    never_stored = _never_stored(client)
    with translation.override(language):
        paths = [
            reverse("comments:mine", args=["eXaMpLe-t0ken"]),
            reverse("comments:mine_request"),
            reverse("comments:confirm", args=["eXaMpLe-t0ken"]),
            reverse("comments:support_confirm", args=["eXaMpLe-t0ken"]),
            reverse("follow:confirm", args=["eXaMpLe-t0ken"]),
            reverse("follow:unsubscribe", args=["eXaMpLe-t0ken"]),
        ]
    assert paths[0].startswith(f"/{language}/")
    assert [path for path in paths if not never_stored(path)] == []
    assert not never_stored(f"/{language}/beteiligung/")


def test_offline_page_in_arabic(client, site):
    response = client.get("/ar/offline/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    assert "Offline verfügbar" not in html  # translated


@pytest.mark.parametrize("url", ["/de/offline/pack.json", "/de/manifest.webmanifest", "/de/offline/"])
def test_offline_urls_refuse_writes_cleanly(client, site, url):
    assert client.post(url).status_code == 405


@pytest.mark.django_db
def test_german_pack_of_the_demo_within_budget(client, demo_content):
    """At most 300 KB transferred (gzip, as nginx or WhiteNoise send it) for the German pack."""
    sizes = pack_sizes(client, "de")
    assert len(sizes) >= 8
    assert sum(sizes.values()) <= 300 * 1024, sizes
    # The pictures of the topics that have one, small: AVIF and WebP 400 pixels wide, as the page shows them.
    images = client.get("/de/offline/pack.json").json()["images"]
    assert len(images) == 6 and all(".width-400." in url for url in images)
    assert {url.rsplit(".", 1)[1] for url in images} == {"avif", "webp"}
    topic = client.get("/de/ankommen/").content.decode()
    assert [url for url in images if "ankommen" in url] and all(url in topic for url in images if "ankommen" in url)
    assert sum(sizes[url] for url in images) <= 40 * 1024


def pack_sizes(client, language):
    """{url: gzip-compressed bytes} of every entry of the language's pack (docs/benchmarks.md)."""
    pack = client.get(f"/{language}/offline/pack.json").json()
    sizes = {}
    for url in [page["url"] for page in pack["pages"]] + pack["assets"]:
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        sizes[url] = len(gzip.compress(body, 6))
    for url in pack.get("images", []):  # media files, not served by the test client; sent as they are
        sizes[url] = (Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)).stat().st_size
    return sizes
