"""Counters (rate limits, the mail budget, login failures) that outlive a cache failure.

They live in the shared cache, so every app server counts the same requests. While it cannot
be reached (Redis down), each process counts in its own memory instead: each server then
allows up to the limit on its own (looser by the number of processes), but no limit is ever
off, and no request fails because a counter could not be read. The page cache, by contrast,
treats a failure as a miss (caching/redis.py): a stale page is worse than a slow one, a counter
that starts anew in memory is better than none.
"""

import logging

from axes.handlers.cache import AxesCacheHandler

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache

from .redis import FailSoftRedisCache

logger = logging.getLogger(__name__)


class Counters:
    def __init__(self):
        # One store per process: LocMemCache instances of one name share their memory.
        self.local = LocMemCache("portal-counters", {"OPTIONS": {"MAX_ENTRIES": 10_000}})

    @staticmethod
    def shared():
        cache = caches["default"]
        # The fail-soft Redis cache hides a failure as a miss; counters need to see it, so they
        # call Django's own RedisCache methods, which raise.
        return super(FailSoftRedisCache, cache) if isinstance(cache, FailSoftRedisCache) else cache

    def _call(self, name, *args, **kwargs):
        try:
            return getattr(self.shared(), name)(*args, **kwargs)
        except ValueError:  # incr of a key that does not exist: an answer, not a failure
            raise
        except Exception as error:  # whatever the cache raises when it cannot be reached
            logger.warning("Shared cache unreachable (%s): counting in this process", type(error).__name__)
            return getattr(self.local, name)(*args, **kwargs)

    def get(self, key, default=None):
        return self._call("get", key, default)

    def get_many(self, keys):
        return self._call("get_many", keys)

    def add(self, key, value, timeout):
        return self._call("add", key, value, timeout)

    def set(self, key, value, timeout):
        return self._call("set", key, value, timeout)

    def incr(self, key, delta=1):
        return self._call("incr", key, delta)

    def touch(self, key, timeout):
        return self._call("touch", key, timeout)

    def delete(self, key):
        return self._call("delete", key)


counters = Counters()


class LoginFailureHandler(AxesCacheHandler):
    """django-axes' cache handler, counting login failures in ``counters``: with Redis down a wrong
    password is still counted (per process) and answered with the form again, never with a 500."""

    def __init__(self):
        self.cache = counters
