"""Navigation for every page: main menu, footer links, language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page

from home import navigation

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
    """Each language in its own name; on a page with a translation, a link to that translation."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and getattr(page, "translated_page_by_page", True):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.url
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translations.get(code) or translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        links.append({"code": code, "name": info["name_local"], "url": url, "current": code == current})
    return {"languages": links}


@register.simple_tag
def active_locale():
    return Locale.get_active()


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context):
    """The pages between the start page and this one; a view that knows them passes ``breadcrumbs``."""
    if "breadcrumbs" in context:
        return context["breadcrumbs"]
    page = context.get("page")
    return list(page.get_ancestors().filter(depth__gt=2)) if isinstance(page, Page) else []
