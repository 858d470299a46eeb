"""Which language a page's content is in, and where the same page lives in other languages.

Welcome-portal pages are translated page by page (wagtail-localize). Concept pages
are German only: under another language prefix they show the German text in that
interface language (``translated_page_by_page = False``).
"""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.urls import translate_url

from wagtail.models import Locale, Page

NO_TRANSLATION_PARAM = "ohne-uebersetzung"


def locale_codes():
    """{locale id: language code}, from the cache (locales change almost never)."""
    return cache.get_or_set("i18n:locale-codes", lambda: dict(Locale.objects.values_list("id", "language_code")), 3600)


def forget_locale_codes(**kwargs):
    cache.delete("i18n:locale-codes")


def connect():
    from django.db.models.signals import post_delete, post_save

    post_save.connect(forget_locale_codes, sender=Locale, dispatch_uid="i18n-locale-saved")
    post_delete.connect(forget_locale_codes, sender=Locale, dispatch_uid="i18n-locale-deleted")


def content_language(page):
    return locale_codes().get(page.locale_id, settings.LANGUAGE_CODE)


def translated_page_by_page(page):
    return getattr(page.specific_class, "translated_page_by_page", True)


def alternates(page, request, translations=None):
    """[(language code, absolute URL)] of this page in every language it can be read in.
    ``translations``: its live, public translations (itself included) when the caller has them."""
    if not isinstance(page, Page):
        return []
    if not translated_page_by_page(page):
        path = page.get_url(request)
        return [(code, request.build_absolute_uri(translate_url(path, code))) for code, _name in settings.LANGUAGES]
    if translations is None:
        translations = page.get_translations(inclusive=True).live().public()
    codes = locale_codes()
    return [
        (codes.get(translation.locale_id, ""), request.build_absolute_uri(translation.get_url(request)))
        for translation in translations
        if codes.get(translation.locale_id) in dict(settings.LANGUAGES)
    ]


class GermanFallbackRouting:
    """For the translated start pages: a path not found below the translation is looked up
    below the German start page. That is how German-only concept pages are reachable under
    /ar/…, and how untranslated welcome pages get to the redirect with the note."""

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components or self.locale_id == Locale.get_default().pk:
                raise
            german = self.get_translation_or_none(Locale.get_default())
            if german is None:
                raise
            return german.specific.route(request, path_components)
