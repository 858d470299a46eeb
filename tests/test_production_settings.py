"""The production settings as an operator gets them: Django's deployment checklist passes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENV_EXAMPLE = ROOT / "docs" / "deploy" / "kreisportal.env.example"


def manage(*args, **env):
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "a-long-random-production-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DJANGO_ALLOWED_HOSTS": "beteiligung.kreis.example",
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("cache", [{}, {"REDIS_URL": "redis://127.0.0.1:6379/0"}], ids=["file cache", "redis"])
def test_check_deploy_finds_nothing(cache):
    result = manage("check", "--deploy", "--fail-level", "WARNING", **cache)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_SECRET_KEY="")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(
    "key",
    [
        # docs/deploy/kreisportal.env.example as shipped
        next(
            line.split("=", 1)[1]
            for line in ENV_EXAMPLE.read_text().splitlines()
            if line.startswith("DJANGO_SECRET_KEY=")
        ),
        "change-me-" + "x" * 60,
        "kurz",
        "a" * 60,
    ],
    ids=["env example", "change-me", "short", "one character"],
)
def test_production_refuses_to_start_with_a_placeholder_key(key):
    result = manage("check", DJANGO_SECRET_KEY=key)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is a placeholder or too short" in result.stderr


def test_https_settings_are_strict():
    """What the production module sets over https (the default there)."""
    result = manage(
        "shell",
        "--verbosity=0",
        "-c",
        "from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.X_FRAME_OPTIONS, s.SESSION_COOKIE_HTTPONLY)",
    )
    assert result.stdout.split() == ["31536000", "True", "True", "True", "DENY", "True"], result.stderr


@pytest.mark.django_db
def test_pages_carry_the_configured_policy_and_follow_a_change(client, home, settings):
    from csp.utils import build_policy

    assert client.get(home.url)["Content-Security-Policy"] == build_policy()
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {"default-src": ["'self'"], "img-src": ["https://bilder.example"]}
    }
    header = client.get(home.url)["Content-Security-Policy"]
    assert "img-src https://bilder.example" in header
    assert client.get("/admin/login/")["Content-Security-Policy"] != header  # the admin's own policy
