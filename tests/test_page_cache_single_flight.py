"""A page whose cached copy is missing or out of date is rendered once, however many visitors ask for
it at that moment (caching/page_cache.py, single flight): the others get the copy it replaces at
once (PAGE_CACHE_STALE_WHILE_RENDERING), or, without one or with that setting off, wait for that
render and get its copy, never an older one; a holder that dies, a wait that runs out or a cache
that does not answer means they render themselves, and nobody gets an error. And a page stored by the
previous release is never served by the next.

The middleware is driven directly with a counting view (no database), in threads that share the
process's memory cache as gunicorn's threads share Redis."""

import json
import threading
import time

import pytest
from prometheus_client import REGISTRY

from django.http import HttpResponse
from django.test import RequestFactory

from caching import page_cache

TAG = page_cache.page_tag(4711)
REDIS_DOWN = {"default": {"BACKEND": "caching.redis.FailSoftRedisCache", "LOCATION": "redis://127.0.0.1:9/0"}}


class CountingPage:
    """A cacheable page that takes ``pause`` seconds to render and says which version it shows."""

    def __init__(self, pause=0.3, cacheable=True):
        self.pause = pause
        self.cacheable = cacheable
        self.version = 1
        self.status = 200  # 404 once unpublished: nothing is stored then
        self.renders = 0
        self.during_render = None  # called once, while the next render is under way
        self._lock = threading.Lock()

    def __call__(self, request):
        with self._lock:
            self.renders += 1
            version = self.version
        if self.cacheable:
            page_cache.mark(request, [TAG])
        time.sleep(self.pause)
        if self.during_render:
            action, self.during_render = self.during_render, None
            action()
        response = HttpResponse(f"version {version}", status=self.status)
        if not self.cacheable:
            response["Vary"] = "Cookie"  # as a page with a CSRF token
        return response


def get(page, query=""):
    return page_cache.PageCacheMiddleware(page)(RequestFactory().get("/de/kapitel/" + query))


def together(page, visitors, query=""):
    """``visitors`` requests at the same moment; their responses."""
    start = threading.Barrier(visitors)
    responses = [None] * visitors

    def visit(index):
        start.wait()
        responses[index] = get(page, query)

    threads = [threading.Thread(target=visit, args=(index,)) for index in range(visitors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return responses


def renders_counted():
    def value(outcome):
        return REGISTRY.get_sample_value("portal_page_cache_renders_total", {"outcome": outcome}) or 0

    return {outcome: value(outcome) for outcome in ("rendered", "stale", "waited", "timeout", "unlocked")}


def since(before):
    return {outcome: count - before[outcome] for outcome, count in renders_counted().items()}


def a_holder_that_died(lock_seconds):
    """The lock of the page's key taken by a request that never comes back."""
    key = page_cache._key(RequestFactory().get("/de/kapitel/"))
    assert page_cache.cache.add(page_cache._lock_key(key), "a worker killed mid-render", lock_seconds)


@pytest.fixture
def waiting(settings):
    """Those asking while the page renders wait for the new copy (the setting off)."""
    settings.PAGE_CACHE_STALE_WHILE_RENDERING = False


@pytest.fixture
def stale_page():
    """A page that was stored (version 1) and then outdated by a change (version 2)."""
    page = CountingPage()
    assert get(page)["X-Page-Cache"] == "miss"
    assert get(page)["X-Page-Cache"] == "hit"
    page.version = 2
    page_cache.bump(TAG)
    page.renders = 0
    return page


def test_while_one_renders_the_others_get_the_copy_it_replaces_at_once(stale_page):
    before = renders_counted()
    started = time.monotonic()
    responses = together(stale_page, 8)
    assert stale_page.renders == 1
    # Seven got the page one change behind without waiting for the render; the renderer the new one.
    assert sorted(response.content for response in responses) == [b"version 1"] * 7 + [b"version 2"]
    assert sorted(response["X-Page-Cache"] for response in responses) == ["miss"] + ["stale"] * 7
    assert since(before) == {"rendered": 1, "stale": 7, "waited": 0, "timeout": 0, "unlocked": 0}
    assert time.monotonic() - started < 2 * stale_page.pause
    assert get(stale_page).content == b"version 2"  # and once it is stored, everyone gets it
    assert stale_page.renders == 1


def test_a_dead_renderer_leaves_the_old_copy_served_until_its_lock_expires(stale_page):
    a_holder_that_died(lock_seconds=1)
    assert get(stale_page)["X-Page-Cache"] == "stale" and stale_page.renders == 0
    time.sleep(1.1)
    response = get(stale_page)
    assert response["X-Page-Cache"] == "miss" and response.content == b"version 2"


def test_a_page_that_can_no_longer_be_stored_is_served_from_its_old_copy_for_one_render_at_most(
    stale_page, monkeypatch
):
    # Unpublished (a 404), behind a password or failing: its render stores nothing, so nobody waits
    # for the next render either, and that one is not served the old copy again while it runs.
    monkeypatch.setattr(page_cache, "NO_WAITING_SECONDS", 1)
    stale_page.status = 404
    together(stale_page, 4)  # while the first render runs, the others may get the old copy
    time.sleep(1.1)
    responses = together(stale_page, 4)
    assert [response.status_code for response in responses] == [404] * 4
    assert all(response.content == b"version 2" for response in responses)


def test_another_process_never_serves_its_own_copy_of_a_page_forgotten_in_the_shared_cache(stale_page):
    key = page_cache._key(RequestFactory().get("/de/kapitel/"))
    old = page_cache.cache.get(key)
    page_cache.cache.delete(key)  # forgotten: its render stored nothing
    page_cache.local_copies.put(key, old)  # what another process still holds in its memory
    a_holder_that_died(lock_seconds=1)  # a render is under way
    assert get(stale_page).content != b"version 1"


def test_many_visitors_of_a_stale_page_cause_one_render(stale_page, waiting):
    before = renders_counted()
    responses = together(stale_page, 8)
    assert stale_page.renders == 1
    assert [response.content for response in responses] == [b"version 2"] * 8  # none got the old copy
    assert sorted(response["X-Page-Cache"] for response in responses) == ["miss"] + ["wait"] * 7
    assert since(before) == {"rendered": 1, "stale": 0, "waited": 7, "timeout": 0, "unlocked": 0}


def test_visitors_from_a_tracked_link_wait_for_the_copy_stored_without_its_parameters(stale_page, waiting):
    # A press release's link with ?utm_source=…: the page does not read it, so its render is stored
    # under the plain address; the others asking with the same link find it there.
    assert get(stale_page, "?utm_source=presse")["X-Page-Cache"] == "miss"  # learns what the page reads
    stale_page.version = 3
    page_cache.bump(TAG)
    stale_page.renders = 0
    responses = together(stale_page, 6, "?utm_source=presse")
    assert stale_page.renders == 1
    assert [response.content for response in responses] == [b"version 3"] * 6
    assert sorted(response["X-Page-Cache"] for response in responses) == ["miss"] + ["wait"] * 5


def test_a_missing_page_is_rendered_once_too():
    page = CountingPage()
    responses = together(page, 6)
    assert page.renders == 1
    assert {response.content for response in responses} == {b"version 1"}


def test_a_copy_outdated_while_it_was_rendered_is_not_served_to_those_waiting(stale_page, waiting):
    def another_comment():
        stale_page.version = 3
        page_cache.bump(TAG)

    stale_page.during_render = another_comment
    responses = together(stale_page, 6)
    # The first render showed version 2 and was outdated before it was stored: the waiters get a
    # render made after the change, by one of them, not the copy that was already stale.
    waiters = [response.content for response in responses if response.content != b"version 2"]
    assert waiters == [b"version 3"] * 5
    assert stale_page.renders == 2


def test_when_the_lock_holder_dies_a_waiter_renders_once_its_lock_expires(stale_page, settings, waiting):
    settings.PAGE_CACHE_WAIT_SECONDS = 2.5
    a_holder_that_died(lock_seconds=1)
    before = renders_counted()
    started = time.monotonic()
    response = get(stale_page)
    waited = time.monotonic() - started
    assert response.status_code == 200 and response.content == b"version 2"
    assert 0.9 <= waited < 2.5  # the lock's second, then its own render (not the whole wait)
    assert since(before)["rendered"] == 1
    assert get(stale_page)["X-Page-Cache"] == "hit"  # and it stored its copy for the next ones


def test_when_the_wait_runs_out_the_visitor_renders_itself(stale_page, settings, waiting):
    settings.PAGE_CACHE_WAIT_SECONDS = 0.4
    a_holder_that_died(lock_seconds=60)
    before = renders_counted()
    started = time.monotonic()
    response = get(stale_page)
    assert response.status_code == 200 and response.content == b"version 2"
    assert 0.4 <= time.monotonic() - started < 0.4 + stale_page.pause + 0.5
    assert since(before)["timeout"] == 1


def test_a_page_that_is_never_stored_makes_nobody_wait_for_it():
    page = CountingPage(pause=0.5, cacheable=False)
    first = get(page)
    assert "X-Page-Cache" not in first
    before = renders_counted()
    started = time.monotonic()
    responses = together(page, 4)
    assert time.monotonic() - started < 2 * page.pause  # side by side, not one after the other
    assert page.renders == 5 and all(response.status_code == 200 for response in responses)
    assert since(before)["unlocked"] == 4


def test_with_redis_down_every_visitor_is_served_without_waiting(settings):
    settings.CACHES = REDIS_DOWN
    page = CountingPage(pause=0.1)
    before = renders_counted()
    started = time.monotonic()
    responses = together(page, 4)
    assert time.monotonic() - started < 1.5
    assert [response.status_code for response in responses] == [200] * 4
    assert {response.content for response in responses} == {b"version 1"}
    assert since(before)["unlocked"] == 4


def test_head_never_takes_the_lock(stale_page):
    response = page_cache.PageCacheMiddleware(stale_page)(RequestFactory().head("/de/kapitel/"))
    assert response.status_code == 200
    key = page_cache._key(RequestFactory().get("/de/kapitel/"))
    assert page_cache.cache.get(page_cache._lock_key(key)) is None


def test_a_new_release_never_serves_a_page_stored_by_the_previous_one(monkeypatch, tmp_path):
    """A deployment changes the static files' hashed names: a page stored before it links a
    portal.<hash>.css the new release may not serve, so its pages are stored under keys of their own."""
    from django.contrib.staticfiles.storage import ManifestStaticFilesStorage

    def release(name, digest):
        folder = tmp_path / name
        folder.mkdir()
        manifest = {"paths": {"css/portal.css": f"css/portal.{digest}.css"}, "version": "1.1", "hash": digest}
        (folder / "staticfiles.json").write_text(json.dumps(manifest))
        return ManifestStaticFilesStorage(location=folder)

    page = CountingPage(pause=0)
    monkeypatch.setattr(page_cache, "staticfiles_storage", release("old", "0ld0ld0ld0ld"))
    assert get(page)["X-Page-Cache"] == "miss" and get(page)["X-Page-Cache"] == "hit"
    monkeypatch.setattr(page_cache, "staticfiles_storage", release("new", "4e44e44e44e4"))
    page.version = 2
    response = get(page)
    assert response["X-Page-Cache"] == "miss" and response.content == b"version 2"
