"""HTML goes out gzip-compressed to browsers that ask for it (issue 16): a page answered from the
page cache and a page rendered afresh alike, never to a client that did not ask. The cache keeps a
compressed and a plain copy (GZipMiddleware sits inside it: a hit is not compressed again)."""

import gzip

import pytest

from wagtail.models import Site

from home.models import PortalSettings
from tests.factories import ChapterPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return gzip.decompress(content) if response.get("Content-Encoding") == "gzip" else content


def vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


@pytest.fixture(autouse=True)
def portal_settings(home):
    """Created up front: the first page view would create them, which counts as a change."""
    return PortalSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def topic(home):
    return TopicPageFactory(parent=home, title="Wohnen", slug="wohnen")


def test_a_rendered_and_a_cached_page_are_compressed_when_asked_for(client, topic):
    fresh = client.get(topic.url, **GZIP)
    assert fresh["X-Page-Cache"] == "miss"
    assert fresh["Content-Encoding"] == "gzip"
    assert "accept-encoding" in vary(fresh)
    cached = client.get(topic.url, **GZIP)
    assert cached["X-Page-Cache"] == "hit"
    assert cached["Content-Encoding"] == "gzip"
    assert "accept-encoding" in vary(cached)
    assert len(cached.content) < len(body(cached)) / 2
    assert body(fresh) == body(cached)
    assert b"<h1>Wohnen</h1>" in body(cached)


def test_no_compression_for_a_client_that_does_not_ask(client, topic):
    fresh = client.get(topic.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Content-Encoding" not in fresh
    cached = client.get(topic.url)
    assert cached["X-Page-Cache"] == "hit"
    assert "Content-Encoding" not in cached
    assert b"<h1>Wohnen</h1>" in cached.content
    assert "accept-encoding" in vary(cached)


def test_the_cache_serves_each_client_what_it_asked_for_in_either_order(client, topic):
    assert "Content-Encoding" not in client.get(topic.url)  # the plain copy stored
    compressed = client.get(topic.url, **GZIP)
    assert compressed["Content-Encoding"] == "gzip" and compressed["X-Page-Cache"] == "miss"  # a copy of its own
    assert "Content-Encoding" not in client.get(topic.url)
    assert client.get(topic.url, **GZIP)["X-Page-Cache"] == "hit"


def test_a_hit_is_not_compressed_again(client, topic, monkeypatch):
    """The compressed copy is stored as it was sent; a hit costs no compression."""
    client.get(topic.url, **GZIP)
    calls = []
    monkeypatch.setattr("django.middleware.gzip.compress_string", lambda *a, **k: calls.append(1) or b"")
    hit = client.get(topic.url, **GZIP)
    assert hit["X-Page-Cache"] == "hit" and hit["Content-Encoding"] == "gzip"
    assert b"<h1>Wohnen</h1>" in body(hit)
    assert calls == []


def test_a_page_with_a_form_is_compressed_too(client, concept):
    # Not cached (it carries a CSRF token); Django pads the gzip header at random against BREACH.
    chapter = ChapterPageFactory(parent=concept, title="Sprache", number=3)
    url = f"/de/beteiligung/kapitel/{chapter.pk}/kommentieren/"
    first, second = client.get(url, **GZIP), client.get(url, **GZIP)
    assert first["Content-Encoding"] == second["Content-Encoding"] == "gzip"
    assert b"csrfmiddlewaretoken" in body(first)
    assert first.get("X-Page-Cache") != "hit"
