"""The chapter page in parts (issue 21): after a new comment the page is rendered again, but its
body and its list of versions come from the cache. What a visitor or an editor reads must still be
current: a confirmed comment shows, a hidden one does not, a released response shows, a
publication changes the body, in every language, and nothing stale for logged-in editors."""

import pytest

from django.test import TestCase
from django.utils import timezone

from concept.comments import chapter_parts
from concept.responses.models import OfficialResponse, Outcome
from tests.comments.conftest import make_comment
from tests.conftest import rendered

pytestmark = pytest.mark.django_db


def committed(action, *args, **kwargs):
    """``action`` as if its transaction committed (the cache tags are bumped on commit)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return action(*args, **kwargs)


def paragraph_id(chapter):
    return next(block.id for block in chapter.body if block.block_type == "paragraph")


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return rendered(response).content.decode()


@pytest.fixture
def stats(client, home):
    """part_stats counted from zero for this test, after a first request made what a site has from
    its start (the portal settings: their creation is a change to the whole site)."""
    client.get("/de/")
    for counter in chapter_parts.part_stats.values():
        counter.clear()
    return chapter_parts.part_stats


def publish_body(chapter, text):
    chapter.refresh_from_db()
    body = list(chapter.body.raw_data)
    for block in body:
        if block["type"] == "paragraph":
            block["value"] = f"<p>{text}</p>"
    chapter.body = body
    committed(lambda: chapter.save_revision().publish())


def test_a_new_comment_shows_while_the_body_comes_from_the_cache(client, chapter, stats):
    first = get(client, chapter.url)
    assert "Viele Ehrenamtliche engagieren sich." in first
    assert "1 Kommentar" not in first
    assert stats["rendered"]["body"] == 1 and stats["hit"]["body"] == 0

    committed(make_comment, chapter, "Mehr Sprachkurse am Abend, bitte.", paragraph_id=paragraph_id(chapter))
    page = get(client, chapter.url)

    # Rendered again (not the stored page), body from the parts cache, not rendered again.
    assert stats["rendered"]["body"] == 1 and stats["hit"]["body"] == 1
    assert "Mehr Sprachkurse am Abend, bitte." in page
    assert "Viele Ehrenamtliche engagieren sich." in page
    # The link under the paragraph counts the new comment and leads to it, filled in per render.
    assert f'<a class="comment-link__count" href="{chapter.url}#c-' in page
    assert "1 Kommentar<span" in page
    assert f'href="/de/beteiligung/kapitel/{chapter.pk}/kommentieren/?absatz={paragraph_id(chapter)}"' in page
    assert "<!--comment-link:" not in page


def test_a_hidden_comment_disappears_and_its_count_with_it(client, chapter, stats):
    comment = committed(make_comment, chapter, "Ein Satz, der ausgeblendet wird.", paragraph_id=paragraph_id(chapter))
    page = get(client, chapter.url)
    assert "Ein Satz, der ausgeblendet wird." in page and "1 Kommentar<span" in page

    comment.hidden_at, comment.hidden_reason = timezone.now(), "Beleidigend"
    committed(comment.save, update_fields=["hidden_at", "hidden_reason"])
    page = get(client, chapter.url)

    assert stats["hit"]["body"] == 1
    assert "Ein Satz, der ausgeblendet wird." not in page
    assert "Ausgeblendeter Kommentar" in page
    assert "1 Kommentar<span" not in page  # hidden comments are not counted under the paragraph


def test_a_released_response_shows(client, chapter, stats):
    comment = committed(make_comment, chapter, "Warum keine Abendkurse?")
    response = committed(
        OfficialResponse.objects.create, comment=comment, outcome=Outcome.CONSIDERED, text="Wir prüfen Abendkurse."
    )
    assert "Wir prüfen Abendkurse." not in get(client, chapter.url)  # a draft

    response.released_at = timezone.now()
    committed(response.save)
    page = get(client, chapter.url)
    assert "Wir prüfen Abendkurse." in page
    assert stats["hit"]["body"] == 1


def test_a_publication_changes_the_body_and_the_versions(client, chapter, stats):
    committed(lambda: chapter.save_revision().publish())
    first = get(client, chapter.url)
    assert "Viele Ehrenamtliche engagieren sich." in first

    publish_body(chapter, "Neuer Absatz nach der Beteiligung.")
    page = get(client, chapter.url)

    assert "Neuer Absatz nach der Beteiligung." in page
    assert "Viele Ehrenamtliche engagieren sich." not in page
    assert page.count('class="version-list"') == 1 and page.count("Fassung vom") == 2
    assert stats["rendered"]["body"] == 2 and stats["rendered"]["versions"] == 2


def test_each_language_its_own_body_and_labels(client, chapter, stats):
    committed(make_comment, chapter, "Ein Kommentar zum Absatz.", paragraph_id=paragraph_id(chapter))
    german = get(client, chapter.url)
    arabic = get(client, chapter.url.replace("/de/", "/ar/", 1))
    assert stats["rendered"]["body"] == 2  # one per language

    committed(make_comment, chapter, "Noch einer.", paragraph_id=paragraph_id(chapter))
    german = get(client, chapter.url)
    arabic = get(client, chapter.url.replace("/de/", "/ar/", 1))
    assert stats["hit"]["body"] == 2 and stats["rendered"]["body"] == 2

    assert "2 Kommentare<span" in german and "Kommentieren<span" in german
    # Arabic labels and direction on the links, the German body marked as German.
    assert "2 تعليقان" in arabic or "تعليق" in arabic
    assert '<p class="comment-link" lang="ar" dir="rtl">' in arabic
    assert '<div class="chapter__body" lang="de" dir="ltr">' in arabic
    assert "Kommentieren<span" not in arabic
    assert '<div class="chapter__body">' in german


def test_editors_see_nothing_stale(client, chapter, django_user_model, stats):
    committed(lambda: chapter.save_revision().publish())
    editor = django_user_model.objects.create_superuser("chefin", "chefin@example.org", "x")
    client.force_login(editor)
    assert "Viele Ehrenamtliche engagieren sich." in get(client, chapter.url)

    committed(make_comment, chapter, "Ein Kommentar, den die Redaktion sofort sieht.")
    assert "Ein Kommentar, den die Redaktion sofort sieht." in get(client, chapter.url)

    publish_body(chapter, "Die neue Fassung des Absatzes.")
    page = get(client, chapter.url)
    assert "Die neue Fassung des Absatzes." in page and "Viele Ehrenamtliche" not in page


def test_a_preview_is_never_stored(client, chapter, django_user_model, stats):
    committed(lambda: chapter.save_revision().publish())
    editor = django_user_model.objects.create_superuser("chefin", "chefin@example.org", "x")
    client.force_login(editor)
    chapter.refresh_from_db()
    body = list(chapter.body.raw_data)
    next(block for block in body if block["type"] == "paragraph")["value"] = "<p>Nur ein Entwurf.</p>"
    chapter.body = body
    chapter.save_revision()

    assert "Nur ein Entwurf." in client.get(f"/admin/pages/{chapter.pk}/view_draft/").content.decode()
    assert stats["rendered"]["body"] == 0 and stats["hit"]["body"] == 0
    client.logout()
    page = get(client, chapter.url)
    assert "Nur ein Entwurf." not in page and "Viele Ehrenamtliche engagieren sich." in page


def test_switched_off_renders_everything(client, chapter, settings, stats):
    settings.CHAPTER_PARTS_CACHE = False
    committed(make_comment, chapter, "Ein Kommentar zum Absatz.", paragraph_id=paragraph_id(chapter))
    page = get(client, chapter.url)
    assert "1 Kommentar<span" in page and "Kommentieren<span" in page
    assert stats["rendered"]["body"] == 0 and stats["hit"]["body"] == 0


def test_an_editor_sees_a_changed_row_at_once(client, chapter, django_user_model, stats):
    """A change to the chapter's row without a publication (a data fix, a migration) bumps no
    generation; the stored body is keyed by what it shows, so an editor (never served from the
    page cache) reads the new text at once."""
    editor = django_user_model.objects.create_superuser("chefin", "chefin@example.org", "x")
    client.force_login(editor)
    assert "Viele Ehrenamtliche engagieren sich." in get(client, chapter.url)

    body = list(chapter.body.raw_data)
    next(block for block in body if block["type"] == "paragraph")["value"] = "<p>Korrigierter Absatz.</p>"
    chapter.body = body
    chapter.save()
    page = get(client, chapter.url)
    assert "Korrigierter Absatz." in page and "Viele Ehrenamtliche" not in page
    assert stats["rendered"]["body"] == 2


def test_a_reply_renders_only_its_own_thread(client, chapter, stats):
    first = committed(make_comment, chapter, "Erster Faden.")
    second = committed(make_comment, chapter, "Zweiter Faden.")
    page = get(client, chapter.url)
    assert stats["rendered"]["threads"] == 2

    committed(make_comment, chapter, "Antwort im zweiten Faden.", parent=second)
    page = get(client, chapter.url)
    assert "Antwort im zweiten Faden." in page and "Erster Faden." in page
    assert page.index("Erster Faden.") < page.index("Zweiter Faden.") < page.index("Antwort im zweiten Faden.")
    assert stats["rendered"]["threads"] == 3 and stats["hit"]["threads"] == 1  # the first thread from the cache

    # A reply to the first thread, hidden at once: the thread shows the placeholder, not the text.
    reply = committed(make_comment, chapter, "Gleich wieder ausgeblendet.", parent=first)
    assert "Gleich wieder ausgeblendet." in get(client, chapter.url)
    reply.hidden_at, reply.hidden_reason = timezone.now(), "Werbung"
    committed(reply.save, update_fields=["hidden_at", "hidden_reason"])
    page = get(client, chapter.url)
    assert "Gleich wieder ausgeblendet." not in page and "Werbung" in page
    # In Arabic the same threads are rendered once more, with Arabic labels.
    arabic = get(client, chapter.url.replace("/de/", "/ar/", 1))
    assert "Antwort im zweiten Faden." in arabic and "Antworten<" not in arabic


def test_a_new_support_shows_on_the_cached_thread(client, chapter, stats):
    comment = committed(make_comment, chapter, "Bitte mehr Abendkurse.")
    assert "3 Zustimmungen" not in get(client, chapter.url)

    comment.support_count = 3
    committed(comment.save, update_fields=["support_count"])
    assert "3 Zustimmungen" in get(client, chapter.url)
    assert stats["rendered"]["threads"] == 2  # the thread rendered again, not taken from the cache
