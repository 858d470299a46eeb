"""The district's operator (issue 22): the group "Betrieb" runs the installation for every
organisation and sees its technical state, never what a participant wrote or who they are.

The admin view "Betrieb" lists per organisation (a Wagtail site): its host, its pages, its open
participations, the comments waiting for its moderators and how far its pages are translated;
above them the health of the installation (database, cache, mail queue and budget, as /healthz
reports them) and the mails waiting to be sent. Figures only: no comment text, no address, no
name; the operator has no role on any page (concept/roles), so the moderation queue, the
responses, the internal exports, the Word import and "Meine Beiträge" stay closed to it. The
group is created by migration 0018 with nothing but the right to log into the admin.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.models import Page, Site

from .comments import queue
from .comments.models import ChapterComment
from .models import ChapterPage, ConceptPage

OPERATOR_GROUP = "Betrieb"


def is_operator(user):
    """A member of "Betrieb" (or a superuser): may see the technical state of every organisation."""
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=OPERATOR_GROUP).exists()


def _below(roots):
    """Pages in the trees of ``roots`` (the start page and its translations)."""
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(path__startswith=root.path)
    return condition


def _translation_state(coverage, german_root):
    """[(language code, translated and current, of how many pages)] of one organisation."""
    rows = [row for row in coverage.rows if row.page.path.startswith(german_root.path)]
    result = []
    for index, locale in enumerate(coverage.locales):
        done = sum(1 for row in rows if row.cells[index].state == "complete")
        result.append((locale.language_code, done, len(rows)))
    return result


def organisation_rows(now=None):
    """One row of figures per organisation, the default site (the district) first."""
    from home.translation_admin import coverage

    now = now or timezone.now()
    report = coverage()
    rows = []
    for site in Site.objects.select_related("root_page").order_by("-is_default_site", "site_name", "hostname"):
        roots = list(site.root_page.get_translations(inclusive=True))
        below = _below(roots)
        chapters = ChapterPage.objects.filter(below).values_list("pk", flat=True)
        rows.append(
            {
                "name": site.site_name or site.hostname,
                "host": site.root_url,
                "pages": Page.objects.filter(below).count(),
                "open_concepts": ConceptPage.objects.live().filter(below, opens_at__lte=now, closes_at__gt=now).count(),
                "comments_waiting": ChapterComment.objects.on_chapters(list(chapters))
                .filter(queue.to_review())
                .count(),
                "translations": _translation_state(report, site.root_page),
            }
        )
    return rows


def overview(request, health):
    """/admin/betrieb/: ``health()`` is /healthz's checks (handed in by portal/urls.py)."""
    if not is_operator(request.user):
        raise PermissionDenied
    checks = health()
    return TemplateResponse(
        request,
        "concept/admin/operations.html",
        {
            "checks": checks,
            "healthy": all(check.get("status") == "ok" for check in checks.values()),
            "organisations": organisation_rows(),
        },
    )
