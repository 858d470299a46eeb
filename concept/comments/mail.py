"""Mails to commenters, sent by the database task queue (``manage.py db_worker``).

Notifications are rendered in the request, in the visitor's language, so the worker only
sends text. The confirmation mail is the exception: its one-time token is made by the task
itself, at each attempt, so no usable link ever waits in the queue. When the mail server
fails the task schedules itself again with growing back-off, so no mail is lost while the
server is down. Every mail names the concept it is about, comes from the sender name and ends
with the signature the district sets in the portal settings (``home.PortalSettings``).
A finished task keeps neither its arguments nor a traceback (see
``forget_arguments``), and nothing here logs an address: only the error's class and SMTP code.
"""

import logging
from contextlib import suppress
from datetime import timedelta
from email.utils import formataddr, make_msgid, parseaddr
from smtplib import SMTPException, SMTPRecipientsRefused

from django_tasks import task
from django_tasks.signals import task_finished

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.core.signing import BadSignature, TimestampSigner
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ops import metrics
from ops.requests import current_request_id, use_request_id

from . import mine, ratelimit, tokens
from .chapters import chapter_for_comments

logger = logging.getLogger(__name__)

RETRY_DELAYS = [60, 300, 900, 3600, 3600 * 3, 3600 * 6, 3600 * 12]
UNSUBSCRIBE_SALT = "concept.comments.unsubscribe"
NO_ARGUMENTS = {"args": [], "kwargs": {}}


class MailNotDelivered(Exception):
    """The last attempt failed. Carries only the error's class and SMTP code: the original
    exception (and its traceback, which the queue would store) may name the address."""


def describe(error):
    """What may be logged about a failed send: the class and the SMTP code, no address."""
    code = getattr(error, "smtp_code", None)
    if code is None and isinstance(error, SMTPRecipientsRefused):
        code = next((reply[0] for reply in error.recipients.values()), None)
    return f"{type(error).__name__} {code}" if code else type(error).__name__


class PermanentFailure(Exception):
    """The mail server refused the mail for good (5xx): another attempt would be refused too."""


def _permanent(error):
    code = getattr(error, "smtp_code", None)
    if code is None and isinstance(error, SMTPRecipientsRefused):
        code = next((reply[0] for reply in error.recipients.values()), None)
    return isinstance(code, int) and 500 <= code < 600


def headers(unsubscribe_url="", sender=None):
    """What big receiving providers look at: ``Auto-Submitted`` on every mail (no auto-replies
    back), a Message-ID on the sender's own domain, and on notifications (never on the
    confirmation, which is transactional) one-click unsubscribe after RFC 8058."""
    domain = parseaddr(sender or settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or None
    result = {"Auto-Submitted": "auto-generated", "Message-ID": make_msgid(domain=domain)}
    if unsubscribe_url:
        result["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        result["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return result


def _send_or_retry(subject, body, recipient, attempt, retry, unsubscribe_url="", sender=None):
    """Sends now; when the server fails for a while, ``retry(run_after)`` queues the next attempt.
    A permanent refusal raises PermanentFailure at once: no retry, nothing to wait for."""
    message = EmailMessage(
        subject, body, sender or settings.DEFAULT_FROM_EMAIL, [recipient], headers=headers(unsubscribe_url, sender)
    )
    try:
        message.send()
    except (SMTPException, OSError) as error:
        what = describe(error)
        if _permanent(error):
            metrics.mail("undeliverable")
            logger.warning("Mail refused for good (%s); not trying again.", what)
            raise PermanentFailure(what) from None
        if attempt >= len(RETRY_DELAYS):
            metrics.mail("given_up")
            logger.error("Giving up on a mail after %s attempts (%s).", attempt + 1, what)
            raise MailNotDelivered(what) from None
        delay = RETRY_DELAYS[attempt]
        metrics.mail("retry")
        logger.warning("Mail server failed (%s); trying again in %s s.", what, delay)
        retry(timezone.now() + timedelta(seconds=delay))
    else:
        metrics.mail("sent")


@task(backend="mail", queue_name="mail")
def deliver(subject, body, recipient, attempt=0, unsubscribe_url="", request_id="", sender=None):
    # A notification to an address refused for good is simply not sent (logged and counted).
    with use_request_id(request_id), suppress(PermanentFailure):
        _send_or_retry(
            subject,
            body,
            recipient,
            attempt,
            lambda when: deliver.using(run_after=when).enqueue(
                subject, body, recipient, attempt + 1, unsubscribe_url, request_id, sender
            ),
            unsubscribe_url=unsubscribe_url,
            sender=sender,
        )


@task(backend="mail", queue_name="mail")
def deliver_confirmation(comment_id, attempt=0, request_id=""):
    """The confirmation mail of a pending comment, with a token made now (only its hash is
    stored; a retry makes a new one, so an earlier link of the same comment stops working).
    Sends nothing once the comment is confirmed, deleted or its time has run out. When the
    address is refused for good the comment is marked undeliverable for the moderators."""
    with use_request_id(request_id):
        comment, token = tokens.issue_confirmation_token(comment_id)
        if comment is None:
            return
        left = (comment.token_expires_at - timezone.now()).total_seconds() / 3600
        with translation.override(comment.language):
            path = reverse("comments:confirm", args=[token])
        base, identity = organisation_of(comment)
        subject, body = render(
            "confirm",
            comment.language,
            {
                "confirm_url": base + path,
                "hours": max(1, round(left)),
                "concept": concept_title(comment),
                "mine_url": mine.personal_link(comment, comment.language, base),
            },
            identity,
        )
        try:
            _send_or_retry(
                subject,
                body,
                comment.user_email,
                attempt,
                lambda when: deliver_confirmation.using(run_after=when).enqueue(comment_id, attempt + 1, request_id),
                sender=mail_sender(identity),
            )
        except PermanentFailure:
            type(comment).objects.filter(pk=comment.pk).update(undeliverable=True)


@receiver(task_finished)
def forget_arguments(sender, task_result, **kwargs):
    """django-tasks-db keeps a finished task's arguments (address, text, links) and, after a
    failure, a traceback naming the address: both are cleared as soon as the task is done."""
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    # The worker sends the backend itself after a success and its class after a failure.
    backend = sender if isinstance(sender, type) else type(sender)
    if issubclass(backend, DatabaseBackend):
        DBTaskResult.objects.filter(pk=task_result.id).update(args_kwargs=NO_ARGUMENTS, traceback="")


def forget_finished_tasks():
    """For anything finished before ``forget_arguments`` ran (or where it could not)."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.finished().update(args_kwargs=NO_ARGUMENTS, traceback="")


def unsubscribe_token(comment):
    return TimestampSigner(salt=UNSUBSCRIBE_SALT).sign(str(comment.pk))


def comment_from_unsubscribe_token(token):
    try:
        return int(TimestampSigner(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (BadSignature, ValueError):
        return None


IDENTITY_KEY = "concept:mail-identity"


def mail_identity(base_url=None):
    """The sender name and signature of the organisation whose address ``base_url`` is (the
    district's by default; ``home.PortalSettings`` of its site), from the cache: a mail costs no
    query for them. Forgotten when any portal settings or site change."""
    if base_url == settings.PORTAL_BASE_URL:
        base_url = None  # the district: one cached identity whichever way it was asked
    key = f"{IDENTITY_KEY}:{cache.get(IDENTITY_KEY + ':generation', 0)}:{base_url or ''}"
    identity = cache.get(key)
    if identity is None:
        from home.models import PortalSettings
        from home.organisations import site_for_base_url

        site = site_for_base_url(base_url)
        row = PortalSettings.for_site(site) if site is not None else None
        identity = {
            "sender_name": (row.mail_sender_name or row.organisation_name) if row else "",
            # A town's own address, when it set one (issue 22); else DEFAULT_FROM_EMAIL's.
            "sender_address": row.mail_sender_address.strip() if row else "",
            # A town without a signature of its own signs with its name, not the district's (issue 22).
            "signature": (row.mail_signature.strip() or row.organisation_name) if row else "",
        }
        cache.set(key, identity, 3600)
    return identity


@receiver(post_save, sender="home.PortalSettings")
@receiver(post_save, sender="wagtailcore.Site")
def _forget_identity(**kwargs):
    cache.set(IDENTITY_KEY + ":generation", cache.get(IDENTITY_KEY + ":generation", 0) + 1, None)


def mail_sender(identity=None):
    """``Kreis Schleswig-Flensburg <beteiligung@…>``: the name from the portal settings (else the
    site's name) on one line, the address the organisation's own (its portal settings) or else
    DEFAULT_FROM_EMAIL's."""
    identity = identity or mail_identity()
    name = " ".join((identity["sender_name"] or settings.WAGTAIL_SITE_NAME).split())
    address = identity.get("sender_address") or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return formataddr((name, address))


def organisation_of(comment):
    """(base URL, identity) of the organisation the comment's chapter belongs to (issue 22)."""
    from home.organisations import base_url_for

    base = base_url_for(chapter_for_comments(int(comment.object_pk)))
    return base, mail_identity(base)


def site_of(comment):
    """The id of the organisation (site) the comment's chapter belongs to: whose mail budget counts."""
    from home.organisations import site_id_of

    return site_id_of(chapter_for_comments(int(comment.object_pk)))


def concept_title(comment):
    """The title of the concept a comment was written on (the mails name it)."""
    chapter = chapter_for_comments(int(comment.object_pk))
    return chapter.concept.title if chapter is not None else ""


def render(template, language, context, identity=None):
    identity = identity or mail_identity()
    context = {"signature": identity["signature"], **context}
    with translation.override(language):
        subject = render_to_string(f"concept/mail/{template}_subject.txt", context).strip()
        body = render_to_string(f"concept/mail/{template}.txt", context)
    return subject, body


def send(template, recipient, language, base_url, context, task=deliver):
    """Queues a notification; one with an ``unsubscribe_url`` gets the one-click headers. Sender
    and signature are those of the organisation whose address ``base_url`` is."""
    identity = mail_identity(base_url)
    subject, body = render(template, language, {**context, "base_url": base_url}, identity)
    task.enqueue(
        subject,
        body,
        recipient,
        0,
        context.get("unsubscribe_url", ""),
        current_request_id(),
        mail_sender(identity),
    )


def send_confirmation(comment):
    # Past the hourly budget a confirmation waits for its slot (ratelimit.mail_slot), never refused.
    ratelimit.budgeted(deliver_confirmation, site_of(comment)).enqueue(comment.pk, 0, current_request_id())


def _about_comment(template, comment, recipient, language):
    """A mail to ``recipient`` alone about ``comment`` (its permalink, its concept, Meine Beiträge),
    from the comment's organisation: what the page after a submission must not tell."""
    with translation.override(language):
        path = reverse("comments:permalink", args=[comment.pk])
    base, _identity = organisation_of(comment)
    context = {
        "comment_url": base + path,
        "concept": concept_title(comment),
        "mine_url": mine.personal_link(recipient, language, base),
    }
    send(template, recipient, language, base, context, task=ratelimit.budgeted(deliver, site_of(comment)))


def send_already_published(existing, recipient, language):
    """The text was already published from this address: told to the address only, so the
    page after the submission looks the same whoever sent what."""
    _about_comment("duplicate", existing, recipient, language)


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
            "concept": concept_title(parent),
            "reply_url": base_url + reply_path,
            "unsubscribe_url": base_url + unsubscribe_path,
            "mine_url": mine.personal_link(parent, parent.language, base_url),
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
        {
            "comment": comment,
            "unsubscribe_url": base_url + unsubscribe_path,
            "concept": concept_title(comment),
            "mine_url": mine.personal_link(comment, comment.language, base_url),
        },
    )


@task(backend="mail", queue_name="mail")
def deliver_support_confirmation(support_id, attempt=0, request_id=""):
    """The confirmation mail of a pending support, with a token made now (as a comment's)."""
    with use_request_id(request_id):
        support, token = tokens.issue_support_token(support_id)
        if support is None:
            return
        left = (support.token_expires_at - timezone.now()).total_seconds() / 3600
        with translation.override(support.language):
            path = reverse("comments:support_confirm", args=[token])
        base, identity = organisation_of(support.comment)
        subject, body = render(
            "support_confirm",
            support.language,
            {
                "confirm_url": base + path,
                "hours": max(1, round(left)),
                "concept": concept_title(support.comment),
                "mine_url": mine.personal_link(support.email, support.language, base),
            },
            identity,
        )
        with suppress(PermanentFailure):
            _send_or_retry(
                subject,
                body,
                support.email,
                attempt,
                lambda when: deliver_support_confirmation.using(run_after=when).enqueue(
                    support_id, attempt + 1, request_id
                ),
                sender=mail_sender(identity),
            )


def send_support_confirmation(support):
    task = ratelimit.budgeted(deliver_support_confirmation, site_of(support.comment))
    task.enqueue(support.pk, 0, current_request_id())


def send_support_already_counted(comment, recipient, language):
    """This address's support of the comment already counts: told to the address only."""
    _about_comment("support_counted", comment, recipient, language)


def send_personal_link(recipient, language, site):
    """A new link to "Meine Beiträge", asked for on its request page (only when the address has
    contributions; the page answers the same either way), within the mail budget of the
    organisation (``site``) whose host it was asked on."""
    context = {"mine_url": mine.personal_link(recipient, language)}
    task = ratelimit.budgeted(deliver, site)
    send("mine_link", recipient, language, settings.PORTAL_BASE_URL, context, task=task)
