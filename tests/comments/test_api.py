"""The comments API: everything the chapter page shows of its comments, and posting through the API
alone (a form token, no cookie), with every refusal of the form, in JSON."""

import base64
import html
from datetime import timedelta

import pytest
import time_machine

from django.core import mail
from django.utils import timezone

from concept.comments.models import ChapterComment
from tests.comments.conftest import api_post, api_token, confirm, make_comment, post_comment
from tests.conftest import CommittingClient as Client

pytestmark = pytest.mark.django_db

BODY = {"name": "Leyla", "email": "leyla@example.com", "comment": "Mehr Kurse am Abend.", "consent": True}


def api_url(chapter):
    return f"/api/comments/chapters/{chapter.pk}/"


def test_chapter_detail_carries_participation_with_absolute_urls(client, chapter):
    make_comment(chapter, "Eins")
    data = client.get(f"/api/v2/pages/{chapter.pk}/").json()["participation"]
    assert data["is_open"] is True
    assert data["comment_count"] == 1
    assert data["comments_url"] == f"http://127.0.0.1:8000{api_url(chapter)}"
    assert data["comment_token_url"] == f"http://127.0.0.1:8000/api/comments/token/?chapter={chapter.pk}"
    assert data["opens_at"] and data["closes_at"]


def test_lists_threads_nested_without_personal_data(client, chapter, settings):
    settings.COMMENTS_THREADS_PER_PAGE = 2
    root = make_comment(chapter, "Wurzel", user_email="geheim@example.com")
    make_comment(chapter, "Antwort", parent=root)
    make_comment(chapter, "Zweiter Thread")
    make_comment(chapter, "Dritter Thread")
    make_comment(chapter, "Unbestätigt", confirmed_at=None, is_public=False)
    first = client.get(api_url(chapter)).json()
    assert first["count"] == 3 and first["num_pages"] == 2 and first["comment_count"] == 4
    assert [item["text"] for item in first["results"]] == ["Wurzel", "Zweiter Thread"]
    assert first["results"][0]["replies"][0]["text"] == "Antwort"
    assert first["results"][0]["url"] == f"http://127.0.0.1:8000/de/beteiligung/kommentar/{root.pk}/"
    second = client.get(api_url(chapter), {"page": 2}).json()
    assert [item["text"] for item in second["results"]] == ["Dritter Thread"]
    raw = client.get(api_url(chapter)).content.decode()
    assert "geheim@example.com" not in raw and "ip_address" not in raw and "email" not in raw


@pytest.mark.parametrize("page", ["null", "0", "-1", "abc", "1.5", "99999999999", ""])
def test_a_page_that_is_no_whole_number_is_refused_in_json(client, chapter, page):
    response = client.get(api_url(chapter), {"page": page})
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_page"


def test_unknown_parameters_and_pages_beyond_the_last(client, chapter):
    assert client.get(api_url(chapter), {"pgae": 2}).json()["code"] == "unknown_parameter"
    english = client.get(api_url(chapter), {"page": "x"}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert english["detail"] == "The page number must be a whole number from 1."
    beyond = client.get(api_url(chapter), {"page": 2})
    assert beyond.status_code == 404 and beyond["Content-Type"] == "application/json"


@pytest.mark.parametrize("path", ["/api/comments/chapters/99999999999/", "/api/comments/chapters/abc/", "/api/x/"])
def test_paths_beyond_the_api_answer_json_404(client, home, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


# -- posting through the API alone ---------------------------------------------------------


def test_token_is_never_stored_and_names_where_to_post(client, chapter):
    response = client.get("/api/comments/token/", {"chapter": chapter.pk})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    data = response.json()
    assert data["post_url"] == f"http://127.0.0.1:8000{api_url(chapter)}"
    assert data["max_age"] == 7200
    assert "Set-Cookie" not in str(response.headers) and not response.cookies


def test_anonymous_posting_needs_no_cookie_and_no_csrf(chapter):
    fresh = Client(enforce_csrf_checks=True)
    response = api_post(fresh, chapter, BODY)
    assert response.status_code == 201, response.content
    assert response.json() == {"status": "pending"}
    assert not fresh.cookies
    comment = ChapterComment.objects.get()
    assert comment.confirmed_at is None and comment.ip_address is None
    assert len(mail.outbox) == 1
    confirm(Client())  # the link from the mail, opened in a browser
    assert fresh.get(api_url(chapter)).json()["results"][0]["text"] == "Mehr Kurse am Abend."


def test_posting_without_a_token_is_refused(client, chapter):
    response = client.post(api_url(chapter), BODY, content_type="application/json")
    assert response.status_code == 400
    assert "token" in response.json()["errors"]
    assert not ChapterComment.objects.exists()


def test_a_token_for_another_chapter_or_altered_is_refused(client, chapter, concept):
    from tests.factories import ChapterPageFactory

    other = ChapterPageFactory(parent=concept, number=4)
    for token in (api_token(client, other), api_token(client, chapter) + "x"):
        response = client.post(api_url(chapter), {**BODY, "token": token}, content_type="application/json")
        assert response.status_code == 400
        assert "verändert" in response.json()["errors"]["token"][0]
    assert not ChapterComment.objects.exists()


def test_a_token_keeps_the_forms_age_rule(client, chapter):
    token = api_token(client, chapter)
    with time_machine.travel(timezone.now() + timedelta(hours=1, minutes=59)):
        assert (
            client.post(api_url(chapter), {**BODY, "token": token}, content_type="application/json").status_code == 201
        )
    with time_machine.travel(timezone.now() + timedelta(hours=2, minutes=1)):
        late = client.post(api_url(chapter), {**BODY, "token": token}, content_type="application/json")
    assert late.status_code == 400
    assert "abgelaufen" in late.json()["errors"]["token"][0]


# Every refusal of the form, through the API alone: the same message, in JSON, per field.
REFUSALS = [
    ("name", {"name": ""}, "Bitte geben Sie einen Namen oder ein Pseudonym an."),
    ("email", {"email": ""}, "Bitte geben Sie Ihre E-Mail-Adresse an."),
    ("email", {"email": "kein-at"}, "Bitte geben Sie eine gültige E-Mail-Adresse an."),
    ("email", {"email": "x@wegwerf.example"}, "Mit dieser E-Mail-Adresse sind keine Kommentare möglich."),
    ("comment", {"comment": "   "}, "Bitte schreiben Sie einen Kommentar."),
    ("comment", {"comment": "Kaufen Sie jetzt!"}, "Ihr Kommentar enthält einen Begriff, der hier nicht erlaubt ist."),
    ("comment", {"comment": "x" * 5001}, "Ihr Kommentar ist zu lang: höchstens 5000 Zeichen"),
    ("consent", {"consent": False}, "Bitte stimmen Sie der Datenschutzerklärung zu."),
    ("paragraph", {"paragraph": "gibt-es-nicht"}, "Diesen Abschnitt gibt es in diesem Kapitel nicht."),
    ("reply_to", {"reply_to": 987654}, "Der Kommentar, auf den Sie antworten möchten, gibt es hier nicht."),
    ("honeypot", {"honeypot": "spam"}, "Bitte lassen Sie dieses Feld leer."),
]


@pytest.mark.parametrize(("field", "change", "message"), REFUSALS, ids=[f"{r[0]}-{n}" for n, r in enumerate(REFUSALS)])
def test_every_refusal_of_the_form_comes_back_the_same_in_json(client, chapter, settings, field, change, message):
    settings.COMMENTS_BLOCKLIST = ["@wegwerf.example", "kaufen sie jetzt"]
    form_change = {key: ("on" if value is True else "" if value is False else value) for key, value in change.items()}
    form_answer = post_comment(
        client, chapter, **({"consent": None} if change.get("consent") is False else form_change)
    )
    assert form_answer.status_code == 400
    assert message in html.unescape(form_answer.content.decode())

    response = api_post(client, chapter, {**BODY, **change})
    assert response.status_code == 400, response.content
    data = response.json()
    assert data["code"] == "invalid"
    assert any(message in text for text in data["errors"][field])
    assert not ChapterComment.objects.exists()


def test_replies_to_hidden_or_too_deep_comments_are_refused_as_by_the_form(client, chapter):
    hidden = make_comment(chapter, "weg", hidden_at=timezone.now(), hidden_reason="Beleidigung")
    deep = make_comment(chapter, "tief", level=3)
    for parent, message in ((hidden, "ausgeblendeten"), (deep, "nicht weiter")):
        response = api_post(client, chapter, {**BODY, "reply_to": parent.pk})
        assert response.status_code == 400
        assert message in response.json()["errors"]["reply_to"][0]


def test_messages_follow_accept_language(client, chapter):
    response = api_post(client, chapter, {**BODY, "consent": False}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.json()["errors"]["consent"] == ["Please agree to the privacy policy."]


@pytest.mark.parametrize(("moment", "code"), [("closes_at", "closed"), ("opens_at", "before")])
def test_a_window_not_open_is_403_with_its_code(client, chapter, moment, code):
    token = api_token(client, chapter)
    concept = chapter.concept
    if moment == "closes_at":
        concept.closes_at = timezone.now()
    else:
        concept.opens_at = timezone.now() + timedelta(days=3)
        concept.closes_at = timezone.now() + timedelta(days=9)
    concept.save_revision().publish()
    response = client.post(api_url(chapter), {**BODY, "token": token}, content_type="application/json")
    assert response.status_code == 403
    assert response.json()["code"] == code
    refused_token = client.get("/api/comments/token/", {"chapter": chapter.pk})
    assert refused_token.status_code == 403 and refused_token.json()["code"] == code
    assert not ChapterComment.objects.exists()


def test_rate_limits_answer_429_with_retry_after(client, chapter, settings):
    settings.COMMENTS_RATE_PER_EMAIL = 1
    assert api_post(client, chapter, BODY).status_code == 201
    response = api_post(client, chapter, {**BODY, "comment": "Noch einer."})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response.json()["code"] == "rate_limited"


def test_a_chapter_the_public_may_not_see_is_404(client, chapter):
    token = api_token(client, chapter)
    chapter.unpublish()
    assert client.get(api_url(chapter)).status_code == 404
    assert client.post(api_url(chapter), {**BODY, "token": token}, content_type="application/json").status_code == 404
    assert client.get("/api/comments/token/", {"chapter": chapter.pk}).status_code == 404


def test_logged_in_writes_keep_csrf(chapter, django_user_model):
    user = django_user_model.objects.create_user("redakteurin", "r@example.org", "geheim", first_name="Rita")
    editor = Client(enforce_csrf_checks=True)
    editor.force_login(user)
    refused = api_post(editor, chapter, {"comment": "Ohne CSRF"})
    assert refused.status_code == 403
    editor.get(f"/de/beteiligung/kapitel/{chapter.pk}/kommentieren/")  # sets the CSRF cookie
    csrf = editor.cookies["csrftoken"].value
    accepted = api_post(editor, chapter, {"comment": "Mit CSRF"}, HTTP_X_CSRFTOKEN=csrf)
    assert accepted.status_code == 201, accepted.content
    assert accepted.json()["status"] == "published"
    again = api_post(editor, chapter, {"comment": "Mit CSRF"}, HTTP_X_CSRFTOKEN=csrf)
    assert again.status_code == 400
    assert "bereits abgeschickt" in again.json()["errors"]["non_field_errors"][0]


def test_http_basic_is_never_accepted(chapter, django_user_model):
    django_user_model.objects.create_superuser("admin", "admin@example.org", "geheim")
    credentials = base64.b64encode(b"admin:geheim").decode()
    response = api_post(Client(), chapter, {"comment": "Basic"}, HTTP_AUTHORIZATION=f"Basic {credentials}")
    # Not logged in: an anonymous submission, which needs a name, an address and consent.
    assert response.status_code == 400
    assert not ChapterComment.objects.exists()


def test_openapi_schema_documents_our_endpoints(client, home):
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert set(paths) == {
        "/api/comments/chapters/{chapter_id}/",
        "/api/comments/token/",
        "/api/comments/{comment_id}/support/",
        "/api/concepts/{concept_id}/follow/",
        "/api/concepts/{concept_id}/report/",
        "/api/chapters/{chapter_id}/versions/",
        "/api/chapters/{chapter_id}/versions/{number}/",
        "/api/chapters/{chapter_id}/versions/compare/",
        # Wagtail's API v2, from portal/api_schema.py (tests/test_api_schema_v2.py)
        "/api/v2/pages/",
        "/api/v2/pages/{id}/",
        "/api/v2/images/",
        "/api/v2/images/{id}/",
        "/api/v2/documents/",
        "/api/v2/documents/{id}/",
    }
    assert set(paths["/api/comments/chapters/{chapter_id}/"]) == {"get", "post"}
    post = paths["/api/comments/chapters/{chapter_id}/"]["post"]["responses"]
    assert {"201", "400", "403", "404", "429"} <= set(post)
