"""API v2 fields that link to other pages and documents only while the public may see them
(home/access.py). Used in the page models' ``api_fields``, so nothing here imports models."""

from rest_framework import serializers

from wagtail.api.utils import get_full_url

from . import access


class PublicPageField(serializers.Field):
    """A link to another page (``featured_concept``), or null while the public may not see that page:
    Wagtail's own field would name a draft, restricted or withdrawn page's title."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, page):
        if not access.is_public(page, self.context.get("request")):
            return None
        from wagtail.api.v2.serializers import PageSerializer, get_serializer_class  # needs the models loaded

        serializer_class = get_serializer_class(
            page.__class__,
            ["id", "type", "detail_url", "html_url", "title"],
            meta_fields=["type", "detail_url", "html_url"],
            base=PageSerializer,
        )
        return serializer_class(context=self.context).to_representation(page)


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
                "download_url": get_full_url(self.context.get("request"), document.url),
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
                    "html_url": get_full_url(request, url) if url else None,
                    "detail_url": get_full_url(request, f"/api/v2/pages/{translation.pk}/"),
                }
            )
        return result
