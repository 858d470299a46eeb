"""The participation window: its state and how the portal words it.

A window is open while ``opens_at <= now < closes_at`` (times are stored in UTC
and shown in Europe/Berlin).
"""

import copy
from datetime import timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from caching import page_cache
from home.access import is_public, is_restricted

# Bumped (at once and after the commit) whenever a chapter or concept row is saved or deleted,
# publication or not: the chapters remembered below follow it and the ``site`` tag (publication,
# move, view restrictions).
CHAPTERS = "chapters"
LOCAL_CHAPTERS = 500
_chapters = {}

BEFORE = "before"
OPEN = "open"
CLOSED = "closed"


def window_state(window, now=None):
    now = now or timezone.now()
    if now < window.opens_at:
        return BEFORE
    if now < window.closes_at:
        return OPEN
    return CLOSED


def _day_and_time(moment, *, end=False):
    """'1. Oktober 2017', '0:00' in the active language's formats; an end at midnight
    reads as 24:00 of the day before, as German public notices put it."""
    local = timezone.localtime(moment)
    if end and local.hour == 0 and local.minute == 0:
        return date_format(local - timedelta(days=1), "DATE_FORMAT"), "24:00"
    return date_format(local, "DATE_FORMAT"), date_format(local, "G:i")


def window_message(window, now=None, contribution_count=None):
    state = window_state(window, now)
    if state == BEFORE:
        day, time = _day_and_time(window.opens_at)
        return _("Die Beteiligung beginnt am %(day)s um %(time)s Uhr.") % {"day": day, "time": time}
    if state == OPEN:
        day, time = _day_and_time(window.closes_at, end=True)
        return _("Die Beteiligung läuft. Sie können bis zum %(day)s um %(time)s Uhr kommentieren.") % {
            "day": day,
            "time": time,
        }
    if contribution_count is None:
        return _("Die Beteiligung ist beendet.")
    return ngettext(
        "Die Beteiligung ist beendet. %(count)s Beitrag ist eingegangen.",
        "Die Beteiligung ist beendet. %(count)s Beiträge sind eingegangen.",
        contribution_count,
    ) % {"count": contribution_count}


class Decision:
    """The answer to "may this person comment on this page now?", with the reason in words."""

    def __init__(self, allowed, reason="", code=""):
        self.allowed, self.reason, self.code = allowed, reason, code

    def __bool__(self):
        return self.allowed

    def __repr__(self):
        return f"<Decision {self.allowed} {self.code}>"


def may_comment(user, page, now=None, request=None):
    """The one rule for commenting, used by the chapter template, the form view, the
    confirmation and the API alike. Anonymous visitors, editors and moderators are all
    bound by the window; only chapters the public may see (home.access.is_public) take comments.
    With ``request``, the reading rule shares the request's one generation check."""
    from .models import ChapterPage

    page = getattr(page, "specific", page)
    if not isinstance(page, ChapterPage):
        return Decision(False, _("Zu dieser Seite sind keine Kommentare möglich."), "not_a_chapter")
    concept = page.concept  # an unpublished concept has made the chapter not public already
    if concept is None or not is_public(page, request):
        return Decision(False, _("Diese Seite ist nicht öffentlich; Kommentare sind nicht möglich."), "not_public")
    state = window_state(concept, now)
    if state != OPEN:
        return Decision(False, window_message(concept, now), state)
    return Decision(True)


def chapter_for_comments(chapter_id, request=None):
    """The chapter behind the comment form, its confirmation and the API, with its concept and
    view restriction already read: remembered by this process until a chapter, a concept, a
    restriction or the site changes (three queries, about 7 ms, on each of those requests
    otherwise). Each caller gets its own copy; None when there is no such chapter."""
    from .models import ChapterPage

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
    from django.db.models.signals import post_delete, post_save

    from wagtail.signals import post_page_move

    from .models import ChapterPage, ConceptPage

    for model in (ChapterPage, ConceptPage):
        for signal in (post_save, post_delete):
            signal.connect(chapters_changed, sender=model, dispatch_uid=f"participation-{model.__name__}-{signal}")
    post_page_move.connect(chapters_changed, dispatch_uid="participation-move")
