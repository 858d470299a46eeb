"""The one-time confirmation tokens of followers, under the comments' rules
(concept/comments/tokens.py): only the hash is stored, and the mail task makes a new token at each
attempt, so no usable link waits in the queue."""

import secrets

from django.utils import timezone

from concept.comments.tokens import hash_token

from .models import Follower


def issue_confirmation_token(follower_id):
    """A new one-time token for a follower still waiting (its hash replaces the previous one), as
    for comments (concept/comments/tokens.py). (None, None) once confirmed, erased or expired."""
    follower = (
        Follower.objects.select_related("concept")
        .filter(pk=follower_id, confirmed_at__isnull=True, token_expires_at__gt=timezone.now())
        .first()
    )
    if follower is None:
        return None, None
    token = secrets.token_urlsafe(18)
    Follower.objects.filter(pk=follower.pk).update(token_hash=hash_token(token))
    return follower, token
