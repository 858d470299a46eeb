"""Following a concept: subscribing (double opt-in), confirming, unsubscribing, the events
(``Notice``) and their mails, and the purge. Nothing here knows about HTTP.

Events and when they are noticed:

- *the window opened* and *the window closes soon* (``closing_reminder_days`` before its end):
  timed, found by ``run_due``: queued for the mail worker at those moments when the concept is
  published (``notify_due`` with ``run_after``), and run every few minutes by
  ``manage.py notify_followers`` from a systemd timer (docs/deployment.md) for anything else;
- *a new version of a chapter*: recorded when Wagtail publishes the chapter (``note_publication``);
  ``run_due`` mails every version of a concept not yet mailed in one mail, once no further chapter
  was published for ``FOLLOW_BATCH_MINUTES`` (several chapters published together: one mail);
- *the report is complete*: the concept is concluded (every contribution has its released response,
  ``concept.comments.services.concluded_at``), found by ``run_due``.

Each notice is mailed once (``sent_at`` is claimed in one UPDATE before anything is queued) to every
confirmed follower, never to one waiting for the confirmation, in the follower's language.
"""

import hashlib
import hmac
from datetime import timedelta

from django_tasks import task

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from caching import page_cache
from concept.comments import ratelimit
from concept.comments.models import ChapterComment
from concept.comments.services import add_months, concluded_at
from concept.comments.tokens import hash_token, link_state
from concept.models import ChapterPage, ConceptPage
from concept.versions.models import ChapterVersion
from home.access import public_pages

from . import mail
from .models import Follower, Notice

PENDING, CONFIRMED, INVALID, EXPIRED = "pending", "confirmed", "invalid", "expired"


def email_key(email):
    """One key per mailbox (normalised as the rate limits count it), never the address itself."""
    normalised = ratelimit.normalise_email(email)
    return hmac.new(settings.SECRET_KEY.encode(), f"follow:{normalised}".encode(), hashlib.sha256).hexdigest()


def feed_tag(concept_id):
    """The cache tag of a concept's feed: bumped by every new notice."""
    return f"follow:{concept_id}"


# -- subscribing ---------------------------------------------------------------------


def subscribe(concept, email, language):
    """Asks for a confirmation of ``email``'s wish to follow ``concept``. The caller cannot tell,
    and the answer does not say, whether the address already follows: an address that follows
    already hears nothing, one still waiting gets a new confirmation mail."""
    now = timezone.now()
    key = email_key(email)
    expires = now + timedelta(hours=settings.COMMENTS_CONFIRMATION_HOURS)
    with transaction.atomic():
        follower = Follower.objects.select_for_update().filter(concept=concept, email_key=key).first()
        if follower is not None and follower.confirmed_at is not None:
            return
        if follower is None:
            try:
                with transaction.atomic():
                    follower = Follower.objects.create(
                        concept=concept, email=email.strip(), email_key=key, language=language, token_expires_at=expires
                    )
            except IntegrityError:  # the same address at the same moment: one of them is enough
                return
        else:
            follower.email, follower.language, follower.token_expires_at = email.strip(), language, expires
            follower.save(update_fields=["email", "language", "token_expires_at"])
        follower_id = follower.pk
        transaction.on_commit(lambda: mail.send_confirmation(follower_id, concept))


def confirmation_state(token):
    """What the link would do, without doing it: PENDING, INVALID or EXPIRED."""
    return link_state(Follower, token)


def confirm(token):
    """Confirms the follower behind a link (once). Returns (state, follower)."""
    with transaction.atomic():
        follower = (
            Follower.objects.select_for_update().filter(token_hash=hash_token(token), confirmed_at__isnull=True).first()
        )
        if follower is None:
            return INVALID, None
        if follower.token_expires_at is None or follower.token_expires_at <= timezone.now():
            return EXPIRED, None
        follower.token_hash = ""
        follower.token_expires_at = None
        follower.confirmed_at = timezone.now()
        follower.save(update_fields=["token_hash", "token_expires_at", "confirmed_at"])
    return CONFIRMED, follower


def is_concluded(concept):
    """Everything has been told: the report's mail went out, after which followers are erased;
    a new one would wait for nothing."""
    return Notice.objects.filter(concept=concept, kind=Notice.REPORT, sent_at__isnull=False).exists()


def unsubscribe(follower_id):
    """Erases the subscription (the address with it). Whether there was one is not told."""
    Follower.objects.filter(pk=follower_id).delete()


# -- events --------------------------------------------------------------------------


@task(backend="mail", queue_name="mail")
def notify_due():
    """``run_due`` from the mail worker: queued for the moments an event is due, so a deployment
    whose timer is not (yet) set up, and ``make run``, mail followers all the same."""
    run_due()


def schedule(when):
    """The worker runs ``run_due`` at ``when`` (not with a backend that cannot wait: the tests'
    immediate one would run it at once; the tests call ``run_due`` at a frozen moment instead)."""
    if notify_due.get_backend().supports_defer:
        transaction.on_commit(lambda: notify_due.using(run_after=when + timedelta(seconds=1)).enqueue())


def _schedule_window(concept):
    """A published concept: its window's opening and reminder, when they lie ahead."""
    now = timezone.now()
    moments = [concept.opens_at]
    if concept.closing_reminder_days:
        moments.append(concept.closes_at - timedelta(days=concept.closing_reminder_days))
    for moment in moments:
        if moment > now:
            schedule(moment)


def response_released(sender, instance, **kwargs):
    """post_save of an official response: a release may complete a concept's report, so the
    worker checks a minute later (one check per minute, however many are released together)."""
    if instance.released_at is None:
        return
    when = timezone.now().replace(second=0, microsecond=0) + timedelta(minutes=1)
    if cache.add(f"follow:check:{when.isoformat()}", True, 180):
        schedule(when)


def note_publication(sender, instance, revision, **kwargs):
    """page_published handler, after ``record_publication``: a chapter's new version is an event
    of its concept (mailed by ``run_due`` in a batch with the chapters published with it); a
    concept's window moments are scheduled."""
    if isinstance(instance, ConceptPage):
        _schedule_window(instance)
        return
    if not isinstance(instance, ChapterPage) or revision is None:
        return
    version = ChapterVersion.objects.filter(revision=revision).first()
    if version is None:
        return
    concept = ConceptPage.objects.parent_of(instance).first()
    if concept is None:
        return
    if _record(concept, Notice.VERSION, f"version:{version.pk}", version.published_at, version=version):
        schedule(version.published_at + timedelta(minutes=settings.FOLLOW_BATCH_MINUTES))


def _record(concept, kind, key, happened_at, version=None):
    """The notice of an event, once; returns it when it is new."""
    with transaction.atomic():
        notice, created = Notice.objects.get_or_create(
            concept=concept, key=key, defaults={"kind": kind, "happened_at": happened_at, "version": version}
        )
    if created:
        page_cache.bump_on_commit(feed_tag(concept.pk))
        return notice
    return None


def _due_events(concept, now):
    """The timed events of ``concept`` that have happened by ``now``."""
    if concept.opens_at <= now < concept.closes_at:
        _record(concept, Notice.OPENED, f"opened:{concept.opens_at.isoformat()}", concept.opens_at)
        days = concept.closing_reminder_days
        reminder = concept.closes_at - timedelta(days=days)
        if days and now >= reminder:
            key = f"closing:{concept.closes_at.isoformat()}"
            _record(concept, Notice.CLOSING, key, max(reminder, concept.opens_at))
    elif now >= concept.closes_at:
        chapter_ids = ChapterPage.objects.child_of(concept).values_list("pk", flat=True)
        concluded = concluded_at(concept, ChapterComment.objects.on_chapters(chapter_ids))
        if concluded is not None:
            _record(concept, Notice.REPORT, "report", max(concluded, concept.closes_at))


def _claim(notices, now):
    """Marks the notices as sent; only the process whose UPDATE took them all sends them."""
    ids = [notice.pk for notice in notices]
    return bool(ids) and Notice.objects.filter(pk__in=ids, sent_at__isnull=True).update(sent_at=now) == len(ids)


def run_due(now=None):
    """Notices every timed event that has happened and mails every notice not yet mailed.
    Returns how many mails were queued. Safe to run from several machines at once."""
    now = now or timezone.now()
    queued = 0
    public_ids = set(public_pages(ConceptPage.objects.all()).values_list("pk", flat=True))
    for concept in ConceptPage.objects.filter(pk__in=public_ids):
        _due_events(concept, now)
    batch = timedelta(minutes=settings.FOLLOW_BATCH_MINUTES)
    pending = Notice.objects.filter(sent_at__isnull=True).select_related("concept", "version__chapter")
    by_concept = {}
    for notice in pending.order_by("happened_at", "pk"):
        by_concept.setdefault(notice.concept_id, []).append(notice)
    for concept_id, notices in by_concept.items():
        if concept_id not in public_ids:
            # A withdrawn concept tells nobody; what happened meanwhile is not mailed later.
            _claim(notices, now)
            continue
        versions = [notice for notice in notices if notice.kind == Notice.VERSION]
        others = [notice for notice in notices if notice.kind != Notice.VERSION]
        for notice in others:
            if _claim([notice], now):
                queued += mail.send_notices(notice.concept, notice.kind, [notice])
        # Chapters published together: one mail, once the publishing has been quiet for a while.
        if versions and max(notice.happened_at for notice in versions) <= now - batch:
            public_chapters = set(
                public_pages(ChapterPage.objects.child_of(versions[0].concept)).values_list("pk", flat=True)
            )
            shown = [notice for notice in versions if notice.version.chapter_id in public_chapters]
            if _claim(versions, now) and shown:
                queued += mail.send_notices(versions[0].concept, Notice.VERSION, shown)
    return queued


def feed_notices(concept, limit=50):
    """The concept's events for its feed, newest first: versions only of chapters the public may see."""
    public_chapters = public_pages(ChapterPage.objects.child_of(concept)).values_list("pk", flat=True)
    notices = Notice.objects.filter(concept=concept).select_related("version__chapter")
    notices = notices.filter(Q(version__isnull=True) | Q(version__chapter_id__in=public_chapters))
    return list(notices[:limit])


# -- retention -----------------------------------------------------------------------


def purge(now=None):
    """Erases followers whose confirmation link expired, and every follower of a concept whose
    report notice has been mailed (the concept is concluded: nothing left to tell) or whose window
    closed more than COMMENTS_EMAIL_MAX_MONTHS ago. Returns how many were erased."""
    now = now or timezone.now()
    erased, _detail = Follower.objects.filter(confirmed_at__isnull=True, token_expires_at__lte=now).delete()
    concluded = Notice.objects.filter(kind=Notice.REPORT, sent_at__isnull=False).values("concept_id")
    count, _detail = Follower.objects.filter(concept_id__in=concluded).delete()
    erased += count
    for concept in ConceptPage.objects.filter(closes_at__lte=now, followers__isnull=False).distinct():
        if now >= add_months(concept.closes_at, settings.COMMENTS_EMAIL_MAX_MONTHS):
            count, _detail = Follower.objects.filter(concept=concept).delete()
            erased += count
    return erased
