"""When the mail server is down, comments are still accepted and the mail goes out later."""

from datetime import timedelta

import pytest
import time_machine

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from concept.comments import tokens
from concept.comments.models import ChapterComment
from tests.comments.conftest import confirm, last_confirmation_link, post_comment

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}


class MailServerDown(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server unreachable")


def run_worker():
    call_command("db_worker", "--batch", "--backend", "mail", "--queue-name", "mail", "--no-startup-delay", verbosity=0)


@override_settings(TASKS=DATABASE_QUEUE)
def test_mail_is_retried_until_the_server_is_back(client, chapter, monkeypatch):
    # The worker closes "old" connections between tasks, which would close the test's
    # own transaction on PostgreSQL; connection hygiene is not what this test is about.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    with override_settings(EMAIL_BACKEND="tests.comments.test_mail_retry.MailServerDown"):
        response = post_comment(client, chapter, comment="Trotz Serverausfall")
        assert response.status_code == 200
        run_worker()
    assert ChapterComment.objects.filter(comment="Trotz Serverausfall").exists()
    assert not mail.outbox

    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        run_worker()
    assert len(mail.outbox) == 1
    assert "bestaetigen" in mail.outbox[0].body


@override_settings(TASKS=DATABASE_QUEUE)
def test_each_attempt_makes_its_own_token_and_only_the_sent_one_works(client, chapter, monkeypatch):
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    with override_settings(EMAIL_BACKEND="tests.comments.test_mail_retry.MailServerDown"):
        post_comment(client, chapter, comment="Neuer Link je Versuch")
        assert ChapterComment.objects.get().token_hash == ""  # no token exists before the mail is sent
        run_worker()
    failed_attempt = ChapterComment.objects.get().token_hash
    assert len(failed_attempt) == 64

    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        run_worker()
    link = last_confirmation_link()
    stored = ChapterComment.objects.get().token_hash
    assert stored != failed_attempt
    assert stored == tokens.hash_token(link.rstrip("/").rsplit("/", 1)[1])
    assert confirm(client, link).status_code == 200
    assert ChapterComment.objects.visible().count() == 1
