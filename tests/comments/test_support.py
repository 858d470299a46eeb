"""Support (Zustimmung) for a comment: confirmed by mail, once per person, only while it may be given (issue 19)."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.core import mail
from django.utils import timezone

from concept.comments.models import ChapterComment, CommentSupport
from tests.comments.conftest import make_comment, tables_containing
from tests.conftest import CommittingClient

pytestmark = pytest.mark.django_db


def support_url(comment):
    return f"/de/beteiligung/kommentar/{comment.pk}/zustimmen/"


def support_link(message):
    return re.search(r"http://testserver(/\S+/zustimmung/bestaetigen/\S+/)", message.body).group(1)


def ask(client, comment, email):
    """Presses "Zustimmen" under the comment, gives the address and sends the form."""
    assert client.get(support_url(comment)).status_code == 200
    return client.post(support_url(comment), {"email": email})


def press(client, link):
    """Opens the link from the mail and presses the button, as a person does."""
    page = client.get(link)
    if page.status_code != 200:
        return page
    return client.post(link)


def thread_html(client, chapter):
    return client.get(chapter.url).content.decode()


@pytest.fixture
def comment(chapter):
    return make_comment(chapter, "Mehr Sprachkurse am Abend.", user_name="Zora B.")


def test_zustimmen_under_the_comment_is_a_link_to_its_support_page(client, chapter, comment):
    html = thread_html(client, chapter)
    links = re.findall(r'<a class="comment__support-link" href="([^"]*)"', html)
    assert links == [support_url(comment)]  # a plain address, no stray "?" of an empty form
    assert client.get(links[0]).status_code == 200


def test_support_counts_once_confirmed_and_shows_on_the_cached_chapter_page(client, chapter, comment):
    from wagtail.models import Site

    from home.models import PortalSettings
    from tests.conftest import CommittingClient

    PortalSettings.for_site(Site.objects.get(is_default_site=True))  # made up front: its creation is a change
    visitor = CommittingClient()
    visitor.get(chapter.url)
    cached = visitor.get(chapter.url)
    assert cached["X-Page-Cache"] == "hit"
    assert "0 Zustimmungen" in cached.content.decode()
    answer = ask(client, comment, "Amira.K+kurs@googlemail.com")
    assert answer.status_code == 200
    assert "E-Mail mit einem Bestätigungslink" in answer.content.decode()
    assert ChapterComment.objects.get(pk=comment.pk).support_count == 0  # not before the button
    link = support_link(mail.outbox[-1])
    assert client.get(link).status_code == 200
    assert client.head(link).status_code == 200
    assert ChapterComment.objects.get(pk=comment.pk).support_count == 0  # opening the link alone: nothing
    done = client.post(link)
    assert done.status_code == 200
    assert "1 Zustimmung" in done.content.decode()
    assert ChapterComment.objects.get(pk=comment.pk).support_count == 1
    assert "1 Zustimmung<" in visitor.get(chapter.url).content.decode()  # the cached page was outdated
    assert client.post(link).status_code == 404  # the link works once


def test_one_person_counts_once_whatever_the_spelling_or_the_links_clicked(client, chapter, comment):
    links = []
    for spelling in ["amira.k@gmail.com", "AmiraK+zustimmung@googlemail.com", " a.m.i.r.a.k@GMAIL.com "]:
        assert ask(client, comment, spelling).status_code == 200
        links.append(support_link(mail.outbox[-1]))
    # One pending support for the one mailbox: each new mail made the earlier links useless.
    assert CommentSupport.objects.filter(comment=comment).count() == 1
    assert [press(client, link).status_code for link in links] == [404, 404, 200]
    assert ask(client, comment, "amirak@gmail.com").status_code == 200  # once more, after it counted
    assert "bereits gezählt" in mail.outbox[-1].body  # told to the mailbox, no new link
    assert "zustimmung/bestaetigen" not in mail.outbox[-1].body
    assert ChapterComment.objects.get(pk=comment.pk).support_count == 1
    # Another person counts.
    ask(client, comment, "jonas@example.com")
    assert press(client, support_link(mail.outbox[-1])).status_code == 200
    assert ChapterComment.objects.get(pk=comment.pk).support_count == 2


def test_one_person_counts_once_whatever_the_browser(chapter, comment):
    """Asked on the phone, confirmed on the laptop, asked again in the library: still one, and no
    browser was given a session for it."""
    phone, laptop, library = CommittingClient(), CommittingClient(), CommittingClient()
    assert ask(phone, comment, "amira@example.com").status_code == 200
    assert press(laptop, support_link(mail.outbox[-1])).status_code == 200
    assert ask(library, comment, "Amira@Example.com").status_code == 200
    assert "bereits gezählt" in mail.outbox[-1].body
    assert ChapterComment.objects.get(pk=comment.pk).support_count == 1
    assert not any("sessionid" in browser.cookies for browser in (phone, laptop, library))


def test_the_address_is_gone_once_confirmed(client, chapter, comment):
    ask(client, comment, "leila.support@example.com")
    press(client, support_link(mail.outbox[-1]))
    mail.outbox.clear()
    assert tables_containing("leila.support@example.com")["leila.support@example.com"] <= {
        "django_tasks_database_dbtaskresult"
    }
    assert not CommentSupport.objects.exclude(email="").exists()


def test_refused_on_a_hidden_comment(client, chapter):
    hidden = make_comment(chapter, "Beleidigend", hidden_at=timezone.now(), hidden_reason="Beleidigung")
    page = client.get(support_url(hidden))
    assert page.status_code == 403
    assert "Beleidigend" not in page.content.decode()
    assert client.post(support_url(hidden), {"email": "a@example.com"}).status_code == 403
    assert not mail.outbox and not CommentSupport.objects.exists()
    assert f'action="{support_url(hidden)}"' not in thread_html(client, chapter)


def test_a_comment_hidden_before_the_confirmation_takes_no_support(client, chapter, comment):
    ask(client, comment, "a@example.com")
    ChapterComment.objects.filter(pk=comment.pk).update(hidden_at=timezone.now(), hidden_reason="Spam")
    answer = press(client, support_link(mail.outbox[-1]))
    assert answer.status_code == 410
    assert ChapterComment.objects.get(pk=comment.pk).support_count == 0


def test_refused_after_the_window_closed_but_confirmed_when_sent_before(client, chapter, comment):
    concept = chapter.concept
    concept.closes_at = timezone.now() + timedelta(hours=1)
    concept.save_revision().publish()
    ask(client, comment, "early@example.com")
    early_link = support_link(mail.outbox[-1])
    with time_machine.travel(concept.closes_at + timedelta(minutes=1)):
        page = client.get(support_url(comment))
        assert page.status_code == 403
        assert "Die Beteiligung ist beendet" in page.content.decode()
        assert client.post(support_url(comment), {"email": "late@example.com"}).status_code == 403
        assert len(mail.outbox) == 1
        assert f'action="{support_url(comment)}"' not in thread_html(client, chapter)
        # Judged at submission, like a comment: sent while open, confirmed after closing, it counts.
        assert press(client, early_link).status_code == 200
    assert ChapterComment.objects.get(pk=comment.pk).support_count == 1


def test_the_concept_can_switch_support_off(client, chapter, comment):
    concept = chapter.concept
    concept.support_enabled = False
    concept.save_revision().publish()
    assert client.get(support_url(comment)).status_code == 403
    assert "Zustimmen" not in thread_html(client, chapter)


def test_bad_address_is_answered_in_words_and_nothing_is_stored(client, chapter, comment):
    for bad in ["", "keine-adresse", "a\x00b@example.com"]:
        answer = client.post(support_url(comment), {"email": bad})
        assert answer.status_code == 400
        assert 'role="alert"' in answer.content.decode()
    assert not CommentSupport.objects.exists() and not mail.outbox


def test_same_limits_as_comments(client, chapter, comment, settings):
    settings.COMMENTS_RATE_PER_EMAIL = 2
    others = [make_comment(chapter, f"Kommentar {number}") for number in range(3)]
    statuses = [client.post(support_url(other), {"email": "viel@example.com"}).status_code for other in others]
    assert statuses == [200, 200, 429]


def test_english_page_and_mail(client, chapter, comment):
    page = client.get(f"/en/beteiligung/kommentar/{comment.pk}/zustimmen/")
    assert page.status_code == 200
    assert 'lang="en"' in page.content.decode()
    client.post(f"/en/beteiligung/kommentar/{comment.pk}/zustimmen/", {"email": "en@example.com"})
    assert "/en/beteiligung/zustimmung/bestaetigen/" in mail.outbox[-1].body


def api_support(client, comment, body, language="de"):
    return client.post(
        f"/api/comments/{comment.pk}/support/", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE=language
    )


def test_api_support_action_and_count(client, chapter, comment):
    answer = api_support(client, comment, {"email": "api@example.com"})
    assert answer.status_code == 202
    assert answer.json() == {"status": "pending"}
    assert press(client, support_link(mail.outbox[-1])).status_code == 200
    results = client.get(f"/api/comments/chapters/{chapter.pk}/").json()["results"]
    assert results[0]["support_count"] == 1
    assert api_support(client, comment, {"email": "API@example.com"}).json() == {"status": "pending"}  # same answer
    assert ChapterComment.objects.get(pk=comment.pk).support_count == 1


def test_api_refusals_as_json_in_the_visitors_language(client, chapter):
    hidden = make_comment(chapter, "Weg damit", hidden_at=timezone.now(), hidden_reason="Spam")
    refused = api_support(client, hidden, {"email": "a@example.com"}, language="en")
    assert refused.status_code == 403
    assert refused.json()["code"] == "hidden"
    assert refused.json()["detail"] == "This comment cannot be supported."
    shown = make_comment(chapter, "Gut")
    invalid = api_support(client, shown, {"email": "kaputt"}, language="en")
    assert invalid.status_code == 400
    assert invalid.json()["errors"]["email"] == ["Please enter a valid email address."]
    assert api_support(client, shown, ["kein", "Objekt"]).status_code == 400
    missing = client.post("/api/comments/999999/support/", {}, content_type="application/json")
    assert missing.status_code == 404
    assert not CommentSupport.objects.exists()


def test_api_schema_documents_the_support_action(client, home):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    assert "post" in schema["paths"]["/api/comments/{comment_id}/support/"]
    assert "support_count" in schema["components"]["schemas"]["Comment"]["properties"]


def test_report_lists_the_most_supported_and_exports_the_column(client, chapter, comment, concept):
    other = make_comment(chapter, "Weniger Bürokratie bei Anträgen.")
    ChapterComment.objects.filter(pk=comment.pk).update(support_count=2)
    ChapterComment.objects.filter(pk=other.pk).update(support_count=5)
    page = client.get(f"/de/beteiligung/bericht/{concept.pk}/").content.decode()
    section = page.split('id="supported-heading"')[1].split("</section>")[0]
    assert section.index("Weniger Bürokratie") < section.index("Mehr Sprachkurse")
    assert "5 Zustimmungen" in section
    csv_text = client.get(f"/de/beteiligung/bericht/{concept.pk}/abwaegungstabelle.csv").content.decode("utf-8-sig")
    rows = [line.split(";") for line in csv_text.splitlines()]
    column = rows[0].index("Zustimmungen")
    assert [rows[1][column], rows[2][column]] == ["2", "5"]


def test_response_queue_sorts_by_support(client, chapter, comment, concept, django_user_model):
    from django.contrib.auth.models import Group

    other = make_comment(chapter, "Weniger Bürokratie bei Anträgen.")
    ChapterComment.objects.filter(pk=other.pk).update(support_count=4)
    user = django_user_model.objects.create_user("amt", password="x", first_name="Rita", last_name="Amt")
    user.groups.add(Group.objects.get(name="Amtsleitung"))
    client.force_login(user)
    url = f"/admin/stellungnahmen/{concept.pk}/"
    in_order = client.get(url).content.decode()
    assert in_order.index("Mehr Sprachkurse") < in_order.index("Weniger Bürokratie")
    by_support = client.get(url, {"reihenfolge": "zustimmung"}).content.decode()
    assert by_support.index("Weniger Bürokratie") < by_support.index("Mehr Sprachkurse")
    # The internal export has the column as well.
    from tests.report.test_report import internal_sheet

    header, *rows = internal_sheet(client.get(f"/admin/bericht/{concept.pk}/intern.xlsx"))
    column = header.index("Zustimmungen")
    assert sorted(row[column] for row in rows) == [0, 4]


def test_the_purge_deletes_pending_supports_with_their_address(client, chapter, comment):
    from concept.comments import support

    ask(client, comment, "vergessen@example.com")
    assert CommentSupport.objects.filter(email="vergessen@example.com").exists()
    with time_machine.travel(timezone.now() + timedelta(hours=49)):
        assert support.purge() == 1
    assert not CommentSupport.objects.exists()
