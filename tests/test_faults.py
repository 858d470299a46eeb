"""When the database is unreachable, visitors get a branded, translated 503, never a traceback."""

import json
import os
import socket
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest

from django.db import IntegrityError, OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from home.models import HomePage

pytestmark = pytest.mark.django_db

GERMAN = "Das Portal ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten wieder."


@contextmanager
def database_down(message="Connection refused"):
    """Every query fails as with the database server gone: the driver's own error, which
    Django turns into django.db.OperationalError (the driver's error as __cause__)."""

    def refuse(self):
        with self.wrap_database_errors:
            raise self.Database.OperationalError(message)

    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", refuse):
        yield


def visit(path):
    return Client(raise_request_exception=False).get(path)


@pytest.mark.parametrize(
    ("path", "lang", "direction", "text"),
    [
        ("/de/", "de", "ltr", GERMAN),
        ("/en/", "en", "ltr", "The portal is currently unavailable. Please try again in a few minutes."),
        ("/ar/", "ar", "rtl", "البوابة غير متاحة حاليًا. يرجى المحاولة مرة أخرى بعد بضع دقائق."),
        ("/sitemap.xml", "de", "ltr", GERMAN),  # no language in the URL: German
    ],
)
def test_database_down_gives_translated_503(home, path, lang, direction, text):
    with database_down(message="could not connect to db.internal: password=geheim"):
        response = visit(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert text in html
    assert "<h1>" in html and '<main id="main">' in html and "<footer" in html
    for leak in ("Traceback", "OperationalError", "db.internal", "geheim"):
        assert leak not in html


def test_503_page_passes_the_content_security_policy(home):
    with database_down():
        response = visit("/en/")
    assert "script-src 'self'" in response["Content-Security-Policy"]
    html = response.content.decode()
    assert "<script" not in html and "<style" not in html and "style=" not in html


def test_database_error_wrapped_in_another_is_503(home, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("Seite konnte nicht geladen werden") from OperationalError("server closed the connection")

    monkeypatch.setattr(HomePage, "get_context", broken)
    assert visit("/de/").status_code == 503


def test_other_database_errors_stay_500(home, monkeypatch):
    def broken(*args, **kwargs):
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(HomePage, "get_context", broken)
    response = visit("/de/")
    assert response.status_code == 500
    assert "Ein Fehler ist aufgetreten" in response.content.decode()
    assert "Retry-After" not in response


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


SCRIPT = """
import json, django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
page, health = client.get("/en/"), client.get("/healthz")
print(json.dumps({"page": [page.status_code, page.content.decode()], "health": [health.status_code, health.json()]}))
"""


def test_unreachable_postgresql_server_in_a_fresh_process():
    """No mock: a fresh process whose DATABASE_URL points at a port nobody listens on."""
    pytest.importorskip("psycopg")
    port = _closed_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://portal:geheim@127.0.0.1:{port}/kp_faults",
    }
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, cwd=root, capture_output=True, text=True, timeout=120, check=True
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    status, html = report["page"]
    assert status == 503
    assert '<html lang="en" dir="ltr">' in html and "Welcome to the District" in html
    assert "Traceback" not in html and "geheim" not in html and str(port) not in html
    status, health = report["health"]
    assert status == 503
    assert health["checks"]["database"] == {"status": "error", "reason": "OperationalError"}
