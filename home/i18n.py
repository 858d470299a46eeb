"""Which language a page's content is in, and where the same page lives in other languages.

Welcome-portal pages are translated page by page (wagtail-localize). Concept pages
are German only: under another language prefix they show the German text in that
interface language (``translated_page_by_page = False``).
"""

import functools
import threading
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.urls import get_urlconf, translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_from_path, gettext, gettext_noop, override

from wagtail.models import Locale, Page

NO_TRANSLATION_PARAM = "ohne-uebersetzung"

# Which interface catalogs (locale/<code>/LC_MESSAGES/django.po) a native speaker has reviewed.
# Until a language says True here, its consent, privacy and emergency strings are shown in German
# and English with the note "Übersetzung noch nicht geprüft" (see checked_html): a mistranslated
# consent or emergency text is worse than none. docs/translating.md says when to set it.
REVIEWED_CATALOGS = {
    "de": True,  # the source strings
    "de-x-ls": True,  # Leichte Sprache uses the German interface strings
    "en": True,
    "ar": False,
    "fa": False,
    "uk": False,
    "ru": False,
    "tr": False,
    "fr": False,
    "ti": False,
    "kmr": False,
}
UNREVIEWED_NOTE = gettext_noop("Übersetzung noch nicht geprüft")


def catalog_reviewed(language=None):
    """True when the interface catalog of ``language`` (default: the active one) has been reviewed."""
    return REVIEWED_CATALOGS.get(language or get_language() or settings.LANGUAGE_CODE, False)


def checked_html(render, note=True):
    """``render()`` (safe HTML in the active language) where its catalog is reviewed; elsewhere the
    German and the English text, each marked with its language and direction, and (``note``) the
    visible note "Übersetzung noch nicht geprüft" in German and English."""
    if catalog_reviewed():
        return render()
    with override("de"):
        german = render()
    with override("en"):
        english = render()
        translated_note = gettext(UNREVIEWED_NOTE)
    html = format_html('<span lang="de" dir="ltr">{}</span> · <span lang="en" dir="ltr">{}</span>', german, english)
    if not note:
        return html
    return format_html(
        '{} <span class="unreviewed-note" dir="ltr"><span lang="de">{}</span> · <span lang="en">{}</span></span>',
        html,
        UNREVIEWED_NOTE,
        translated_note,
    )


def checked_text(message):
    """A German source string as checked_html would show it, as plain text (for error messages)."""
    if catalog_reviewed():
        return gettext(message)
    with override("en"):
        english = gettext(message)
        translated_note = gettext(UNREVIEWED_NOTE)
    return f"{message} · {english} ({UNREVIEWED_NOTE} · {translated_note})"


# The locale codes read from the cache once per request, not once per template tag that asks (a
# chapter page asked four times); forgotten when the next request starts and when a locale changes.
_per_request = threading.local()


def locale_codes():
    """{locale id: language code}, from the cache (locales change almost never)."""
    codes = getattr(_per_request, "locale_codes", None)
    if codes is None:
        codes = _per_request.locale_codes = cache.get_or_set(
            "i18n:locale-codes", lambda: dict(Locale.objects.values_list("id", "language_code")), 3600
        )
    return codes


def forget_request_memo(**kwargs):
    _per_request.locale_codes = None


def forget_locale_codes(**kwargs):
    forget_request_memo()
    cache.delete("i18n:locale-codes")


@functools.lru_cache(maxsize=4096)
def _translated_url(url, lang_code, urlconf):
    # translate_url resolves the path in the active language, whose prefix alone the URLconf
    # matches: a German page's /de/ address asked for under /ar/ would come back unchanged (and
    # stay so in this memo). Resolved in the language of its own prefix, the answer is the same
    # whoever asks.
    with override(get_language_from_path(urlsplit(url).path) or settings.LANGUAGE_CODE):
        return translate_url(url, lang_code)


def translated_url(url, lang_code):
    """Django's ``translate_url`` (the path resolved, then reversed in the other language), kept in
    the process: it depends on nothing but the path and the URLconf, and the language switcher and
    the alternate links of every page ask it for each language."""
    if url.startswith("//"):
        # A path a visitor typed as //host/…: as a link it would lead to that host (from our 404
        # page's language switcher); with one slash it stays on ours.
        url = "/" + url.lstrip("/")
    return _translated_url(url, lang_code, get_urlconf() or settings.ROOT_URLCONF)


def connect():
    from django.core.signals import request_started
    from django.db.models.signals import post_delete, post_save

    post_save.connect(forget_locale_codes, sender=Locale, dispatch_uid="i18n-locale-saved")
    post_delete.connect(forget_locale_codes, sender=Locale, dispatch_uid="i18n-locale-deleted")
    request_started.connect(forget_request_memo, dispatch_uid="i18n-request-memo")


def content_language(page):
    return locale_codes().get(page.locale_id, settings.LANGUAGE_CODE)


def untranslated_block_ids(page, field_name="body"):
    """The ids of the blocks of a translated page's StreamField that are still exactly the German
    source's (left wholly untranslated): the template marks them ``lang="de" dir="ltr"``.
    wagtail-localize keeps block ids, and records no per-segment fallback, so the comparison is by
    value. Nothing for German pages; one query (the source's field) for translations."""
    if content_language(page) == settings.LANGUAGE_CODE:
        return set()
    german_id = next((pk for pk, code in locale_codes().items() if code == settings.LANGUAGE_CODE), None)
    source = (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale_id=german_id)
        .values_list(field_name, flat=True)
        .first()
    )
    if source is None:
        return set()
    german = {block.get("id"): block.get("value") for block in source.raw_data if block.get("id")}
    return {
        block["id"]
        for block in getattr(page, field_name).raw_data
        if block.get("id") in german and german[block["id"]] == block.get("value") and _has_words(block.get("value"))
    }


def _has_words(value):
    if isinstance(value, str):
        return any(character.isalpha() for character in value)
    if isinstance(value, dict):
        return any(_has_words(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_words(item) for item in value)
    return False


def translated_page_by_page(page):
    return getattr(page.specific_class, "translated_page_by_page", True)


def alternates(page, request, translations=None):
    """[(language code, absolute URL)] of this page in every language it can be read in.
    ``translations``: its live, public translations (itself included) when the caller has them."""
    if not isinstance(page, Page):
        return []
    if not translated_page_by_page(page):
        path = page.get_url(request)
        return [(code, request.build_absolute_uri(translated_url(path, code))) for code, _name in settings.LANGUAGES]
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
