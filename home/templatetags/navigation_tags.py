"""Navigation for every page: main menu, footer links, language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

from home.models import PortalSettings

register = template.Library()


def _home_page(request):
    site = Site.find_for_request(request)
    return site.root_page.localized if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = _home_page(request)
    children = home.get_children().live().public().in_menu() if home else Page.objects.none()
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "home": home,
        "home_is_current": bool(home) and current_path == home.path,
        # A section is current when the page is the item or lies below it.
        "items": [(item, current_path.startswith(item.path)) for item in children],
    }


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    request = context["request"]
    portal_settings = PortalSettings.for_request(request)
    pages = [
        portal_settings.imprint_page,
        portal_settings.privacy_page,
        portal_settings.accessibility_page,
    ]
    return {"links": [page.localized for page in pages if page and page.live]}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Each language in its own name; on a page with a translation, a link to that translation."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page):
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
