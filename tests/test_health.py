"""/healthz as the load balancer and monitoring see it."""

from datetime import timedelta

import pytest
import time_machine

from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from concept.comments.mail import deliver
from tests.conftest import rendered
from tests.test_faults import database_down

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}


class CacheDown(LocMemCache):
    def _refuse(self, *args, **kwargs):
        raise ConnectionError("Error 111 connecting to redis.internal:6379. Connection refused.")

    get = set = add = delete = get_many = incr = _refuse


def probe():
    return Client(raise_request_exception=False).get("/healthz")


@pytest.mark.usefixtures("page_cache_off")
def test_all_ok_without_language_prefix_login_or_writes():
    with CaptureQueriesContext(connection) as queries:
        response = rendered(probe())
    assert response.status_code == 200
    assert response["Cache-Control"].count("no-store") == 1
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok"},
            "cache": {"status": "ok"},
            "mail_queue": {"status": "ok", "waiting": 0, "oldest_seconds": 0},
            "mail_budget": {"status": "ok", "this_hour": 0, "per_hour": 200_000},
        },
    }
    assert "Set-Cookie" not in response and "sessionid" not in response.cookies
    assert queries.captured_queries
    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in queries.captured_queries)


def test_database_down_is_503_without_secrets():
    with database_down(message='connection to server at "db.internal" (10.1.2.3), port 5432 failed: password=geheim'):
        response = probe()
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["database"] == {"status": "error", "reason": "OperationalError"}
    assert body["checks"]["cache"] == {"status": "ok"}
    assert body["checks"]["mail_queue"]["status"] == "error"
    for secret in ("db.internal", "10.1.2.3", "geheim", "5432"):
        assert secret not in response.content.decode()


# The page cache reads the cache before any view runs; switched off here so the probe
# reaches the health check itself with a cache that raises on every call.
@override_settings(CACHES={"default": {"BACKEND": "tests.test_health.CacheDown"}}, PAGE_CACHE_SECONDS=0)
def test_cache_down_is_reported_as_degraded_without_secrets():
    response = probe()
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["database"] == {"status": "ok"}
    assert body["checks"]["cache"] == {"status": "error", "reason": "ConnectionError"}
    assert "redis.internal" not in response.content.decode()


# Redis configured but not running: nothing listens on port 9.
REDIS_DOWN = {"default": {"BACKEND": "caching.redis.FailSoftRedisCache", "LOCATION": "redis://127.0.0.1:9/0"}}


@override_settings(CACHES=REDIS_DOWN)
def test_with_redis_down_pages_are_served_and_the_probe_says_degraded(home):
    visitor = Client(raise_request_exception=False)
    page = visitor.get(home.url)
    assert page.status_code == 200
    assert home.title in page.content.decode()
    body = probe().json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"] == {"status": "error", "reason": "value not read back"}


@override_settings(TASKS=DATABASE_QUEUE)
def test_mail_backlog_older_than_15_minutes_is_degraded_but_200():
    with time_machine.travel(timezone.now() - timedelta(minutes=20)):
        deliver.enqueue("Betreff", "Text", "a@example.org")
    deliver.enqueue("Betreff", "Text", "b@example.org")

    response = probe()
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    queue = body["checks"]["mail_queue"]
    assert queue["status"] == "warning"
    assert queue["waiting"] == 2
    assert 20 * 60 <= queue["oldest_seconds"] < 21 * 60


@override_settings(TASKS=DATABASE_QUEUE)
def test_fresh_mails_and_retries_scheduled_for_later_are_no_backlog():
    # Enqueued 14 minutes ago: waiting, but not yet late.
    with time_machine.travel(timezone.now() - timedelta(minutes=14)):
        deliver.enqueue("Betreff", "Text", "a@example.org")
    # A retry after the mail server failed, due in an hour, enqueued an hour ago.
    with time_machine.travel(timezone.now() - timedelta(hours=1)):
        deliver.using(run_after=timezone.now() + timedelta(hours=2)).enqueue("Betreff", "Text", "b@example.org")

    body = probe().json()
    assert body["status"] == "ok", body
    queue = body["checks"]["mail_queue"]
    assert queue["status"] == "ok"
    assert queue["waiting"] == 2
    assert 14 * 60 <= queue["oldest_seconds"] < 15 * 60


@override_settings(TASKS=DATABASE_QUEUE, MAIL_QUEUE_WARNING_MINUTES=2)
def test_the_operator_sets_how_long_a_mail_may_wait():
    with time_machine.travel(timezone.now() - timedelta(minutes=3)):
        deliver.enqueue("Betreff", "Text", "a@example.org")
    body = probe().json()
    assert body["status"] == "degraded"
    assert body["checks"]["mail_queue"]["status"] == "warning"


@override_settings(TASKS=DATABASE_QUEUE)
def test_a_retry_overdue_for_20_minutes_is_a_backlog():
    with time_machine.travel(timezone.now() - timedelta(hours=1)):
        deliver.using(run_after=timezone.now() + timedelta(minutes=40)).enqueue("Betreff", "Text", "a@example.org")
    queue = probe().json()["checks"]["mail_queue"]
    assert queue["status"] == "warning"
    assert 20 * 60 <= queue["oldest_seconds"] < 21 * 60


@override_settings(ALLOWED_HOSTS=["beteiligung.kreis.example"], SECURE_SSL_REDIRECT=True)
def test_a_load_balancer_probing_by_ip_over_http_gets_the_answer():
    response = Client(raise_request_exception=False).get("/healthz", HTTP_HOST="10.0.0.11:8000")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    # Everything else still insists on an allowed host.
    assert Client(raise_request_exception=False).get("/de/", HTTP_HOST="10.0.0.11:8000").status_code == 400
