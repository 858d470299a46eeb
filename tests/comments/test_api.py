"""The comments API: threaded and paginated, same rules as the form, session auth with CSRF only."""

import base64

import pytest

from django.core import mail

from concept.comments.models import ChapterComment
from tests.comments.conftest import confirm, make_comment
from tests.conftest import CommittingClient as Client

pytestmark = pytest.mark.django_db

BODY = {"name": "Leyla", "email": "leyla@example.com", "comment": "Mehr Kurse am Abend.", "consent": True}


def api_url(chapter):
    return f"/api/comments/chapters/{chapter.pk}/"


def test_chapter_detail_carries_participation(client, chapter):
    make_comment(chapter, "Eins")
    data = client.get(f"/api/v2/pages/{chapter.pk}/").json()["participation"]
    assert data["is_open"] is True
    assert data["comment_count"] == 1
    assert data["comments_url"] == api_url(chapter)
    assert data["opens_at"] and data["closes_at"]


def test_lists_threads_nested_without_personal_data(client, chapter, settings):
    settings.COMMENTS_THREADS_PER_PAGE = 2
    root = make_comment(chapter, "Wurzel", user_email="geheim@example.com")
    make_comment(chapter, "Antwort", parent=root)
    make_comment(chapter, "Zweiter Thread")
    make_comment(chapter, "Dritter Thread")
    make_comment(chapter, "Unbestätigt", confirmed_at=None, is_public=False)
    first = client.get(api_url(chapter)).json()
    assert first["count"] == 3 and first["num_pages"] == 2
    assert [item["text"] for item in first["results"]] == ["Wurzel", "Zweiter Thread"]
    assert first["results"][0]["replies"][0]["text"] == "Antwort"
    second = client.get(api_url(chapter), {"page": 2}).json()
    assert [item["text"] for item in second["results"]] == ["Dritter Thread"]
    raw = client.get(api_url(chapter)).content.decode()
    assert "geheim@example.com" not in raw and "ip_address" not in raw and "email" not in raw


def test_post_follows_the_form_rules_and_needs_csrf(chapter):
    csrf_client = Client(enforce_csrf_checks=True)
    refused = csrf_client.post(api_url(chapter), BODY, content_type="application/json")
    assert refused.status_code == 403
    assert not ChapterComment.objects.exists()

    csrf_client.get(f"/de/beteiligung/kapitel/{chapter.pk}/kommentieren/")  # sets the CSRF cookie
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post(api_url(chapter), BODY, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "pending"
    comment = ChapterComment.objects.get()
    assert comment.confirmed_at is None and comment.ip_address is None
    assert len(mail.outbox) == 1


def test_post_errors_come_back_per_field(client, chapter):
    response = client.post(api_url(chapter), {**BODY, "consent": False, "email": "x"}, content_type="application/json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"consent", "email"}
    assert not ChapterComment.objects.exists()


def test_post_on_a_closed_window_is_403(client, chapter):
    from django.utils import timezone

    concept = chapter.concept
    concept.closes_at = timezone.now()
    concept.save_revision().publish()
    response = client.post(api_url(chapter), BODY, content_type="application/json")
    assert response.status_code == 403
    assert "beendet" in response.json()["detail"]


def test_http_basic_is_never_accepted(chapter, django_user_model):
    django_user_model.objects.create_superuser("admin", "admin@example.org", "geheim")
    credentials = base64.b64encode(b"admin:geheim").decode()
    response = Client(enforce_csrf_checks=True).post(
        api_url(chapter), BODY, content_type="application/json", HTTP_AUTHORIZATION=f"Basic {credentials}"
    )
    assert response.status_code == 403
    assert not ChapterComment.objects.exists()


def test_confirmation_of_an_api_comment(client, chapter):
    client.post(api_url(chapter), BODY, content_type="application/json")
    confirm(client)
    assert client.get(api_url(chapter)).json()["results"][0]["text"] == "Mehr Kurse am Abend."


def test_unpublished_chapter_is_404(client, chapter):
    chapter.unpublish()
    assert client.get(api_url(chapter)).status_code == 404


def test_openapi_schema_documents_only_our_endpoints(client, home):
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert list(paths) == ["/api/comments/chapters/{chapter_id}/"]
    assert set(paths["/api/comments/chapters/{chapter_id}/"]) == {"get", "post"}
