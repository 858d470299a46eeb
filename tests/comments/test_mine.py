""" "Meine Beiträge" without an account: the personal link in every mail (issue 19)."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.core import mail
from django.utils import timezone

from concept.comments import mine, services
from concept.comments.models import ChapterComment, PersonalLink
from concept.responses.models import OfficialResponse, Outcome
from tests.comments.conftest import confirm, make_comment, post_comment

pytestmark = pytest.mark.django_db

AMIRA, JONAS = "amira@example.com", "jonas@example.com"


def mine_link(message):
    return re.search(r"http://testserver(/\S+/meine-beitraege/\S+/)", message.body).group(1)


def own_comment(chapter, text, email=AMIRA, **fields):
    return make_comment(chapter, text, user_email=email, participant_key=services.participant_key(email), **fields)


def link_for(email):
    return mine.personal_link(email).removeprefix("http://testserver")


def test_the_confirmation_mail_carries_the_link_and_the_page_lists_the_waiting_comment(client, chapter):
    post_comment(client, chapter, comment="Mehr Sprachcafés auf dem Land.")
    link = mine_link(mail.outbox[-1])
    page = client.get(link)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Mehr Sprachcafés auf dem Land." in html
    assert "wartet auf Ihre Bestätigung" in html
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert page["X-Robots-Tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex' in html
    assert AMIRA not in html  # the address is never shown
    confirm(client)
    assert "veröffentlicht" in client.get(link).content.decode()


def test_exactly_one_persons_contributions_with_replies_and_released_responses(client, chapter, concept):
    mine_first = own_comment(chapter, "Abendkurse für Berufstätige.")
    own_comment(chapter, "Kinderbetreuung während der Kurse.", email="Amira@Example.com ")  # the same person
    own_comment(chapter, "Ausgeblendet wegen Werbung.", hidden_at=timezone.now(), hidden_reason="Werbung")
    own_comment(chapter, "Ein Kommentar von Jonas.", email=JONAS)
    make_comment(chapter, "Gute Idee, Amira!", parent=mine_first, user_name="Nachbarin")
    make_comment(chapter, "Noch nicht bestätigte Antwort", parent=mine_first, confirmed_at=None, is_public=False)
    OfficialResponse.objects.create(
        comment=mine_first, outcome=Outcome.CONSIDERED, text="Wird aufgenommen.", released_at=timezone.now()
    )
    html = client.get(link_for(AMIRA)).content.decode()
    for shown in [
        "Abendkurse für Berufstätige.",
        "Kinderbetreuung während der Kurse.",
        "von der Moderation ausgeblendet: Werbung",
        "Gute Idee, Amira!",
        "Wird aufgenommen.",
        concept.title,
    ]:
        assert shown in html
    assert "Ein Kommentar von Jonas." not in html
    assert "Noch nicht bestätigte Antwort" not in html


def test_a_draft_response_is_not_shown(client, chapter):
    comment = own_comment(chapter, "Mehr Lotsen.")
    OfficialResponse.objects.create(comment=comment, outcome=Outcome.NOTED, text="Entwurf der Verwaltung")
    assert "Entwurf der Verwaltung" not in client.get(link_for(AMIRA)).content.decode()


def test_notifications_on_and_off(client, chapter):
    comment = own_comment(chapter, "Mehr Lotsen.", followup=True)
    link = link_for(AMIRA)
    client.post(link, {"action": "notify_off", "comment": comment.pk})
    assert not ChapterComment.objects.get(pk=comment.pk).followup
    client.post(link, {"action": "notify_on", "comment": comment.pk})
    assert ChapterComment.objects.get(pk=comment.pk).followup


def test_another_persons_comment_cannot_be_touched(client, chapter):
    own_comment(chapter, "Meins.")
    theirs = own_comment(chapter, "Von Jonas.", email=JONAS, followup=True)
    link = link_for(AMIRA)
    for action in ["notify_off", "withdraw"]:
        answer = client.post(link, {"action": action, "comment": theirs.pk, "confirm": "1"})
        assert answer.status_code == 400
    theirs.refresh_from_db()
    assert theirs.followup and theirs.comment == "Von Jonas."


def test_withdrawal_keeps_replies_readable(client, chapter):
    comment = own_comment(chapter, "Mein Vorschlag zu Kursen.")
    make_comment(chapter, "Eine Antwort darauf bleibt.", parent=comment, user_name="Nachbarin")
    assert "Mein Vorschlag zu Kursen." in client.get(chapter.url).content.decode()  # cached now
    link = link_for(AMIRA)
    ask = client.post(link, {"action": "withdraw", "comment": comment.pk})
    assert "wirklich zurückziehen" in ask.content.decode()
    assert ChapterComment.objects.get(pk=comment.pk).withdrawn_at is None  # asked first
    client.post(link, {"action": "withdraw", "comment": comment.pk, "confirm": "1"})
    withdrawn = ChapterComment.objects.get(pk=comment.pk)
    assert withdrawn.withdrawn_at and not withdrawn.comment and not withdrawn.user_email
    page = client.get(chapter.url).content.decode()
    assert "vom Verfasser zurückgezogen" in page
    # Named as withdrawn, not as hidden: readers must not take it for the moderation's doing.
    assert f'id="c-{comment.pk}-author">Zurückgezogener Kommentar</bdi>' in page
    assert "Ausgeblendeter Kommentar" not in page
    assert "Eine Antwort darauf bleibt." in page
    assert "Mein Vorschlag zu Kursen." not in page
    api = client.get(f"/api/comments/chapters/{chapter.pk}/").content.decode()
    assert "Eine Antwort darauf bleibt." in api and "Mein Vorschlag zu Kursen." not in api


def test_withdrawal_without_replies_deletes(client, chapter):
    comment = own_comment(chapter, "Lieber doch nicht.")
    own_comment(chapter, "Der andere bleibt.")
    client.post(link_for(AMIRA), {"action": "withdraw", "comment": comment.pk, "confirm": "1"})
    assert not ChapterComment.objects.filter(pk=comment.pk).exists()
    assert "Lieber doch nicht." not in client.get(chapter.url).content.decode()


def test_after_the_last_withdrawal_the_link_says_so_until_the_purge(client, chapter):
    comment = own_comment(chapter, "Nur dieser eine.")
    link = link_for(AMIRA)
    client.post(link, {"action": "withdraw", "comment": comment.pk, "confirm": "1"})
    later = client.get(link)  # the same link, opened again from the mail
    assert later.status_code == 200
    assert "Hier sind keine Beiträge mehr." in later.content.decode()
    assert "Nur dieser eine." not in later.content.decode()
    mine.purge()  # the daily clean-up: nobody left behind the link
    assert client.get(link).status_code == 404


def test_revoked_and_expired_links_answer_404(client, chapter, settings):
    own_comment(chapter, "Mehr Lotsen.")
    first, second = link_for(AMIRA), link_for(AMIRA)
    assert client.get(first).status_code == 200
    client.post(first, {"action": "revoke"})
    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 404  # every link of the person
    fresh = link_for(AMIRA)
    assert client.get(fresh).status_code == 200
    with time_machine.travel(timezone.now() + timedelta(days=settings.PERSONAL_LINK_DAYS, minutes=1)):
        assert client.get(fresh).status_code == 404
    assert client.get(fresh[:-3] + "xx/").status_code == 404  # a forged signature


def test_useless_after_the_address_was_erased(client, chapter, concept):
    comment = own_comment(chapter, "Mehr Lotsen.")
    link = link_for(AMIRA)
    assert client.get(link).status_code == 200
    concept.closes_at = timezone.now() - timedelta(days=1)
    concept.save_revision().publish()
    with time_machine.travel(timezone.now() + timedelta(days=800)):
        services.purge()
        mine.purge()
    assert ChapterComment.objects.get(pk=comment.pk).user_email == ""
    assert client.get(link).status_code == 404
    assert not PersonalLink.objects.exists()


def test_new_link_by_mail_without_an_oracle(client, chapter):
    own_comment(chapter, "Mehr Lotsen.")
    known = client.post("/de/beteiligung/meine-beitraege/", {"email": "AMIRA@example.com"})
    assert len(mail.outbox) == 1
    assert client.get(mine_link(mail.outbox[-1])).status_code == 200
    unknown = client.post("/de/beteiligung/meine-beitraege/", {"email": "nobody@example.com"})
    assert len(mail.outbox) == 1
    assert known.status_code == unknown.status_code == 200
    strip = lambda html: re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)  # noqa: E731
    assert strip(known.content.decode()) == strip(unknown.content.decode())
    assert client.post("/de/beteiligung/meine-beitraege/", {"email": "kaputt"}).status_code == 400


def test_notification_mails_carry_the_link(client, chapter):
    comment = own_comment(chapter, "Mehr Lotsen.", followup=True)
    mail.outbox.clear()
    services.notify_parent(make_comment(chapter, "Antwort", parent=comment, user_email=JONAS), "http://testserver")
    assert client.get(mine_link(mail.outbox[-1])).status_code == 200


def test_nothing_of_others_on_a_chapter_no_longer_public(client, chapter, django_capture_on_commit_callbacks):
    comment = own_comment(chapter, "Mein eigener Text.")
    make_comment(chapter, "Antwort einer Nachbarin.", parent=comment)
    link = link_for(AMIRA)
    assert "Antwort einer Nachbarin." in client.get(link).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        chapter.unpublish()
    html = client.get(link).content.decode()
    assert "Mein eigener Text." in html and "Kapitel nicht mehr öffentlich" in html
    assert "Antwort einer Nachbarin." not in html
