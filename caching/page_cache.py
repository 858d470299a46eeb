"""Whole pages for anonymous visitors from the cache, invalidated by tags.

A view opts in with ``mark(request, tags)`` before it renders (Wagtail pages do so in
home/wagtail_hooks.py). The middleware then stores the response together with the
generation of each tag as it was *before* rendering; anything that changes what a page
shows bumps the tag's generation (``bump``), and a stored page whose generations no
longer match is not served again. Every page carries the tag ``site`` (bumped by any
publication), its own ``page:<id>`` (comments and responses on a chapter), and where it
shows participation figures ``participation``.

What is never stored or served from here: requests with a session or messages cookie
(logged-in editors, a visitor who just posted), anything but GET and HEAD (HEAD is only served,
with the headers of the stored GET), responses that set a cookie, vary on Cookie (Django adds
that whenever the session or a CSRF token was used, so a page with a form and token cannot slip
in), are not 200, or say private/no-store; query strings other than the ones the view declared.

A page whose stored copy is missing or out of date is rendered once, however many ask for it at that
moment (single flight): the first request takes a short lock on the page's key (``cache.add``, so
it works alike in Redis and in a process's memory) and renders. While it renders, the others get
the copy it is replacing when there is one (PAGE_CACHE_STALE_WHILE_RENDERING: a page one comment
behind for the time of one render, instead of every server thread waiting for it: on a launch day
that wait, not the render, was what slowed the readers down); without one (or with that setting
off) they wait for the new copy, polling the lock, and are served it once it is stored (never an
older one then); a render that stores nothing removes the copy it was replacing (an unpublished
page, a password form), which no later render may serve again. When the holder dies (its lock
expires), stores nothing (a page that is never cached: no one waits for it for a while) or the
wait runs out (PAGE_CACHE_WAIT_SECONDS), they render themselves; a cache that does not answer
means no lock and no waiting. Counted in ``portal_page_cache_renders_total`` (ops/metrics.py).

Query parameters the page never looked at (``?utm_source=…``, a random cache-buster) do not make
a page of their own: while rendering, the middleware notes which parameters the view and its
templates read from ``request.GET``; a request whose other parameters were not read gets the
page stored for the address without them, so they cannot be used to get around the cache.
"""

import hashlib
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, QueryDict
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import cc_delim_re, get_max_age
from django.utils.encoding import escape_uri_path
from django.utils.http import urlencode

from ops import metrics

SITE = "site"
PARTICIPATION = "participation"
KEY_PREFIX = "pagecache"
HEADER = "X-Page-Cache"


def page_tag(page_id):
    return f"page:{page_id}"


def thread_tag(thread_id):
    """A comment thread's own tag: its rendered HTML is kept apart from the page (concept/comments)."""
    return f"thread:{thread_id}"


def _generation_key(tag):
    return f"{KEY_PREFIX}:gen:{tag}"


def generations(tags):
    """{tag: generation}. A tag seen for the first time (or evicted) starts at a random
    number, so an evicted counter can never come back to a value a stored page recorded."""
    keys = {tag: _generation_key(tag) for tag in tags}
    found = cache.get_many(keys.values())
    for key in keys.values():
        if key not in found:
            cache.add(key, secrets.randbits(48), None)
            found[key] = cache.get(key)
    return {tag: found[key] for tag, key in keys.items()}


_bumps = [0]  # how often this process bumped a tag (request_generations' memo follows it)


def request_generations(request, tags):
    """``generations(tags)`` asked once per request: the navigation, the site and the chapter
    lookups of one request share a single round trip to the cache. A bump by this process
    (an edit within the request, or a test) is seen at once; other processes' at the next request."""
    memo = getattr(request, "_generations", None)
    if memo is None or memo[0] != _bumps[0]:
        memo = request._generations = (_bumps[0], {})
    known = memo[1]
    missing = [tag for tag in tags if tag not in known]
    if missing:
        known.update(generations(missing))
    return {tag: known[tag] for tag in tags}


def bump(*tags):
    """Every stored page carrying one of these tags is out of date from now on."""
    _bumps[0] += 1
    for tag in tags:
        key = _generation_key(tag)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, secrets.randbits(48), None)


def bump_on_commit(*tags):
    """``bump`` once the current transaction has committed: bumped earlier, a request could
    still read the old rows and store them under the new generation."""
    transaction.on_commit(lambda: bump(*tags))


def mark(request, tags=(), *, params=(), expires_at=None):
    """Let the middleware store this request's response under the given tags.

    ``params``: the query parameters the page varies on (``page`` for paginated threads);
    ``expires_at``: a moment after which the page must be rendered anew (a participation
    window opening or closing)."""
    all_tags = (SITE, *tags)
    request._page_cache = {
        "generations": generations(all_tags),
        "params": frozenset(params),
        "expires_at": expires_at,
    }


def _cookie_names():
    return (settings.SESSION_COOKIE_NAME, "messages")


def _key(request, full_path=None):
    """The cache key of this request (or of ``full_path`` on its host), or None when it must not
    be served from the cache."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return None
    if any(name in request.COOKIES for name in _cookie_names()):
        return None
    address = f"{request.scheme}://{request.get_host()}{full_path or request.get_full_path()}"
    raw = f"{_release()} {_encoding(request)} {address}"
    return f"{KEY_PREFIX}:page:{hashlib.sha256(raw.encode()).hexdigest()}"


def _release():
    """What each deployment changes in every page: the static files' hashed names (a page stored by
    the previous release links a portal.<hash>.css the new one may no longer serve). The digest of
    the static files' manifest, read by the storage once per process ("" without one: development
    and tests), so a new release's pages are stored and found under keys of their own."""
    return getattr(staticfiles_storage, "manifest_hash", "")


def _encoding(request):
    """Which of a page's two stored copies this client gets: gzip-compressed (compressed once,
    when stored, by GZipMiddleware inside this one) or plain, for a client that does not ask."""
    return "gzip" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "identity"


ALL = None  # "reads": the view looked at the whole query (iterated it, took its length, …)


class ReadTrackingQueryDict(QueryDict):
    """``request.GET`` that remembers which parameters were asked for (present or not)."""

    def __init__(self, *args, **kwargs):
        self.reads = set()
        super().__init__(*args, **kwargs)
        self.reads = set()  # what parsing the query string itself touched does not count

    def _note(self, key):
        if self.reads is not ALL:
            self.reads.add(key)

    def _note_all(self):
        self.reads = ALL

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def _getlist(self, key, *args, **kwargs):
        self._note(key)
        return super()._getlist(key, *args, **kwargs)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def __iter__(self):
        self._note_all()
        return super().__iter__()

    def __len__(self):
        self._note_all()
        return super().__len__()

    def keys(self):
        self._note_all()
        return super().keys()

    def lists(self):
        self._note_all()
        return super().lists()

    def __copy__(self):
        self._note_all()
        return super().__copy__()

    def __deepcopy__(self, memo):
        self._note_all()
        return super().__deepcopy__(memo)


def _track_reads(request):
    request.GET = ReadTrackingQueryDict(request.META.get("QUERY_STRING", ""), encoding=request.encoding)


def _query_pairs(query_string, encoding=None):
    return [(name, value) for name, values in QueryDict(query_string, encoding=encoding).lists() for value in values]


def _without_unread(request, reads):
    """The address of this request without the query parameters the page did not read; None
    when it read all of them (or the whole query: ``reads`` is ALL)."""
    if reads is ALL:
        return None
    pairs = _query_pairs(request.META.get("QUERY_STRING", ""), request.encoding)
    kept = [(name, value) for name, value in pairs if name in reads]
    if len(kept) == len(pairs):
        return None
    path = escape_uri_path(request.path)
    return f"{path}?{urlencode(kept)}" if kept else path


def shared_address(request):
    """``request.get_full_path()`` as a page stored for others may show it (the language switcher's
    links): with only the query parameters the page has read so far. The copy is stored for, and
    served to, every address that differs from this one in the parameters it did not read; a link
    keeping them would carry one visitor's ``?utm_source=…`` (or anything else) to all of them."""
    return _without_unread(request, getattr(request.GET, "reads", ALL)) or request.get_full_path()


def _declared_query(query_string, params):
    """Only the declared parameters, with short numeric values (?page=3), may be cached:
    arbitrary query strings would otherwise fill the cache with copies of one page."""
    for name, values in QueryDict(query_string).lists():
        if name not in params or len(values) != 1 or not (values[0].isdigit() and len(values[0]) <= 3):
            return False
    return True


def _store_key(request, key):
    """Where to store this response: under its own address when its query is declared, under
    the address without the parameters the page did not read when that one is; else nowhere."""
    params = request._page_cache["params"]
    if _declared_query(request.META.get("QUERY_STRING", ""), params):
        return key
    canonical = _without_unread(request, getattr(request.GET, "reads", ALL))
    if canonical is not None and _declared_query(canonical.partition("?")[2], params):
        return _key(request, canonical)
    return None


def _timeout(request, response):
    """Seconds to keep this response in the cache; 0 when it must not be stored."""
    marked = getattr(request, "_page_cache", None)
    if marked is None or response.status_code != 200 or response.streaming:
        return 0
    if response.cookies or "Cookie" in cc_delim_re.split(response.get("Vary", "")):
        return 0
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")) or get_max_age(response) == 0:
        return 0
    if request.method != "GET":  # HEAD is answered from what a GET stored, never stored itself
        return 0
    timeout = settings.PAGE_CACHE_SECONDS
    if marked["expires_at"] is not None:
        timeout = min(timeout, int(marked["expires_at"].timestamp() - time.time()))
    return max(timeout, 0)


class _LocalCopies:
    """The pages this process served last, up to PAGE_CACHE_LOCAL_BYTES. A hit then costs one
    small round trip to the shared cache (the generations of the page's tags) instead of also
    fetching and unpickling the page; a stale copy is found out by that same round trip."""

    def __init__(self):
        self._entries = OrderedDict()  # key -> entry, least recently used first
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[4] <= time.time():
                self._remove(key)
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        with self._lock:
            self._remove(key)
            self._entries[key] = entry
            self._bytes += len(entry[3])
            while self._bytes > settings.PAGE_CACHE_LOCAL_BYTES and self._entries:
                self._remove(next(iter(self._entries)))

    def discard(self, key):
        with self._lock:
            self._remove(key)

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def _remove(self, key):
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry[3])


local_copies = _LocalCopies()


def _store(key, recorded, timeout, response, reads):
    # The headers of the view and the inner middlewares; the outer ones (security, CSP) add theirs
    # to every response, from the cache or not. ``reads``: the query parameters the page read.
    entry = (recorded, response.status_code, list(response.items()), response.content, time.time() + timeout, reads)
    cache.set(key, entry, timeout)
    local_copies.put(key, entry)


def _stored(key):
    """The stored entry and whether all its tags are still at the recorded generations: this
    process's copy when it is current, else the shared one (which another process may have
    renewed). (None, False) when nothing is stored or the copy has expired."""
    local = local_copies.get(key)
    if local is not None:
        if generations(local[0]) == local[0]:
            return local, True
        local_copies.discard(key)
    entry = cache.get(key)
    if entry is None or entry[4] <= time.time():
        # Not this process's outdated copy either: gone from the shared cache, it may have been
        # forgotten as one that must not be served any more (``_forget``).
        return None, False
    if generations(entry[0]) == entry[0]:
        local_copies.put(key, entry)
        return entry, True
    return entry, False


def _reads(entry):
    return entry[5] if len(entry) > 5 else ALL  # entries stored before reads were noted: ALL


def _reads_key(request):
    return _key(request, escape_uri_path(request.path)) + ":reads"


def _stored_without_unread(request):
    """The page stored for this address without the query parameters that page does not read, and
    whether it is current (as ``_stored``), and its key. Which those are, the last stored copy of
    the path tells; the copy found must agree."""
    reads = cache.get(_reads_key(request), ALL)
    canonical = _without_unread(request, reads)
    if canonical is None:
        return None, False, None
    key = _key(request, canonical)
    entry, current = _stored(key)
    if entry is None or _without_unread(request, _reads(entry)) != canonical:
        return None, False, None
    return entry, current, key


def _find(request, key):
    """The stored page for this request and whether it is current: under its own key, else (with a
    query) under the address without the parameters the page does not read. An outdated copy is
    returned too (with False) when there is no current one: it may be served while another request
    renders the page anew."""
    entry, current = _stored(key)
    where = key
    if not current and request.META.get("QUERY_STRING"):
        other, other_current, other_key = _stored_without_unread(request)
        if other is not None:
            entry, current, where = other, other_current, other_key
    return entry, current, where


def _lookup_current(request, key):
    entry, current, _where = _find(request, key)
    return entry if current else None


def _forget(key, entry):
    """Removes the outdated copy ``entry`` stored under ``key`` (unless another request has replaced
    it meanwhile): its page's render stored nothing (unpublished: a 404; behind a password; hidden;
    an error), so the copy must not be served as the one being replaced by any later render."""
    local_copies.discard(key)
    found = cache.get(key)
    if found is not None and found[0] == entry[0] and found[4] == entry[4]:
        cache.delete(key)


def _response(entry, request):
    _recorded, status, headers, content = entry[:4]
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
    for name, value in headers:  # Content-Length among them: a HEAD says what the GET would send
        response[name] = value
    return response


# Single flight -----------------------------------------------------------------------------------

# The lock's value after a render that stored nothing under its key (a form with a CSRF token, an
# error, a query the page does not declare): for NO_WAITING_SECONDS nobody waits for that key.
NO_WAITING = "no-waiting"
NO_WAITING_SECONDS = 30


def _lock_key(key):
    return f"{key}:lock"


class _Flight:
    """The render of one missing or stale page by one request while the others with the same key
    get the copy it replaces (``outdated``, when there is one) or wait for the new one. ``join()``
    answers a copy to serve, or None (render, holding the lock if it could be taken);
    ``land(stored)`` after the render lets go. ``find()`` looks for a current copy as the request's
    own lookup did (under its key, or under the address without the query parameters the page does
    not read, where the render stores it then). ``outdated``: (key, entry) of the outdated copy."""

    def __init__(self, key, find, outdated=None):
        self.find = find
        self.outdated = outdated
        self.lock_key = _lock_key(key)
        self.token = None  # set while this request holds the lock

    def _claim(self):
        """True when the lock is ours now; else what the lock holds (a holder's token, NO_WAITING), None
        when it holds nothing although it could not be taken: the cache is not answering."""
        token = secrets.token_hex(8)
        if cache.add(self.lock_key, token, settings.PAGE_CACHE_LOCK_SECONDS):
            self.token = token
            return True
        return cache.get(self.lock_key)

    def _done(self, outcome, entry=None):
        metrics.page_render(outcome)
        return entry

    def join(self):
        if settings.PAGE_CACHE_WAIT_SECONDS <= 0:
            return self._done("unlocked")
        claim = self._claim()
        if claim is True:
            # Render. (No second look for a copy stored between our lookup and our lock: that
            # costs every render a read of the whole stale page, the race an extra render.)
            return self._done("rendered")
        if claim is None or claim == NO_WAITING:
            return self._done("unlocked")
        if self.outdated is not None and settings.PAGE_CACHE_STALE_WHILE_RENDERING:
            return self._done("stale", self.outdated[1])  # another request is rendering it
        deadline = time.monotonic() + settings.PAGE_CACHE_WAIT_SECONDS
        pause = 0.005
        while (left := deadline - time.monotonic()) > 0:
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.1)
            holder = cache.get(self.lock_key)
            if holder == NO_WAITING:
                return self._done("unlocked")
            if holder is not None:
                continue  # still rendering (or a newer render after yet another change)
            entry = self.find()  # the holder stores before it lets go
            if entry is not None:
                return self._done("waited", entry)
            # Let go without a fresh copy (it died, or its copy was outdated while it rendered):
            # the next one to take the lock renders.
            claim = self._claim()
            if claim is True:
                return self._done("rendered")
            if claim is None or claim == NO_WAITING:
                return self._done("unlocked")
        return self._done("timeout")

    def land(self, stored):
        """After the render: the lock goes, or becomes NO_WAITING when nothing was stored, so that the
        next requests for a page that is never cached do not wait for each other."""
        if self.token is None:
            return
        token, self.token = self.token, None
        if not stored:
            if self.outdated is not None:
                _forget(*self.outdated)  # else the next render serves it again, for its lifetime
            cache.set(self.lock_key, NO_WAITING, NO_WAITING_SECONDS)
        elif cache.get(self.lock_key) == token:
            cache.delete(self.lock_key)


class PageCacheMiddleware:
    """Answers anonymous GETs from the cache; stores what views marked as cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _key(request)
        flight = None
        if key is not None:
            entry, current, where = _find(request, key)
            if current:
                return self._served(entry, request, "hit")
            if request.method == "GET":  # a HEAD is never stored, so nobody could wait for it
                outdated = (where, entry) if entry is not None else None
                flight = _Flight(key, find=lambda: _lookup_current(request, key), outdated=outdated)
                served = flight.join()
                if served is not None:
                    return self._served(served, request, "stale" if served is entry else "wait")
            metrics.page_cache("miss")
            _track_reads(request)
        store_key = None
        try:
            response = self.get_response(request)
            timeout = _timeout(request, response) if key is not None else 0
            store_key = _store_key(request, key) if timeout else None
            if store_key:
                reads = request.GET.reads if request.GET.reads is ALL else frozenset(request.GET.reads)
                _store(store_key, request._page_cache["generations"], timeout, response, reads)
                cache.set(_reads_key(request), reads, timeout)
                response[HEADER] = "miss"
        finally:
            if flight is not None:
                flight.land(stored=store_key is not None)
        return response

    @staticmethod
    def _served(entry, request, how):
        """A stored page: found at once ("hit"), the copy another request is replacing ("stale"), or
        that request's new copy after waiting for it ("wait")."""
        response = _response(entry, request)
        response[HEADER] = how
        response.view_label = "page-cache"  # for the request log (ops/requests.py)
        metrics.page_cache(how)
        return response
