"""The participation window: its state and how the portal words it, and the one rule for commenting.

Imports nothing of ``concept``: a page takes comments when its class says so (``takes_comments``,
the chapter page) and it has a ``concept`` with a window.

A window is open while ``opens_at <= now < closes_at`` (times are stored in UTC
and shown in Europe/Berlin).
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.access import is_public

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
    page = getattr(page, "specific", page)
    if not getattr(page, "takes_comments", False):
        return Decision(False, _("Zu dieser Seite sind keine Kommentare möglich."), "not_a_chapter")
    concept = page.concept  # an unpublished concept has made the chapter not public already
    if concept is None or not is_public(page, request):
        return Decision(False, _("Diese Seite ist nicht öffentlich; Kommentare sind nicht möglich."), "not_public")
    state = window_state(concept, now)
    if state != OPEN:
        return Decision(False, window_message(concept, now), state)
    return Decision(True)
