"""Control characters and deeply nested JSON in every input: a 400 with a message, never a 500.

PostgreSQL refuses a NUL byte in text with an error (SQLite stores it), so this module is
meant to run on both: DATABASE_URL=postgres://… pytest tests/comments/test_control_characters.py
"""

import pytest

from django.core import mail

from concept.comments.models import ChapterComment
from tests.comments.conftest import api_post, post_comment

pytestmark = pytest.mark.django_db

CONTROL = ["\x00", "\x01", "\x1b", "\x7f"]
FORM_MESSAGE = "Bitte entfernen Sie die Steuerzeichen"
ADDRESS_MESSAGE = "Die Adresse enthält Steuerzeichen"
BODY = {"name": "Leyla", "email": "leyla@example.com", "comment": "Mehr Kurse am Abend.", "consent": True}


def api_url(chapter):
    return f"/api/comments/chapters/{chapter.pk}/"


@pytest.mark.parametrize("char", CONTROL)
@pytest.mark.parametrize("field", ["comment", "name"])
def test_comment_form_refuses_control_characters(client, chapter, field, char):
    response = post_comment(client, chapter, **{field: f"Mein Vorschlag{char} zur Sprache"})
    assert response.status_code == 400, response.content[:300]
    html = response.content.decode()
    assert FORM_MESSAGE in html
    assert f'id="id_{field}-error"' in html
    assert not ChapterComment.objects.exists()
    assert not mail.outbox


def test_comment_keeps_its_line_breaks_and_tabs(client, chapter):
    assert post_comment(client, chapter, comment="Erstens:\r\n\tmehr Kurse.").status_code == 200
    assert ChapterComment.objects.get().comment == "Erstens:\r\n\tmehr Kurse."


def test_the_message_follows_the_interface_language(client, home):
    english = client.get("/en/search/?q=a%00b")
    assert english.status_code == 400
    assert "control characters" in english.content.decode()


@pytest.mark.parametrize("char", CONTROL)
@pytest.mark.parametrize("field", ["comment", "name", "email", "paragraph"])
def test_comments_api_refuses_control_characters(client, chapter, field, char):
    response = api_post(client, chapter, {**BODY, field: f"x{char}y"})
    assert response.status_code == 400, response.content[:300]
    assert field in response.json()["errors"]
    assert not ChapterComment.objects.exists()


@pytest.mark.parametrize("depth", [9, 20_000])
def test_comments_api_refuses_deeply_nested_json(client, chapter, depth):
    body = '{"comment": ' + "[" * depth + "]" * depth + "}"
    response = client.post(api_url(chapter), body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"] == "Die Anfrage ist zu tief verschachtelt."
    assert not ChapterComment.objects.exists()


def test_comments_api_refuses_an_oversized_body(client, chapter):
    body = '{"comment": "' + "x" * 200_000 + '"}'
    response = client.post(api_url(chapter), body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"] == "Die Anfrage ist zu groß."


def test_brackets_inside_strings_do_not_count(client, chapter):
    body = {**BODY, "comment": '[[[[[[[[[[{{{{{{{{{{ Klammern \\" ]]]'}
    assert api_post(client, chapter, body).status_code == 201


@pytest.mark.parametrize("value", ["a%00b", "%00", "a%01b", "a%1Bb", "a%7Fb"])
@pytest.mark.parametrize(
    "url",
    [
        "/de/search/?q={}",
        "/de/search/?q=Sprache&page={}",
        "/de/{}/",
        "/de/konzept/?{}=1",
        "/api/v2/pages/?search={}",
        "/api/v2/pages/find/?html_path={}",
        "/api/v2/pages/?slug={}",
        "/api/v2/pages/?title={}",
        "/api/v2/pages/?type={}",
        "/api/v2/pages/?locale={}",
        "/api/v2/pages/?fields={}",
        "/api/v2/pages/?order={}",
        "/api/v2/pages/?child_of={}",
        "/api/v2/pages/?translation_of={}",
        "/api/v2/images/?search={}",
        "/api/v2/images/?title={}",
        "/api/v2/documents/?search={}",
        "/api/v2/documents/?title={}",
        "/api/comments/chapters/1/?page={}",
        "/de/beteiligung/bericht/?{}",
    ],
)
def test_addresses_with_control_characters_are_refused(client, concept, url, value):
    response = client.get(url.format(value))
    assert response.status_code == 400, response.content[:300]
    if url.startswith("/api/"):
        assert response.json()["detail"].startswith(ADDRESS_MESSAGE)
    else:
        assert ADDRESS_MESSAGE in response.content.decode()
    assert response["Cache-Control"] == "no-store"


def test_white_space_in_a_query_is_no_control_character(client, concept):
    assert client.get("/de/search/?q=Sprache%09F%C3%B6rderung%0A").status_code == 200
