"""Full-text search over all live public pages in the visitor's language."""

import re
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import F
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import Page

from home import access, navigation
from home.models import SECTION_PARTICIPATION, SECTION_WELCOME

from .query import word_groups
from .ranking import find
from .snippets import excerpt

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
SECTION_LABELS = {
    SECTION_WELCOME: lambda: _("Willkommensportal"),
    SECTION_PARTICIPATION: lambda: _("Beteiligung"),
}  # by the page type's portal_section


def clean_query(raw):
    """Drop control characters (a NUL byte breaks PostgreSQL), fold white space, cap the length."""
    text = re.sub(r"[\x00-\x1f\x7f]", " ", raw or "")
    return re.sub(r"\s+", " ", text).strip()[:MAX_QUERY_LENGTH]


PROMOTED_KEY = "search:promoted-queries"


def promoted_queries():
    """The query strings editors pinned pages to (few, rarely changed: see forget_promotions)."""
    return cache.get_or_set(
        PROMOTED_KEY,
        lambda: set(Query.objects.filter(editors_picks__isnull=False).values_list("query_string", flat=True)),
        3600,
    )


def forget_promotions(**kwargs):
    cache.delete(PROMOTED_KEY)


def count_hit(searched):
    """Wagtail's ``Query.add_hit`` (for the admin's report of search terms) in one UPDATE for all
    but the first search of a query on a day."""
    today = timezone.now().date()
    if not QueryDailyHits.objects.filter(query=searched, date=today).update(hits=F("hits") + 1):
        searched.add_hit(today)


def public_pages(request):
    """Live pages in the visitor's language outside restricted sections, as Wagtail's
    ``live().public()`` for the active locale, but with locale and restrictions from the cache."""
    locale_id, restricted_paths = navigation.public_scope(request)
    offline_paths = [*restricted_paths, *access.withdrawn_paths(request)]
    return access.in_site(access.exclude_below(Page.objects.live().filter(locale_id=locale_id), offline_paths), request)


def requested_page(raw):
    """The page number asked for; anything odd means the first page."""
    return int(raw) if raw and re.fullmatch(r"[1-9][0-9]{0,5}", raw) else 1


def search(request):
    query = clean_query(request.GET.get("q", ""))
    groups = word_groups(query)
    results, total, promotions = [], 0, []
    number = requested_page(request.GET.get("page"))
    if groups:
        pages = public_pages(request)
        results, total = find(pages, groups, (number - 1) * RESULTS_PER_PAGE, RESULTS_PER_PAGE)
        searched = Query.get(query)
        count_hit(searched)
        if searched.query_string in promoted_queries():
            picks = searched.editors_picks.select_related("page")
            promotions = [pick.page.specific for pick in picks if access.is_public(pick.page, request)]

    # Past the last page: show the last one, as Django's get_page does.
    page_obj = Paginator(range(total), RESULTS_PER_PAGE).get_page(number)
    if page_obj.number != number and total:
        results, total = find(pages, groups, (page_obj.number - 1) * RESULTS_PER_PAGE, RESULTS_PER_PAGE)
    hits = [
        {
            "page": page,
            "excerpt": excerpt(text, query),
            "section": SECTION_LABELS.get(
                getattr(page.specific_class, "portal_section", SECTION_WELCOME), SECTION_LABELS[SECTION_WELCOME]
            )(),
        }
        for page, text in results
    ]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "query_was_cut": len(request.GET.get("q", "")) > MAX_QUERY_LENGTH,
            "page_obj": page_obj,
            "hits": hits,
            "promotions": promotions,
            "result_count": total if query else 0,
            "pagination_query": urlencode({"q": query}),
        },
    )
