"""No e-mail address or IP anywhere public, no IP in any table; constant queries per chapter page."""

from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from caching import page_cache
from concept.comments import services
from concept.comments.models import ChapterComment
from tests.comments.conftest import confirm, filled_form, form_url, make_comment, tables_containing
from tests.conftest import rendered

pytestmark = pytest.mark.django_db

EMAIL = "vertraulich@example.com"


def test_no_email_or_ip_in_html_api_or_any_table(client, chapter):
    # The client's address as the server sees it (REMOTE_ADDR of the request, not a form field).
    data = filled_form(client, chapter, email=EMAIL, comment="Öffentlicher Text")
    assert client.post(form_url(chapter), data, REMOTE_ADDR="198.51.100.23").status_code == 200
    confirm(client)
    comment = ChapterComment.objects.get()
    client.post(f"/de/beteiligung/kommentar/{comment.pk}/melden/", {"reason": "Test"}, REMOTE_ADDR="198.51.100.23")

    public = [
        client.get(chapter.url),
        client.get(chapter.url.replace("/de/", "/en/", 1)),
        client.get(f"/api/comments/chapters/{chapter.pk}/"),
        client.get(f"/api/v2/pages/{chapter.pk}/"),
        client.get("/api/v2/pages/", {"type": "concept.ChapterPage", "fields": "*"}),
        client.get("/de/search/", {"q": "Öffentlicher"}),
    ]
    for response in public:
        assert EMAIL not in response.content.decode()
        assert "198.51.100.23" not in response.content.decode()

    assert tables_containing("198.51.100.23") == {"198.51.100.23": set()}


def closed_concept(chapter, closed_ago):
    concept = chapter.concept
    concept.closes_at = timezone.now() - closed_ago
    concept.opens_at = concept.closes_at - timedelta(days=30)
    concept.save_revision().publish()
    return concept


def test_an_address_is_kept_while_its_contribution_waits_for_a_response(chapter, settings):
    """Not concluded (a contribution without response): kept up to the maximum, not a day longer."""
    comment = make_comment(chapter, "Alt", user_email=EMAIL, followup=True)
    concept = closed_concept(chapter, timedelta(days=settings.COMMENTS_EMAIL_RETENTION_DAYS + 1))
    limit = services.add_months(concept.closes_at, settings.COMMENTS_EMAIL_MAX_MONTHS)
    assert services.purge(now=limit - timedelta(minutes=1)) == (0, 0)
    comment.refresh_from_db()
    assert comment.user_email == EMAIL and comment.followup

    assert services.purge(now=limit) == (0, 1)
    comment.refresh_from_db()
    assert comment.user_email == "" and comment.followup is False
    assert comment.comment == "Alt" and comment.is_public  # what the report needs stays


def test_an_address_is_erased_the_configured_days_after_the_last_response(chapter, settings, django_user_model):
    from concept.responses.services import respond

    settings.COMMENTS_EMAIL_RETENTION_DAYS = 10
    answered = make_comment(chapter, "Beantwortet", user_email=EMAIL, followup=True)
    hidden = make_comment(chapter, "Ausgeblendet", user_email="andere@example.com", hidden_at=timezone.now())
    closed_concept(chapter, timedelta(days=60))
    assert services.purge() == (0, 0)  # still waiting for its response (the hidden one needs none)

    respond(answered, outcome="noted", text="Danke.", user=None, base_url="", release=True)
    assert services.purge(now=timezone.now() + timedelta(days=9)) == (0, 0)
    assert services.purge(now=timezone.now() + timedelta(days=10, minutes=1)) == (0, 2)
    answered.refresh_from_db()
    hidden.refresh_from_db()
    assert answered.user_email == hidden.user_email == ""


def test_months_are_calendar_months():
    from datetime import datetime

    assert services.add_months(datetime(2026, 8, 31, 12), 24) == datetime(2028, 8, 31, 12)
    assert services.add_months(datetime(2026, 1, 31), 1) == datetime(2026, 2, 28)
    assert services.add_months(datetime(2026, 11, 15), 14) == datetime(2028, 1, 15)


def build_threads(chapter, count):
    """Threads to depth 3: every third comment starts a thread, the others answer the last one."""
    last = None
    for number in range(count):
        parent = last if number % 3 and last and last.level < 3 else None
        last = make_comment(chapter, f"Kommentar {number}", parent=parent)


def chapter_page_queries(client, chapter):
    for _ in range(2):  # warm caches that any page fills once (content types, site, navigation)
        client.get(chapter.url)
    with CaptureQueriesContext(connection) as queries:
        response = rendered(client.get(chapter.url))
    assert response.status_code == 200
    return len(queries)


@pytest.mark.usefixtures("page_cache_off")
def test_chapter_page_queries_do_not_grow_with_comments(client, chapter):
    build_threads(chapter, 10)
    at_10 = chapter_page_queries(client, chapter)
    build_threads(chapter, 190)
    assert ChapterComment.objects.count() == 200
    at_200 = chapter_page_queries(client, chapter)
    assert at_10 == at_200
    assert 0 < at_200 <= 12  # 0 would be a stored copy, not the page


def test_a_warm_chapter_page_is_a_cache_hit_without_queries(client, chapter):
    """The other half of the contract above: what an anonymous visitor usually gets."""
    build_threads(chapter, 10)
    for _ in range(2):  # the first view also creates the site's settings, which outdates what it stored
        client.get(chapter.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(chapter.url)
    assert response.status_code == 200
    assert response[page_cache.HEADER] == "hit"
    assert len(queries) == 0
    assert response.content.decode().count('<li class="comment') == 10
