"""Support (Zustimmung) for a visible comment, without an account and without a cookie.

A person counts once per comment: the key is a keyed hash of the address in the form the rate
limits use (``ratelimit.normalise_email``: ``A.B+x@googlemail.com`` is ``ab@gmail.com``), unique
per comment. A support counts only once confirmed through the mailed one-time link (the same token
rules as a comment's confirmation: only a hash stored, a new token per mail, a page with a button);
until then the row keeps the address for that mail, and the confirmation erases it. The cached
chapter page needs no cookie and no CSRF token for it: its small form leads to the support page.

Judged at submission, like comments (``participation.may_comment``): the window, the concept's
switch ``support_enabled``, and that the comment's text is shown (not hidden, not withdrawn).
A confirmation after the window closed still counts while its link is valid; a comment hidden
in between takes none.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from concept.participation import Decision, may_comment
from ops import metrics

from .keys import supporter_key
from .models import ChapterComment, CommentSupport
from .tokens import hash_token, issue_support_token, link_state  # noqa: F401 - issue_support_token: as before

CONFIRMED, INVALID, EXPIRED, REFUSED, PENDING = "confirmed", "invalid", "expired", "refused", "pending"


def may_support(comment, chapter, now=None, request=None):
    """The rule for a new support: ``may_comment``'s window and page, the concept's switch, and a
    comment whose text the public may read."""
    decision = may_comment(None, chapter, now=now, request=request)
    if not decision:
        return decision
    if not chapter.concept.support_enabled:
        return Decision(False, _("Bei diesem Konzept ist Zustimmung zu Kommentaren nicht vorgesehen."), "support_off")
    if comment is None or comment.hidden_at is not None or comment.withdrawn_at is not None:
        return Decision(False, _("Diesem Kommentar kann nicht zugestimmt werden."), "hidden")
    return Decision(True)


def request_support(comment, email, language):
    """Stores a pending support (or finds this person's) and queues the mail after the commit:
    the confirmation link, or, when this person's support already counts, a note saying so (the
    page after it looks the same, so it tells nobody else whether an address supported)."""
    from . import mail

    key = supporter_key(email)
    expires = timezone.now() + timedelta(hours=settings.COMMENTS_CONFIRMATION_HOURS)
    with transaction.atomic():
        support = CommentSupport.objects.select_for_update().filter(comment=comment, supporter_key=key).first()
        if support is None:
            try:
                with transaction.atomic():
                    support = CommentSupport.objects.create(
                        comment=comment, supporter_key=key, email=email, language=language, token_expires_at=expires
                    )
            except IntegrityError:  # the same person, at the same moment
                support = CommentSupport.objects.select_for_update().get(comment=comment, supporter_key=key)
        if support.confirmed_at is not None:
            transaction.on_commit(lambda: mail.send_support_already_counted(comment, email, language))
        else:
            support.email, support.language, support.token_expires_at = email, language, expires
            support.save(update_fields=["email", "language", "token_expires_at"])
            transaction.on_commit(lambda: mail.send_support_confirmation(support))
    metrics.comment("support_submitted")
    return support


def confirmation_state(token):
    """What a support's confirmation link would do, without doing it: PENDING, INVALID or EXPIRED."""
    return link_state(CommentSupport, token)


def confirm(token):
    """Counts the support behind a link, once: returns (status, comment). The address is erased
    from the row; the comment's ``support_count`` grows by one and its chapter's cached pages
    are outdated (the comment's post_save, concept/invalidation.py)."""
    now = timezone.now()
    with transaction.atomic():
        support = CommentSupport.objects.select_for_update().filter(token_hash=hash_token(token)).first()
        if support is None or support.confirmed_at is not None:
            return INVALID, None
        if support.token_expires_at is None or support.token_expires_at <= now:
            return EXPIRED, None
        comment = ChapterComment.objects.shown().filter(pk=support.comment_id, withdrawn_at__isnull=True).first()
        if comment is None:
            support.delete()
            return REFUSED, None
        support.confirmed_at, support.token_hash, support.token_expires_at, support.email = now, "", None, ""
        support.save(update_fields=["confirmed_at", "token_hash", "token_expires_at", "email"])
        comment.support_count = F("support_count") + 1
        comment.save(update_fields=["support_count"])
        comment.refresh_from_db(fields=["support_count"])
    metrics.comment("support_confirmed")
    return CONFIRMED, comment


def purge(now=None):
    """Pending supports whose link expired: deleted, with their address."""
    now = now or timezone.now()
    return CommentSupport.objects.filter(confirmed_at__isnull=True, token_expires_at__lte=now).delete()[0]
