"""The app servers of the deployment tests: production settings as they are, except static
files, which come from the app directories instead of `collectstatic`'s manifest (building
it takes longer than the whole test)."""

from portal.settings.production import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
