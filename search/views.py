"""Full-text search over all live public pages in the visitor's language."""

import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from .query import build_query
from .snippets import excerpt

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
SECTION_LABELS = {
    "welcome": lambda: _("Willkommensportal"),
    "participation": lambda: _("Beteiligung"),
}


def clean_query(raw):
    """Drop control characters (a NUL byte breaks PostgreSQL), fold white space, cap the length."""
    text = re.sub(r"[\x00-\x1f\x7f]", " ", raw or "")
    return re.sub(r"\s+", " ", text).strip()[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    backend_query = build_query(query)
    results, promotions = [], []
    if backend_query is not None:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(backend_query)
        promoted = Query.get(query)
        promoted.add_hit()
        promotions = [pick.page.specific for pick in promoted.editors_picks.select_related("page") if pick.page.live]

    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    hits = [
        {
            "page": page,
            "excerpt": excerpt(page, query),
            "section": SECTION_LABELS.get(getattr(page, "portal_section", "welcome"), SECTION_LABELS["welcome"])(),
        }
        for page in page_obj.object_list
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
            "result_count": paginator.count if query else 0,
            "pagination_query": urlencode({"q": query}),
        },
    )
