"""The whole anonymous flow: form, confirmation mail, visible comment; replies and notifications."""

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import translation

from concept.comments.models import ChapterComment
from tests.comments.conftest import confirm, form_url, last_confirmation_link, make_comment, post_comment

pytestmark = pytest.mark.django_db


def test_anonymous_comment_from_form_to_mail_to_thread(client, chapter):
    paragraph = chapter.body[1]
    page = client.get(chapter.url).content.decode()
    assert f"?absatz={paragraph.id}" in page  # the paragraph offers "Kommentieren"
    form_page = client.get(form_url(chapter, absatz=paragraph.id)).content.decode()
    assert "Absatz 1 (Ausgangslage)" in form_page  # the form says what it comments on
    assert f'name="paragraph" value="{paragraph.id}"' in form_page  # and sends it back as its field

    response = post_comment(client, chapter, query={"absatz": paragraph.id}, paragraph=paragraph.id, followup="on")
    assert response.status_code == 200
    assert "bestätigen" in response.content.decode()
    comment = ChapterComment.objects.get()
    assert comment.confirmed_at is None and not comment.is_public
    assert comment.token_hash and len(comment.token_hash) == 64
    assert comment.ip_address is None
    assert comment.paragraph_id == paragraph.id
    assert comment.revision_id == chapter.live_revision_id
    assert "Mehr Sprachcafés" not in client.get(chapter.url).content.decode()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["amira@example.com"]
    link = last_confirmation_link()
    assert comment.token_hash not in link  # only the hash is stored, the link carries the token

    confirmed = confirm(client, link)
    assert confirmed.status_code == 200
    assert "Ihr Kommentar ist jetzt öffentlich" in confirmed.content.decode()
    html = client.get(chapter.url).content.decode()
    assert "Mehr Sprachcafés auf dem Land, bitte." in html
    assert "Amira K." in html
    assert f'href="#b-{paragraph.id}"' in html  # shows which paragraph it refers to
    assert "amira@example.com" not in html


def test_confirmation_link_works_once(client, chapter):
    post_comment(client, chapter)
    link = last_confirmation_link()
    assert confirm(client, link).status_code == 200
    again = client.post(link)
    assert again.status_code == 404
    assert "bereits verwendet" in again.content.decode()
    assert client.get(link).status_code == 404
    assert ChapterComment.objects.visible().count() == 1


def test_opening_the_link_publishes_nothing_only_the_button_does(client, chapter):
    """Mail security gateways and link previews open links (GET, HEAD): that must not publish."""
    post_comment(client, chapter, comment="Erst nach dem Klick")
    link = last_confirmation_link()
    assert client.head(link).status_code == 200
    page = client.get(link)
    assert page.status_code == 200
    assert not ChapterComment.objects.visible().exists()
    assert "Erst nach dem Klick" not in client.get(chapter.url).content.decode()
    html = page.content.decode()
    assert '<form method="post">' in html and "csrfmiddlewaretoken" in html
    assert "Kommentar jetzt bestätigen</button>" in html
    assert "no-store" in page["Cache-Control"]  # neither the page cache nor a proxy keeps it
    second_look = client.get(link)  # a scanner's second look changes nothing either
    assert second_look.status_code == 200 and "X-Page-Cache" not in second_look  # and is not served from a cache

    done = client.post(link)
    assert done.status_code == 200 and "Ihr Kommentar ist jetzt öffentlich" in done.content.decode()
    assert "Erst nach dem Klick" in client.get(chapter.url).content.decode()


def test_the_confirmation_button_needs_the_csrf_token(client, chapter):
    from django.test import Client

    post_comment(client, chapter)
    link = last_confirmation_link()
    assert Client(enforce_csrf_checks=True).post(link).status_code == 403
    assert not ChapterComment.objects.visible().exists()


def test_the_confirmation_page_in_another_language(client, chapter):
    post_comment(client, chapter)
    link = last_confirmation_link().replace("/de/", "/en/", 1)
    page = client.get(link).content.decode()
    assert 'lang="en"' in page and "Confirm comment now</button>" in page
    assert not ChapterComment.objects.visible().exists()


def test_replies_nest_and_notify_the_parent_author_only(client, chapter):
    parent = make_comment(chapter, "Kurse in Kappeln fehlen.", followup=True, user_email="eltern@example.com")
    bystander = make_comment(chapter, "Anderes Thema.", followup=True, user_email="andere@example.com")
    response = post_comment(client, chapter, query={"antwort": parent.pk}, reply_to=str(parent.pk))
    assert response.status_code == 200
    confirm(client)

    reply = ChapterComment.objects.get(parent_id=parent.pk, level=1)
    assert reply.thread_id == parent.thread_id
    notifications = [message for message in mail.outbox if "Antwort" in message.subject]
    assert [message.to for message in notifications] == [["eltern@example.com"]]
    assert "/abbestellen/" in notifications[0].body
    assert bystander.user_email not in {address for message in mail.outbox for address in message.to}

    html = client.get(chapter.url).content.decode()
    # The reply sits in a nested list inside its parent's list item.
    parent_item = html.index(f'id="c-{parent.pk}"')
    nested = html.index('class="comment-list comment-list--replies"', parent_item)
    assert parent_item < nested < html.index(f'id="c-{reply.pk}"')


def test_unsubscribe_link_stops_notifications(client, chapter):
    parent = make_comment(chapter, "Bitte mehr Kita-Plätze.", followup=True, user_email="eltern@example.com")
    post_comment(client, chapter, reply_to=str(parent.pk), comment="Da stimme ich zu.")
    confirm(client)
    unsubscribe_url = next(line for line in mail.outbox[-1].body.split() if "/abbestellen/" in line)
    path = unsubscribe_url.replace("http://testserver", "")
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 200
    parent.refresh_from_db()
    assert parent.followup is False


def test_three_levels_of_replies_and_no_fourth(client, chapter):
    root = make_comment(chapter, "Ebene 0")
    level1 = make_comment(chapter, "Ebene 1", parent=root)
    level2 = make_comment(chapter, "Ebene 2", parent=level1)
    level3 = make_comment(chapter, "Ebene 3", parent=level2)
    assert [c.level for c in (root, level1, level2, level3)] == [0, 1, 2, 3]
    response = post_comment(client, chapter, reply_to=str(level3.pk), comment="Ebene 4")
    assert response.status_code == 400
    assert "nicht weiter geantwortet" in response.content.decode()
    assert not ChapterComment.objects.filter(comment="Ebene 4").exists()


def test_the_thread_links_a_reply_below_the_deepest_level_and_a_report_on_every_comment(
    client, chapter, settings, page_cache_off
):
    root = make_comment(chapter, "Ebene 0")
    level1 = make_comment(chapter, "Ebene 1", parent=root)
    level2 = make_comment(chapter, "Ebene 2", parent=level1)
    level3 = make_comment(chapter, "Ebene 3", parent=level2)
    comments = (root, level1, level2, level3)

    def replies_offered(html, form=None):
        form = form or form_url(chapter)
        return [comment for comment in comments if f'href="{form}?antwort={comment.pk}"' in html]

    for language in ("de", "en"):
        html = client.get(chapter.url.replace("/de/", f"/{language}/", 1)).content.decode()
        with translation.override(language):
            assert all(f'href="{reverse("comments:report", args=[c.pk])}"' in html for c in comments)
            assert replies_offered(html, reverse("comments:post", args=[chapter.pk])) == [root, level1, level2]

    settings.COMMENTS_XTD_MAX_THREAD_LEVEL = 2  # the renderer follows the setting the form enforces
    assert replies_offered(client.get(chapter.url).content.decode()) == [root, level1]


def test_logged_in_editor_comments_directly_marked_as_such(client, chapter, django_user_model):
    editor = django_user_model.objects.create_superuser(
        "redaktion", "redaktion@example.org", "pw", first_name="Greta", last_name="Lorenzen"
    )
    client.force_login(editor)
    page = client.get(form_url(chapter)).content.decode()
    from tests.comments.conftest import form_tokens

    response = client.post(
        form_url(chapter),
        {**form_tokens(page), "comment": "Danke für die Hinweise!", "reply_to": "0", "paragraph": "", "honeypot": ""},
    )
    assert response.status_code == 302
    comment = ChapterComment.objects.get()
    assert comment.by_staff and comment.is_public and comment.confirmed_at
    assert comment.user_name == "Greta Lorenzen"
    assert len(mail.outbox) == 0
    client.logout()
    html = client.get(chapter.url).content.decode()
    assert "Danke für die Hinweise!" in html and "Redaktion" in html


def test_comment_text_is_plain_with_paragraphs_and_links(client, chapter):
    make_comment(chapter, "Erster Absatz <b>fett</b>\n\nZweiter: https://example.org/info <script>alert(1)</script>")
    html = client.get(chapter.url).content.decode()
    assert "&lt;b&gt;fett&lt;/b&gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert '<a href="https://example.org/info" rel="nofollow">' in html
    assert html.count("<p>Erster Absatz") == 1 and "<p>Zweiter:" in html


def test_permalink_lands_on_the_right_page(client, chapter, settings):
    settings.COMMENTS_THREADS_PER_PAGE = 2
    comments = [make_comment(chapter, f"Thread {number}") for number in range(5)]
    target = comments[4]
    response = client.get(f"/de/beteiligung/kommentar/{target.pk}/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"?page=3#c-{target.pk}")
    assert f'id="c-{target.pk}"' in client.get(response["Location"]).content.decode()


def test_the_consent_line_links_the_current_privacy_page(client, chapter, home, django_capture_on_commit_callbacks):
    from home.models import PortalSettings
    from tests.factories import StandardPageFactory

    portal_settings = PortalSettings.for_site(home.get_site())
    portal_settings.privacy_page = StandardPageFactory(parent=home, title="Datenschutz", slug="datenschutz")
    with django_capture_on_commit_callbacks(execute=True):
        portal_settings.save()
    assert 'href="/de/datenschutz/"' in client.get(form_url(chapter)).content.decode()
    portal_settings.privacy_page = StandardPageFactory(parent=home, title="Privacy", slug="datenschutzhinweise")
    with django_capture_on_commit_callbacks(execute=True):
        portal_settings.save()
    assert 'href="/de/datenschutzhinweise/"' in client.get(form_url(chapter)).content.decode()
