"""API v2 pages: only what the public may see (home/access.py), for listing, detail, find and search.

Wagtail's endpoint lists live pages without view restrictions, but a live page below an
unpublished one (a chapter of a withdrawn concept) is offline for the public as well.
"""

from urllib.parse import urlsplit

from wagtail.api.v2.serializers import PageParentField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.serializers import DocumentDownloadUrlField, DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageDownloadUrlField, ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet

from . import access
from .api_fields import SiteDetailUrlField, TranslationsField, link_serializer_class
from .organisations import absolute_url

# The largest number an id, an offset or a limit can be (a 32-bit integer column; concept/converters.py).
MAX_NUMBER = 2**31 - 1


class StrictParametersMixin:
    """Query parameters as the schema documents them (portal/api_schema.py): no empty values (but
    ``search``), ``offset`` a number a database can take (a 20-digit offset was a 500). Refusals are
    400 with Wagtail's ``{"message": …}``."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        empty = sorted(name for name, value in self.request.GET.items() if name != "search" and not value.strip())
        if empty:
            raise BadRequestError(f"empty value for: {', '.join(empty)}")
        for name in ("offset", "limit"):
            value = self.request.GET.get(name)
            if value is not None and (not value.isdigit() or int(value) > MAX_NUMBER):
                raise BadRequestError(f"{name} must be a positive integer")


class SiteParentField(PageParentField):
    """``meta.parent`` with its URLs on the request's organisation's address."""

    def to_representation(self, value):
        return link_serializer_class(value)(context=self.context).to_representation(value)


class PortalPageSerializer(PageSerializer):
    detail_url = SiteDetailUrlField()
    parent = SiteParentField(read_only=True)
    translations = TranslationsField()


class PublicPagesAPIViewSet(StrictParametersMixin, PagesAPIViewSet):
    """Also ``meta.translations`` in a page's detail (a detail-only field, as ``parent``)."""

    base_serializer_class = PortalPageSerializer
    meta_fields = [*PagesAPIViewSet.meta_fields, "translations"]
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "translations"]

    def get_base_queryset(self):
        return access.exclude_below(super().get_base_queryset(), access.withdrawn_paths(self.request))

    def find_view(self, request):
        """``/api/v2/pages/find/?html_path=…`` redirects to the page's detail on the request's
        organisation's address (Wagtail's would name WAGTAILAPI_BASE_URL's host)."""
        response = super().find_view(request)
        location = urlsplit(response["Location"])
        response["Location"] = absolute_url(request, location.path + (f"?{location.query}" if location.query else ""))
        return response


class AbsoluteImageDownloadUrlField(ImageDownloadUrlField):
    """The original file's URL, absolute as every other URL of the API (Wagtail's is a bare path)."""

    def to_representation(self, image):
        return absolute_url(self.context.get("request"), image.file.url)


class PortalImageSerializer(ImageSerializer):
    detail_url = SiteDetailUrlField()
    download_url = AbsoluteImageDownloadUrlField(read_only=True)


class SiteDocumentDownloadUrlField(DocumentDownloadUrlField):
    def to_representation(self, document):
        return absolute_url(self.context.get("request"), document.url)


class PortalDocumentSerializer(DocumentSerializer):
    detail_url = SiteDetailUrlField()
    download_url = SiteDocumentDownloadUrlField(read_only=True)


class PortalImagesAPIViewSet(StrictParametersMixin, ImagesAPIViewSet):
    """API v2 images, with absolute ``meta.download_url``."""

    base_serializer_class = PortalImageSerializer


class PortalDocumentsAPIViewSet(StrictParametersMixin, DocumentsAPIViewSet):
    """API v2 documents, with the same strict query parameters."""

    base_serializer_class = PortalDocumentSerializer
