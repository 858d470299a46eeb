""" "Meine Beiträge" without an account: a personal link per person, made for every mail.

The person is the ``participant_key`` of their comments (a keyed hash of the address, see
keys.participant_key), never the address. A link is a ``PersonalLink`` row, and its token the
row's number signed with a timestamp (``TimestampSigner``): it stops working when the signature's
age passes ``PERSONAL_LINK_DAYS``, when the row is revoked or deleted, and once the address was
erased from every contribution of the person (the retention purge: the page then shows nothing and
answers 404, and the purge deletes the rows).

``personal_link(address_or_key_or_comment)`` is what every mail calls (confirmation, reply,
response, hidden, support, and other apps' mails through it).
"""

from datetime import timedelta

from django.conf import settings
from django.core.signing import BadSignature, SignatureExpired, TimestampSigner
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation

from .keys import participant_key
from .models import ChapterComment, PersonalLink

SALT = "concept.comments.mine"


def _signer():
    return TimestampSigner(salt=SALT)


def _max_age():
    return timedelta(days=settings.PERSONAL_LINK_DAYS)


def person_key_of(value):
    """A participant key from a comment, an address or a key itself (64 hex digits)."""
    if isinstance(value, ChapterComment):
        return value.participant_key or (participant_key(value.user_email) if value.user_email else "")
    value = (value or "").strip()
    if "@" in value:
        return participant_key(value)
    return value


def issue(person_key, now=None):
    """A new token for ``person_key`` (a new row: each can be revoked and expires on its own)."""
    now = now or timezone.now()
    link = PersonalLink.objects.create(person_key=person_key, created_at=now, expires_at=now + _max_age())
    return _signer().sign(str(link.pk))


def personal_link(address_hash_or_comment, language=None, base_url=None):
    """The absolute URL of "Meine Beiträge" for this person (a comment, its address or its
    ``participant_key``), in ``language`` (the active one by default); "" when there is nobody
    (no contribution with an address kept: the page would answer 404)."""
    key = person_key_of(address_hash_or_comment)
    if not key:
        return ""
    # A comment with an address is a contribution itself; an address or key is asked.
    is_contribution = isinstance(address_hash_or_comment, ChapterComment) and address_hash_or_comment.user_email
    if not is_contribution and not contributions(key).exists():
        return ""
    token = issue(key)
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        path = reverse("comments:mine", args=[token])
    return (settings.PORTAL_BASE_URL if base_url is None else base_url) + path


def link_for_token(token, now=None):
    """The live PersonalLink behind a token, or None (bad signature, too old, revoked, expired,
    or deleted by the purge once the person has no contribution with an address any more).
    Until that purge, a person who withdrew their last contribution still gets the page, which
    says so, rather than a 404 that reads like a broken link."""
    try:
        link_id = int(_signer().unsign(token[:200], max_age=_max_age()))
    except (BadSignature, SignatureExpired, ValueError):
        return None
    now = now or timezone.now()
    return PersonalLink.objects.filter(pk=link_id, revoked_at__isnull=True, expires_at__gt=now).first()


def contributions(person_key):
    """The person's contributions the page lists: theirs by key, whose address is still kept
    (the retention purge erases it, and with it the way back here), newest first."""
    if not person_key:
        return ChapterComment.objects.none()
    return (
        ChapterComment.objects.select_related(None)
        .filter(participant_key=person_key, by_staff=False, withdrawn_at__isnull=True)
        .exclude(user_email="")
        .order_by("-submit_date")
    )


def revoke_all(person_key, now=None):
    """Every link of this person stops working (the page's "Links ungültig machen")."""
    return PersonalLink.objects.filter(person_key=person_key, revoked_at__isnull=True).update(
        revoked_at=now or timezone.now()
    )


def purge(now=None):
    """Links that expired or were revoked, and links of people whose addresses are all erased."""
    now = now or timezone.now()
    deleted = PersonalLink.objects.filter(expires_at__lte=now).delete()[0]
    deleted += PersonalLink.objects.filter(revoked_at__isnull=False).delete()[0]
    kept = ChapterComment.objects.exclude(user_email="").exclude(participant_key="").values("participant_key")
    deleted += PersonalLink.objects.exclude(person_key__in=kept).delete()[0]
    return deleted


WAITING, MODERATION, VISIBLE, HIDDEN = "waiting", "moderation", "visible", "hidden"


def _state(comment):
    if comment.confirmed_at is None:
        return WAITING
    if not comment.is_public:
        return MODERATION
    return HIDDEN if comment.hidden_at is not None else VISIBLE


def entries(person_key, request=None):
    """What the page shows of each contribution: its chapter and concept, state, the replies
    the public may read, and the district's released response. Three queries whatever the count
    (chapters come from the per-process memo, chapters.py). The person's own text is always listed;
    on a chapter the public may no longer see, nothing of anybody else's."""
    from concept.visibility import is_public

    from .chapters import chapter_for_comments

    comments = list(contributions(person_key).select_related("response"))
    replies = {}
    for reply in (
        ChapterComment.objects.shown()
        .select_related(None)
        .filter(parent_id__in=[comment.pk for comment in comments])
        .exclude(parent_id=models.F("pk"))
        .order_by("thread_id", "order")
    ):
        replies.setdefault(reply.parent_id, []).append(reply)
    result = []
    for comment in comments:
        chapter = chapter_for_comments(int(comment.object_pk), request) if comment.object_pk.isdigit() else None
        public = chapter is not None and is_public(chapter, request)
        response = getattr(comment, "response", None) if _has_response(comment) else None
        result.append(
            {
                "comment": comment,
                "state": _state(comment),
                "chapter": chapter if public else None,
                "concept": chapter.concept if public else None,
                "link": public and _state(comment) in {VISIBLE, HIDDEN},
                # Others' replies and the district's response only while the public may read them there.
                "replies": replies.get(comment.pk, []) if public else [],
                "response": response if public and response is not None and response.released_at is not None else None,
            }
        )
    return result


def _has_response(comment):
    try:
        return comment.response is not None
    except ChapterComment.response.RelatedObjectDoesNotExist:
        return False
