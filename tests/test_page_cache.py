"""The page cache for anonymous visitors (caching/page_cache.py): what a visitor sees is
never older than the last publication, comment, moderation or response, under every
language prefix and every ?page=, and nothing personal is ever served to someone else."""

from datetime import timedelta

import pytest
import time_machine

from django.conf import settings
from django.contrib.auth.models import Group
from django.test import TestCase, override_settings
from django.utils import timezone

from wagtail.models import PageViewRestriction, Site

from concept.responses.models import Outcome
from home.models import PortalSettings
from tests.comments.conftest import confirm, make_comment, post_comment
from tests.conftest import CommittingClient
from tests.factories import ChapterPageFactory, ConceptPageFactory, TopicPageFactory

HIT = "hit"


@pytest.fixture(autouse=True)
def portal_settings(home):
    """Created up front: the first page view would create them, which counts as a change."""
    return PortalSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def visitor():
    return CommittingClient()


@pytest.fixture
def staff(django_user_model):
    def make(username, group):
        user = django_user_model.objects.create_user(username, email=f"{username}@kreis.example", password="x")
        user.groups.add(Group.objects.get(name=group))
        client = CommittingClient()
        client.force_login(user)
        return client

    return make


def urls_of(chapter):
    """The chapter as visitors reach it: German, English and Arabic prefix, and a second page."""
    german = chapter.url
    return [german, german.replace("/de/", "/en/", 1), german.replace("/de/", "/ar/", 1), f"{german}?page=2"]


def warm(client, url):
    """Two GETs: the first renders and stores, the second must come from the cache."""
    client.get(url)
    response = client.get(url)
    assert response.status_code == 200
    assert response.get("X-Page-Cache") == HIT, url
    return response


def html(response):
    return response.content.decode()


def test_a_chapter_is_rendered_once_and_then_served_from_the_cache(visitor, chapter, django_assert_num_queries):
    first = visitor.get(chapter.url)
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = visitor.get(chapter.url)
    assert second["X-Page-Cache"] == HIT
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # The security headers are added on the way out, also to a page from the cache.
    assert "Content-Security-Policy" in second


def test_a_publication_shows_at_once_under_every_prefix_and_page(visitor, chapter, django_capture_on_commit_callbacks):
    for url in urls_of(chapter):
        warm(visitor, url)
    chapter.title = "Sprache und Bildung"
    with django_capture_on_commit_callbacks(execute=True):
        chapter.save_revision().publish()
    for url in urls_of(chapter):
        response = visitor.get(url)
        assert response.get("X-Page-Cache") != HIT, url
        assert "Sprache und Bildung" in html(response), url


def test_a_new_comment_shows_on_every_cached_copy_once_it_is_confirmed(client, visitor, chapter, concept):
    for url in [*urls_of(chapter), concept.url]:
        warm(visitor, url)
    post_comment(client, chapter, comment="Mehr Sprachkurse am Abend.")
    for url in urls_of(chapter)[:3]:
        assert "Mehr Sprachkurse am Abend." not in html(visitor.get(url)), "shown before its confirmation"
    confirm(client)
    for url in urls_of(chapter)[:3]:
        assert "Mehr Sprachkurse am Abend." in html(visitor.get(url)), url
    # ?page=2 and the concept page (comment counts) were rendered anew too.
    assert visitor.get(urls_of(chapter)[3]).get("X-Page-Cache") != HIT
    assert visitor.get(concept.url).get("X-Page-Cache") != HIT


def test_hiding_a_comment_removes_its_text_from_every_cached_copy(visitor, staff, chapter):
    comment = make_comment(chapter, "Ein Beitrag, der ausgeblendet wird.")
    for url in urls_of(chapter)[:3]:
        assert "Ein Beitrag, der ausgeblendet wird." in html(warm(visitor, url))
    response = staff("moderatorin", "Moderation").post(
        f"/admin/kommentare/{comment.pk}/ausblenden/", {"reason": "Beleidigung"}
    )
    assert response.status_code == 302
    for url in urls_of(chapter)[:3]:
        page = html(visitor.get(url))
        assert "Ein Beitrag, der ausgeblendet wird." not in page, url
        assert "Beleidigung" in page


def test_an_official_response_shows_at_once(visitor, staff, chapter):
    comment = make_comment(chapter, "Bitte mehr Kitaplätze.")
    for url in urls_of(chapter)[:3]:
        warm(visitor, url)
    response = staff("amtsleiterin", "Amtsleitung").post(
        f"/admin/stellungnahmen/beitrag/{comment.pk}/",
        {
            "outcome": Outcome.CONSIDERED,
            "text": "Wir bauen zwei neue Kitas.",
            "version": "",
            "block": "",
            "freigeben": "",
        },
    )
    assert response.status_code == 302
    for url in urls_of(chapter)[:3]:
        assert "Wir bauen zwei neue Kitas." in html(visitor.get(url)), url


def test_logged_in_editors_never_get_or_leave_a_cached_page(visitor, staff, chapter):
    warm(visitor, chapter.url)
    editor = staff("amtsleiterin", "Amtsleitung")
    for _ in range(2):
        own = editor.get(chapter.url)
        assert "X-Page-Cache" not in own
        assert "wagtail-userbar" in html(own)
    anonymous = visitor.get(chapter.url)
    assert anonymous["X-Page-Cache"] == HIT
    assert "wagtail-userbar" not in html(anonymous)


def test_pages_with_a_form_and_csrf_token_are_never_stored(visitor, chapter):
    form_url = f"/de/beteiligung/kapitel/{chapter.pk}/kommentieren/"
    for _ in range(2):
        response = visitor.get(form_url)
        assert response.status_code == 200 and "csrfmiddlewaretoken" in html(response)
        assert "X-Page-Cache" not in response
    assert "csrfmiddlewaretoken" not in html(warm(visitor, chapter.url))


def test_form_errors_and_personal_data_never_reach_another_visitor(client, visitor, chapter):
    warm(visitor, chapter.url)
    failed = post_comment(client, chapter, name="Amira K.", email="amira@example.com", consent=None)
    assert failed.status_code == 400 and "X-Page-Cache" not in failed
    page = html(visitor.get(chapter.url))
    assert "amira@example.com" not in page and "Amira K." not in page


def test_a_visitor_with_a_message_gets_a_fresh_page(visitor, chapter):
    warm(visitor, chapter.url)
    visitor.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in visitor.get(chapter.url)


def test_odd_values_of_a_declared_parameter_are_not_stored(visitor, chapter):
    for query in ("?page=abc", "?page=99999", "?page=2&page=3"):
        visitor.get(chapter.url + query)
        assert "X-Page-Cache" not in visitor.get(chapter.url + query), query


@pytest.mark.parametrize("query", ["?utm_source=zeitung", "?x=1&y=2", "?fbclid=abc&page=2"])
def test_parameters_the_page_does_not_read_are_answered_from_the_cache(
    visitor, chapter, query, django_assert_num_queries
):
    """A random cache-buster is no way around the cache: the page stored without it answers."""
    canonical = chapter.url + ("?page=2" if "page=2" in query else "")
    stored = warm(visitor, canonical)
    with django_assert_num_queries(0):
        response = visitor.get(chapter.url + query)
    assert response["X-Page-Cache"] == HIT
    assert response.content == stored.content


@pytest.mark.parametrize("which", ["start page", "chapter"])
def test_a_parameter_the_page_does_not_read_never_reaches_the_links_of_the_copy_stored_for_others(
    visitor, chapter, which
):
    url = "/de/" if which == "start page" else chapter.url
    # Stored for the address without it, a link with the first visitor's query would go to everyone.
    first = visitor.get(f"{url}?utm_source=fremde-seite")
    assert first["X-Page-Cache"] == "miss"
    response = visitor.get(url)
    assert response["X-Page-Cache"] == HIT
    assert "fremde-seite" not in html(response)


def test_a_cache_buster_on_a_cold_page_renders_once(visitor, chapter):
    assert visitor.get(f"{chapter.url}?x=1")["X-Page-Cache"] == "miss"  # stored for the plain address
    assert visitor.get(f"{chapter.url}?x=2")["X-Page-Cache"] == HIT
    assert visitor.get(chapter.url)["X-Page-Cache"] == HIT


def test_a_parameter_the_page_reads_is_never_answered_from_the_page_without_it(visitor, home):
    note = "Die gewünschte Seite gibt es noch nicht in Ihrer Sprache."
    assert note not in html(warm(visitor, "/de/"))
    for query in ("?ohne-uebersetzung=1", "?ohne-uebersetzung=1&x=2"):
        response = visitor.get(f"/de/{query}")
        assert note in html(response), query
        assert response.get("X-Page-Cache") != HIT


def test_head_is_answered_from_the_cache_with_the_headers_of_the_get(visitor, chapter, django_assert_num_queries):
    stored = warm(visitor, chapter.url)
    with django_assert_num_queries(0):
        response = visitor.head(chapter.url)
    assert response.status_code == 200 and response["X-Page-Cache"] == HIT
    assert response.content == b""
    assert response["Content-Length"] == str(len(stored.content))
    assert response["Content-Type"] == stored["Content-Type"]


def test_head_is_never_stored_and_editors_head_is_never_served(visitor, staff, chapter):
    visitor.head(chapter.url)
    assert visitor.get(chapter.url)["X-Page-Cache"] == "miss"  # the HEAD stored nothing
    editor = staff("amtsleiterin", "Amtsleitung")
    assert "X-Page-Cache" not in editor.head(chapter.url)


def test_a_page_behind_a_password_is_never_cached(visitor, chapter):
    PageViewRestriction.objects.create(page=chapter, restriction_type="password", password="geheim")
    for _ in range(2):
        response = visitor.get(chapter.url)
        assert "X-Page-Cache" not in response
        assert "Viele Ehrenamtliche" not in html(response)


def test_a_cached_concept_page_follows_its_window_opening(visitor, home):
    opens = timezone.now() + timedelta(minutes=3)
    concept = ConceptPageFactory(parent=home, slug="zukunft", opens_at=opens, closes_at=opens + timedelta(days=7))
    ChapterPageFactory(parent=concept, slug="eins")
    assert "Die Beteiligung beginnt am" in html(warm(visitor, concept.url))
    with time_machine.travel(opens + timedelta(seconds=1)):
        assert "Die Beteiligung läuft" in html(visitor.get(concept.url))


@override_settings(PAGE_CACHE_SECONDS=0)
def test_page_cache_can_be_switched_off(visitor, chapter):
    visitor.get(chapter.url)
    assert "X-Page-Cache" not in visitor.get(chapter.url)


FRONTEND_CACHE = {"proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://cdn"}}


@override_settings(WAGTAILFRONTENDCACHE=FRONTEND_CACHE)
def test_a_configured_cdn_is_told_to_forget_the_chapter_in_every_language(chapter, concept, monkeypatch):
    purged = []
    monkeypatch.setattr("wagtail.contrib.frontend_cache.utils.purge_urls_from_cache", purged.extend)
    with TestCase.captureOnCommitCallbacks(execute=True):
        make_comment(chapter, "Ein neuer Beitrag.")
    languages = [code for code, _name in settings.LANGUAGES]
    for page in (chapter, concept):
        expected = {page.full_url.replace("/de/", f"/{code}/", 1) for code in languages}
        assert expected <= set(purged), page


def test_the_sitemap_is_cached_until_the_next_publication(visitor, home, django_capture_on_commit_callbacks):
    assert "/de/neu/" not in warm(visitor, "/sitemap.xml").content.decode()
    page = TopicPageFactory(parent=home, slug="neu", title="Neu", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = visitor.get("/sitemap.xml")
    assert response.get("X-Page-Cache") != HIT
    assert "/de/neu/" in response.content.decode()
