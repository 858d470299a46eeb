"""API v2 pages: only what the public may see (home/access.py), for listing, detail, find and search.

Wagtail's endpoint lists live pages without view restrictions, but a live page below an
unpublished one (a chapter of a withdrawn concept) is offline for the public as well.
"""

from wagtail.api.v2.views import PagesAPIViewSet

from . import access


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return access.exclude_below(super().get_base_queryset(), access.withdrawn_paths(self.request))
