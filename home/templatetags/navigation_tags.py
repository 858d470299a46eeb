"""Navigation for every page: main menu, footer links, language switcher."""

import datetime
import re

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_info, gettext

from wagtail.models import Page
from wagtail.rich_text import RichText

from caching import page_cache
from home import i18n, navigation

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    links = navigation.menu(context["request"])
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    home = links["home"]
    return {
        "home": home,
        "home_is_current": bool(home) and current_path == home["path"],
        # A section is current when the page is the item or lies below it.
        "items": [(item, current_path.startswith(item["path"])) for item in links["items"]],
    }


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    return {"links": navigation.footer(context["request"])}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Each language in its own name. A welcome-portal page links to its translation, or to
    that language's start page with a note; concept pages and other views keep their path."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    by_page = isinstance(page, Page) and i18n.translated_page_by_page(page)
    if by_page:
        codes = i18n.locale_codes()
        for translation in page.get_translations(inclusive=True).live():
            translations[codes.get(translation.locale_id)] = translation.get_url(request)
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if code in translations:
            url = translations[code]
        elif by_page and page.depth > 2:
            url = f"/{code}/?{i18n.NO_TRANSLATION_PARAM}=1"
        else:
            url = i18n.translated_url(page_cache.shared_address(request), code)
        info = get_language_info(code)
        # The short form a phone's header shows: "DE", "AR", "LS" for de-x-ls.
        short = code.rsplit("-", 1)[-1].upper()
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "short": short,
                "dir": "rtl" if info["bidi"] else "ltr",
                "url": url,
                "current": code == current,
            }
        )
    return {"languages": links, "current": next(link for link in links if link["current"])}


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """hreflang alternates and, for German-only concept pages, the canonical German URL."""
    page = context.get("page")
    request = context["request"]
    if not isinstance(page, Page):
        return ""
    links = i18n.alternates(page, request)
    html = [format_html('<link rel="alternate" hreflang="{}" href="{}">', code, url) for code, url in links if code]
    german = dict(links).get(settings.LANGUAGE_CODE)
    if german:
        html.append(format_html('<link rel="alternate" hreflang="x-default" href="{}">', german))
    canonical = german if not i18n.translated_page_by_page(page) else request.build_absolute_uri(page.get_url(request))
    html.append(format_html('<link rel="canonical" href="{}">', canonical))
    return mark_safe("\n  ".join(html))  # noqa: S308 - every part built with format_html


@register.simple_tag(takes_context=True)
def content_lang(context, page=None):
    """' lang="de" dir="ltr"' when the page's content is in another language than the interface
    (WCAG 3.1.2): German text inside an Arabic page keeps its own direction."""
    page = page or context.get("page")
    if not isinstance(page, Page):
        return ""
    return lang_of(page)


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context):
    """The pages between the start page and this one; a view that knows them passes ``breadcrumbs``."""
    if "breadcrumbs" in context:
        return context["breadcrumbs"]
    page = context.get("page")
    return list(page.get_ancestors().filter(depth__gt=2)) if isinstance(page, Page) else []


@register.simple_tag(takes_context=True)
def translation_missing(context):
    """True when the visitor came for a page not yet in their language, or reads the
    start page in German because it has no translation in theirs."""
    page = context.get("page")
    asked = i18n.NO_TRANSLATION_PARAM in context["request"].GET
    return asked or (isinstance(page, Page) and i18n.content_language(page) != get_language())


@register.simple_tag(takes_context=True)
def url_in_language(context, page):
    """The page's URL as the visitor should follow it: German-only pages (concepts, events)
    under the visitor's language prefix, translated pages at their own URL."""
    if page is None:
        return ""
    url = page.get_url(context.get("request"))
    if not i18n.translated_page_by_page(page):
        return navigation.in_visitor_language(url, context.get("request"))
    return url


@register.simple_tag
def german_lang():
    """' lang="de" dir="ltr"' for German text (concepts, events, offices, legal pages, the
    district's answers) shown inside a page in another interface language (WCAG 3.1.2)."""
    if get_language() in (settings.LANGUAGE_CODE, "de-x-ls"):
        return ""
    return mark_safe(' lang="de" dir="ltr"')


@register.simple_tag
def local_time(value, format_name="DATETIME_FORMAT"):
    """A ``<time>`` in the visitor's language and its direction (day, month, year: portal/formats/),
    so its parts never reorder, inside German text or an Arabic page alike."""
    if not value:
        return ""
    moment = timezone.localtime(value) if isinstance(value, datetime.datetime) else value
    return format_html(
        '<time datetime="{}"{}>{}</time>',
        moment.isoformat(),
        interface_lang(always=True),
        date_format(moment, format_name),
    )


@register.simple_tag
def interface_lang(always=False):
    """' lang="ar" dir="rtl"' for interface text (a translated label, a date) placed inside German
    content of a page in another language, so it keeps the visitor's language and direction."""
    language = get_language()
    direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
    if language in (settings.LANGUAGE_CODE, "de-x-ls"):
        return format_html(' dir="{}"', direction) if always else ""
    return format_html(' lang="{}" dir="{}"', language, direction)


@register.simple_tag
def lang_of(page_or_link):
    """The lang attribute for a page (or a cached link dict with "lang") if it differs from the interface."""
    language = page_or_link.get("lang") if isinstance(page_or_link, dict) else i18n.content_language(page_or_link)
    if not language or language == get_language():
        return ""
    direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', language, direction)


# Open Graph's locale names (language_TERRITORY) of the interface languages.
OG_LOCALES = {
    "de": "de_DE",
    "de-x-ls": "de_DE",
    "en": "en_GB",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "tr": "tr_TR",
    "fr": "fr_FR",
    "ti": "ti_ER",
    "kmr": "ku_TR",
}
DESCRIPTION_LENGTH = 160


def _plain(value):
    """Text of some HTML on one line; paragraphs and line breaks become spaces."""
    html = re.sub(r"<(?:br|/p|/li|/h[1-6])\b[^>]*>", " ", str(value or ""))
    return " ".join(strip_tags(html).split())


def page_description(page):
    """What a search engine or a shared link shows of a page: Wagtail's ``search_description``,
    otherwise its summary or introduction, otherwise its first paragraph of text."""
    text = _plain(getattr(page, "search_description", ""))
    for field in ("summary", "intro"):
        text = text or _plain(getattr(page, field, ""))
    if not text:
        text = _first_paragraph(getattr(page, "body", None) or [])
    return Truncator(text).chars(DESCRIPTION_LENGTH)


def _first_paragraph(body):
    for block in body:
        if isinstance(block.value, RichText):
            text = _plain(block.value.source)
            if len(text) > 40:  # a paragraph, not a short note
                return text
    return ""


@register.simple_tag(takes_context=True)
def page_meta(context):
    """The meta description and Open Graph title, description and locale of every page (issue 16).
    Views without a page describe what they show (a chapter, a concept's report) or the portal."""
    site_name = context.get("SITE_NAME", "")
    page = context.get("page")
    subject = page if isinstance(page, Page) else context.get("chapter") or context.get("concept")
    title = (page.seo_title or page.title) if isinstance(page, Page) else site_name
    description = page_description(subject) if isinstance(subject, Page) else ""
    language = get_language()
    described = subject if description else None
    if not description:
        description = gettext(
            "Willkommen im Kreis Schleswig-Flensburg: erste Schritte, Beratung in vielen Sprachen, "
            "Veranstaltungen und die Beteiligung an den Konzepten des Kreises."
        )
    lang = lang_of(described) if described is not None else ""
    return format_html(
        '<meta name="description" content="{description}"{lang}>\n'
        '  <meta property="og:type" content="website">\n'
        '  <meta property="og:site_name" content="{site_name}">\n'
        '  <meta property="og:title" content="{title}">\n'
        '  <meta property="og:description" content="{description}">\n'
        '  <meta property="og:locale" content="{locale}">',
        description=description,
        lang=lang,
        site_name=site_name,
        title=title,
        locale=OG_LOCALES.get(language, "de_DE"),
    )
