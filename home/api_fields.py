"""API v2 fields that link to other pages and documents only while the public may see them
(home/access.py). Used in the page models' ``api_fields``, so nothing here imports models.

Every absolute URL in an answer starts at the request's organisation (issue 22): Wagtail builds
them from WAGTAILAPI_BASE_URL, one address for the whole installation, so on a town's host its
``detail_url`` would point to the district's host, where the town's pages are not found. The
fields below build them with ``home.organisations.absolute_url`` instead."""

import functools

from rest_framework import serializers
from rest_framework.fields import SkipField

from . import access
from .organisations import absolute_url


class SiteDetailUrlField(serializers.Field):
    """``meta.detail_url`` on the request's organisation's address (Wagtail's DetailUrlField with
    WAGTAILAPI_BASE_URL replaced)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        path = self.context["router"].get_object_detail_urlpath(type(instance), instance.pk)
        if not path:
            raise SkipField
        return absolute_url(self.context.get("request"), path)

    def to_representation(self, url):
        return url


def link_serializer_class(page):
    """The serializer of a link to another page (``parent``, a chosen page): id, type, title and
    its URLs on the request's organisation."""
    from wagtail.api.v2.serializers import get_serializer_class  # needs the models loaded

    return get_serializer_class(
        page.__class__,
        ["id", "type", "detail_url", "html_url", "title"],
        meta_fields=["type", "detail_url", "html_url"],
        base=_link_base(),
    )


@functools.cache
def _link_base():
    from wagtail.api.v2.serializers import PageSerializer

    return type("PortalLinkSerializer", (PageSerializer,), {"detail_url": SiteDetailUrlField()})


class PublicPageField(serializers.Field):
    """A link to another page, or null while the public may not see that page:
    Wagtail's own field would name a draft, restricted or withdrawn page's title."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, page):
        if not access.is_public(page, self.context.get("request")):
            return None
        return link_serializer_class(page)(context=self.context).to_representation(page)


class PublicPagesField(serializers.Field):
    """A list of links to other pages (``featured_participations``), leaving out those the public
    may not see."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, pages):
        field = PublicPageField()
        field.bind("", self)
        links = (field.to_representation(page) for page in pages)
        return [link for link in links if link is not None]


class PublicDocumentField(serializers.Field):
    """A link to a document (``draft_document``), or null while its collection has a view restriction."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, document):
        if document.collection.get_view_restrictions().exists():
            return None
        return {
            "id": document.pk,
            "title": document.title,
            "meta": {
                "type": "wagtaildocs.Document",
                "download_url": absolute_url(self.context.get("request"), document.url),
            },
        }


class TranslationsField(serializers.Field):
    """The page's translations the public may see: id, locale, title and URLs, so that a client
    can offer the same page in another language (API v2 ``meta.translations``)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        translations = page.get_translations().live().select_related("locale").order_by("locale__language_code")
        result = []
        for translation in translations:
            if not access.is_public(translation, request):
                continue
            url = translation.get_url(request)
            result.append(
                {
                    "id": translation.pk,
                    "locale": translation.locale.language_code,
                    "title": translation.title,
                    "html_url": absolute_url(request, url) if url else None,
                    "detail_url": absolute_url(request, f"/api/v2/pages/{translation.pk}/"),
                }
            )
        return result
