"""What happens to a comment: submitted, confirmed, notified, moderated, purged.

Views and the API call these; nothing here knows about HTTP beyond the base URL
used in mails.
"""

import calendar
from datetime import timedelta

from django_comments_xtd.models import XtdComment

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from concept import participation
from ops import metrics

from . import mail
from .chapters import chapter_for_comments
from .keys import participant_key
from .models import ChapterComment, CommentReport, ModerationLog, chapter_type
from .text import comparable
from .tokens import hash_token, link_state

CONFIRMED, INVALID, EXPIRED, PAGE_GONE = "confirmed", "invalid", "expired", "page_gone"
PENDING = "pending"


def is_staff_author(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def find_duplicate(comments, text):
    """The comment among ``comments`` whose text reads the same as ``text`` (case, spacing
    and invisible characters aside), or None. Compared in Python: one sender's comments
    on one chapter are few."""
    wanted = comparable(text)
    candidates = comments.select_related(None).only("pk", "comment", "confirmed_at", "token_expires_at")
    return next((comment for comment in candidates if comparable(comment.comment) == wanted), None)


def _answer_duplicate(comment, chapter):
    """An anonymous sender's text that this address already sent here: nothing is stored,
    and only the address hears of it (its confirmation again, or that it is published).
    Returns None when it is no duplicate (or one whose link ran out, which the purge deletes)."""
    mine = ChapterComment.objects.for_page(chapter).filter(user_email__iexact=comment.user_email)
    existing = find_duplicate(mine, comment.comment)
    if existing is None:
        return None
    if existing.confirmed_at is not None:
        return lambda: mail.send_already_published(existing, comment.user_email, comment.language)
    if existing.token_expires_at and existing.token_expires_at > timezone.now():
        return lambda: mail.send_confirmation(existing)
    return None


def submit(comment, *, chapter, user, base_url):
    """Stores a new comment built by the form. Anonymous comments wait, unpublished, for
    their confirmation link (a duplicate is not stored: see _answer_duplicate); logged-in
    editors and moderators are published at once.
    A reply locks its thread first, so concurrent replies never share a position."""
    if not user.is_authenticated:
        answer = _answer_duplicate(comment, chapter)
        if answer is not None:
            transaction.on_commit(answer)
            return comment  # unsaved: the page after it looks like any other submission's
    now = timezone.now()
    comment.ip_address = None
    comment.submit_date = now
    comment.revision_id = chapter.live_revision_id
    concept = chapter.concept
    if user.is_authenticated:
        comment.user = user
        comment.by_staff = is_staff_author(user)
        comment.confirmed_at = now
        comment.is_public = comment.by_staff or not concept.pre_moderation
        if comment.by_staff:
            comment.seen_at = now  # the office's own words need no look from the moderation
        comment.participant_key = participant_key(comment.user_email or f"user:{user.pk}")
    else:
        # The token itself is made by the mail task (mail.deliver_confirmation), so the
        # queue never holds a usable link.
        comment.token_expires_at = now + timedelta(hours=settings.COMMENTS_CONFIRMATION_HOURS)
        comment.is_public = False
        # The keyed hash (never the address) lists the waiting comment in "Meine Beiträge" (mine.py).
        comment.participant_key = participant_key(comment.user_email)
    with transaction.atomic():
        if comment.parent_id:
            # Serialises inserts into one thread: a lock on the thread's first comment, found
            # through the parent in the same statement (PostgreSQL row lock; SQLite's IMMEDIATE
            # transactions already serialise all writers).
            thread = XtdComment.norel_objects.filter(pk=comment.parent_id).values("thread_id")
            list(XtdComment.norel_objects.select_for_update().filter(pk__in=thread).values_list("pk"))
        comment.save()
        if not user.is_authenticated:
            transaction.on_commit(lambda: mail.send_confirmation(comment))
        elif comment.is_public:
            transaction.on_commit(lambda: notify_parent(comment, base_url))
    return comment


def confirmation_state(token):
    """What a confirmation link would do, without doing it: PENDING, INVALID or EXPIRED."""
    return link_state(ChapterComment, token)


CONFIRMATION_FIELDS = ["token_hash", "token_expires_at", "confirmed_at", "participant_key", "is_public"]


def confirm(token, *, base_url, request=None):
    """Publishes (or queues for moderation) the comment behind a confirmation link.

    The window is judged at submission, so a link opened after closing still counts
    while it has not expired. A link works once; a comment a moderator deleted or
    whose chapter is gone can never come back. ``request`` only lets the chapter
    lookup share the request's cache round trip."""
    now = timezone.now()
    with transaction.atomic():
        comment = ChapterComment.objects.locked().filter(token_hash=hash_token(token)).first()
        if comment is None:
            return INVALID, None
        if comment.token_expires_at and comment.token_expires_at <= now:
            return EXPIRED, None
        chapter = _chapter_of(comment, request)
        decision = participation.may_comment(None, chapter) if chapter else None
        if decision is None or decision.code in {"not_a_chapter", "not_public"}:
            return PAGE_GONE, None
        comment.token_hash = ""
        comment.token_expires_at = None
        comment.confirmed_at = now
        comment.participant_key = participant_key(comment.user_email)
        comment.is_public = not chapter.concept.pre_moderation
        comment.save(update_fields=CONFIRMATION_FIELDS)
        if comment.is_public:
            transaction.on_commit(lambda: notify_parent(comment, base_url))
    metrics.comment("confirmed")
    return CONFIRMED, comment


def _chapter_of(comment, request=None):
    """The comment's chapter from the per-process chapter memo (chapters.py), also set as its content_object
    (which would otherwise be read again, with the concept and the restriction)."""
    if comment.content_type_id != chapter_type().pk or not comment.object_pk.isdigit():
        return comment.content_object
    chapter = chapter_for_comments(int(comment.object_pk), request)
    if chapter is not None:
        ChapterComment._meta.get_field("content_object").set_cached_value(comment, chapter)
    return chapter


def notify_parent(reply, base_url):
    """Tells the author of the comment replied to, if they asked for it (not the whole page)."""
    if reply.level == 0:
        return
    parent = ChapterComment.objects.filter(pk=reply.parent_id).first()
    if parent and parent.followup and parent.user_email and parent.user_email != reply.user_email:
        mail.send_reply_notification(parent, reply, base_url)


def approve(comment, actor, *, base_url):
    with transaction.atomic():
        comment.is_public = True
        comment.seen_at = comment.seen_at or timezone.now()
        comment.save(update_fields=["is_public", "seen_at"])
        log(comment, ModerationLog.APPROVE, actor)
        transaction.on_commit(lambda: notify_parent(comment, base_url))


def hide(comment, actor, reason, *, base_url):
    with transaction.atomic():
        comment.hidden_at = timezone.now()
        comment.hidden_reason = reason
        comment.seen_at = comment.seen_at or comment.hidden_at
        comment.save(update_fields=["hidden_at", "hidden_reason", "seen_at"])
        comment.reports.filter(resolved_at__isnull=True).update(resolved_at=timezone.now())
        log(comment, ModerationLog.HIDE, actor, reason)
        if comment.user_email:
            transaction.on_commit(lambda: mail.send_hidden_notification(comment, base_url))


def unhide(comment, actor):
    with transaction.atomic():
        comment.hidden_at = None
        comment.hidden_reason = ""
        comment.save(update_fields=["hidden_at", "hidden_reason"])
        log(comment, ModerationLog.UNHIDE, actor)


def replies(comment):
    """The replies that keep a comment from being deleted: confirmed ones. An unconfirmed reply
    (anyone can write one) must not protect what it answers; it goes with its parent."""
    return ChapterComment.objects.filter(parent_id=comment.pk).exclude(pk=comment.pk).confirmed()


def delete(comment, actor, reason=""):
    """Deletes a comment without replies (one with replies is hidden instead, so the
    conversation below it stays readable), and the unconfirmed replies to it."""
    if replies(comment).exists():
        raise ValueError("comment has replies")
    with transaction.atomic():
        log(comment, ModerationLog.DELETE, actor, reason)
        ChapterComment.objects.filter(parent_id=comment.pk, confirmed_at__isnull=True).exclude(pk=comment.pk).delete()
        comment.delete()


def withdraw(comment):
    """The author takes a contribution back ("Meine Beiträge"): deleted with its unconfirmed
    replies, or, where confirmed replies need its place, kept as "vom Verfasser zurückgezogen"
    without text, name or address (hidden, so nothing answers, reports or supports it)."""
    with transaction.atomic():
        if not replies(comment).exists():
            unconfirmed = ChapterComment.objects.filter(parent_id=comment.pk, confirmed_at__isnull=True)
            unconfirmed.exclude(pk=comment.pk).delete()
            comment.delete()
            return False
        now = timezone.now()
        comment.withdrawn_at = comment.hidden_at = now
        comment.hidden_reason = ""
        comment.comment = comment.user_name = comment.user_email = ""
        comment.followup = False
        fields = ["withdrawn_at", "hidden_at", "hidden_reason", "comment", "user_name", "user_email", "followup"]
        comment.save(update_fields=fields)
        comment.reports.filter(resolved_at__isnull=True).update(resolved_at=now)
    return True


def resolve_reports(comment, actor):
    with transaction.atomic():
        now = timezone.now()
        comment.reports.filter(resolved_at__isnull=True).update(resolved_at=now)
        ChapterComment.objects.filter(pk=comment.pk, seen_at__isnull=True).update(seen_at=now)
        log(comment, ModerationLog.RESOLVE, actor)


def mark_seen(comments, actor):
    """Marks these comments "gesichtet" (those not yet seen), logs each; returns how many."""
    with transaction.atomic():
        unseen = list(comments.filter(seen_at__isnull=True).select_related(None).only("pk"))
        if not unseen:
            return 0
        ChapterComment.objects.filter(pk__in=[comment.pk for comment in unseen]).update(seen_at=timezone.now())
        ModerationLog.objects.bulk_create(
            ModerationLog(comment=comment, comment_number=comment.pk, action=ModerationLog.SEEN, actor=actor)
            for comment in unseen
        )
    return len(unseen)


def report(comment, reason):
    """Files a report; the moderators hear of it at once, throttled (``digest.alert_reports``)."""
    from .digest import alert_reports

    created = CommentReport.objects.create(comment=comment, reason=reason)
    transaction.on_commit(lambda: alert_reports.enqueue(comment.pk))
    return created


def log(comment, action, actor, reason=""):
    ModerationLog.objects.create(
        comment=comment if action != ModerationLog.DELETE else None,
        comment_number=comment.pk,
        action=action,
        actor=actor,
        reason=reason,
    )


def add_months(moment, months):
    """The same day ``months`` calendar months later (the month's last day where it is shorter)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    days_in_month = calendar.monthrange(year, month)[1]
    return moment.replace(year=year, month=month, day=min(moment.day, days_in_month))


def concluded_at(concept, comments):
    """When the editors finished with a closed concept: every contribution (confirmed, public,
    not hidden, not the Redaktion's own) has its response; the moment is the last response
    released (the window's end if there was nothing to answer). None while any contribution is
    open (``concept.responses.models.is_open``: no released response)."""
    from concept.responses.models import OfficialResponse, is_open

    contributions = comments.shown().filter(by_staff=False)
    if contributions.filter(is_open()).exists():
        return None
    last = OfficialResponse.objects.filter(comment__in=contributions).aggregate(last=Max("released_at"))["last"]
    return max(concept.closes_at, last) if last else concept.closes_at


def purge(now=None):
    """Deletes pending comments whose link expired, and erases e-mail addresses once they can
    no longer be needed (docs/privacy.md): COMMENTS_EMAIL_RETENTION_DAYS after the concept is
    concluded, and never later than COMMENTS_EMAIL_MAX_MONTHS after its window closed.
    Returns both counts."""
    from concept.models import ChapterPage, ConceptPage

    now = now or timezone.now()
    expired = ChapterComment.objects.filter(confirmed_at__isnull=True, token_expires_at__lte=now)
    deleted = expired.count()
    expired.delete()
    erased = 0
    after_conclusion = timedelta(days=settings.COMMENTS_EMAIL_RETENTION_DAYS)
    for concept in ConceptPage.objects.filter(closes_at__lte=now):
        chapter_ids = [str(pk) for pk in ChapterPage.objects.child_of(concept).values_list("pk", flat=True)]
        comments = ChapterComment.objects.on_chapters(chapter_ids)
        with_address = comments.exclude(user_email="")
        if not with_address.exists():
            continue
        concluded = concluded_at(concept, comments)
        if now >= add_months(concept.closes_at, settings.COMMENTS_EMAIL_MAX_MONTHS) or (
            concluded is not None and now >= concluded + after_conclusion
        ):
            erased += with_address.update(user_email="", followup=False)
    return deleted, erased
