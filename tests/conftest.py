from io import StringIO

import pytest

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site as DjangoSite
from django.core.management import call_command
from django.db import transaction
from django.test import Client, TestCase

from wagtail.models import Locale, Page, Site

from caching import page_cache
from tests.factories import ChapterPageFactory, ConceptPageFactory, HomePageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (navigation, rate limits, locale codes)."""
    from django.core.cache import cache

    from caching.counters import counters
    from caching.page_cache import local_copies
    from home.i18n import forget_request_memo

    cache.clear()
    counters.local.clear()
    local_copies.clear()
    forget_request_memo()


@pytest.fixture
def page_cache_off(settings):
    """For query contracts: they count what rendering a page costs. With the page cache on, the
    warm-up request stores the page and the counted one reads it back in 0 queries."""
    settings.PAGE_CACHE_SECONDS = 0


def rendered(response):
    """``response``, once it is certain it was rendered, not read back from the page cache
    (a query contract on a cache hit passes whatever the page costs)."""
    assert response.get(page_cache.HEADER) != "hit", "a page-cache hit: the count measures the cache, not the page"
    return response


@pytest.fixture
def own_media(settings, tmp_path):
    """Public media and private documents in directories of this test alone."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {**settings.STORAGES["documents"], "OPTIONS": {"location": tmp_path / "private-media"}},
    }


def local_url(page):
    """The page's address on the default site, relative there (Wagtail's ``page.url`` is absolute
    once there is a second site, as in the demo: issue 22); absolute for another site's page."""
    return page.get_url(current_site=Site.objects.filter(is_default_site=True).first())


def on_own_host(page):
    """(path, extra) to request ``page`` from the test client on its own site's host."""
    from urllib.parse import urlsplit

    url = urlsplit(page.get_url())
    return url.path, ({"HTTP_HOST": url.netloc} if url.netloc else {})


def home_as_site_root():
    """A HomePage as the default site's root, replacing Wagtail's placeholder page (for the
    ``home`` fixture and for ``setUpTestData`` of Wagtail's TestCase classes)."""
    root = Page.get_first_root_node()
    if root is None:  # an earlier transactional test (tests/deploy) emptied what the migrations made
        ContentType.objects.clear_cache()  # its cached ids are gone with the table's rows
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        DjangoSite.objects.get_or_create(pk=settings.SITE_ID, defaults={"domain": "testserver", "name": "testserver"})
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    home = HomePageFactory(parent=root, slug="willkommen")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        return home
    placeholder = site.root_page
    site.root_page = home
    site.save()
    placeholder.delete()
    return home


@pytest.fixture
def home(db):
    return home_as_site_root()


@pytest.fixture
def concept(home):
    return ConceptPageFactory(parent=home, slug="konzept")


@pytest.fixture
def chapter(concept):
    """Chapter 3, "Sprache" (slug ``sprache``), of the open concept."""
    return ChapterPageFactory(parent=concept, title="Sprache", number=3)


class CommittingClient(Client):
    """Runs transaction.on_commit callbacks (mails, notifications) at the end of each
    request, as a real request's commit would; pytest-django's test transaction never commits."""

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def client():
    return CommittingClient()


# The demo, loaded once per run: its printed output and the transaction it lives in (see below).
_DEMO = {}


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The demo (``load_initial_data``) loaded once for the whole run, inside a transaction of its
    own; its printed output is the value. Each test's own changes are rolled back after it as
    always. The tests that use it run one after the other (``pytest_collection_modifyitems``), and
    the demo is rolled back before the next test that does not use it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        out = StringIO()
        call_command("load_initial_data", stdout=out)
    _DEMO.update(output=out.getvalue(), atomic=atomic, blocker=django_db_blocker)
    yield _DEMO["output"]
    _end_demo()


def _end_demo():
    if "atomic" in _DEMO:
        with _DEMO["blocker"].unblock():
            transaction.set_rollback(True)
            _DEMO["atomic"].__exit__(None, None, None)
        _DEMO.clear()


def _transactional(item):
    """A test that commits (and flushes the database after it): nothing may be left open then."""
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(marker and marker.kwargs.get("transaction")) or bool({"transactional_db", "live_server"} & fixtures)


def pytest_collection_modifyitems(items):
    """The tests on the demo after the others, in their order (loading it takes most of a minute,
    once), and the tests that commit last of all: they flush the database after them, and the
    demo could not be loaded on what a flush leaves."""
    items.sort(key=lambda item: 2 if _transactional(item) else int("demo_content" in getattr(item, "fixturenames", ())))


def pytest_runtest_setup(item):
    """The first test after the demo's tests rolls the demo back (the fixture would only at the end)."""
    if "demo_content" not in getattr(item, "fixturenames", ()):
        _end_demo()
