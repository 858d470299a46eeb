"""Request counters in the cache (shared by all servers when the cache is Redis).

Only a hash of the client address or e-mail address is used as a key, and it lives
no longer than its window: nothing identifying reaches the database.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 3600


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


def _key(kind, value):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]
    return f"ratelimit:{kind}:{digest}"


def check(kind, value, limit, window=WINDOW_SECONDS):
    """Counts one more request of ``kind`` by ``value``; raises RateLimited past ``limit``."""
    key = _key(kind, value)
    now = time.time()
    try:
        count = cache.incr(key)  # the usual case: a window that has begun (two round trips, not four)
    except ValueError:  # the first request of a window
        cache.add(f"{key}:start", now, window)
        count = 1
        if not cache.add(key, 1, window):  # another request began it meanwhile
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, window)
    if count > limit:
        started = cache.get(f"{key}:start") or now
        raise RateLimited(window - (now - started))


def check_client(request):
    check("client", client_address(request), settings.COMMENTS_RATE_PER_CLIENT)


def check_email(email):
    check("email", email.strip().lower(), settings.COMMENTS_RATE_PER_EMAIL)
