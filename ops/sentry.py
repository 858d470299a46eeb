"""Optional error reports to Sentry, sending as little as lets a developer find the bug.

sentry-sdk's major version is pinned: ``data_collection`` (which replaces ``send_default_pii`` in 3.x)
sends user info, request bodies and local variables unless told not to, so every part is switched
off here explicitly. Whatever the SDK would still send passes ``scrub`` last: no user, cookies,
headers but a few harmless ones, bodies, query strings, frame variables or SQL; paths redacted;
e-mail addresses in messages replaced.
"""

import re

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

from .redaction import redact_path

ADDRESS = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[A-Za-z]{2,}")
SAFE_HEADERS = {"accept-language", "user-agent", "content-type", "x-request-id"}


def _clean_text(text):
    return ADDRESS.sub("[address]", text) if isinstance(text, str) else text


def scrub(event, hint=None):
    event.pop("user", None)
    event.pop("server_name", None)
    request = event.get("request")
    if request:
        for key in ("cookies", "data", "query_string", "env"):
            request.pop(key, None)
        if "url" in request:
            scheme, sep, rest = request["url"].partition("://")
            host, slash, path = rest.partition("/")
            request["url"] = f"{scheme}{sep}{host}{redact_path(slash + path)}"
        headers = request.get("headers") or {}
        request["headers"] = {name: value for name, value in headers.items() if name.lower() in SAFE_HEADERS}
    for exception in (event.get("exception") or {}).get("values", []):
        exception["value"] = _clean_text(exception.get("value"))
        for frame in (exception.get("stacktrace") or {}).get("frames", []):
            frame.pop("vars", None)
    for entry in (event.get("threads") or {}).get("values", []):
        for frame in (entry.get("stacktrace") or {}).get("frames", []):
            frame.pop("vars", None)
    logentry = event.get("logentry") or {}
    if "message" in logentry:
        logentry["message"] = _clean_text(logentry["message"])
    logentry.pop("params", None)
    event["breadcrumbs"] = {"values": []}  # log lines and SQL of the request: not worth the risk
    event.pop("extra", None)
    return event


def init_sentry(dsn, environment="production", transport=None):
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration(transaction_style="url")],
        data_collection={
            "user_info": False,
            "cookies": {"mode": "off"},
            "http_headers": {"request": {"mode": "allowlist", "terms": sorted(SAFE_HEADERS)}},
            "http_bodies": [],
            "url_query_params": {"mode": "off"},
            "database_query_data": False,
            "queues": False,
            "stack_frame_variables": False,
        },
        include_local_variables=False,
        max_request_body_size="never",
        before_send=scrub,
        traces_sample_rate=0,
        transport=transport,
    )
