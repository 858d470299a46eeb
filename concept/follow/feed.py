"""A concept's Atom feed: its events (``Notice``) as entries, in the visitor's language, with
nothing personal in it (no follower, no commenter: only the concept, its chapters and versions)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from concept import participation

from .models import Notice


def _absolute(path):
    return settings.PORTAL_BASE_URL + path


def entry(notice, concept):
    """(title, link, description) of one event."""
    if notice.kind == Notice.VERSION:
        version = notice.version
        title = _("Neue Fassung von Kapitel %(number)s: %(title)s") % {
            "number": version.chapter.number,
            "title": version.chapter.title,
        }
        link = _absolute(reverse("versions:version", args=[version.chapter_id, version.number]))
        return title, link, version.note
    if notice.kind == Notice.REPORT:
        link = _absolute(reverse("report:page", args=[concept.pk]))
        return _("Der Beteiligungsbericht ist vollständig"), link, _("Alle Beiträge haben eine Stellungnahme erhalten.")
    title = _("Die Beteiligung hat begonnen") if notice.kind == Notice.OPENED else _("Die Beteiligung endet bald")
    return title, concept.get_full_url() or _absolute("/"), participation.window_message(concept, notice.happened_at)


def response(request, concept, notices):
    feed_url = _absolute(request.path)
    feed = Atom1Feed(
        title=_("%(concept)s: Neuigkeiten") % {"concept": concept.title},
        link=concept.get_full_url() or _absolute("/"),
        description="",
        language=get_language(),
        feed_url=feed_url,
        feed_guid=feed_url,
    )
    for notice in notices:
        title, link, description = entry(notice, concept)
        feed.add_item(
            title=title,
            link=link,
            description=description,
            unique_id=f"tag:{urlsplit(settings.PORTAL_BASE_URL).hostname},2026:notice-{notice.pk}",
            unique_id_is_permalink=False,
            pubdate=notice.happened_at,
            updateddate=notice.happened_at,
        )
    answer = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(answer, "utf-8")
    return answer
