"""Many organisations on one installation (issue 22): 50 organisations of 100 pages each cost a
request no more queries than 2 do. Counted on a town's host and on the district's: the page cache
(a stored page served), a rendered page with its navigation (menu, footer, language switcher), the
English start page (the language switcher's translations) and the sitemap, warm and right after a
publication (a new generation of the ``site`` tag: the site, its tree paths and the navigation are
looked up again).

The pages are inserted in bulk (treebeard's ``add_child`` costs about ten queries a page); the
first town is made by ``create_organisation`` as an operator would, with its office and translated
start pages.
"""

import uuid

import pytest

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, Page, Site

from caching import page_cache
from concept.roles.organisations import create_organisation
from home.models import HomePage, PortalSettings, TopicPage
from tests.conftest import rendered

pytestmark = pytest.mark.django_db

PAGES = 100  # per organisation
IN_MENU = 6  # of them in the menu
TOWN_HOST = "gemeinde-1.example.org"


def bulk_children(parent, model, rows):
    """Inserts pages of ``model`` (a page model one table below Page) as the last children of
    ``parent``: the Page rows in one statement, the model's own rows in another, the tree paths
    and ``url_path`` as treebeard and Wagtail would set them. ``rows``: the fields of each page."""
    content_type = ContentType.objects.get_for_model(model)
    last = parent.get_last_child()
    start = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    now = timezone.now()
    pages = []
    for number, fields in enumerate(rows, start):
        slug = fields.pop("slug")
        pages.append(
            model(
                path=parent.path + Page._int2str(number).rjust(Page.steplen, "0"),
                depth=parent.depth + 1,
                numchild=0,
                slug=slug,
                url_path=f"{parent.url_path}{slug}/",
                draft_title=fields["title"],
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                locale_id=parent.locale_id if parent.depth > 1 else Locale.get_default().pk,
                translation_key=uuid.uuid4(),
                content_type=content_type,
                **fields,
            )
        )
    Page.objects.bulk_create(pages)  # sets each page's id
    for page in pages:
        page.page_ptr_id = page.id
    model.objects._insert(pages, fields=model._meta.local_concrete_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.refresh_from_db()
    return pages


def add_topics(start_page, label):
    rows = [
        {
            "slug": f"thema-{number}",
            "title": f"{label}: Thema {number}",
            "summary": f"Worum es in Thema {number} geht.",
            "show_in_menus": number < IN_MENU,
        }
        for number in range(PAGES - 1)  # and the start page: 100 pages
    ]
    bulk_children(start_page, TopicPage, rows)


def add_organisations(first, count):
    """Organisations ``first`` … ``first + count - 1``: a start page with its topics and a site each."""
    root = Page.get_first_root_node()
    homes = bulk_children(
        root,
        HomePage,
        [{"slug": f"gemeinde-{number}", "title": f"Gemeinde {number}"} for number in range(first, first + count)],
    )
    Site.objects.bulk_create(
        Site(hostname=f"{home.slug}.example.org", port=80, root_page=home, site_name=home.title) for home in homes
    )
    Site.clear_site_root_paths_cache()  # as Site.save does
    for home in homes:
        add_topics(home, home.title)
    page_cache.bump(page_cache.SITE)  # as a publication would (bulk inserts send no signals)


@pytest.fixture
def town(home):
    """The district (the default site, 100 pages) and one town made as an operator would: 2 organisations."""
    Locale.objects.get_or_create(language_code="en")
    # Created by the first view otherwise: a change of the settings, which starts a new generation.
    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    add_topics(home, "Kreis")
    site = create_organisation("Gemeinde 1", TOWN_HOST, languages=("de", "en"))
    start = site.root_page.specific
    add_topics(start, "Gemeinde 1")
    english = start.get_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()  # the language switcher has a translation to link to
    return site


HOSTS = {"town": {"HTTP_HOST": TOWN_HOST}, "district": {}}
PATHS = ["/de/", "/de/thema-3/", "/en/", "/sitemap.xml"]


def count(client, path, host, *, after_publication=False):
    if after_publication:
        page_cache.bump(page_cache.SITE)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, **HOSTS[host])
    assert response.status_code == 200, (path, host)
    return len(captured)


def counts(client, settings):
    """{(what, host, path): queries}: rendered (the page cache off) warm and after a publication,
    and a page served from the page cache."""
    found = {}
    settings.PAGE_CACHE_SECONDS = 0
    for host in HOSTS:
        for path in PATHS:
            client.get(path, **HOSTS[host])  # warm what any page fills once (content types, settings)
            found["warm", host, path] = count(client, path, host)
            found["after a publication", host, path] = count(client, path, host, after_publication=True)
    settings.PAGE_CACHE_SECONDS = 600
    for host in HOSTS:
        for _ in range(2):
            client.get("/de/thema-3/", **HOSTS[host])  # stored
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/de/thema-3/", **HOSTS[host])
        assert response.get(page_cache.HEADER) == "hit", host
        found["page cache", host, "/de/thema-3/"] = len(captured)
    return found


def test_fifty_organisations_cost_a_request_the_queries_two_do(client, town, settings):
    # The premise: each host shows its own organisation's pages, menu and sitemap.
    page = rendered(client.get("/de/thema-3/", **HOSTS["town"])).content.decode()
    assert "Gemeinde 1: Thema 3" in page and "Gemeinde 1: Thema 5" in page  # the topic and a menu item
    sitemap = client.get("/sitemap.xml", **HOSTS["town"]).content.decode()
    assert sitemap.count("<loc>") == PAGES + 1  # the English start page too
    assert "Kreis: Thema" not in page

    two = counts(client, settings)
    add_organisations(2, 48)
    assert Site.objects.count() == 50 and Page.objects.filter(depth__gt=1).count() >= 50 * PAGES

    fifty = counts(client, settings)
    assert fifty == two
    assert client.get("/sitemap.xml", HTTP_HOST="gemeinde-49.example.org").content.decode().count("<loc>") == PAGES
    assert all(queries == 0 for (what, _host, _path), queries in fifty.items() if what == "page cache")
