"""The test suite: fast hashing, local memory cache, plain static files."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
PORTAL_BASE_URL = "http://testserver"
# A directory per test run: .ci/run runs the suite on SQLite and on PostgreSQL side by side. Processes
# that share one (.ci/schemathesis: the demo loaded by one, served by another) name it in the environment.
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="kreisportal-test-media-"))
DOCUMENTS_ROOT = Path(os.environ.get("TEST_DOCUMENTS_ROOT") or tempfile.mkdtemp(prefix="kreisportal-test-documents-"))
STORAGES["documents"]["OPTIONS"]["location"] = DOCUMENTS_ROOT  # noqa: F405
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Mails are sent in the request during tests, so tests read them from mail.outbox.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["mail"]},
}
# Django's test client logs in without a request, which django-axes refuses;
# the lockout tests switch both back with override_settings.
AXES_ENABLED = False
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
# The test settings authenticate with ModelBackend alone (above); django-axes would warn about it.
SILENCED_SYSTEM_CHECKS = ["axes.W003"]
