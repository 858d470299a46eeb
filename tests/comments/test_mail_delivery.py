"""Mails through a real SMTP server (aiosmtpd in the test process): the headers big providers
look at, the encoding of German and Arabic, one-click unsubscribe, and what is retried."""

import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller

from django.core.management import call_command
from django.test import Client

from concept.comments.models import ChapterComment
from tests.comments.conftest import confirm, post_comment

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}


class Relay:
    """An SMTP server that keeps what it receives, or answers RCPT with a chosen refusal."""

    def __init__(self):
        self.received = []
        self.refuse_with = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_with:
            return self.refuse_with
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(email.message_from_bytes(envelope.original_content, policy=email.policy.default))
        return "250 Message accepted"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def relay(settings):
    handler = Relay()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    settings.DEFAULT_FROM_EMAIL = "Kreis Schleswig-Flensburg <beteiligung@kreis-sl.example>"
    yield handler
    controller.stop()


def run_worker():
    call_command("db_worker", "--batch", "--backend", "mail", "--queue-name", "mail", "--no-startup-delay", verbosity=0)


def link_in(message, word):
    body = message.get_body(preferencelist=("plain",)).get_content()
    return next(line.strip() for line in body.splitlines() if f"/{word}/" in line).replace("http://testserver", "")


def test_confirmation_and_reply_mails_carry_what_providers_expect(client, chapter, relay):
    post_comment(client, chapter, name="Jürgen Müßig", comment="Größere Sprachkurse für Mütter", followup="on")
    confirmation = relay.received[-1]
    assert confirmation["Auto-Submitted"] == "auto-generated"
    assert confirmation["Message-ID"].endswith("@kreis-sl.example>")
    assert confirmation["List-Unsubscribe"] is None, "a confirmation is transactional: no list headers"
    confirm(client, link_in(confirmation, "bestaetigen"))

    first = ChapterComment.objects.get()
    post_comment(client, chapter, reply_to=str(first.pk), comment="شكراً جزيلاً", email="leila@example.org")
    confirm(client, link_in(relay.received[-1], "bestaetigen"))

    reply_mail = relay.received[-1]
    assert reply_mail["To"].addresses[0].addr_spec == first.user_email
    assert reply_mail["Auto-Submitted"] == "auto-generated"
    unsubscribe = reply_mail["List-Unsubscribe"].strip()  # a long value is folded onto its own line
    assert unsubscribe.startswith("<http://testserver/") and "/abbestellen/" in unsubscribe
    assert reply_mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    part = reply_mail.get_body(preferencelist=("plain",))
    assert part.get_content_charset() == "utf-8"
    assert "شكراً جزيلاً" in part.get_content()  # the reply's Arabic text arrives readable
    raw = reply_mail.as_bytes()
    assert max(len(line) for line in raw.splitlines()) <= 998  # RFC 5322's hard limit


def test_one_click_unsubscribe_needs_no_page_and_no_cookie(chapter):
    from concept.comments import mail
    from tests.comments.conftest import make_comment

    comment = make_comment(chapter, followup=True)
    path = "/de/beteiligung/abbestellen/" + mail.unsubscribe_token(comment) + "/"
    provider = Client(enforce_csrf_checks=True)  # a mail provider's POST: no CSRF cookie, no form
    response = provider.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    comment.refresh_from_db()
    assert comment.followup is False


def test_a_busy_server_is_asked_again_a_refused_address_is_not(client, chapter, relay, settings, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    # Through the settings fixture, not override_settings: mixing the two inside one test
    # restores the wrong state afterwards and leaves the database queue on for later tests.
    settings.TASKS = DATABASE_QUEUE

    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    relay.refuse_with = "451 4.3.0 Try again later"
    post_comment(client, chapter, comment="Bitte später")
    run_worker()
    assert not relay.received
    assert DBTaskResult.objects.filter(status="READY").count() == 1, "a 4xx answer is retried later"
    assert not ChapterComment.objects.get().undeliverable

    DBTaskResult.objects.all().delete()
    relay.refuse_with = "550 5.1.1 No such user"
    post_comment(client, chapter, comment="Falsche Adresse", email="niemand@example.org")
    run_worker()
    assert not DBTaskResult.objects.filter(status="READY").exists(), "a 5xx answer is final"
    refused = ChapterComment.objects.get(comment="Falsche Adresse")
    assert refused.undeliverable, "the moderators see why no confirmation came"


def test_a_dropped_connection_is_retried(client, chapter, settings, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_QUEUE

    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", free_port(), False
    post_comment(client, chapter, comment="Niemand hört zu")
    run_worker()
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert not ChapterComment.objects.get().undeliverable
