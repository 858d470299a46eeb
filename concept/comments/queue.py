"""What the moderation has to do, in one place: the queue's tabs (``admin_views``), the dashboard's
"Heute zu tun" (``concept/report``) and the digest to the moderators (``digest``) count with these
conditions, so the three never disagree.

- *zu prüfen*: confirmed and waiting for approval (pre-moderation), or with an open report;
- *neu*: public at once (post-moderation) and not yet looked at by a moderator ("gesichtet");
- *unbestätigt*: the author has not clicked the link yet; nothing to do for the moderation.
"""

from django.db.models import Exists, OuterRef, Q

from .models import CommentReport

WAITING = Q(confirmed_at__isnull=False, is_public=False, hidden_at__isnull=True, is_removed=False)
NEW = Q(
    confirmed_at__isnull=False,
    is_public=True,
    hidden_at__isnull=True,
    is_removed=False,
    seen_at__isnull=True,
    by_staff=False,
)
UNCONFIRMED = Q(confirmed_at__isnull=True)


def has_open_report():
    return Exists(CommentReport.objects.filter(comment=OuterRef("pk"), resolved_at__isnull=True))


def to_review():
    """Waiting for approval, or reported (and not yet dealt with)."""
    return WAITING | (Q(confirmed_at__isnull=False) & has_open_report())
