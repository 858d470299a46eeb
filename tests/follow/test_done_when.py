"""Issue 19's "Done when" as one chain, in German and in Arabic: a citizen without an account
supports two comments, follows the open concept, gets the mail when an editor publishes a new
version of a chapter, opens "Meine Beiträge" from that mail and withdraws a comment that has a
reply (shown as withdrawn, the reply still readable). Every step through the pages and the mails
a person meets, with the mail link each step hands on."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from concept.comments.models import ChapterComment
from concept.follow import services
from tests.comments.conftest import form_tokens, make_comment
from tests.follow.conftest import follow

pytestmark = pytest.mark.django_db

CITIZEN = "Amira.K@Example.com"


def last_mail_to(address, pattern):
    """The path of the newest link matching ``pattern`` in a mail to ``address``."""
    for message in reversed(mail.outbox):
        if message.to == [address]:
            found = re.search(rf"http://testserver(/\S+/{pattern}/\S+/)", message.body)
            if found:
                return found.group(1), message
    raise AssertionError(f"no mail to {address} with {pattern}")


def press_the_button(client, link):
    """Opens a mailed link (which changes nothing) and presses the button on its page."""
    assert client.get(link).status_code == 200
    return client.post(link)


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_support_follow_new_version_then_withdraw_from_the_mail(client, concept, chapter, django_user_model, language):
    first = make_comment(chapter, "Abendkurse mit Kinderbetreuung", user_name="Katrin M.")
    second = make_comment(chapter, "Kurse auch in Kappeln", user_name="Yusuf A.", user_email="yusuf@example.com")
    services.run_due()  # the window opened before anyone followed (the timer noticed it then)

    # The citizen's own comment, through the form and its confirmation, and a neighbour's reply.
    form = f"/{language}/beteiligung/kapitel/{chapter.pk}/kommentieren/"
    tokens = form_tokens(client.get(form).content.decode())
    fields = {"name": "Amira K.", "email": CITIZEN, "comment": "Mehr Sprachcafés, bitte.", "consent": "on"}
    client.post(form, {**tokens, **fields, "reply_to": "0", "paragraph": "", "honeypot": ""})
    link, _message = last_mail_to(CITIZEN, "bestaetigen")
    assert link.startswith(f"/{language}/")
    press_the_button(client, link)
    own = ChapterComment.objects.get(comment="Mehr Sprachcafés, bitte.")
    assert own.confirmed_at is not None and own.is_public
    make_comment(chapter, "Da stimme ich zu.", parent=own, user_name="Nachbarin", user_email="nachbarin@example.com")

    # Supports two comments: the link under each comment, the address, the mailed link, the button.
    page = client.get(chapter.url.replace("/de/", f"/{language}/", 1)).content.decode()
    for comment in (first, second):
        support_page = f"/{language}/beteiligung/kommentar/{comment.pk}/zustimmen/"
        assert f'href="{support_page}"' in page
        assert client.post(support_page, {"email": CITIZEN}).status_code == 200
        link, message = last_mail_to(CITIZEN, "zustimmung/bestaetigen")
        assert link.startswith(f"/{language}/")
        assert press_the_button(client, link).status_code == 200
    page = client.get(chapter.url.replace("/de/", f"/{language}/", 1)).content.decode()
    with translation.override(language):
        one = ngettext("%(count)s Zustimmung", "%(count)s Zustimmungen", 1) % {"count": 1}
    assert page.count(f'<span class="comment__support-count">{one}</span>') == 2

    # Follows the open concept (double opt-in).
    assert follow(client, concept, email=CITIZEN, language=language).status_code == 200
    link, _message = last_mail_to(CITIZEN, "benachrichtigen/bestaetigen")
    press_the_button(client, link)
    assert concept.followers.get().confirmed_at is not None

    # An editor publishes a new version of the chapter; after the batch time the mail goes out.
    editor = django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "x")
    start = timezone.now() + timedelta(minutes=1)
    with time_machine.travel(start, tick=False):
        chapter.change_note = "Sprachcafés aufgenommen"
        chapter.save_revision(user=editor).publish(user=editor)
    mail.outbox.clear()
    with time_machine.travel(start + timedelta(minutes=11), tick=False):
        services.run_due()
    assert len(mail.outbox) == 1, [(message.to, message.subject) for message in mail.outbox]
    [notice] = mail.outbox
    assert notice.to == [CITIZEN]
    assert "Sprachcafés aufgenommen" in notice.body
    assert re.search(rf"/{language}/beteiligung/kapitel/{chapter.pk}/fassung/\d+/", notice.body)
    assert in_language(language, "Änderungshinweis:") in notice.body

    # "Meine Beiträge" from that mail: the own comment with its reply; withdrawn after asking.
    mine, _message = last_mail_to(CITIZEN, "meine-beitraege")
    assert mine.startswith(f"/{language}/")
    listing = client.get(mine)
    assert listing.status_code == 200 and f'<html lang="{language}"' in listing.content.decode()
    assert "Mehr Sprachcafés, bitte." in listing.content.decode()
    assert "Da stimme ich zu." in listing.content.decode()
    client.post(mine, {"action": "withdraw", "comment": own.pk})
    assert ChapterComment.objects.get(pk=own.pk).withdrawn_at is None  # asked first
    done = client.post(mine, {"action": "withdraw", "comment": own.pk, "confirm": "1"})
    assert done.status_code == 200
    own.refresh_from_db()
    assert own.withdrawn_at is not None and not own.comment and not own.user_email

    page = client.get(chapter.url.replace("/de/", f"/{language}/", 1)).content.decode()
    withdrawn = in_language(language, "vom Verfasser zurückgezogen")
    assert language == "de" or withdrawn != "vom Verfasser zurückgezogen"  # the Arabic catalog has it
    assert withdrawn in page
    assert "Da stimme ich zu." in page  # the reply stays readable
    assert "Mehr Sprachcafés, bitte." not in page
    assert page.count(f'<span class="comment__support-count">{one}</span>') == 2  # the supports stay
