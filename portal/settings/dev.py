"""Local development: DEBUG on, a throwaway key, mails to the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key")  # noqa: F405
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
SERVE_MEDIA = True
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Template changes show at once; PAGE_CACHE_SECONDS=600 tries the page cache locally.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))  # noqa: F405
