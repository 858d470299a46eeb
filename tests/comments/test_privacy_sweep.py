"""Every table, read column by column, with the real mail queue (django-tasks-db and its
worker): after the confirmation the one-time token is nowhere and the address and text only
in the comment's own row; after the purge the address is nowhere. Logs never name an address."""

import logging
import re
from datetime import timedelta
from smtplib import SMTPRecipientsRefused

import pytest
import time_machine

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from concept.comments.models import ChapterComment
from tests.comments.conftest import confirm, form_tokens, form_url, post_comment, tables_containing
from tests.comments.test_mail_retry import DATABASE_QUEUE, run_worker

pytestmark = pytest.mark.django_db

EMAIL = "geheim.adresse@example.com"
REFUSED = "abgelehnt.adresse@example.com"
TEXT = "Ein Vorschlag mit einem unverwechselbaren Wortlaut Xq7"


class RefusingBackend(EmailBackend):
    """Delivers like locmem, but the server refuses one recipient (and names it, as SMTP does)."""

    def send_messages(self, messages):
        for message in messages:
            if REFUSED in message.to:
                raise SMTPRecipientsRefused({REFUSED: (550, b"5.1.1 <" + REFUSED.encode() + b"> unknown")})
        return super().send_messages(messages)


@override_settings(TASKS=DATABASE_QUEUE, EMAIL_BACKEND="tests.comments.test_privacy_sweep.RefusingBackend")
def test_no_token_address_or_text_stays_in_any_table(client, chapter, django_user_model, monkeypatch, caplog):
    # The worker closes "old" connections between tasks, which would close the test's own
    # transaction on PostgreSQL (as in test_mail_retry.py).
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    monkeypatch.setattr("concept.comments.mail.RETRY_DELAYS", [])  # a refused mail fails at once
    caplog.set_level(logging.INFO)
    comment_table = ChapterComment._meta.get_field("user_email").model._meta.db_table

    post_comment(client, chapter, email=EMAIL, comment=TEXT, followup="on")
    assert not mail.outbox  # queued, not sent: the queue holds no usable link
    queued = tables_containing(EMAIL, TEXT)
    assert queued == {EMAIL: {comment_table}, TEXT: {comment_table}}, queued
    run_worker()
    link = re.search(r"http://testserver(/\S+/bestaetigen/\S+/)", mail.outbox[-1].body).group(1)
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert confirm(client, link).status_code == 200

    # A mail that fails for good (its error and traceback name the address), and a
    # notification quoting the comment's text to its author's address.
    post_comment(client, chapter, email=REFUSED, comment="Wird nie bestätigt")
    editor = django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "pw")
    client.force_login(editor)
    parent = ChapterComment.objects.get(comment=TEXT)
    page = client.get(form_url(chapter, antwort=parent.pk)).content.decode()
    client.post(
        form_url(chapter),
        {**form_tokens(page), "comment": "Danke!", "reply_to": str(parent.pk), "paragraph": "", "honeypot": ""},
    )
    client.logout()
    run_worker()
    assert [message.to for message in mail.outbox] == [[EMAIL], [EMAIL]]

    found = tables_containing(token, EMAIL, REFUSED, TEXT)
    assert found == {
        token: set(),
        EMAIL: {comment_table},  # until the purge
        REFUSED: {comment_table},  # its comment waits for a confirmation that cannot come
        TEXT: {comment_table},  # the published comment itself
    }, found
    assert EMAIL not in caplog.text and REFUSED not in caplog.text and token not in caplog.text

    far_later = chapter.concept.closes_at + timedelta(days=2 * 366)
    with time_machine.travel(far_later):
        call_command("purge_comments", verbosity=0)
    found = tables_containing(token, EMAIL, REFUSED, TEXT)
    assert found == {token: set(), EMAIL: set(), REFUSED: set(), TEXT: {comment_table}}, found


@override_settings(TASKS=DATABASE_QUEUE)
def test_the_purge_clears_what_the_queue_kept_and_prunes_old_rows(settings):
    """Rows the signal handler missed (an older version, a crash between the two writes)."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()

    def row(status, finished_days_ago=None):
        return DBTaskResult.objects.create(
            status=status,
            args_kwargs={"args": ["Betreff", f"Text für {EMAIL}", EMAIL], "kwargs": {}},
            task_path="concept.comments.mail.deliver",
            queue_name="mail",
            backend_name="mail",
            run_after=now,
            finished_at=None if finished_days_ago is None else now - timedelta(days=finished_days_ago),
            traceback=f"SMTPRecipientsRefused: {{'{EMAIL}': (550, ...)}}",
        )

    sent, failed, waiting = row("SUCCESSFUL", 1), row("FAILED", 1), row("READY")
    old = row("SUCCESSFUL", settings.MAIL_TASK_RESULTS_DAYS + 1)
    call_command("purge_comments", verbosity=0)
    for finished in (sent, failed):
        finished.refresh_from_db()
        assert EMAIL not in str(finished.args_kwargs) and EMAIL not in finished.traceback
    waiting.refresh_from_db()
    assert waiting.args_kwargs["args"][2] == EMAIL  # still to be delivered
    assert not DBTaskResult.objects.filter(pk=old.pk).exists()
