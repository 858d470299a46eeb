"""API v2 pages: only what the public may see (home/access.py), for listing, detail, find and search.

Wagtail's endpoint lists live pages without view restrictions, but a live page below an
unpublished one (a chapter of a withdrawn concept) is offline for the public as well.
"""

from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.views import PagesAPIViewSet

from . import access
from .api_fields import TranslationsField


class PortalPageSerializer(PageSerializer):
    translations = TranslationsField()


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Also ``meta.translations`` in a page's detail (a detail-only field, as ``parent``)."""

    base_serializer_class = PortalPageSerializer
    meta_fields = [*PagesAPIViewSet.meta_fields, "translations"]
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "translations"]

    def get_base_queryset(self):
        return access.exclude_below(super().get_base_queryset(), access.withdrawn_paths(self.request))
