"""Two app servers behind one load balancer: a visitor must not notice which one answers.

Each test starts two gunicorn processes (``gunicorn.conf.py``, production settings) on free
ports in 18100-18199, against the pytest-django test database (PostgreSQL) and one Redis
(db 5, a fresh key prefix per test). Requests go to either server with the same ``Host``
and an ``X-Forwarded-For`` from the balancer (``TRUSTED_PROXY_COUNT=1``), as behind
nginx. The tests are transactional: the servers must see the committed content.
"""

import http.cookiejar
import os
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from django.db import connection

from caching import page_cache
from tests.comments.conftest import form_tokens
from tests.deploy.support import NOT_POSTGRES, TRANSACTIONAL, database_url

ROOT = Path(__file__).resolve().parents[2]
HOST = "beteiligung.example.org"
PORTS = range(18100, 18200)
REDIS_URL = "redis://127.0.0.1:6379/5"
RATE_PER_CLIENT = 3
START_TIMEOUT = 20


def _redis_answers():
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=1).ping()
    except redis.RedisError:
        return False


pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason=f"two app servers share one PostgreSQL database: {NOT_POSTGRES}"
    ),
    pytest.mark.skipif(not _redis_answers(), reason="two app servers share Redis, and none answers at 127.0.0.1:6379"),
    # The servers read what the test committed.
    TRANSACTIONAL,
]


@dataclass
class Answer:
    status: int
    headers: object
    text: str


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Visitor:
    """One browser: its own cookies and client address, sent to whichever server we pick."""

    def __init__(self, address):
        self.address = address
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect()
        )

    def get(self, server, path):
        return self._open(server, path, None)

    def post(self, server, path, data):
        return self._open(server, path, urllib.parse.urlencode(data).encode())

    def _open(self, server, path, body):
        request = urllib.request.Request(
            f"http://127.0.0.1:{server.port}{path}", data=body, headers={"Host": HOST, "X-Forwarded-For": self.address}
        )
        try:
            with self.opener.open(request, timeout=20) as response:
                return Answer(response.status, response.headers, response.read().decode())
        except urllib.error.HTTPError as error:
            with error:
                return Answer(error.code, error.headers, error.read().decode())


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen
    log: Path

    def log_tail(self):
        return self.log.read_text(errors="replace")[-3000:]


def _free_ports(count):
    candidates = list(PORTS)
    random.shuffle(candidates)  # two runs at once rarely pick the same ports
    found = []
    for port in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        found.append(port)
        if len(found) == count:
            return found
    pytest.fail(f"fewer than {count} free ports in {PORTS.start}-{PORTS.stop - 1}")


def _stop(processes):
    """SIGINT is gunicorn's quick shutdown; each process group (master and workers) goes."""
    running = [process for process in processes if process.poll() is None]
    for process in running:
        os.killpg(process.pid, signal.SIGINT)
    for process in running:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait_until_ready(server):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"server {server.name} exited with {server.process.returncode}:\n{server.log_tail()}")
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=0.2):
                pass
            if Visitor("192.0.2.1").get(server, "/healthz").status == 200:  # what the load balancer asks
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"server {server.name} did not answer within {START_TIMEOUT} s:\n{server.log_tail()}")


@pytest.fixture
def server_env():
    """What every machine of the deployment gets: one secret, one database, one Redis."""
    prefix = f"kp-deploy-test-{secrets.token_hex(6)}"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "DJANGO_SETTINGS_MODULE": "tests.deploy.server_settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_HTTPS": "false",
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database_url(),
        "DATABASE_POOL": "true",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": prefix,
        "COMMENTS_RATE_PER_CLIENT": str(RATE_PER_CLIENT),
        "TRUSTED_PROXY_COUNT": "1",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": "2",
        "GUNICORN_GRACEFUL_TIMEOUT": "3",  # at the end, the workers get this long to exit
    }
    yield env
    store = redis.Redis.from_url(REDIS_URL)
    keys = list(store.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        store.delete(*keys)


@pytest.fixture
def servers(transactional_db, server_env, tmp_path):
    """Servers A and B; stopped at the end whatever happened (before the database is flushed)."""
    started = []
    try:
        for name, port in zip("AB", _free_ports(2), strict=True):
            log = tmp_path / f"server-{name}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py", "portal.wsgi"],
                    cwd=ROOT,
                    env={**server_env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            started.append(Server(name, port, process, log))
        for server in started:
            _wait_until_ready(server)
        yield started
    finally:
        _stop([server.process for server in started])


def _form_path(chapter):
    return f"/de/beteiligung/kapitel/{chapter.pk}/kommentieren/"


def _csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def _comment_form(visitor, server, chapter):
    """GET the form page as a browser does: the CSRF cookie, its token and the signed form tokens."""
    page = visitor.get(server, _form_path(chapter))
    assert page.status == 200, page.text[:500]
    return {**form_tokens(page.text), "csrfmiddlewaretoken": _csrf_token(page.text)}


def _post_comment(visitor, server, chapter, form, text, email):
    data = {
        **form,
        "name": "Amira K.",
        "email": email,
        "comment": text,
        "consent": "on",
        "reply_to": "0",
        "paragraph": "",
        "honeypot": "",
    }
    return visitor.post(server, _form_path(chapter), data)


def _deliver_mails(server_env):
    """The mail worker of the deployment, run once: it sends what the queue holds (printed,
    since no EMAIL_HOST is set) and exits."""
    worker = subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--backend", "mail", "--queue-name", "mail"]
        + ["--batch", "--no-startup-delay", "--no-reload"],
        cwd=ROOT,
        env=server_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert worker.returncode == 0, worker.stderr[-2000:]
    return worker.stdout


@pytest.fixture
def portal_settings(home):
    from wagtail.models import Site

    from home.models import PortalSettings

    # Exists on every live site; created by the first request otherwise, which makes that
    # request's page out of date at once (saving the settings starts a new cache generation).
    return PortalSettings.for_site(Site.objects.get(is_default_site=True))


def test_a_comment_sent_through_one_server_appears_on_the_other(servers, server_env, portal_settings, chapter):
    a, b = servers
    reader = Visitor("198.51.100.20")
    first = reader.get(a, chapter.url)
    assert first.status == 200 and "<h1>Sprache</h1>" in first.text
    # The page cache is shared: what A rendered, B serves.
    assert reader.get(b, chapter.url).headers.get(page_cache.HEADER) == "hit"

    commenter = Visitor("198.51.100.10")
    form = _comment_form(commenter, a, chapter)
    sent = _post_comment(commenter, a, chapter, form, "Mehr Sprachcafés auf dem Land, bitte.", "amira@example.com")
    assert sent.status == 200 and "bestätigen Sie Ihren Kommentar" in sent.text, sent.text[:1000]
    assert "Mehr Sprachcafés" not in reader.get(b, chapter.url).text  # not before it is confirmed

    mails = _deliver_mails(server_env)
    link = re.search(r"https?://[^/\s]+(/de/beteiligung/bestaetigen/[^/\s]+/)", mails)
    assert link, f"no confirmation link in the worker's mail output:\n{mails[-2000:]}"
    # Opening the link changes nothing (mail scanners do that); its button (a POST) confirms.
    offered = commenter.get(b, link.group(1))
    assert offered.status == 200 and "Kommentar jetzt bestätigen" in offered.text, offered.text[:1000]
    assert "Mehr Sprachcafés" not in reader.get(a, chapter.url).text
    confirmed = commenter.post(b, link.group(1), {"csrfmiddlewaretoken": _csrf_token(offered.text)})
    assert confirmed.status == 200 and "Ihr Kommentar ist jetzt öffentlich" in confirmed.text

    for server in (b, a):
        page = reader.get(server, chapter.url)
        assert "Mehr Sprachcafés auf dem Land, bitte." in page.text, f"server {server.name} shows a stale page"

    # The access logs name neither the visitor's address nor the one-time token (DSGVO).
    token = link.group(1).rstrip("/").rsplit("/", 1)[1]
    logs = a.log.read_text() + b.log.read_text()
    assert '"GET /de/beteiligung/bestaetigen/***/ HTTP/1.1" 200' in logs
    assert '"POST /de/beteiligung/bestaetigen/***/ HTTP/1.1" 200' in logs
    assert token not in logs and commenter.address not in logs and reader.address not in logs


def test_a_publication_on_one_server_is_visible_at_once_on_the_other(
    servers, portal_settings, chapter, django_user_model
):
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    a, b = servers
    reader = Visitor("198.51.100.20")
    assert reader.get(b, chapter.url).status == 200
    cached = reader.get(b, chapter.url)
    assert cached.headers.get(page_cache.HEADER) == "hit" and "<h1>Sprache</h1>" in cached.text

    # The test settings hash with MD5, which production does not accept.
    hasher = PBKDF2PasswordHasher()
    django_user_model.objects.create(
        username="redaktion", is_staff=True, is_superuser=True, password=hasher.encode("kreis-2017!", hasher.salt())
    )
    chapter.title = "Sprache, Bildung und Arbeit"
    chapter.save_revision()  # a draft, as an editor saves it

    editor = Visitor("198.51.100.30")
    login = editor.get(a, "/admin/login/")
    answer = editor.post(
        a,
        "/admin/login/",
        {"username": "redaktion", "password": "kreis-2017!", "csrfmiddlewaretoken": _csrf_token(login.text)},
    )
    assert answer.status == 302, answer.text[:1000]
    # The load balancer may send the editor's next request to B: the session is shared.
    assert editor.get(b, "/admin/").status == 200

    publish = f"/admin/bulk/wagtailcore/page/publish/?id={chapter.pk}"
    confirm = editor.get(a, publish)
    assert confirm.status == 200
    assert editor.post(a, publish, {"csrfmiddlewaretoken": _csrf_token(confirm.text)}).status == 302

    page = reader.get(b, chapter.url)
    assert page.status == 200
    assert "Sprache, Bildung und Arbeit" in page.text, "server B still serves the page as it was before publishing"


def test_the_comment_rate_limit_counts_requests_on_both_servers(servers, portal_settings, chapter):
    a, b = servers
    visitor = Visitor("203.0.113.7")
    form = _comment_form(visitor, a, chapter)
    statuses = []
    for number, server in enumerate([a, b, a, b]):
        answer = _post_comment(visitor, server, chapter, form, f"Vorschlag {number}", f"p{number}@example.com")
        statuses.append(answer.status)
    # Each server saw two posts; only a counter both share stops the fourth.
    assert statuses == [200] * RATE_PER_CLIENT + [429]
    assert int(answer.headers["Retry-After"]) > 0
    assert "sehr viele Anfragen" in answer.text

    # Counted per client: somebody else behind the same balancer may still comment.
    neighbour = Visitor("203.0.113.8")
    answer = _post_comment(
        neighbour, b, chapter, _comment_form(neighbour, b, chapter), "Mein Vorschlag", "n@example.com"
    )
    assert answer.status == 200
