"""Rate limits, reports, moderation modes, concurrency."""

import threading

import pytest

from django.core import mail
from django.db import connection

from concept.comments.models import ChapterComment, CommentReport
from tests.comments.conftest import confirm, make_comment, post_comment

pytestmark = pytest.mark.django_db


def test_client_rate_limit_answers_429_with_retry_after(client, chapter, settings):
    settings.COMMENTS_RATE_PER_CLIENT = 3
    statuses = [
        post_comment(client, chapter, comment=f"Vorschlag {n}", email=f"p{n}@example.com").status_code for n in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    response = post_comment(client, chapter, comment="Noch einer", email="x@example.com")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "Minuten noch einmal" in html and "Noch einer" in html
    assert ChapterComment.objects.count() == 3


def test_rate_limit_counts_the_forwarded_client_behind_a_trusted_proxy(client, chapter, settings):
    settings.COMMENTS_RATE_PER_CLIENT = 1
    settings.TRUSTED_PROXY_COUNT = 1
    first = post_comment(client, chapter, comment="A", email="a@example.com", HTTP_X_FORWARDED_FOR="203.0.113.1")
    assert first.status_code in (200, 429)


def test_one_form_token_cannot_mail_bomb_an_address(client, chapter, settings):
    settings.COMMENTS_RATE_PER_EMAIL = 2
    for number in range(5):
        post_comment(client, chapter, comment=f"Text {number}", email="opfer@example.com")
    assert len([m for m in mail.outbox if m.to == ["opfer@example.com"]]) == 2
    assert ChapterComment.objects.count() == 2


def test_post_moderation_shows_at_once_pre_moderation_waits(client, chapter):
    post_comment(client, chapter, comment="Sofort sichtbar")
    confirm(client)
    assert "Sofort sichtbar" in client.get(chapter.url).content.decode()

    concept = chapter.concept
    concept.pre_moderation = True
    concept.save_revision().publish()
    post_comment(client, chapter, comment="Erst nach Freigabe")
    response = confirm(client)
    assert "sobald die Moderation ihn freigegeben hat" in response.content.decode()
    assert "Erst nach Freigabe" not in client.get(chapter.url).content.decode()
    comment = ChapterComment.objects.get(comment="Erst nach Freigabe")
    assert comment.confirmed_at and not comment.is_public


def test_anyone_can_report_without_login(client, chapter):
    comment = make_comment(chapter, "Fragwürdig")
    assert client.get(f"/de/beteiligung/kommentar/{comment.pk}/melden/").status_code == 200
    empty = client.post(f"/de/beteiligung/kommentar/{comment.pk}/melden/", {"reason": " "})
    assert empty.status_code == 400 and "Bitte nennen Sie einen Grund" in empty.content.decode()
    response = client.post(f"/de/beteiligung/kommentar/{comment.pk}/melden/", {"reason": "Beleidigend"})
    assert response.status_code == 200
    report = CommentReport.objects.get()
    assert report.reason == "Beleidigend" and report.comment == comment
    assert {field.name for field in CommentReport._meta.get_fields()} == {
        "id",
        "comment",
        "reason",
        "created_at",
        "resolved_at",
    }


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL; SQLite serialises writers")
def test_concurrent_replies_never_share_a_position(chapter):
    from django.db import close_old_connections

    root = make_comment(chapter, "Wurzel")
    errors = []

    def reply(number):
        try:
            from concept.comments import services

            comment = ChapterComment(
                content_type=root.content_type,
                object_pk=root.object_pk,
                site_id=1,
                user_name=f"P{number}",
                user_email=f"p{number}@example.com",
                comment=f"Antwort {number}",
                parent_id=root.pk,
            )
            services.submit(comment, chapter=chapter, user=_anonymous(), base_url="http://testserver")
        except Exception as error:
            errors.append(error)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=reply, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    orders = list(ChapterComment.objects.filter(thread_id=root.thread_id).values_list("order", flat=True))
    assert len(orders) == 9 and len(set(orders)) == 9


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()
