"""Browser tests: Debian's Chromium, driven by Playwright, against a live server with the demo.

Run them with ``make test-browser`` (``pytest -m browser``); ``make test`` leaves them out.
Without /usr/bin/chromium (``apt-get install chromium``) every test here is skipped, and
without node_modules/axe-core (``npm ci`` or ``make node_modules``) the accessibility tests
are, each with a message saying so. Playwright never downloads a browser here.

The database, and why this is not pytest-django's ``live_server`` fixture:

* ``live_server`` makes every test transactional, and a transactional test flushes the
  database when it ends: the demo (``load_initial_data``, about ten seconds) would have to
  be loaded again for every test.
* So the ``portal`` fixture loads the demo once for this package, committed, into the test
  database, serves it with Django's ``LiveServerThread``, and at the end of the package
  puts the database back exactly as it was before (flush, then the state serialised before
  loading, as ``TransactionTestCase(serialized_rollback=True)`` does). Other tests in the
  same run never see the demo.
* The tests are marked ``django_db`` (plain, not transactional), which makes pytest-django
  create the test database and wrap each test in a transaction that is rolled back. With
  SQLite's in-memory test database the server thread shares the test's connection (as in
  Django's ``LiveServerTestCase``), so the writes of a test's requests (a comment) are
  rolled back with the test, and ``transaction.on_commit`` callbacks (mails) only run
  inside ``django_capture_on_commit_callbacks(execute=True)``, as with
  ``tests.conftest.CommittingClient``. Requests are served one at a time, because the
  connection is shared. With PostgreSQL the server thread has its own connection: its
  writes commit (mails are sent at once) and are removed with the demo at the end.
"""

import io
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import local_url

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
NO_CHROMIUM = f"Chromium not found at {CHROMIUM}: install Debian's package with `apt-get install chromium`"
NO_AXE = f"axe-core not found at {AXE_SCRIPT.relative_to(ROOT)}: run `npm ci` (or `make node_modules`)"
NO_PLAYWRIGHT = "the playwright package is missing: `pip install -e '.[test]'` (never `playwright install`)"
HERE = Path(__file__).resolve().parent


def _missing_playwright():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return True
    return False


def pytest_collection_modifyitems(config, items):
    """Skips before any fixture runs, so a missing browser costs neither the demo nor a launch."""
    ours = [item for item in items if HERE in Path(item.path).resolve().parents]
    if not ours:
        return
    reason = None
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        reason = NO_CHROMIUM
    elif _missing_playwright():
        reason = NO_PLAYWRIGHT
    for item in ours:
        if reason:
            item.add_marker(pytest.mark.skip(reason=reason))
        elif "axe" in item.fixturenames and not AXE_SCRIPT.is_file():
            item.add_marker(pytest.mark.skip(reason=NO_AXE))


# The demo site and the live server ------------------------------------------------------


@dataclass
class Portal:
    """The live server, and where one page of each type of the demo is in each language."""

    url: str
    pages: dict = field(default_factory=dict)  # page type -> Wagtail page, or a German path
    open_chapter_path: str = ""

    def path(self, page_type, language="de"):
        """The page in ``language``: its translation when there is one, otherwise the German
        page's path under the language's prefix (which redirects to that language's start page
        for welcome-portal pages, and shows concept pages in that interface language)."""
        target = self.pages[page_type]
        if isinstance(target, str):
            german = target
        else:
            translation = target.get_translation_or_none(_locale(language))
            if translation is not None and translation.live:
                return local_url(translation)
            german = local_url(target)
        assert german.startswith("/de/"), german
        return f"/{language}/{german.removeprefix('/de/')}"


def _locale(language):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=language).first()


def _demo_pages():
    from django.apps import apps
    from django.urls import reverse
    from django.utils import timezone, translation

    from wagtail.models import Locale, Site

    from concept.models import ChapterPage, ConceptPage
    from home.models import EventIndexPage, EventPage, StandardPage, TopicPage

    german = Locale.get_default()
    history = ConceptPage.objects.get(locale=german, slug="integrationskonzept-2017")
    current = ConceptPage.objects.get(locale=german, slug="fortschreibung-integrationskonzept")
    housing = ChapterPage.objects.child_of(history).get(slug="wohnen")
    first_open = ChapterPage.objects.child_of(current).live().order_by("number").first()
    events = EventPage.objects.live().filter(locale=german)
    event = events.filter(ends_at__gte=timezone.now()).order_by("starts_at").first() or events.first()
    with translation.override("de"):
        form = reverse("comments:post", args=[first_open.pk])
        pages = {
            "home": "/de/",
            "topic": TopicPage.objects.live().get(locale=german, slug="wohnen"),
            # The district's (the demo's Stadt Schleswig has an Impressum too, issue 22).
            "standard page": StandardPage.objects.live()
            .descendant_of(Site.objects.get(is_default_site=True).root_page)
            .get(locale=german, slug="impressum"),
            "event index": EventIndexPage.objects.live().filter(locale=german).first(),
            "event": event,
            "concept": current,
            "chapter + comments": housing,
            "comment form": form,
            "comment form, errors": form,
            "version": reverse("versions:version", args=[housing.pk, 1]),
            "comparison": reverse("versions:compare", args=[housing.pk]) + "?von=1&zu=2",
            "report": reverse("report:page", args=[history.pk]),
            "search results": reverse("search") + "?q=Sprache",
            "404": "/de/diese-seite-gibt-es-nicht/",
        }
    try:
        directory = apps.get_model("home", "OfficeDirectoryPage").objects.live().filter(locale=german).first()
    except LookupError:
        directory = None
    if directory is not None:
        pages["office directory"] = directory
    return pages, local_url(first_open)


class _OneAtATime:
    """The WSGI app behind a lock: the server threads may share one SQLite connection.

    The lock and the count of requests under way belong to the class, so every live server of
    the run (the portal's and the ones tests start themselves) takes turns on the connection.
    ``wait_until_idle`` lets a test end only when no request is still being served: a request
    the browser sent just before its context closed would otherwise run while the test's
    transaction is rolled back on the same connection, and every later test would fail.
    """

    lock = threading.Lock()
    idle = threading.Condition()
    under_way = []  # the paths being served or waiting for the lock

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        with self.idle:
            self.under_way.append(path)
        try:
            with self.lock:
                return self.app(environ, start_response)
        finally:
            with self.idle:
                self.under_way.remove(path)
                self.idle.notify_all()

    @classmethod
    def wait_until_idle(cls, timeout=30):
        with cls.idle:
            if not cls.idle.wait_for(lambda: not cls.under_way, timeout=timeout):
                raise AssertionError(f"the live server still serves {cls.under_way} {timeout} s after the test ended")


@pytest.fixture(autouse=True)
def _server_idle_when_the_test_ends():
    """Torn down after the test's own fixtures (its browser contexts are closed by then) and
    before pytest-django rolls the test's transaction back (its fixture is set up first)."""
    yield
    _OneAtATime.wait_until_idle()


def _start_server(port=0):
    """A live server on ``port`` (0: a free one); (url, stop)."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread
    from django.test.utils import modify_settings

    allowed = modify_settings(ALLOWED_HOSTS={"append": "127.0.0.1"})
    allowed.enable()
    shared = {conn.alias: conn for conn in connections.all() if conn.vendor == "sqlite" and conn.is_in_memory_db()}
    thread = LiveServerThread(
        "127.0.0.1",
        static_handler=lambda app: _OneAtATime(StaticFilesHandler(app)),
        connections_override=shared,
        port=port,
    )
    thread.daemon = True
    for conn in shared.values():
        conn.inc_thread_sharing()

    def stop():
        thread.terminate()
        for conn in shared.values():
            conn.dec_thread_sharing()
        allowed.disable()

    thread.start()
    thread.is_ready.wait()
    if thread.error:
        stop()
        raise thread.error

    return f"http://{thread.host}:{thread.port}", stop


@pytest.fixture(scope="package")
def portal(browser, django_db_setup, django_db_blocker):
    """The demo, committed, served by a live server; the database restored afterwards.

    It depends on ``browser`` although it does not use it: once Playwright's sync API has
    started, code in this thread runs in a contextvars context of its own, where Django
    opens a connection of its own. Set up after the browser, the demo, the server's shared
    SQLite connection and the tests all use that one connection, which is closed at the end.
    """
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection, connections

    with django_db_blocker.unblock():
        assert _is_test_database(connection), f"refusing to load the demo into {connection.settings_dict['NAME']}"
        before = connection.creation.serialize_db_to_string()
        try:
            call_command("load_initial_data", stdout=io.StringIO())
            pages, open_chapter = _demo_pages()
            url, stop = _start_server()
        except BaseException:
            _restore(before)
            raise
    try:
        yield Portal(url=url, pages=pages, open_chapter_path=open_chapter)
    finally:
        _OneAtATime.wait_until_idle()
        stop()
        with django_db_blocker.unblock():
            _restore(before)
            connections.close_all()
        cache.clear()


def _is_test_database(connection):
    """pytest-django creates the test database only for tests marked django_db."""
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return True
    return name == (connection.settings_dict.get("TEST") or {}).get("NAME") or Path(name).name.startswith("test_")


def _restore(serialized):
    from django.core.management import call_command
    from django.db import connection

    # As TransactionTestCase does: sequences keep counting, so no new row takes a restored id.
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False)
    connection.creation.deserialize_db_from_string(serialized)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits and cached look-ups live in the cache; every browser test starts with none.
    from django.core.cache import cache

    cache.clear()


# The browser ----------------------------------------------------------------------------


@pytest.fixture(scope="package")
def browser():
    """One Chromium for all browser tests (they all live in this package).

    Playwright's sync API keeps an asyncio loop running in this thread, which Django's ORM
    refuses to run under unless DJANGO_ALLOW_ASYNC_UNSAFE is set; it is set for as long as
    the browser runs and restored afterwards, so tests after this package are unaffected.
    """
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(portal, browser):
    context = browser.new_context(base_url=portal.url, locale="de-DE", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    # Console errors and uncaught exceptions; a Content-Security-Policy violation is one.
    tab.console_errors = []

    def on_console(message):
        # A 404 or 400 page is logged as a failed load of the document itself; tests check the status.
        document_status = message.text.startswith("Failed to load resource") and message.location["url"] == tab.url
        if message.type == "error" and not document_status:
            tab.console_errors.append(f"{message.text} ({message.location['url']})")

    tab.on("console", on_console)
    tab.on("pageerror", lambda error: tab.console_errors.append(str(error)))
    yield tab
    context.close()


@pytest.fixture(scope="package")
def axe():
    """The source of axe-core, run in pages with ``page.evaluate`` (through the DevTools protocol,
    which the pages' Content-Security-Policy does not apply to; an inline script tag would be refused)."""
    return AXE_SCRIPT.read_text(encoding="utf-8")


# The table of axe results, printed at the end of the run --------------------------------

AXE_RESULTS = {}  # (page type, language) -> (violations, note, ids of advisory violations)


def pytest_terminal_summary(terminalreporter):
    if not AXE_RESULTS:
        return
    page_types = list(dict.fromkeys(page_type for page_type, _language in AXE_RESULTS))
    languages = list(dict.fromkeys(language for _page_type, language in AXE_RESULTS))
    width = max(len(page_type) for page_type in page_types)
    write = terminalreporter.write_line
    terminalreporter.section("axe-core: WCAG 2.0/2.1 A and AA violations per page and language")
    write(f"| {'page':<{width}} | " + " | ".join(f"{language:<8}" for language in languages) + " |")
    write(f"|{'-' * (width + 2)}|" + "|".join("-" * 10 for _language in languages) + "|")
    notes, advisories = {}, {}
    for page_type in page_types:
        cells = []
        for language in languages:
            count, note, advisory = AXE_RESULTS.get((page_type, language), ("–", "", []))
            cell = str(count)
            if note:
                cell += notes.setdefault(note, "*" * (len(notes) + 1))
            if advisory:
                cell += f" +{len(advisory)}a"
                for rule in advisory:
                    advisories.setdefault(rule, []).append(f"{page_type} ({language})")
            cells.append(cell)
        write(f"| {page_type:<{width}} | " + " | ".join(f"{cell:<8}" for cell in cells) + " |")
    for note, mark in notes.items():
        write(f"{mark} {note}")
    for rule, where in advisories.items():
        write(f"+Na advisory (best practice / WCAG 2.2, not asserted): {rule} on {', '.join(where)}")


@pytest.fixture(scope="session")
def axe_results():
    """Where the accessibility tests record their counts for the table above."""
    return AXE_RESULTS
