"""A chapter as it was in one published version, and the comparison of two versions."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from concept import visibility
from concept.comments.threads import chapter_versions

from .services import compare


def _chapter_and_versions(chapter_id, request):
    chapter = visibility.public_chapters(request=request).filter(pk=chapter_id).first()
    if chapter is None:
        raise Http404
    versions = chapter_versions(chapter)
    if not versions:
        raise Http404
    return chapter, versions


def _number(value, default):
    return int(value) if str(value).isdigit() else default


def version(request, chapter_id, number):
    chapter, versions = _chapter_and_versions(chapter_id, request)
    shown = next((v for v in versions if v.number == number), None)
    if shown is None:
        raise Http404
    return TemplateResponse(
        request,
        "concept/version.html",
        {
            "chapter": chapter,
            "versions": versions,
            "version": shown,
            "old_page": shown.as_page(chapter),
            "is_current": shown.revision_id == chapter.live_revision_id,
            "breadcrumbs": [chapter.concept, chapter],
            "current_crumb": {"title": _("Fassung %(number)s") % {"number": shown.number}},
        },
    )


def compare_versions(request, chapter_id):
    chapter, versions = _chapter_and_versions(chapter_id, request)
    by_number = {v.number: v for v in versions}
    newest = versions[-1].number
    new_number = _number(request.GET.get("zu"), newest)
    old_number = _number(request.GET.get("von"), max(1, new_number - 1))
    old, new = by_number.get(old_number), by_number.get(new_number)
    if old is None or new is None:
        raise Http404
    return TemplateResponse(
        request,
        "concept/compare.html",
        {
            "chapter": chapter,
            "versions": versions,
            "old": old,
            "new": new,
            "changes": compare(old.as_page(chapter), new.as_page(chapter)),
            "breadcrumbs": [chapter.concept, chapter],
            "current_crumb": {"title": _("Fassungen vergleichen")},
        },
    )
