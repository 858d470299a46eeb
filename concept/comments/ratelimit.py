"""Request counters and the mail budget (caching/counters.py: shared by all servers, per process
while the shared cache is down).

Limits cost the abuser, not the crowd: an e-mail address is counted in its normalised form
(``A.B+x@googlemail.com`` is ``ab@gmail.com``) and limited tightly; a client is counted by its
network (an IPv6 /64 is one household or phone) and limited generously, since a venue's Wi-Fi or a
mobile carrier puts a hundred people behind one IPv4 address; operators can exempt event networks.
Only a keyed hash of the address or network is used as a key, and it lives no longer than its
window: nothing identifying reaches the database.

Each organisation (Wagtail site, issue 22) has its own counters and its own mail budget: a flood on
one town's host neither spends the district's budget nor locks the district's citizens out, and the
same address is counted apart on each. The page asked about decides the organisation (a chapter of
the town is the town's, whatever the Host header says: ``home.organisations.site_id_of``), the
request's site only where there is no page; ``site=None`` counts for the whole installation.
"""

import hashlib
import ipaddress
import logging
import time
from datetime import UTC, datetime

from django.conf import settings

from caching.counters import counters
from ops import metrics

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 3600
# Providers that ignore dots in the local part, and their domains that are one mailbox.
DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


class RateLimited(Exception):
    def __init__(self, retry_after):
        super().__init__(retry_after)
        self.retry_after = max(1, int(retry_after))


def client_address(request):
    """REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address the outermost one saw."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _ip(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    return (ip.ipv4_mapped or ip) if ip.version == 6 else ip


def client_network(address):
    """What one client is: an IPv4 address, or the IPv6 network of COMMENTS_RATE_IPV6_PREFIX bits
    around the address (a provider gives each connection a whole /64 to pick addresses from)."""
    ip = _ip(address)
    if ip is None or ip.version == 4:
        return str(ip or address)
    return str(ipaddress.ip_network(f"{ip}/{settings.COMMENTS_RATE_IPV6_PREFIX}", strict=False))


def client(request):
    """The client as rate limits and login lockouts count it (AXES_CLIENT_IP_CALLABLE)."""
    return client_network(client_address(request))


def is_exempt(address):
    ip = _ip(address)
    return ip is not None and any(
        ip in ipaddress.ip_network(network, strict=False) for network in settings.COMMENTS_RATE_EXEMPT_NETWORKS
    )


def normalise_email(email):
    """One mailbox, one key: lowercase, without ``+tag``, without dots where the provider ignores them."""
    local, _at, domain = email.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in DOTLESS_DOMAINS:
        local, domain = local.replace(".", ""), DOTLESS_DOMAINS[domain]
    return f"{local}@{domain}"


def _key(kind, value, site=None):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]
    return f"ratelimit:{kind}:{_scope(site)}:{digest}"


def _scope(site):
    """The counters' part of the key for an organisation (a site id), or the installation's."""
    return "all" if site is None else f"site{int(site)}"


def request_site(request):
    """The request's site id, for limits asked where no page decides (Wagtail keeps the site on
    the request: one query at most)."""
    from wagtail.models import Site

    site = Site.find_for_request(request)
    return site.pk if site is not None else None


def _count(key, window):
    """One more in ``key``'s window, which begins with its first count; returns the count."""
    try:
        return counters.incr(key)  # the usual case: a window that has begun (two round trips, not four)
    except ValueError:  # the first of a window
        pass
    counters.add(f"{key}:start", time.time(), window)
    if counters.add(key, 1, window):
        return 1
    try:  # another request began it meanwhile
        return counters.incr(key)
    except ValueError:  # expired between add and incr
        counters.set(key, 1, window)
        return 1


def check(kind, value, limit, window=WINDOW_SECONDS, site=None):
    """Counts one more request of ``kind`` by ``value`` on organisation ``site`` (None: the whole
    installation); raises RateLimited past ``limit``."""
    key = _key(kind, value, site)
    if _count(key, window) > limit:
        now = time.time()
        started = counters.get(f"{key}:start") or now
        metrics.rate_limited(kind)
        raise RateLimited(window - (now - started))


def check_client(request, kind="client", limit=None, *, site):
    """Per client (network) and organisation, unless it is in COMMENTS_RATE_EXEMPT_NETWORKS."""
    address = client_address(request)
    if is_exempt(address):
        return
    limit = settings.COMMENTS_RATE_PER_CLIENT if limit is None else limit
    check(kind, client_network(address), limit, site=site)


def check_email(email, kind="email", limit=None, *, site):
    """Per normalised mailbox and organisation."""
    check(kind, normalise_email(email), settings.COMMENTS_RATE_PER_EMAIL if limit is None else limit, site=site)


def _budget_key(hour, site):
    return f"mailbudget:{_scope(site)}:{hour}"


def mail_slot(site):
    """When the next confirmation mail may be sent: None for at once, while this hour's
    COMMENTS_MAIL_BUDGET_PER_HOUR lasts; past it, a moment in the first hour ahead with room,
    spread over that hour at the budget's pace. Slows a flood down, never refuses a mail: at most
    half the link's validity ahead, whatever the budget says, so the link still works on arrival.
    The budget is the organisation's (``site``): another's flood does not delay its mails."""
    budget = settings.COMMENTS_MAIL_BUDGET_PER_HOUR
    last = max(1, settings.COMMENTS_CONFIRMATION_HOURS // 2)
    hour = int(time.time() // WINDOW_SECONDS)
    for ahead in range(last + 1):
        window = (ahead + 2) * WINDOW_SECONDS  # until the hour it counts is over
        count = _count(_budget_key(hour + ahead, site), window)
        if count <= budget or ahead == last:
            break
    if ahead == 0:
        return None
    offset = min(count - 1, budget - 1) * WINDOW_SECONDS / budget
    return datetime.fromtimestamp((hour + ahead) * WINDOW_SECONDS + offset, tz=UTC)


def budgeted(task, site):
    """``task`` as organisation ``site``'s mail budget allows it: at once, or deferred to its slot."""
    run_after = mail_slot(site)
    if run_after is None:
        return task
    if not task.get_backend().supports_defer:  # e.g. the immediate backend of the tests
        logger.warning("Mail budget used up, but the task backend cannot defer: sending at once")
        return task
    logger.warning("Mail budget used up: a confirmation mail waits until %s", run_after.isoformat())
    return task.using(run_after=run_after)


def mail_budget_status():
    """For /healthz: this hour's confirmation mails of the busiest organisation against the budget
    (each organisation has its own), and how many organisations' mails wait; no host is named."""
    from wagtail.models import Site

    budget = settings.COMMENTS_MAIL_BUDGET_PER_HOUR
    hour = int(time.time() // WINDOW_SECONDS)
    sites = [None, *Site.objects.values_list("pk", flat=True)]
    found = counters.get_many([_budget_key(hour, site) for site in sites])
    counts = [found.get(_budget_key(hour, site)) or 0 for site in sites]
    status = {"status": "ok", "this_hour": max(counts), "per_hour": budget}
    delayed = sum(count > budget for count in counts)
    if delayed:
        status.update(
            status="warning",
            reason="budget used up: confirmation mails are delayed",
            organisations_delayed=delayed,
        )
    return status
