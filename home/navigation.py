"""Menu and footer links, built once per site and language and kept in the cache.

Every page shows them, so reading them from the database on each request would
cost several queries per page view. Publishing, unpublishing, moving or deleting
any page, or saving the portal settings or an office, starts a new generation of the
page cache's ``site`` tag, which both these links and every cached page follow.
"""

import copy
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

from wagtail.models import Site

from caching import page_cache
from caching.invalidation import site_changed

from . import access

TIMEOUT = 600  # a safety net for caches that are not shared between processes
LOCAL_ENTRIES = 500  # links kept in this process (a few per site, language and generation)

# The links and sites this process built or read last, by generation: a lookup then costs no
# round trip to the shared cache beyond the one generation check per request.
_local = {}
_sites = {}


def generation(request=None):
    if request is None:
        return page_cache.generations([page_cache.SITE])[page_cache.SITE]
    return page_cache.request_generations(request, [page_cache.SITE])[page_cache.SITE]


def site_for_request(request):
    """Wagtail's Site.find_for_request without its query (about 3 ms: a CASE over all sites and
    the root page), remembered per host and port for the current generation. Sets the request's
    site, so Wagtail's own lookups in the same request (page URLs) find it too."""
    if request is None:
        return None
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    current = generation(request)
    host = (request._get_raw_host(), request.get_port())
    known = _sites.get(host)
    if known is not None and known[0] == current:
        site = copy.copy(known[1]) if known[1] is not None else None
    else:
        site = Site._find_for_request(request)
        if len(_sites) > LOCAL_ENTRIES:
            _sites.clear()
        _sites[host] = (current, copy.copy(site) if site is not None else None)
    request._wagtail_site = site
    return site


def _cached(name, request, build):
    site = site_for_request(request)
    if site is None:
        return build(None)
    key = f"navigation:{name}:{site.pk}:{get_language()}:{generation(request)}"
    value = _local.get(key)
    if value is not None:
        return value
    value = cache.get(key)
    if value is None:
        value = build(site)
        cache.set(key, value, TIMEOUT)
    if len(_local) > LOCAL_ENTRIES:
        _local.clear()
    _local[key] = value
    return value


def _link(page, site):
    """A page's title and address: relative on its own site (``page.url`` turns absolute as soon
    as the installation has a second site, issue 22)."""
    from home.i18n import content_language

    return {
        "title": page.title,
        "url": page.get_url(current_site=site),
        "path": page.path,
        "lang": content_language(page),
    }


def under_prefix(url, language):
    """``url`` (a German page's) with the language prefix ``language`` instead of German's."""
    scheme, netloc, path, query, fragment = urlsplit(url)
    german = f"/{settings.LANGUAGE_CODE}/"
    if not path.startswith(german):
        return url
    return urlunsplit((scheme, netloc, f"/{language}/{path.removeprefix(german)}", query, fragment))


def in_visitor_language(url, request):
    """A German-only page's URL (concept, chapter, event, office directory) under the visitor's
    language prefix, where a translated start page serves it (``GermanFallbackRouting``);
    the German URL where there is none."""
    language = get_language()
    home = menu(request)["home"]
    if language == settings.LANGUAGE_CODE or not home or home["lang"] != language:
        return url
    return under_prefix(url, language)


def _menu_item(page, site, language, translated_home):
    """A German-only page in the menu of another language: its label from the interface strings
    (the German title beneath it where the label alone does not say which), under the visitor's
    prefix when the translated start page serves it there."""
    link = _link(page, site)
    if translated_home:
        link["url"] = under_prefix(link["url"], language)
    label = getattr(page, "menu_label", None)
    if language in (settings.LANGUAGE_CODE, "de-x-ls") or not label:
        return link
    shows_title = getattr(page, "menu_shows_title", False)
    link.update(label=str(label), title=page.title if shows_title else "")
    return link


def menu(request):
    """{"home": link, "items": [link, …]} of the localized start page and its menu children."""

    def build(site):
        if site is None:
            return {"home": None, "items": []}
        language = get_language()
        german_home = site.root_page
        home = german_home.localized
        translated_home = home.pk != german_home.pk
        items = []
        # The German start page decides the menu; each item in the visitor's language where
        # it exists, German-only pages (concepts, events) under the visitor's prefix.
        for child in german_home.get_children().live().public().in_menu().specific():
            translation = child.localized
            if translation.pk != child.pk:
                items.append(_link(translation, site))
            elif not getattr(child, "translated_page_by_page", True):
                items.append(_menu_item(child, site, language, translated_home))
            elif language == settings.LANGUAGE_CODE:
                items.append(_link(child, site))
        return {"home": _link(home, site), "items": items}

    return _cached("menu", request, build)


def footer(request):
    """The imprint, privacy and accessibility pages every page links to."""
    from home.models import PortalSettings

    def build(site):
        if site is None:
            return []
        portal_settings = PortalSettings.for_site(site)
        pages = {
            "imprint": portal_settings.imprint_page,
            "privacy": portal_settings.privacy_page,
            "accessibility": portal_settings.accessibility_page,
        }
        return [{**_link(page.localized, site), "kind": kind} for kind, page in pages.items() if page and page.live]

    return _cached("footer", request, build)


def public_scope(request):
    """(id of the request language's locale, paths of the sections under a view restriction): what
    Wagtail's ``public()`` and ``Locale.get_active()`` would ask the database on every search."""
    from wagtail.models import Locale, PageViewRestriction

    def build(site):
        restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        return Locale.get_active().pk, restricted

    return _cached("public-scope", request, build)


def emergency_link(request):
    """{"title", "url", "path"} of the localized emergency page, or {} when none is set or the public
    may not see it."""
    from home.models import PortalSettings

    def build(site):
        if site is None:
            return {}
        page = PortalSettings.for_site(site).emergency_page
        if page is None or not access.is_public(page):
            return {}
        # {} rather than None: the cache would not tell a stored None from a miss.
        return _link(page.localized, site)

    return _cached("emergency", request, build)


def organisation(request):
    """{"name", "address", "accent", "theme_version", "logo"} of the request's organisation (its
    portal settings; issue 22): empty where the district's defaults apply. ``logo`` is {"url",
    "width", "height"} of its rendition 40 pixels high, or {}."""
    from home import theme
    from home.models import PortalSettings

    def build(site):
        row = PortalSettings.for_site(site) if site else None
        if row is None:
            return {"name": "", "address": "", "accent": "", "theme_version": "", "logo": {}}
        accent = row.accent_colour if theme.palette(row.accent_colour) else ""
        return {
            "name": row.organisation_name,
            "address": row.address,
            "accent": accent,
            "theme_version": theme.version(accent) if accent else "",
            "logo": _logo(row.logo),
        }

    return _cached("organisation", request, build)


def _logo(image):
    if image is None:
        return {}
    from wagtail.images.models import SourceImageIOError

    try:
        rendition = image.get_rendition("height-80")
    except (SourceImageIOError, OSError):  # a missing or broken file: the district's logo, not a 500
        return {}
    # Drawn at 40 CSS pixels high, from a rendition twice as high for sharp screens.
    return {"url": rendition.url, "width": round(rendition.width / 2), "height": round(rendition.height / 2)}


def privacy_url(request):
    """The localized privacy page's URL ("" while none is set), for the consent line of forms:
    taken from the footer links the same page shows, so it costs no lookup of its own."""
    return next((link["url"] for link in footer(request) if link["kind"] == "privacy"), "")


def connect():
    """Publications, moves, sites and view restrictions start a new generation already
    (caching/invalidation.py); the portal settings and the offices are home's own."""
    from home.models import ContactOffice, PortalSettings

    post_save.connect(site_changed, sender=PortalSettings, dispatch_uid="navigation-settings")
    for signal in (post_save, post_delete):
        signal.connect(site_changed, sender=ContactOffice, dispatch_uid=f"navigation-office-{signal}")
