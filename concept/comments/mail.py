"""Mails to commenters, sent by the database task queue (``manage.py db_worker``).

Mails are rendered in the request, in the visitor's language, so the worker only
sends text. When the mail server fails the task schedules itself again with
growing back-off, so no mail is lost while the server is down.
"""

import logging
from datetime import timedelta
from smtplib import SMTPException

from django_tasks import task

from django.conf import settings
from django.core.mail import send_mail
from django.core.signing import BadSignature, TimestampSigner
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from . import ratelimit

logger = logging.getLogger(__name__)

RETRY_DELAYS = [60, 300, 900, 3600, 3600 * 3, 3600 * 6, 3600 * 12]
UNSUBSCRIBE_SALT = "concept.comments.unsubscribe"


@task(backend="mail", queue_name="mail")
def deliver(subject, body, recipient, attempt=0):
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
    except (SMTPException, OSError) as error:
        if attempt >= len(RETRY_DELAYS):
            logger.error("Giving up on a mail after %s attempts: %s", attempt + 1, error)
            raise
        delay = RETRY_DELAYS[attempt]
        logger.warning("Mail server failed (%s); trying again in %s s.", error, delay)
        deliver.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            subject, body, recipient, attempt + 1
        )


def unsubscribe_token(comment):
    return TimestampSigner(salt=UNSUBSCRIBE_SALT).sign(str(comment.pk))


def comment_from_unsubscribe_token(token):
    try:
        return int(TimestampSigner(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (BadSignature, ValueError):
        return None


def send(template, recipient, language, base_url, context, task=deliver):
    with translation.override(language):
        subject = render_to_string(f"concept/mail/{template}_subject.txt", context).strip()
        body = render_to_string(f"concept/mail/{template}.txt", {**context, "base_url": base_url})
    task.enqueue(subject, body, recipient)


def send_confirmation(comment, token, base_url):
    with translation.override(comment.language):
        path = reverse("comments:confirm", args=[token])
    send(
        "confirm",
        comment.user_email,
        comment.language,
        base_url,
        {"comment": comment, "confirm_url": base_url + path, "hours": settings.COMMENTS_CONFIRMATION_HOURS},
        task=ratelimit.budgeted(deliver),  # past the hourly budget it waits, see ratelimit.mail_slot
    )


def send_reply_notification(parent, reply, base_url):
    with translation.override(parent.language):
        reply_path = reverse("comments:permalink", args=[reply.pk])
        unsubscribe_path = reverse("comments:unsubscribe", args=[unsubscribe_token(parent)])
    send(
        "reply",
        parent.user_email,
        parent.language,
        base_url,
        {
            "parent": parent,
            "reply": reply,
            "reply_url": base_url + reply_path,
            "unsubscribe_url": base_url + unsubscribe_path,
        },
    )


def send_hidden_notification(comment, base_url):
    with translation.override(comment.language):
        unsubscribe_path = reverse("comments:unsubscribe", args=[unsubscribe_token(comment)])
    send(
        "hidden",
        comment.user_email,
        comment.language,
        base_url,
        {"comment": comment, "unsubscribe_url": base_url + unsubscribe_path},
    )
