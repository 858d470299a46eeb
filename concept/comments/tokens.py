"""The one-time confirmation tokens of comments: only their hash is stored; the mail task makes a
new token each time it sends (concept/comments/mail.py), the confirmation checks it (services.py)."""

import hashlib
import secrets

from django.utils import timezone

from .models import ChapterComment, CommentSupport

PENDING, INVALID, EXPIRED = "pending", "invalid", "expired"


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def link_state(model, token):
    """What a one-time confirmation link (a comment's, a support's, a follower's: ``model`` has
    ``token_hash``, ``token_expires_at`` and ``confirmed_at``) would do, without doing it:
    PENDING, INVALID or EXPIRED."""
    expires_at = (
        model.objects.filter(token_hash=hash_token(token), confirmed_at__isnull=True)
        .values_list("token_expires_at", flat=True)
        .first()
    )
    if expires_at is None:
        return INVALID
    return EXPIRED if expires_at <= timezone.now() else PENDING


def issue_confirmation_token(comment_id):
    """A new one-time token for a comment still waiting for its confirmation: its hash
    replaces the previous one. (None, None) once confirmed, deleted or expired."""
    comment = (
        ChapterComment.objects.select_related(None)
        .filter(pk=comment_id, confirmed_at__isnull=True, token_expires_at__gt=timezone.now())
        .only("pk", "user_email", "language", "token_expires_at", "object_pk", "participant_key")
        .first()
    )
    if comment is None or not comment.user_email:
        return None, None
    token = secrets.token_urlsafe(18)
    ChapterComment.objects.filter(pk=comment.pk).update(token_hash=hash_token(token))
    return comment, token


def issue_support_token(support_id):
    """A new one-time token for a pending support (its hash replaces the previous one);
    (None, None) once confirmed, deleted or expired."""
    support = (
        CommentSupport.objects.filter(pk=support_id, confirmed_at__isnull=True, token_expires_at__gt=timezone.now())
        .exclude(email="")
        .first()
    )
    if support is None:
        return None, None
    token = secrets.token_urlsafe(18)
    CommentSupport.objects.filter(pk=support.pk).update(token_hash=hash_token(token))
    return support, token
