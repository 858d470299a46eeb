"""What the portal tells a sender and mails to an address: nothing that ties a pseudonym to
an address, nothing attacker-written in a confirmation mail, names on one line, links from
the configured address."""

import re

import pytest

from django.core import mail

from concept.comments.models import ChapterComment
from concept.comments.text import clean_name, comparable
from tests.comments.conftest import (
    api_post,
    confirm,
    filled_form,
    form_tokens,
    form_url,
    last_confirmation_link,
    make_comment,
    post_comment,
)

pytestmark = pytest.mark.django_db

TEXT = "Mehr Sprachcafés auf dem Land, bitte."


def main_of(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_a_published_text_sent_again_looks_like_any_submission_only_the_address_hears(client, chapter):
    make_comment(chapter, TEXT, user_name="Amira K.", user_email="amira@example.com")
    fresh = post_comment(client, chapter, email="jemand@example.com", comment="Ein ganz anderer Text.")
    mail.outbox.clear()

    guessed_right = post_comment(client, chapter, email="amira@example.com", comment=TEXT)
    guessed_wrong = post_comment(client, chapter, email="bernd@example.com", comment=TEXT)
    assert guessed_right.status_code == guessed_wrong.status_code == fresh.status_code == 200
    assert main_of(guessed_right) == main_of(guessed_wrong) == main_of(fresh)
    assert "bereits" not in guessed_right.content.decode()

    # Nothing new stored for the address that had written it; only that address is told.
    assert ChapterComment.objects.filter(user_email="amira@example.com").count() == 1
    told = [message for message in mail.outbox if message.to == ["amira@example.com"]]
    assert len(told) == 1
    assert "Sie haben diesen Text zum Konzept „Integrationskonzept“ bereits veröffentlicht" in told[0].body
    existing = ChapterComment.objects.get(user_email="amira@example.com")
    assert f"http://testserver/de/beteiligung/kommentar/{existing.pk}/" in told[0].body


def test_the_api_answers_a_duplicate_like_any_submission(client, chapter):
    make_comment(chapter, TEXT, user_email="amira@example.com")
    body = {"name": "X", "email": "amira@example.com", "comment": TEXT, "consent": True}
    duplicate = api_post(client, chapter, body)
    other = api_post(client, chapter, {**body, "email": "bernd@example.com"})
    assert duplicate.status_code == other.status_code == 201
    assert duplicate.json() == other.json() == {"status": "pending"}


def test_a_pending_text_sent_again_gets_its_confirmation_again(client, chapter, settings):
    settings.COMMENTS_RATE_PER_EMAIL = 3
    post_comment(client, chapter, comment=TEXT)
    first_link = last_confirmation_link()
    # The same text as a person reads it: other case, spacing and an invisible character.
    again = post_comment(client, chapter, comment="  mehr SPRACHCAFÉS auf\u200b dem\n\nLand,   bitte. ")
    assert again.status_code == 200
    assert ChapterComment.objects.count() == 1
    assert len(mail.outbox) == 2 and mail.outbox[1].to == ["amira@example.com"]
    second_link = last_confirmation_link()
    assert second_link != first_link
    assert client.post(first_link).status_code == 404  # a new token replaced the old one
    assert confirm(client, second_link).status_code == 200
    assert ChapterComment.objects.visible().count() == 1

    # Within the per-address limit: the third mail to this address is the last one this hour.
    post_comment(client, chapter, comment=TEXT)
    assert post_comment(client, chapter, comment=TEXT).status_code == 429
    assert len(mail.outbox) == 3


def test_the_duplicate_check_reads_text_as_people_do():
    assert comparable("Mehr  Kita-Plätze\u200b,\n bitte") == comparable("mehr kita-plätze, BITTE")
    assert comparable("Ｆｕｌｌ width") == comparable("full width")
    assert comparable("Kita") != comparable("Kitas")


def test_a_logged_in_editor_is_told_of_a_normalised_duplicate(client, chapter, django_user_model):
    editor = django_user_model.objects.create_superuser("redaktion", "r@example.org", "pw", first_name="Greta")
    client.force_login(editor)
    tokens = form_tokens(client.get(form_url(chapter)).content.decode())
    data = {**tokens, "comment": "Danke für die Hinweise!", "reply_to": "0", "paragraph": "", "honeypot": ""}
    assert client.post(form_url(chapter), data).status_code == 302
    again = client.post(form_url(chapter), {**data, "comment": "danke  für die\u200b Hinweise!"})
    assert again.status_code == 400 and "bereits abgeschickt" in again.content.decode()
    assert ChapterComment.objects.count() == 1


def test_the_confirmation_mail_quotes_nothing_the_sender_wrote(client, chapter):
    post_comment(client, chapter, name="Besuchen Sie evil.example", comment="Jetzt anmelden: https://evil.example/x")
    body = mail.outbox[-1].body
    assert "evil.example" not in body and "Besuchen Sie" not in body and "anmelden" not in body
    assert body.startswith("Guten Tag,")
    assert "Schaltfläche" in body  # says that the link opens a page with a button


def test_names_lose_control_and_direction_characters_and_never_break_a_mail_line(client, chapter):
    parent = make_comment(chapter, "Kurse fehlen.", user_name="Eva\r\nBcc: x@example.net", followup=True)
    post_comment(client, chapter, reply_to=str(parent.pk), name="Bo\u202eb\nZeile\u2028zwei", comment="Stimmt.")
    reply = ChapterComment.objects.get(parent_id=parent.pk, level=1)
    assert reply.user_name == "Bob Zeile zwei"
    confirm(client)
    notification = mail.outbox[-1]
    assert notification.to == [parent.user_email]
    assert "\r" not in notification.body
    lines = notification.body.splitlines()
    assert "Guten Tag Eva Bcc: x@example.net," in lines
    assert "Bob Zeile zwei hat auf Ihren Kommentar zum Konzept „Integrationskonzept“ geantwortet:" in lines
    assert clean_name("\u0645\u06cc\u200c\u0631\u0648\u06cc") == "\u0645\u06cc\u200c\u0631\u0648\u06cc"  # ZWNJ stays


def test_a_staff_comment_never_shows_the_login_name(client, chapter, django_user_model):
    editor = django_user_model.objects.create_superuser("mmeier.admin", "m@example.org", "pw")
    client.force_login(editor)
    tokens = form_tokens(client.get(form_url(chapter)).content.decode())
    data = {**tokens, "comment": "Wir prüfen das.", "reply_to": "0", "paragraph": "", "honeypot": ""}
    assert client.post(form_url(chapter), data).status_code == 302
    client.logout()
    assert ChapterComment.objects.get().user_name == "Redaktion"
    html = client.get(chapter.url).content.decode()
    assert "Wir prüfen das." in html and "mmeier" not in html
    assert "mmeier" not in client.get(f"/api/comments/chapters/{chapter.pk}/").content.decode()


def test_mail_links_come_from_the_configured_address_not_the_host_header(client, chapter, settings):
    settings.PORTAL_BASE_URL = "https://beteiligung.example.org"
    client.post(form_url(chapter), filled_form(client, chapter), HTTP_HOST="angreifer.example:8443")
    assert re.search(r"^https://beteiligung\.example\.org/de/beteiligung/bestaetigen/\S+/$", mail.outbox[-1].body, re.M)
    assert "angreifer" not in mail.outbox[-1].body and "8443" not in mail.outbox[-1].body
