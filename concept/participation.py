"""The participation window: its state and how the portal words it.

A window is open while ``opens_at <= now < closes_at`` (times are stored in UTC
and shown in Europe/Berlin).
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

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


def window_message(window, now=None):
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
    return _("Die Beteiligung ist beendet.")
