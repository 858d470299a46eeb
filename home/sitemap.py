"""sitemap.xml with every translation of every page and their hreflang alternates.

Wagtail's stock sitemap lists only the default language's pages. German-only
concept pages appear once, with alternates for every interface language.
"""

from collections import defaultdict

from django.http import HttpResponse
from django.template.loader import render_to_string

from wagtail.models import Page, Site

from caching import page_cache

from . import access, i18n


def sitemap(request):
    # Built from every page with its translations: kept in the page cache until the next publication.
    page_cache.mark(request)
    site = Site.find_for_request(request)
    entries = []
    if site is not None:
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages = pages | Page.objects.descendant_of(root, inclusive=True)
        pages = list(access.public_pages(pages, request).order_by("path"))
        # Every translation of a listed page is itself listed: group them instead of asking per page.
        translations = defaultdict(list)
        for page in pages:
            translations[page.translation_key].append(page)
        for page in pages:
            alternates = i18n.alternates(page, request, translations[page.translation_key])
            entries.append(
                {
                    "location": request.build_absolute_uri(page.get_url(request)),
                    "lastmod": page.last_published_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
    xml = render_to_string("sitemap.xml", {"entries": entries})
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")
