"""The write path of bench/write.py (form page, POST, confirmation link) with few queries, and the
caches that make it cheap following every change that matters: window, publication, view
restriction, site."""

from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction, Site

from caching import page_cache
from concept.comments.mail import mail_identity
from concept.comments.models import ChapterComment
from home.organisations import base_url_for
from tests.comments.conftest import confirm, filled_form, form_url, last_confirmation_link, make_comment
from tests.conftest import rendered

pytestmark = pytest.mark.django_db


def warm(client, chapter):
    # Twice: the first request also runs what the fixtures left for the commit (a publication's bump).
    for _ in range(2):
        client.get(form_url(chapter))
    # The mails' sender name and signature (portal settings), and the default site's id (which
    # organisation the chapter's links belong to, issue 22), cached after the first mail.
    mail_identity()
    base_url_for(chapter)


def counted(call):
    with CaptureQueriesContext(connection) as queries:
        response = rendered(call())
    # Savepoints are the test's own transaction around the view's atomic blocks.
    return response, [query["sql"] for query in queries if "SAVEPOINT" not in query["sql"]]


@pytest.mark.usefixtures("page_cache_off")
def test_form_post_and_confirmation_queries(client, chapter):
    warm(client, chapter)  # the chapter, site and navigation caches

    response, queries = counted(lambda: client.get(form_url(chapter)))
    assert response.status_code == 200
    assert queries == []  # was 4: chapter, view restriction, concept, site

    data = filled_form(client, chapter)
    response, queries = counted(lambda: client.post(form_url(chapter), data))
    assert response.status_code == 200 and "bestätigen" in response.content.decode()
    # The duplicate check, three INSERTs and one UPDATE of the thread columns (was 15, with the
    # chapter lookups and every column of the three tables written twice), and the mail task's
    # two (in production the worker's: it reads the comment and stores its new token's hash) and
    # the row of the mail's personal link to "Meine Beiträge" (issue 19, also the worker's).
    assert len(queries) <= 8, queries

    link = last_confirmation_link()
    response, queries = counted(lambda: client.post(link))
    assert response.status_code == 200 and "bestätigt" in response.content.decode()
    # The locked comment, two UPDATEs (only the confirmation's columns) and the permalink's page
    # number (was 11: also the chapter, concept, restriction, site and a third UPDATE).
    assert len(queries) <= 4, queries


@pytest.mark.usefixtures("page_cache_off")
def test_reply_queries(client, chapter):
    parent = make_comment(chapter, "Kurse in Kappeln fehlen.")
    warm(client, chapter)

    response, queries = counted(lambda: client.get(form_url(chapter, antwort=parent.pk)))
    assert response.status_code == 200 and "Kurse in Kappeln fehlen." in response.content.decode()
    assert len(queries) == 1  # the comment replied to

    data = filled_form(client, chapter, query={"antwort": parent.pk}, reply_to=str(parent.pk))
    response, queries = counted(lambda: client.post(form_url(chapter), data))
    assert response.status_code == 200
    # Parent check, duplicate check, the thread lock, the inserts and comments-xtd's placement,
    # and the mail task's two and its personal link's row (the worker's in production).
    assert len(queries) <= 14, queries
    reply = ChapterComment.objects.get(parent_id=parent.pk, level=1)
    assert (reply.thread_id, reply.order) == (parent.pk, 2)
    assert ChapterComment.objects.get(pk=parent.pk).nested_count == 1


def test_a_pending_comment_invalidates_nothing_its_confirmation_does(client, chapter):
    tag = page_cache.page_tag(chapter.pk)
    before = page_cache.generations([tag, page_cache.PARTICIPATION])
    client.post(form_url(chapter), filled_form(client, chapter))
    assert ChapterComment.objects.get().is_public is False
    assert page_cache.generations([tag, page_cache.PARTICIPATION]) == before
    confirm(client)
    after = page_cache.generations([tag, page_cache.PARTICIPATION])
    assert after[tag] != before[tag] and after[page_cache.PARTICIPATION] != before[page_cache.PARTICIPATION]


def test_the_remembered_chapter_follows_its_window(client, chapter):
    assert client.get(form_url(chapter)).status_code == 200
    concept = chapter.concept
    concept.closes_at = timezone.now() - timedelta(minutes=1)
    concept.opens_at = concept.closes_at - timedelta(days=30)
    concept.save()  # even without a publication
    assert client.get(form_url(chapter)).status_code == 403


def test_the_remembered_chapter_follows_unpublishing(client, chapter):
    assert client.get(form_url(chapter)).status_code == 200
    chapter.unpublish()
    assert client.get(form_url(chapter)).status_code == 403


def test_the_remembered_chapter_follows_a_view_restriction(client, chapter):
    assert client.get(form_url(chapter)).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=chapter.concept, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert client.get(form_url(chapter)).status_code == 403
    restriction.delete()
    assert client.get(form_url(chapter)).status_code == 200


def test_a_confirmation_link_after_unpublishing_publishes_nothing(client, chapter):
    client.post(form_url(chapter), filled_form(client, chapter))
    client.get(form_url(chapter))
    chapter.unpublish()
    response = confirm(client)
    assert response.status_code == 410
    assert ChapterComment.objects.get().is_public is False


def test_the_remembered_site_follows_a_change_of_the_site(client, chapter):
    client.get(form_url(chapter))
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Umbenannt"
    site.save()
    assert client.get(form_url(chapter)).status_code == 200
    from home import navigation

    remembered = [entry[1] for entry in navigation._sites.values()]
    assert any(entry and entry.site_name == "Umbenannt" for entry in remembered)
