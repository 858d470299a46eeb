"""The chapter behind the comment form, its confirmation and the API, remembered per process.

Read with its concept and view restriction: remembered until a chapter, a concept, a restriction or
the site changes (three queries, about 7 ms, on each of those requests otherwise). Each caller gets
its own copy; None when there is no such chapter."""

import copy

from django.db.models.signals import post_delete, post_save

from wagtail.signals import post_page_move

from caching import page_cache
from concept.models import ChapterPage, ConceptPage
from home.access import is_restricted

# Bumped (at once and after the commit) whenever a chapter or concept row is saved or deleted,
# publication or not: the chapters remembered below follow it and the ``site`` tag (publication,
# move, view restrictions).
CHAPTERS = "chapters"
LOCAL_CHAPTERS = 500
_chapters = {}


def chapter_for_comments(chapter_id, request=None):
    tags = [page_cache.SITE, CHAPTERS]
    current = page_cache.request_generations(request, tags) if request else page_cache.generations(tags)
    stamp = tuple(current[tag] for tag in tags)  # read before the rows, so a change is never missed
    known = _chapters.get(chapter_id)
    if known is not None and known[0] == stamp:
        return copy.copy(known[1])
    chapter = ChapterPage.objects.filter(pk=chapter_id).first()
    if chapter is None:
        return None
    chapter.concept  # noqa: B018 - read now, kept with the chapter (a cached property)
    is_restricted(chapter)
    if len(_chapters) > LOCAL_CHAPTERS:
        _chapters.clear()
    _chapters[chapter_id] = (stamp, copy.copy(chapter))
    return chapter


def chapters_changed(**kwargs):
    page_cache.bump(CHAPTERS)
    page_cache.bump_on_commit(CHAPTERS)


def connect():
    for model in (ChapterPage, ConceptPage):
        for signal in (post_save, post_delete):
            signal.connect(chapters_changed, sender=model, dispatch_uid=f"chapters-{model.__name__}-{signal}")
    post_page_move.connect(chapters_changed, dispatch_uid="chapters-move")


def chapter_of_comment(comment_id):
    """The chapter a comment belongs to (its tree path only), or None: what the admin's role
    checks ask ``concept.roles.access.has_role`` about."""
    from .models import ChapterComment

    object_pk = ChapterComment.objects.filter(pk=comment_id).values_list("object_pk", flat=True).first()
    if object_pk is None or not object_pk.isdigit():
        return None
    return ChapterPage.objects.filter(pk=int(object_pk)).only("path").first()
