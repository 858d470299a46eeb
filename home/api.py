"""API v2 pages: only what the public may see (home/access.py), for listing, detail, find and search.

Wagtail's endpoint lists live pages without view restrictions, but a live page below an
unpublished one (a chapter of a withdrawn concept) is offline for the public as well.
"""

from wagtail.api.utils import get_full_url
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.serializers import ImageDownloadUrlField, ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet

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


class AbsoluteImageDownloadUrlField(ImageDownloadUrlField):
    """The original file's URL, absolute as every other URL of the API (Wagtail's is a bare path)."""

    def to_representation(self, image):
        return get_full_url(self.context.get("request"), image.file.url)


class PortalImageSerializer(ImageSerializer):
    download_url = AbsoluteImageDownloadUrlField(read_only=True)


class PortalImagesAPIViewSet(ImagesAPIViewSet):
    """API v2 images, with absolute ``meta.download_url``."""

    base_serializer_class = PortalImageSerializer
