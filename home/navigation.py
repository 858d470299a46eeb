"""Menu and footer links, built once per site and language and kept in the cache.

Every page shows them, so reading them from the database on each request would
cost several queries per page view. Publishing, unpublishing, moving or deleting
any page, or saving the portal settings or an office, starts a new generation of the
page cache's ``site`` tag, which both these links and every cached page follow.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal import page_cache

TIMEOUT = 600  # a safety net for caches that are not shared between processes


def generation():
    return page_cache.generations([page_cache.SITE])[page_cache.SITE]


def new_generation(**kwargs):
    page_cache.bump_on_commit(page_cache.SITE)


def _cached(name, request, build):
    site = Site.find_for_request(request)
    if site is None:
        return build(None)
    key = f"navigation:{name}:{site.pk}:{get_language()}:{generation()}"
    value = cache.get(key)
    if value is None:
        value = build(site)
        cache.set(key, value, TIMEOUT)
    return value


def _link(page):
    from home.i18n import content_language

    return {"title": page.title, "url": page.url, "path": page.path, "lang": content_language(page)}


def menu(request):
    """{"home": link, "items": [link, …]} of the localized start page and its menu children."""

    def build(site):
        if site is None:
            return {"home": None, "items": []}
        language = get_language()
        german_home = site.root_page
        items = []
        # The German start page decides the menu; each item in the visitor's language where
        # it exists, German-only pages (concepts, events) under the visitor's prefix.
        for child in german_home.get_children().live().public().in_menu().specific():
            translation = child.localized
            if translation.pk != child.pk:
                items.append(_link(translation))
            elif not getattr(child, "translated_page_by_page", True):
                items.append({**_link(child), "url": translate_url(child.url, language)})
            elif language == settings.LANGUAGE_CODE:
                items.append(_link(child))
        return {"home": _link(german_home.localized), "items": items}

    return _cached("menu", request, build)


def footer(request):
    """The imprint, privacy and accessibility pages every page links to."""
    from home.models import PortalSettings

    def build(site):
        if site is None:
            return []
        portal_settings = PortalSettings.for_site(site)
        pages = [portal_settings.imprint_page, portal_settings.privacy_page, portal_settings.accessibility_page]
        return [_link(page.localized) for page in pages if page and page.live]

    return _cached("footer", request, build)


def privacy_url(request):
    """The localized privacy page's URL ("" while none is set), for the consent line of forms."""
    from home.models import PortalSettings

    def build(site):
        page = PortalSettings.for_site(site).privacy_page if site else None
        return page.localized.url if page and page.live else ""

    return _cached("privacy", request, build)


def connect():
    from home.models import ContactOffice, PortalSettings

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(new_generation, dispatch_uid=f"navigation-{signal}")
    post_delete.connect(new_generation, sender=Page, dispatch_uid="navigation-delete")
    post_save.connect(new_generation, sender=PortalSettings, dispatch_uid="navigation-settings")
    for signal in (post_save, post_delete):
        signal.connect(new_generation, sender=ContactOffice, dispatch_uid=f"navigation-office-{signal}")
