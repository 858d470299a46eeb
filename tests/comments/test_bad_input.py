"""Every bad input: a clear message in the visitor's language, 4xx, text kept, nothing stored or mailed."""

import pytest

from django.core import mail

from wagtail.models import PageViewRestriction

from concept.comments.models import ChapterComment
from tests.comments.conftest import form_tokens, form_url, make_comment, post_comment
from tests.factories import ChapterPageFactory

pytestmark = pytest.mark.django_db
TEXT = "Mein sorgfältig formulierter Vorschlag zur Sprachförderung."


def assert_refused(response, message, status=400):
    html = response.content.decode()
    assert response.status_code == status, html[:500]
    assert message in html
    assert not ChapterComment.objects.filter(comment__startswith="Mein sorgfältig").exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"comment": "   "}, "Bitte schreiben Sie einen Kommentar."),
        ({"comment": "x" * 5001}, "höchstens 5000 Zeichen, Sie haben 5001 geschrieben"),
        ({"email": "keine-adresse", "comment": TEXT}, "Bitte geben Sie eine gültige E-Mail-Adresse an."),
        ({"consent": None, "comment": TEXT}, "Bitte stimmen Sie der Datenschutzerklärung zu."),
        ({"name": "", "comment": TEXT}, "Bitte geben Sie einen Namen oder ein Pseudonym an."),
        ({"reply_to": "999999", "comment": TEXT}, "gibt es hier nicht"),
        ({"paragraph": "kein-abschnitt", "comment": TEXT}, "Diesen Abschnitt gibt es in diesem Kapitel nicht."),
        ({"security_hash": "0" * 40, "comment": TEXT}, "Das Formular wurde verändert."),
        ({"timestamp": "1000", "comment": TEXT}, "Das Formular ist abgelaufen."),
        ({"honeypot": "ich bin ein bot", "comment": TEXT}, "Bitte lassen Sie dieses Feld leer."),
    ],
)
def test_refused_with_message_and_text_kept(client, chapter, fields, message):
    response = post_comment(client, chapter, **fields)
    assert_refused(response, message)
    html = response.content.decode()
    if fields.get("comment") == TEXT:
        assert TEXT in html  # what the visitor typed is still in the form
    assert 'role="alert"' in html  # the error summary is announced
    visible_field = next((name for name in ("comment", "email", "consent", "name") if name in fields), None)
    if visible_field and fields[visible_field] != TEXT:
        assert f'id="id_{visible_field}-error"' in html  # and linked to its field


def test_expired_form_gets_a_fresh_token_so_the_second_try_works(client, chapter):
    response = post_comment(client, chapter, timestamp="1000", comment=TEXT)
    tokens = form_tokens(response.content.decode())
    assert tokens["timestamp"] != "1000"
    retry = client.post(
        form_url(chapter),
        {**tokens, "name": "Amira K.", "email": "amira@example.com", "comment": TEXT, "consent": "on"},
    )
    assert retry.status_code == 200
    assert ChapterComment.objects.filter(comment=TEXT).exists()


def test_reply_to_a_comment_of_another_chapter(client, chapter, concept):
    other = make_comment(ChapterPageFactory(parent=concept, title="Wohnen"), "Woanders")
    assert_refused(post_comment(client, chapter, reply_to=str(other.pk), comment=TEXT), "gibt es hier nicht")


def test_reply_to_a_comment_not_yet_confirmed(client, chapter):
    pending = make_comment(chapter, "Wartet noch", confirmed_at=None, is_public=False)
    assert_refused(post_comment(client, chapter, reply_to=str(pending.pk), comment=TEXT), "gibt es hier nicht")


def test_unpublished_chapter(client, chapter):
    page = client.get(form_url(chapter))
    chapter.unpublish()
    response = client.post(
        form_url(chapter),
        {**form_tokens(page.content.decode()), "name": "A", "email": "a@example.com", "comment": TEXT, "consent": "on"},
    )
    assert_refused(response, "nicht öffentlich", status=403)


def test_password_protected_chapter(client, chapter):
    PageViewRestriction.objects.create(page=chapter, restriction_type="password", password="geheim")
    assert_refused(client.get(form_url(chapter)), "nicht öffentlich", status=403)


def test_unknown_chapter_is_404(client, home):
    assert client.get("/de/beteiligung/kapitel/987654/kommentieren/").status_code == 404


def test_blocklist(client, chapter, settings):
    settings.COMMENTS_BLOCKLIST = ["@wegwerf.example", "kaufen sie jetzt"]
    assert_refused(post_comment(client, chapter, email="x@wegwerf.example", comment=TEXT), "keine Kommentare möglich")
    response = post_comment(client, chapter, comment="Mein sorgfältig: Kaufen Sie jetzt billig!")
    assert_refused(response, "nicht erlaubt")


def test_messages_follow_the_interface_language(client, chapter):
    page = client.get(f"/en/beteiligung/kapitel/{chapter.pk}/kommentieren/")
    response = client.post(
        f"/en/beteiligung/kapitel/{chapter.pk}/kommentieren/",
        {**form_tokens(page.content.decode()), "name": "A", "email": "a@example.com", "comment": TEXT},
    )
    assert response.status_code == 400
    assert "Please agree to the privacy policy." in response.content.decode()
