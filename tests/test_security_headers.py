"""Headers every response carries, and the banner the app server does not."""

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from django.conf import settings
from django.test import Client

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["{home}", "{home}", "/healthz", "/de/gibt-es-nicht/", "/api/v2/pages/", "/admin/login/", "/de/search/?q=a%00b"],
    ids=["page", "page from the cache", "health", "404", "api", "admin", "400"],
)
def test_every_response_switches_off_camera_microphone_and_location(client, home, path):
    client.get(home.url)  # the second "page" is then a cache hit
    response = Client(raise_request_exception=False).get(path.format(home=home.url))
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in policy
    assert policy == settings.PERMISSIONS_POLICY


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def hello(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


def test_gunicorn_does_not_name_itself():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
        + ["tests.test_security_headers:hello"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert response.read() == b"ok"
        assert "gunicorn" not in response.headers.get("Server", "").lower()
    finally:
        server.terminate()
        server.wait(timeout=30)
