"""What both deployment tests need: committed data, and the test database as a URL."""

import urllib.parse

import pytest

from django.db import connection

# Committed data (other processes read it), on the initial data as the migrations left it.
# Fixtures instead of the django_db marker, so that they run in this order (conftest.py).
TRANSACTIONAL = pytest.mark.usefixtures(
    "clean_slate", "django_db_serialized_rollback", "transactional_db", "initial_data_settled"
)
NOT_POSTGRES = "set DATABASE_URL=postgres://… to run it (pytest-django creates test_<name>)"


def database_url(name=None):
    """The pytest-django test database (or another database on the same server) as a URL."""
    db = connection.settings_dict
    credentials = urllib.parse.quote(db["USER"] or "postgres")
    if db["PASSWORD"]:
        credentials += ":" + urllib.parse.quote(db["PASSWORD"])
    host = db["HOST"] or "127.0.0.1"
    return f"postgres://{credentials}@{host}:{db['PORT'] or 5432}/{urllib.parse.quote(name or db['NAME'])}"
