"""API v2's ``?search=`` with the site search's German handling (query.py: word groups with their
spellings; ranking.py: the same matches and order as /<lang>/search/). portal/api.py registers the
pages endpoint from here, so home/ keeps knowing nothing of search/."""

from django.db.models import Case, IntegerField, Value, When

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError

from home.api import PublicPagesAPIViewSet

from .query import word_groups
from .ranking import find
from .views import clean_query

# Enough for every page of a district portal; the API pages through them with limit and offset.
MAX_MATCHES = 1000


class GermanSearchFilter(SearchFilter):
    """Finds the pages /<lang>/search/ finds for the same words ("Sprachkurs" finds "Sprachkurse"),
    ordered by the same relevance unless ``order`` is given. ``search_operator`` is not supported:
    a page matches when it holds every word, as on the site."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if "search_operator" in request.GET:
            raise BadRequestError("search_operator is not supported: a page matches when it holds every word")
        groups = word_groups(clean_query(request.GET["search"]))
        if not groups:
            return queryset.none()
        matches, _total = find(queryset, groups, 0, MAX_MATCHES)
        ids = [page.pk for page, _text in matches]
        found = queryset.filter(pk__in=ids)
        if "order" in request.GET:
            return found
        rank = Case(*(When(pk=pk, then=Value(n)) for n, pk in enumerate(ids)), output_field=IntegerField())
        return found.order_by(rank)


class SearchingPagesAPIViewSet(PublicPagesAPIViewSet):
    filter_backends = [
        *(backend for backend in PublicPagesAPIViewSet.filter_backends if backend is not SearchFilter),
        GermanSearchFilter,
    ]
