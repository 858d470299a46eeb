"""Mails to the moderation: a digest of what waits, and an alert on new reports.

Who: every active user with an e-mail address in a group that has the role "moderate" on the
concept (``concept.roles``: a grant on the concept or on one of its ancestors). Superusers get
nothing unless they are in such a group.

When (``run``, called by ``manage.py send_moderation_digest`` every few minutes from a timer):
- the **digest**, per concept, at most hourly while its window is open and daily otherwise, and
  only when something came in since the last one (a comment to review or new, or a report);
- the **alert on reports**, at once (``services.report`` queues ``alert_reports`` on the mail
  worker) but at most once per ``REPORT_ALERT_EVERY`` and concept; what the throttle held back goes
  out with the next run after it.

The mails name counts, chapters and a link to the queue; never a comment's text, name or address
(they leave the portal). They go through the mail worker (``mail.deliver``: retries), but not
through the confirmation mails' hourly budget (``ratelimit.budgeted``): the two are counted apart,
so a flood of comments never delays the moderators' alert, and the moderators' mails never use up
the citizens' budget. Each mail sent is recorded (``ModerationNotice``: when, which concept, how many
recipients), which times the next one.
"""

from dataclasses import dataclass
from datetime import timedelta

from django_tasks import task

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from concept import participation
from concept.roles.models import Role, RoleGrant

from . import mail, queue
from .models import ChapterComment, CommentReport, ModerationNotice

DIGEST_WHILE_OPEN = timedelta(hours=1)
DIGEST_OTHERWISE = timedelta(days=1)
REPORT_ALERT_EVERY = timedelta(minutes=15)


def recipients(concept):
    """The e-mail addresses of the concept's moderators, sorted, each once."""
    steplen = concept.steplen
    ancestors = [concept.path[:end] for end in range(steplen, len(concept.path) + 1, steplen)]
    groups = RoleGrant.objects.filter(role=Role.MODERATE, page__path__in=ancestors).values("group")
    users = get_user_model().objects.filter(is_active=True, groups__in=groups).exclude(email="")
    return sorted({email.strip().lower() for email in users.values_list("email", flat=True)})


@dataclass
class Waiting:
    to_review: int
    new: int
    reports: int
    chapters: list  # [(label, to_review, new)] of the chapters with something to do


def _chapter_keys(concept):
    from concept.models import ChapterPage

    return {
        str(chapter.pk): chapter
        for chapter in ChapterPage.objects.child_of(concept).order_by("number", "path").only("id", "title", "number")
    }


def waiting(concept):
    chapters = _chapter_keys(concept)
    comments = ChapterComment.objects.on_chapters(chapters).select_related(None)
    rows = {}
    for key, to_review, new in (
        comments.order_by()
        .values("object_pk")
        .annotate(
            to_review=_count(queue.to_review()),
            new=_count(queue.NEW),
        )
        .values_list("object_pk", "to_review", "new")
    ):
        rows[key] = (to_review, new)
    reports = CommentReport.objects.filter(comment__in=comments, resolved_at__isnull=True).count()
    listed = [
        (f"{chapter.number}. {chapter.title}", *rows[key])
        for key, chapter in chapters.items()
        if key in rows and any(rows[key])
    ]
    return Waiting(
        to_review=sum(row[1] for row in listed), new=sum(row[2] for row in listed), reports=reports, chapters=listed
    )


def _count(condition):
    return Count("pk", filter=condition)


def _last(concept, kind):
    return ModerationNotice.objects.filter(concept=concept, kind=kind).order_by("-sent_at").first()


def _fresh(concept, since):
    """Whether anything for the moderation came in after ``since`` (None: ever)."""
    comments = ChapterComment.objects.on_chapters(_chapter_keys(concept)).select_related(None)
    todo = comments.filter(queue.to_review() | queue.NEW)
    reports = CommentReport.objects.filter(comment__in=comments, resolved_at__isnull=True)
    if since is not None:
        todo = todo.filter(Q(confirmed_at__gt=since) | Q(reports__created_at__gt=since))
        reports = reports.filter(created_at__gt=since)
    return todo.exists() or reports.exists()


def _queue_url(view):
    return f"{settings.PORTAL_BASE_URL}{reverse('concept_moderation:index')}?ansicht={view}"


def _send(concept, kind, template, context, now):
    addresses = recipients(concept)
    if not addresses:
        return 0
    context = {
        "concept": concept.title,
        "queue_url": _queue_url("pruefen"),
        "new_url": _queue_url("neu"),
        "help_url": f"{settings.PORTAL_BASE_URL}{reverse('concept_help')}#moderation",
        **context,
    }
    for address in addresses:
        # The staff's mails: German, the admin's language; never through the confirmation budget.
        mail.send(template, address, "de", settings.PORTAL_BASE_URL, context, task=mail.deliver)
    ModerationNotice.objects.create(concept=concept, kind=kind, sent_at=now, recipients=len(addresses))
    return len(addresses)


def send_digest(concept, now=None):
    """The digest of one concept if it is due and something came in; returns the number of mails."""
    now = now or timezone.now()
    is_open = participation.window_state(concept, now) == participation.OPEN
    every = DIGEST_WHILE_OPEN if is_open else DIGEST_OTHERWISE
    last = _last(concept, ModerationNotice.DIGEST)
    if last is not None and now - last.sent_at < every:
        return 0
    if not _fresh(concept, last.sent_at if last else None):
        return 0
    state = waiting(concept)
    if not (state.to_review or state.new or state.reports):
        return 0
    # Lazy: rendered in the recipient's language by _send.
    context = {"waiting": state, "every": gettext_lazy("stündlich") if is_open else gettext_lazy("täglich")}
    return _send(concept, ModerationNotice.DIGEST, "moderation_digest", context, now)


def send_report_alert(concept, now=None):
    """The alert on reports filed since the last alert, unless one went out within the throttle."""
    now = now or timezone.now()
    last = _last(concept, ModerationNotice.REPORTS)
    if last is not None and now - last.sent_at < REPORT_ALERT_EVERY:
        return 0
    comments = ChapterComment.objects.on_chapters(_chapter_keys(concept)).select_related(None)
    reports = CommentReport.objects.filter(comment__in=comments, resolved_at__isnull=True)
    if last is not None:
        reports = reports.filter(created_at__gt=last.sent_at)
    count = reports.count()
    if not count:
        return 0
    context = {"reports": count, "waiting": waiting(concept)}
    return _send(concept, ModerationNotice.REPORTS, "moderation_reports", context, now)


def run(now=None):
    """Every concept's report alert and digest, as due; returns (alerts, digests) mails queued."""
    from concept.models import ConceptPage

    now = now or timezone.now()
    alerts = digests = 0
    for concept in ConceptPage.objects.order_by("path"):
        alerts += send_report_alert(concept, now)
        digests += send_digest(concept, now)
    return alerts, digests


@task(backend="mail", queue_name="mail")
def alert_reports(comment_id):
    """Queued when a comment is reported: the alert to its concept's moderators, throttled."""
    from .chapters import chapter_for_comments

    comment = ChapterComment.objects.filter(pk=comment_id).select_related(None).only("object_pk").first()
    if comment is None or not comment.object_pk.isdigit():
        return
    chapter = chapter_for_comments(int(comment.object_pk))
    if chapter is not None:
        send_report_alert(chapter.concept)
