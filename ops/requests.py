"""Every request gets an id (answered in ``X-Request-ID`` and carried into the mail tasks it
queues) and, at the end, one log line: method, route, status, duration, kind of user.

The line names the resolved route (``beteiligung/bestaetigen/<str:token>/``), never the path
itself, and nothing that identifies the visitor: no address, no query, no form data.
"""

import logging
import re
import time
import uuid
from contextvars import ContextVar

from . import metrics

logger = logging.getLogger("portal.request")

_request_id = ContextVar("request_id", default="")
# A proxy's id is taken over when it looks like one (so its log and ours can be joined).
_FOREIGN_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def current_request_id():
    return _request_id.get()


class use_request_id:
    """Sets the id for a block of work outside a request (a mail task queued by one)."""

    def __init__(self, request_id):
        self.request_id = request_id or ""

    def __enter__(self):
        self.token = _request_id.set(self.request_id)

    def __exit__(self, *exc):
        _request_id.reset(self.token)


def _route(request):
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "", ""
    return match.route or "", match.view_name or ""


def _user_kind(request):
    user = getattr(request, "user", None)
    # Only asked when authentication already ran; a cached page never touches the session.
    if user is not None and getattr(user, "is_authenticated", False):
        return "editor"
    return "anonymous"


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        foreign = request.headers.get("X-Request-ID", "")
        request_id = foreign if _FOREIGN_ID.match(foreign) else uuid.uuid4().hex
        # Not reset at the end: Django's own "Not Found: …" line is written after the middleware
        # returns, and should carry the id too; the next request in this thread sets its own.
        _request_id.set(request_id)
        started = time.perf_counter()
        response = self.get_response(request)
        duration = time.perf_counter() - started
        response["X-Request-ID"] = request_id
        self.log(request, response, request_id, duration)
        return response

    @staticmethod
    def log(request, response, request_id, duration):
        route, view = _route(request)
        # Answers made before URL resolution (the page cache, /healthz, /metrics) name themselves.
        view = view or getattr(response, "view_label", "") or "unresolved"
        metrics.observe_request(view, request.method, response.status_code, duration)
        logger.info(
            "%s %s %s",
            request.method,
            view,
            response.status_code,
            extra={
                "request_id": request_id,
                "method": request.method,
                "route": route,
                "view": view,
                "status": response.status_code,
                "duration_ms": round(duration * 1000, 1),
                "user_kind": _user_kind(request),
            },
        )
