"""Events as iCalendar (RFC 5545): one event as a download, the upcoming ones as a feed.

Times are written in Europe/Berlin with a VTIMEZONE for it, so a calendar anywhere
shows the local time of the event. The UID (``event-<page id>@<host>``) stays the same
when the event changes, so a calendar updates the entry instead of adding a second one.
"""

import html
import re
from datetime import UTC, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

BERLIN = ZoneInfo("Europe/Berlin")
PRODID = "-//Kreis Schleswig-Flensburg//Willkommensportal//DE"
CONTENT_TYPE = "text/calendar; charset=utf-8"
FEED_REFRESH_HOURS = 12

_LINE_END = re.compile(r"</(?:p|li|h[1-6]|ul|ol|blockquote)\s*>|<br\s*/?>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)


def plain_text(source):
    """Rich text HTML as plain text: one line per paragraph and list item, entities decoded."""
    text = _LIST_ITEM.sub("- ", _LINE_END.sub("\n", source or ""))
    text = html.unescape(strip_tags(text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def body_text(body):
    """The text of a welcome-portal StreamField, read from its raw data (no image lookups)."""
    parts = []
    for block in body.raw_data:
        value = block.get("value")
        if block.get("type") == "paragraph":
            parts.append(plain_text(value))
        elif isinstance(value, str):
            parts.append(" ".join(value.split()))
        elif isinstance(value, dict) and isinstance(value.get("caption"), str):
            parts.append(value["caption"].strip())
    return "\n\n".join(part for part in parts if part)


def event_component(page, request):
    # The link as the visitor reached the site; the UID from the site's configured host name,
    # which does not change with the address the feed was fetched from.
    path = page.get_url(request)
    url = request.build_absolute_uri(path) if path else ""
    site_url = page.get_full_url(request) or request.build_absolute_uri("/")
    host = urlsplit(site_url).hostname or "localhost"
    description = [page.summary, body_text(page.body), _("Mehr Informationen: %(url)s") % {"url": url} if url else ""]
    stamp = page.last_published_at or timezone.now()

    event = Event()
    event.add("uid", f"event-{page.pk}@{host}")
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", page.starts_at.astimezone(BERLIN))
    event.add("dtend", page.ends_at.astimezone(BERLIN))
    event.add("summary", page.title)
    event.add("location", page.location)
    event.add("description", "\n\n".join(part for part in description if part))
    if url:
        event.add("url", url)
    return event


def build(name, events, request, feed=False):
    """A VCALENDAR named ``name`` with one VEVENT per event page and the VTIMEZONE they use."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    if feed:
        # How often subscribers should fetch the feed again (RFC 7986, and Outlook's own property).
        cal.add("refresh-interval", timedelta(hours=FEED_REFRESH_HOURS), parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", f"PT{FEED_REFRESH_HOURS}H")
    for page in events:
        cal.add_component(event_component(page, request))
    cal.add_missing_timezones()
    if not cal.walk("VTIMEZONE"):
        # An empty feed still names its time zone, and a calendar needs at least one component.
        cal.add_component(Timezone.from_tzid("Europe/Berlin"))
    return cal


def ics_response(cal, slug):
    response = HttpResponse(cal.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, f"{slug}.ics")
    return response
