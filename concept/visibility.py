"""The reading rule: what the public may see of chapters and comments (the writing rule is
``participation.may_comment``). Every public path asks it: the chapter and concept pages, the
comment form, report and permalink pages, versions, the comments API, API v2, search, the sitemap
and the report. ``tests/test_visibility_walk.py`` walks every URL pattern to keep it so.

Three levels:

- *the page*: live, every ancestor live, no view restriction on the way (``home.access``);
- *that a comment exists* (its placeholder, number, place in the thread, replies and a released
  response): confirmed, approved, not removed, on a chapter the public may see; a hidden comment
  exists, so its replies keep their place in the thread;
- *its text and author*: all of the above, and not hidden.
"""

from django.db.models import CharField
from django.db.models.functions import Cast
from django.http import Http404

from home.access import is_public, public_pages

from .comments.models import ChapterComment
from .models import ChapterPage, ConceptPage

__all__ = ["is_public", "public_pages", "public_chapters", "existing_comments", "shown_comments"]


def public_concept_or_404(concept_id, request):
    """The concept with this id, when the public may see it on this request's site (its report,
    its follow form and feed); else Http404."""
    concept = public_pages(ConceptPage.objects.all(), request).filter(pk=concept_id).first()
    if concept is None:
        raise Http404
    return concept


def public_chapters(queryset=None, request=None):
    """Chapters the public may see (from ``queryset``, all chapters by default)."""
    return public_pages(ChapterPage.objects.all() if queryset is None else queryset, request)


def _on_public_chapters(comments, chapters=None, request=None):
    ids = public_chapters(chapters, request).annotate(text_pk=Cast("pk", CharField())).values("text_pk")
    return comments.on_chapters().filter(object_pk__in=ids)


def existing_comments(chapters=None, request=None):
    """Comments whose existence the public may see (hidden ones included), optionally only on
    ``chapters`` (a chapter queryset)."""
    return _on_public_chapters(ChapterComment.objects.visible(), chapters, request)


def shown_comments(chapters=None, request=None):
    """Comments whose text and author the public may see."""
    return _on_public_chapters(ChapterComment.objects.shown(), chapters, request)


def contribution_count(chapters):
    """Contributions shown publicly on these chapters (a queryset): the Redaktion's own comments
    are the district speaking, not contributions (as in the report)."""
    return shown_comments(chapters).exclude(by_staff=True).count()


def existing_comment(comment_id, request=None):
    """The comment with this id, when the public may see that it exists, with its public
    chapter as ``comment.chapter``; else None. Its text and author: ``text_shown``."""
    comment = ChapterComment.objects.visible().filter(pk=comment_id).first()
    chapter = comment.content_object if comment is not None else None
    if not isinstance(chapter, ChapterPage) or not is_public(chapter, request):
        return None
    comment.chapter = chapter
    return comment


def text_shown(comment):
    """For a comment that exists publicly: may the public read its text and author?"""
    return comment.hidden_at is None
