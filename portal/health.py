"""/healthz: can this app server answer visitors? For the load balancer and monitoring.

200 with "status": "ok" when the database and the cache work; "degraded" (still 200, the
pages work) when the cache fails (Redis down: pages come from the database, see
caching/redis.py, and rate limits and login lockouts count per process, see caching/counters.py),
when mails wait longer than MAIL_QUEUE_WARNING_MINUTES to be sent, which means the mail worker
(``manage.py db_worker``) is not running, or when an organisation's budget of confirmation mails
for this hour is used up and its new ones are scheduled for later (``mail_budget``: the busiest
organisation's count and how many organisations wait, no host named); 503 with "status": "error"
when the database fails: then no page works, and a load balancer should send visitors elsewhere.
Reasons name only the exception class: driver messages carry host names and user names. Reads
only; touches neither the session nor the user.

Answered by a middleware at the top of the stack, before anything validates the Host header:
load balancers probe by the server's IP address, which is no allowed host of the site.
"""

import hmac
import logging
import uuid

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max
from prometheus_client import CONTENT_TYPE_LATEST
from prometheus_client.core import GaugeMetricFamily

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Min, Q
from django.http import HttpResponse, HttpResponseForbidden, HttpResponseNotFound, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from concept.comments import ratelimit
from ops import metrics

logger = logging.getLogger(__name__)

MAIL_BACKEND = "mail"


def _failed(name, error):
    # The full message only in the server log; the probe's answer names just the class.
    logger.warning("Health check %s failed: %r", name, error)
    return {"status": "error", "reason": type(error).__name__}


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # whatever the driver raises, the answer is "error", not a 500
        return _failed("database", error)
    return {"status": "ok"}


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, key, 10)
        found = cache.get(key)
        cache.delete(key)
    except Exception as error:  # Redis down, cache directory not writable, …
        return _failed("cache", error)
    if found != key:
        return {"status": "error", "reason": "value not read back"}
    return {"status": "ok"}


def check_mail_queue():
    """Mails waiting to be sent, and how long the oldest has been due: a task waits from its
    enqueueing, a retry scheduled for later (``run_after``) only from that moment."""
    never = get_date_max()  # django-tasks-db's run_after for "at once"
    now = timezone.now()
    try:
        stats = DBTaskResult.objects.filter(backend_name=MAIL_BACKEND, status=TaskResultStatus.READY).aggregate(
            waiting=Count("pk"),
            oldest_immediate=Min("enqueued_at", filter=Q(run_after=never)),
            oldest_scheduled=Min("run_after", filter=~Q(run_after=never)),
        )
    except Exception as error:  # e.g. the table is missing before `migrate`
        return _failed("mail_queue", error)
    due_since = [moment for moment in (stats["oldest_immediate"], stats["oldest_scheduled"]) if moment is not None]
    oldest = max(0, int((now - min(due_since)).total_seconds())) if due_since else 0
    late = oldest > settings.MAIL_QUEUE_WARNING_MINUTES * 60
    return {"status": "warning" if late else "ok", "waiting": stats["waiting"], "oldest_seconds": oldest}


class HealthCheckMiddleware:
    """Answers /healthz and /metrics itself, so no Host check, HTTPS redirect, session or cache
    is involved: probes and Prometheus come by the server's address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for path, view in (("/healthz", healthz), ("/metrics", metrics_view)):
            if request.path_info == path:
                response = view(request)
                response.view_label = view.__name__  # for the request log (ops/requests.py)
                return response
        return self.get_response(request)


class MailQueueCollector:
    """The mail queue as gauges, read from the database at scrape time (alert: oldest due > 10 min)."""

    def collect(self):
        state = check_mail_queue()
        if "waiting" not in state:
            return
        yield GaugeMetricFamily("portal_mail_queue_length", "Mails waiting to be sent.", value=state["waiting"])
        yield GaugeMetricFamily(
            "portal_mail_queue_oldest_due_seconds",
            "How long the oldest due mail has waited.",
            value=state["oldest_seconds"],
        )


@never_cache
@require_safe
def metrics_view(request):
    """Prometheus text format, for a scraper holding METRICS_TOKEN (``Authorization: Bearer …``);
    404 while no token is configured, 403 for a wrong one. Bind it to an internal address too."""
    if not settings.METRICS_TOKEN:
        return HttpResponseNotFound("", content_type="text/plain")
    scheme, _sep, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), settings.METRICS_TOKEN.encode()):
        return HttpResponseForbidden("", content_type="text/plain")
    return HttpResponse(metrics.exposition(MailQueueCollector()), content_type=CONTENT_TYPE_LATEST)


def checks():
    """Every check, by name: what /healthz answers and the operator's view "Betrieb" shows."""
    result = {"database": check_database(), "cache": check_cache()}
    if result["database"]["status"] == "ok":
        result["mail_queue"] = check_mail_queue()
        result["mail_budget"] = ratelimit.mail_budget_status()  # per organisation: sites are rows
    else:  # asking again would only wait for a second connection timeout
        result["mail_queue"] = result["mail_budget"] = {"status": "error", "reason": "database unavailable"}
    return result


@never_cache  # Cache-Control: no-store (and no-cache, private): every probe asks anew
@require_safe
def healthz(request):
    checks_ = checks()

    if checks_["database"]["status"] == "error":
        status, http_status = "error", 503
    elif any(check["status"] != "ok" for check in checks_.values()):
        status, http_status = "degraded", 200
    else:
        status, http_status = "ok", 200
    return JsonResponse({"status": status, "checks": checks_}, status=http_status)
