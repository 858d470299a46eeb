from django.apps import AppConfig


class CachingConfig(AppConfig):
    """The page cache, the shared counters and the fail-soft Redis backend: infrastructure the
    other apps use; it imports none of them."""

    name = "caching"
    verbose_name = "Zwischenspeicher"

    def ready(self):
        from . import invalidation

        invalidation.connect()
