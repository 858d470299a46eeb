"""The portal in the pocket: the web app manifest, the service worker, the offline pack and the
"Offline verfügbar" page (docs/features.md, "Offline").

* ``/<lang>/manifest.webmanifest``: name, description, ``lang``, ``dir`` and start page of that
  language, the site's colours and icons; every page links to its language's manifest.
* ``/sw.js``: ``static/js/sw.js`` with its configuration in front of it (cache version, the
  paths never stored, the translated notes), served from the root so its scope is the site.
* ``/<lang>/offline/pack.json``: what "Offline speichern" fetches, built from the page tree
  (start page, topics, emergency page, office directory, events list, CSS and icons), so a
  topic an editor adds goes into the pack.
* ``/<lang>/offline/``: what is kept on the phone and how to remove it.
* ``/verbindung``: the connection check before a form is sent (static/js/offline.js).

``home/`` may not import ``ops/``: the token-bearing URLs (``ops.redaction``) reach the service
worker through the ``token_patterns`` argument that ``portal/urls.py`` passes.
"""

import hashlib
import html
import json
from functools import cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, get_language_bidi, gettext
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from wagtail.images.models import SourceImageIOError

from . import navigation

THEME_COLOR = "#0b5394"  # --brand in static/css/portal.css
BACKGROUND_COLOR = "#ffffff"  # --paper
ICONS = [
    ("icons/icon-192.png", "192x192", "any"),
    ("icons/icon-512.png", "512x512", "any"),
    ("icons/icon-maskable-512.png", "512x512", "maskable"),
]
ASSETS = ["css/portal.css", "img/logo.svg", "img/favicon.svg", "js/offline.js", *(icon for icon, _s, _p in ICONS)]
SERVICE_WORKER = "js/sw.js"

# Paths the service worker never stores, besides what the server marks private or no-store,
# what varies on the cookie (a form token or a session was used), any URL with a query string
# and any page with a form token in it (static/js/sw.js). JavaScript regular expressions.
NEVER_STORE = [
    r"^/admin(/|$)",
    r"^/django-admin(/|$)",
    r"^/api/",
    r"^/documents/",
    r"^/[a-z]{2,3}(-[a-z0-9-]+)?/beteiligung/kapitel/[^/]+/kommentieren/",
    r"^/[a-z]{2,3}(-[a-z0-9-]+)?/beteiligung/kommentar/[^/]+/melden/",
    # "Meine Beiträge": the page that sends the personal link, and (a token URL) the personal page.
    r"^/[a-z]{2,3}(-[a-z0-9-]+)?/beteiligung/meine-beitraege/",
]


def _js_regex(pattern):
    """A Python regex of ``ops.redaction`` as JavaScript reads it (named groups differ)."""
    return pattern.replace("(?P<", "(?<")


def _start_url(language):
    return f"/{language}/"


# The manifest -------------------------------------------------------------------------------


@require_GET
@cache_control(public=True, max_age=3600)
def manifest(request):
    language = get_language()
    data = {
        "id": _start_url(language),
        "name": gettext("Willkommen im Kreis Schleswig-Flensburg"),
        "short_name": gettext("Willkommen SL-FL"),
        "description": gettext("Erste Schritte, Beratung, Notrufnummern und Termine für Neuangekommene im Kreis."),
        "lang": language,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": _start_url(language),
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "icons": [
            {"src": static(src), "sizes": sizes, "type": "image/png", "purpose": purpose}
            for src, sizes, purpose in ICONS
        ],
    }
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/manifest+json")


# The offline pack ---------------------------------------------------------------------------


def pack_pages(request, language):
    """[(url, title)] of the public pages of the offline pack in ``language``: its start page,
    its topic pages, the emergency page, the office directory and the events list."""
    from home.models import EventIndexPage, OfficeDirectoryPage

    site = navigation.site_for_request(request)
    if site is None:
        return []
    german_home = site.root_page.specific
    home = german_home.localized
    pages = [(_start_url(language), home.title)]
    for topic in _pack_topics(home):
        pages.append((topic.get_url(request), topic.title))
    emergency = navigation.emergency_link(request)
    if emergency:
        pages.append((emergency["url"], emergency["title"]))
    # Served under every language prefix (translated_page_by_page = False): the German page.
    for model in (OfficeDirectoryPage, EventIndexPage):
        for page in model.objects.child_of(german_home).live().public().order_by("path")[:1]:
            url = page.get_url(request) or ""
            german_prefix = f"/{settings.LANGUAGE_CODE}/"
            if url.startswith(german_prefix):
                url = _start_url(language) + url.removeprefix(german_prefix)
            pages.append((url, page.localized.title))
    pages.append((reverse("offline:page"), gettext("Offline verfügbar")))
    seen, unique = set(), []
    for url, title in pages:
        if url and url not in seen:
            seen.add(url)
            unique.append({"url": url, "title": title})
    return unique


def _pack_topics(home):
    from home.models import TopicPage

    return TopicPage.objects.child_of(home).live().public().order_by("path")


# The renditions of a picture kept for offline reading: the small one (400 px) in the formats a
# browser of today picks from the page's <picture> (AVIF, else WebP), a few kilobytes each. Offline,
# the service worker answers a request for the wider one with it (static/js/sw.js: picture).
PACK_IMAGE_SPECS = ("format-avif|width-400", "format-webp|width-400")


def pack_images(request):
    """The URLs of the pictures in the pack's topic pages (templates/blocks/image.html), so a topic
    read offline shows its picture. A few kilobytes each (docs/benchmarks.md)."""
    site = navigation.site_for_request(request)
    if site is None:
        return []
    urls = []
    for topic in _pack_topics(site.root_page.specific.localized):
        for block in topic.body:
            if block.block_type != "image" or not block.value["image"]:
                continue
            try:
                renditions = block.value["image"].get_renditions(*PACK_IMAGE_SPECS)
            except SourceImageIOError:
                continue
            urls += [rendition.url for rendition in renditions.values() if rendition.url not in urls]
    return urls


@require_GET
@cache_control(no_cache=True)
def pack(request):
    language = get_language()
    data = {
        "language": language,
        "pages": pack_pages(request, language),
        "assets": [static(asset) for asset in ASSETS] + [reverse("offline:manifest")],
        "images": pack_images(request),
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


# The "Offline verfügbar" page ---------------------------------------------------------------


@require_GET
def offline_page(request):
    return render(request, "home/offline_page.html", {"pack_url": reverse("offline:pack")})


# The connection check -----------------------------------------------------------------------


@require_GET
@never_cache
def connection_check(request):
    """``/verbindung``: an empty answer, never stored, that static/js/offline.js asks for before it
    lets a form go; no answer, and the form stays as typed (docs/features.md, "Offline")."""
    return HttpResponse(status=204)


# The service worker -------------------------------------------------------------------------


@cache
def _source():
    with open(finders.find(SERVICE_WORKER), encoding="utf-8") as handle:
        return handle.read()


def _texts():
    """The service worker's words in every language: the note on a kept page and the lines of
    the page it makes up when neither the page nor the offline page is on the phone."""
    texts = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            texts[code] = {
                "saved": html.escape(gettext("Gespeichert am {date}. Die Angaben sind vielleicht nicht mehr aktuell.")),
                "offline": html.escape(
                    gettext("Sie sind offline, und diese Seite ist nicht auf Ihrem Telefon gespeichert.")
                ),
                "notSent": html.escape(
                    gettext("Sie sind offline. Ihre Eingabe wurde nicht gesendet, und nichts wird später gesendet.")
                ),
                "title": html.escape(gettext("Offline verfügbar")),
                "dir": "rtl" if translation.get_language_bidi() else "ltr",
            }
    return texts


def worker_config(token_patterns=()):
    never_store = NEVER_STORE + [_js_regex(pattern.pattern) for pattern in token_patterns]
    languages = [code for code, _name in settings.LANGUAGES]
    fingerprint = json.dumps(
        [_source(), never_store, [static(asset) for asset in ASSETS], languages], sort_keys=True
    ).encode()
    return {
        "version": hashlib.sha256(fingerprint).hexdigest()[:12],
        "neverStore": never_store,
        "staticUrl": settings.STATIC_URL,
        "imagesUrl": f"{settings.MEDIA_URL}images/",  # Wagtail's renditions
        "css": static("css/portal.css"),
        "languages": languages,
        "defaultLanguage": settings.LANGUAGE_CODE,
        "texts": _texts(),
    }


@require_GET
def service_worker(request, token_patterns=None):
    """``/sw.js``. ``token_patterns``: a callable giving the compiled path regexes of the URLs with
    a token (``ops.redaction.token_path_patterns``, passed by portal/urls.py)."""
    config = worker_config(token_patterns() if token_patterns else ())
    body = f"const CONFIG = {json.dumps(config, ensure_ascii=False)};\n{_source()}"
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"  # a new deployment's worker is found on the next visit
    return response
