"""The portal in the pocket (issue 20), as a newcomer on a phone would try it: open /ar/, press
"Offline speichern", lose the connection, read what was never opened.

Playwright's offline switch does not cover the service worker's own fetches, so these tests
start a live server of their own on the same database and stop it to go offline."""

import contextlib
import socket
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler

from tests.conftest import local_url

from .conftest import CHROMIUM, CHROMIUM_ARGS, _start_server
from .test_accessibility import describe, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
CACHED_URLS = """async () => {
  const urls = [];
  for (const name of await caches.keys()) {
    for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
  }
  return urls;
}"""


# What the tests' own servers were asked, as (method, path): to show that nothing was sent later.
REQUESTS = []


class _OneRequestPerConnection(QuietWSGIRequestHandler):
    """No keep-alive: a stopped server's open connections would otherwise go on answering."""

    def handle(self):
        self.handle_one_request()
        if getattr(self, "command", None):
            REQUESTS.append((self.command, self.path))
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_WR)


def _create_server(self, connections_override=None):
    return self.server_class(
        (self.host, self.port),
        _OneRequestPerConnection,
        allow_reuse_address=True,  # started again on its port while the old connections wait (TIME_WAIT)
        connections_override=connections_override,
    )


class OwnServer:
    """A live server a test may stop and start again on the same address (the same origin for the
    browser and its service worker). Stopping twice is harmless."""

    def __init__(self):
        self.url, self._stop = None, None
        REQUESTS.clear()
        self.requests = REQUESTS

    def start(self):
        port = int(self.url.rsplit(":", 1)[1]) if self.url else 0
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(LiveServerThread, "_create_server", _create_server)
            self.url, self._stop = _start_server(port=port)

    def stop(self):
        if self._stop:
            stop, self._stop = self._stop, None
            stop()


@pytest.fixture
def own_server(portal):
    server = OwnServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def phone(browser, own_server):
    context = browser.new_context(base_url=own_server.url, locale="ar", viewport=PHONE, is_mobile=True, has_touch=True)
    context.set_default_timeout(20_000)
    tab = context.new_page()
    tab.hosts = set()
    context.on("request", lambda request: tab.hosts.add(urlsplit(request.url).netloc))
    yield tab
    context.close()


def save_offline(phone):
    phone.goto("/ar/")
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    box = phone.locator("[data-offline-save]")
    box.locator("button").click()
    phone.wait_for_selector("[data-offline-save][data-state=done]", timeout=60_000)
    assert "دون إنترنت" in box.locator("[role=status]").inner_text()
    return phone.request.get("/ar/offline/pack.json").json()


def test_read_offline_what_was_never_opened(phone, own_server, portal):
    pack = save_offline(phone)
    kept = phone.evaluate(CACHED_URLS)
    directory = portal.path("office directory", "ar")
    topic = next(page for page in pack["pages"] if page["url"] not in ("/ar/", directory, "/ar/offline/"))
    assert directory in kept and topic["url"] in kept
    assert not [path for path in kept if "kommentieren" in path or "/admin" in path]

    own_server.stop()  # the connection is gone, for the page and for the service worker

    phone.goto(topic["url"])
    assert phone.locator("h1").first.inner_text() == topic["title"]
    note = phone.locator("[data-offline-note]")
    assert "تم الحفظ في" in note.inner_text()  # "gespeichert am …", in Arabic
    # Its picture (lazily loaded when scrolled to) from the pack's small copy.
    assert pack["images"] and phone.locator("figure img").count() == 1
    phone.locator("figure img").scroll_into_view_if_needed()
    phone.wait_for_function("() => { const i = document.querySelector('figure img'); return i.complete; }")
    assert phone.evaluate("document.querySelector('figure img').naturalWidth") > 0

    phone.goto(directory)
    assert phone.locator("h1").first.inner_text().strip()
    assert "تم الحفظ في" in phone.locator("[data-offline-note]").inner_text()

    # The comment form needs a connection: the offline explanation, and nothing kept of it.
    phone.goto(portal.path("comment form", "ar"))
    assert "أنت غير متصل" in phone.locator("[data-offline-note]").inner_text()
    assert phone.locator("h1").first.inner_text() == "متاح دون اتصال"
    assert not [path for path in phone.evaluate(CACHED_URLS) if "kommentieren" in path]

    assert phone.hosts == {urlsplit(own_server.url).netloc}, "a request to another host"


def test_without_the_button_only_opened_pages_are_kept(phone, portal):
    phone.goto("/ar/")
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    phone.reload()  # now under the service worker
    phone.wait_for_timeout(500)
    kept = [path for path in phone.evaluate(CACHED_URLS) if not path.startswith("/static/")]
    assert kept == ["/ar/"]


def test_installable_with_the_arabic_manifest(browser, own_server, tmp_path):
    """Chromium's own verdict (DevTools protocol); a profile on disk, as an incognito context never installs."""
    context = browser.browser_type.launch_persistent_context(
        tmp_path / "profile",
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        base_url=own_server.url,
        viewport=PHONE,
    )
    try:
        tab = context.pages[0] if context.pages else context.new_page()
        tab.goto("/ar/")
        tab.evaluate("navigator.serviceWorker.ready.then(() => true)")
        manifest = tab.request.get("/ar/manifest.webmanifest").json()
        assert manifest["dir"] == "rtl" and manifest["start_url"] == "/ar/"
        cdp = context.new_cdp_session(tab)
        assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    finally:
        context.close()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_offline_page_has_no_axe_violations(page, portal, axe, language):
    page.goto(f"/{language}/offline/")
    page.wait_for_selector("[data-offline-stored]:not([hidden])")  # the list, filled by the script
    failing, _advisory = run_axe(page, axe)
    assert failing == [], describe(failing)
    assert page.console_errors == []


def test_a_published_change_replaces_the_kept_copy(phone, own_server, portal, django_capture_on_commit_callbacks):
    from wagtail.models import Locale

    save_offline(phone)
    german = portal.pages["topic"]
    topic = (german.get_translation_or_none(Locale.objects.get(language_code="ar")) or german).specific
    phone.goto(local_url(topic))
    topic.title = f"{topic.title} – 2026-12"
    with django_capture_on_commit_callbacks(execute=True):  # the page cache's invalidation runs on commit
        topic.save_revision().publish()

    phone.goto(local_url(topic))  # online again: the new text, and the copy replaced
    assert phone.locator("h1").first.inner_text() == topic.title
    own_server.stop()
    phone.goto(local_url(topic))
    assert phone.locator("h1").first.inner_text() == topic.title
    assert phone.locator("[data-offline-note]").count() == 1


@pytest.fixture
def saving_phone(browser, own_server):
    """A phone with the browser's data saver on: navigator.connection.saveData (Chromium's
    emulation) and the ``Save-Data: on`` header on every request; every request's path recorded."""
    context = browser.new_context(
        base_url=own_server.url,
        locale="ar",
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        extra_http_headers={"Save-Data": "on"},
    )
    context.set_default_timeout(20_000)
    tab = context.new_page()
    context.new_cdp_session(tab).send("Emulation.setDataSaverOverride", {"dataSaverEnabled": True})
    tab.paths = []
    context.on("request", lambda request: tab.paths.append(urlsplit(request.url).path))
    yield tab
    context.close()


def test_under_save_data_the_button_stays_hidden_and_nothing_is_fetched_unasked(saving_phone):
    phone = saving_phone
    phone.goto("/ar/")
    assert phone.evaluate("navigator.connection.saveData") is True
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    phone.reload()  # now under the service worker, as on a second visit
    phone.wait_for_timeout(1000)
    box = phone.locator("[data-offline-save]")
    assert box.count() == 1 and not box.is_visible()
    assert not phone.get_by_role("button", name=box.locator("button").inner_text()).is_visible()
    pages = [path for path in phone.paths if not path.startswith(("/static/", "/sw.js", "/media/"))]
    assert set(pages) == {"/ar/"}, pages  # no pack, no topic fetched ahead
    kept = [path for path in phone.evaluate(CACHED_URLS) if not path.startswith("/static/")]
    assert kept == ["/ar/"]


NO_CONNECTION = {"de": "Keine Verbindung", "ar": "لا يوجد اتصال"}


@pytest.mark.parametrize(
    ("language", "browser_knows"),
    [
        ("de", False),  # the server is gone, the browser still says it is online (navigator.onLine)
        ("ar", True),  # and the network switched off: navigator.onLine is false
    ],
)
def test_a_form_sent_offline_keeps_what_was_typed_and_sends_nothing_later(
    browser, own_server, portal, axe, language, browser_knows
):
    context = browser.new_context(base_url=own_server.url, locale=language, viewport=PHONE, is_mobile=True)
    context.set_default_timeout(20_000)
    phone = context.new_page()
    form_page = portal.path("comment form", language)
    phone.goto(form_page)  # visited online, so the service worker is there too
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    phone.reload()
    text = "Die Beratungsstelle in Schleswig sollte auch samstags öffnen.\nDanke!"
    phone.locator("#comment-form textarea[name=comment]").fill(text)
    send = phone.locator("#comment-form button[type=submit]")

    own_server.stop()
    context.set_offline(browser_knows)
    send.click()

    alert = phone.get_by_role("alert").filter(has_text=NO_CONNECTION[language])
    expect(alert).to_be_visible()
    assert send.get_attribute("aria-describedby") == alert.get_attribute("id")  # read again at the button
    assert phone.url.endswith(form_page)
    assert phone.locator("#comment-form textarea[name=comment]").input_value() == text
    failing, _advisory = run_axe(phone, axe)  # the message too: contrast, no duplicate id
    assert failing == [], describe(failing)

    own_server.start()  # the connection is back: nothing was queued to be sent now
    context.set_offline(False)
    phone.wait_for_timeout(1500)
    assert [path for method, path in own_server.requests if method == "POST"] == []

    send.click()  # sent again by the visitor, it goes (the server asks for the missing name)
    phone.wait_for_selector("#form-errors")
    assert [method for method, _path in own_server.requests].count("POST") == 1
    assert phone.locator("#comment-form textarea[name=comment]").input_value() == text
    context.close()


def test_the_meine_beitraege_form_sent_with_enter_offline_keeps_the_address(phone, own_server):
    """Another of the portal's POST forms, sent from the keyboard: the same message, the address kept."""
    phone.goto("/ar/beteiligung/meine-beitraege/")
    field = phone.locator("input[name=email]")
    field.fill("amal@example.org")
    own_server.stop()
    field.press("Enter")
    expect(phone.get_by_role("alert").filter(has_text=NO_CONNECTION["ar"])).to_be_visible()
    assert field.input_value() == "amal@example.org"
    assert [method for method, _path in own_server.requests].count("POST") == 0


def test_without_the_check_the_service_worker_says_the_form_was_not_sent(phone, own_server, portal):
    """A browser without requestSubmit (the script leaves its forms alone) under the service worker:
    the form fails, and the page it gets says that nothing was sent, in Arabic."""
    phone.add_init_script("delete HTMLFormElement.prototype.requestSubmit")
    phone.goto(portal.path("comment form", "ar"))
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    phone.reload()
    phone.locator("#comment-form textarea[name=comment]").fill("Bitte mehr Sprachkurse am Abend.")
    own_server.stop()
    phone.locator("#comment-form button[type=submit]").click()
    expect(phone.locator("[data-offline-note]")).to_contain_text("لم يُرسَل ما أدخلته")
    assert phone.get_by_role("alert").count() == 0
