"""The mails of followers, through the comments' mail queue (concept/comments/mail.py): the
confirmation (its one-time token made by the task at each attempt, as for comments) and one mail
per event, each with a one-click unsubscribe link and the List-Unsubscribe headers (RFC 8058)."""

from django_tasks import task

from django.core.signing import BadSignature, TimestampSigner
from django.urls import reverse
from django.utils import timezone, translation

from concept import participation
from concept.comments import mail as comment_mail
from concept.comments import mine, ratelimit
from home.organisations import base_url_for, site_id_of
from ops.requests import current_request_id, use_request_id

from . import tokens

UNSUBSCRIBE_SALT = "concept.follow.unsubscribe"


def unsubscribe_token(follower):
    return TimestampSigner(salt=UNSUBSCRIBE_SALT).sign(str(follower.pk))


def follower_from_unsubscribe_token(token):
    try:
        return int(TimestampSigner(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (BadSignature, ValueError):
        return None


def _url(base, name, language, *args):
    with translation.override(language):
        return base + reverse(name, args=args)


@task(backend="mail", queue_name="mail")
def deliver_confirmation(follower_id, attempt=0, request_id=""):
    """The confirmation mail, with a token made now (only its hash is stored; a retry makes a new
    one). Sends nothing once the follower is confirmed, erased or the link's time has run out."""
    with use_request_id(request_id):
        follower, token = tokens.issue_confirmation_token(follower_id)
        if follower is None:
            return
        left = (follower.token_expires_at - timezone.now()).total_seconds() / 3600
        # Links and sender of the concept's organisation (issue 22): a town's concept, the town's host.
        base = base_url_for(follower.concept)
        identity = comment_mail.mail_identity(base)
        subject, body = comment_mail.render(
            "follow_confirm",
            follower.language,
            {
                "confirm_url": _url(base, "follow:confirm", follower.language, token),
                "hours": max(1, round(left)),
                "concept": follower.concept.title,
                # "Meine Beiträge", when this address has contributions (issue 19: in every mail).
                "mine_url": mine.personal_link(follower.email, follower.language, base),
            },
            identity,
        )
        try:
            comment_mail._send_or_retry(
                subject,
                body,
                follower.email,
                attempt,
                lambda when: deliver_confirmation.using(run_after=when).enqueue(follower_id, attempt + 1, request_id),
                sender=comment_mail.mail_sender(identity),
            )
        except comment_mail.PermanentFailure:
            type(follower).objects.filter(pk=follower.pk).delete()


def send_confirmation(follower_id, concept):
    """Within the mail budget of the concept's organisation."""
    ratelimit.budgeted(deliver_confirmation, site_id_of(concept)).enqueue(follower_id, 0, current_request_id())


def send_notices(concept, kind, notices):
    """One mail per confirmed follower of ``concept`` about ``notices`` (several only for versions
    published together). Returns how many were queued."""
    followers = concept.followers.filter(confirmed_at__isnull=False).order_by("pk")
    base = base_url_for(concept)
    concept_url = concept.get_full_url() or base
    happened_at = max(notice.happened_at for notice in notices)
    count = 0
    for follower in followers:
        language = follower.language
        versions = [
            {
                "chapter": notice.version.chapter,
                "number": notice.version.number,
                "note": notice.version.note,
                "url": _url(base, "versions:version", language, notice.version.chapter_id, notice.version.number),
            }
            for notice in notices
            # A version published before this address followed is no news to it (the demo's first
            # versions, or a chapter published minutes before, still waiting for its batch).
            if notice.version is not None and notice.happened_at >= follower.confirmed_at
        ]
        if any(notice.version is not None for notice in notices) and not versions:
            continue
        context = {
            "concept": concept.title,
            "concept_url": concept_url,
            "window": window_text(concept, happened_at, language),
            "versions": versions,
            "report_url": _url(base, "report:page", language, concept.pk),
            "unsubscribe_url": _url(base, "follow:unsubscribe", language, unsubscribe_token(follower)),
            "mine_url": mine.personal_link(follower.email, language, base),
        }
        comment_mail.send(f"follow_{kind}", follower.email, language, base, context)
        count += 1
    return count


def window_text(concept, moment, language):
    """How the concept page words the window at ``moment``, in ``language``."""
    with translation.override(language):
        return participation.window_message(concept, moment)
