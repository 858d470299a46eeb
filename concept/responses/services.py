"""The district's official response (Stellungnahme) to a contribution: drafted, released, mailed.

``respond`` creates or updates the one response of a comment as a draft (Sachbearbeitung), or
released at once when the caller may release and asks to. A changed response is a draft again
until it is released anew: nothing the public reads changes without a release. ``release``
releases drafts, one or all of a concept at once (Amtsleitung). The author hears of a response
only on release, by mail, in the language they used, when they asked for notifications, and only
when it matters: the first release, and a release with another outcome than the one they were
told (a corrected typo in the text or a changed version link sends nothing).
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from concept.comments.mail import concept_title, send, unsubscribe_token
from concept.comments.mine import personal_link
from concept.comments.models import ChapterComment
from concept.comments.threads import paragraph_labels
from concept.versions.models import ChapterVersion
from concept.versions.services import block_texts

from .models import OfficialResponse, Outcome, released


def anchor_ids(page):
    """Every block id a chapter version renders as ``#b-<id>`` (sections, paragraphs and the
    items of goals, measures and indicators)."""
    return set(block_texts(page)) | set(paragraph_labels(page))


def comment_version(comment):
    """The published version the comment was written on: the one of its revision, or else
    the last one published before it was submitted (None when nothing is known)."""
    versions = ChapterVersion.objects.filter(chapter_id=int(comment.object_pk))
    if comment.revision_id:
        version = versions.filter(revision_id=comment.revision_id).first()
        if version is not None:
            return version
    return versions.filter(published_at__lte=comment.submit_date).order_by("-number").first()


def later_versions(comment):
    """The versions a contribution can have been taken up in: its own and every newer one."""
    versions = ChapterVersion.objects.filter(chapter_id=int(comment.object_pk)).order_by("number")
    own = comment_version(comment)
    if own is not None:
        versions = versions.filter(number__gte=own.number)
    return versions


def respond(comment, *, outcome, text, user, version=None, block_id="", base_url, release=False):
    """Creates or updates the response to ``comment`` as a draft, or released when ``release``
    (the caller has checked the role); a release mails the author after the commit (``release``)."""
    if outcome not in Outcome.values:
        raise ValueError(f"unknown outcome {outcome!r}")
    text = (text or "").strip()
    if not text:
        raise ValueError("a response needs a text")
    block_id = (block_id or "").strip() if version is not None else ""
    if version is not None:
        if str(version.chapter_id) != comment.object_pk:
            raise ValueError("the version belongs to another chapter")
        if block_id and block_id not in anchor_ids(version.as_page()):
            raise ValueError(f"block {block_id!r} is not in version {version.number}")
    with transaction.atomic():
        # Locks the comment, so two editors answering at once update one response.
        ChapterComment.objects.locked().filter(pk=comment.pk).values_list("pk").first()
        response = OfficialResponse.objects.filter(comment_id=comment.pk).first()
        if response is None:
            response = OfficialResponse(comment_id=comment.pk, responded_at=timezone.now())
        response.outcome = outcome
        response.text = text
        response.taken_up_in = version
        response.taken_up_block_id = block_id
        response.responded_by = user if user is not None and user.is_authenticated else None
        response.released_at = response.released_by = None  # a draft until released
        if release:
            _release(response, user, base_url)
        else:
            response.save()
    comment.response = response  # the caller sees the saved response without another query
    return response


def _release(response, user, base_url):
    response.released_at = timezone.now()
    response.released_by = user if user is not None and user.is_authenticated else None
    notify = response.mailed_outcome != response.outcome
    response.mailed_outcome = response.outcome
    response.save()
    if notify:
        comment_id = response.comment_id
        transaction.on_commit(lambda: notify_author(comment_id, base_url))


def release(responses, user, *, base_url):
    """Releases the drafts among ``responses`` (a queryset); mails each author as ``respond`` says.
    Returns how many were released. Saved one by one, so each chapter's cached pages are told."""
    count = 0
    with transaction.atomic():
        for response in responses.filter(released_at__isnull=True).select_for_update().order_by("pk"):
            _release(response, user, base_url)
            count += 1
    return count


def notify_author(comment_id, base_url):
    """Mails the response to the author, if (still) wanted; the address is read only here."""
    comment = (
        ChapterComment.objects.select_related("response", "response__taken_up_in")
        .filter(pk=comment_id, followup=True)
        .exclude(user_email="")
        .first()
    )
    if comment is None or not hasattr(comment, "response") or released(comment.response) is None:
        return  # never a draft
    response = comment.response
    with translation.override(comment.language):
        comment_path = reverse("comments:permalink", args=[comment.pk])
        unsubscribe_path = reverse("comments:unsubscribe", args=[unsubscribe_token(comment)])
        version_url = ""
        if response.taken_up_in is not None:
            version_path = reverse(
                "versions:version", args=[response.taken_up_in.chapter_id, response.taken_up_in.number]
            )
            anchor = f"#b-{response.taken_up_block_id}" if response.taken_up_block_id else ""
            version_url = base_url + version_path + anchor
    send(
        "response",
        comment.user_email,
        comment.language,
        base_url,
        {
            "comment": comment,
            "response": response,
            "concept": concept_title(comment),
            "comment_url": base_url + comment_path,
            "version_url": version_url,
            "unsubscribe_url": base_url + unsubscribe_path,
            "mine_url": personal_link(comment, comment.language, base_url),
        },
    )
