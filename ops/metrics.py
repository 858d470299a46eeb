"""Prometheus metrics of the portal (exposed at /metrics by portal/health.py).

Counted where things happen: requests by the request log (ops/requests.py), page-cache hits and
misses by caching/, comments and refusals by the comment services, mails by the mail tasks. Under
gunicorn every worker writes to files in PROMETHEUS_MULTIPROC_DIR (gunicorn.conf.py sets one up)
and the endpoint adds them up; in one process (runserver, tests) the default registry is used.
Labels never carry anything about a visitor.
"""

import os

from prometheus_client import REGISTRY as DEFAULT_REGISTRY
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess

REQUEST_SECONDS = Histogram(
    "portal_request_duration_seconds",
    "Time from the first middleware to the response, by resolved view.",
    ["view", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
REQUESTS = Counter("portal_requests_total", "Responses by resolved view and status class.", ["view", "status"])
PAGE_CACHE = Counter("portal_page_cache_total", "Anonymous page-cache lookups (hit, miss, stale, wait).", ["result"])
PAGE_RENDERS = Counter(
    "portal_page_cache_renders_total",
    "Pages missing or out of date in the page cache, by who rendered them (single flight): rendered "
    "(holding the page's lock), stale (served the copy that render replaces), waited (served the copy another "
    "request rendered), timeout (waited the "
    "longest allowed, then rendered), unlocked (rendered without the lock: the cache not answering, a page "
    "that is never stored).",
    ["outcome"],
)
COMMENTS = Counter(
    "portal_comments_total", "Comments submitted, confirmed and refused (by reason).", ["event", "reason"]
)
MAILS = Counter("portal_mails_total", "Mail attempts by outcome (sent, retry, undeliverable, given_up).", ["outcome"])
RATE_LIMITED = Counter("portal_rate_limited_total", "Requests refused by a rate limit, by scope.", ["scope"])


def observe_request(view, method, status, seconds):
    REQUEST_SECONDS.labels(view=view, method=method).observe(seconds)
    REQUESTS.labels(view=view, status=f"{status // 100}xx").inc()


def page_cache(result):
    PAGE_CACHE.labels(result=result).inc()


def page_render(outcome):
    PAGE_RENDERS.labels(outcome=outcome).inc()


def comment(event, reason=""):
    COMMENTS.labels(event=event, reason=reason).inc()


def mail(outcome):
    MAILS.labels(outcome=outcome).inc()


def rate_limited(scope):
    RATE_LIMITED.labels(scope=scope or "other").inc()


def exposition(*extra_collectors):
    """The text the endpoint answers: this process's metrics, or every worker's under gunicorn,
    then collectors that read the current state (the mail queue) at scrape time."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = DEFAULT_REGISTRY
    text = generate_latest(registry)
    if extra_collectors:
        current = CollectorRegistry()
        for collector in extra_collectors:
            current.register(collector)
        text += generate_latest(current)
    return text
