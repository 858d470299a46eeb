"""Log formats: plain lines for people (``make run``, ``make dev``), JSON lines for machines
(``LOG_FORMAT=json``), both carrying the request id.

The JSON formatter writes the record's message and the fields a request log line passes in
``extra``; a path in a record is redacted (ops/redaction.py) and arguments are never dumped.
"""

from datetime import UTC, datetime

from pythonjsonlogger.json import JsonFormatter as _JsonFormatter

from .redaction import redact_path
from .requests import current_request_id


class RequestIdFilter:
    """Adds ``request_id`` to every record (empty outside a request and a mail task)."""

    def filter(self, record):
        if not getattr(record, "request_id", ""):
            record.request_id = current_request_id()
        return True


class JsonFormatter(_JsonFormatter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("rename_fields", {"levelname": "level", "asctime": "time", "name": "logger"})
        kwargs.setdefault("timestamp", False)
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s", *args, **kwargs)

    def formatTime(self, record, datefmt=None):
        return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")

    def add_fields(self, log_record, record, message_dict):
        super().add_fields(log_record, record, message_dict)
        if "path" in log_record:
            log_record["path"] = redact_path(str(log_record["path"]))
        # Django's request logger attaches the request object; never dump it (cookies, address).
        for key in ("request", "args"):
            log_record.pop(key, None)


class RedactPathsFilter:
    """Django's own loggers name the path in their message ("Not Found: /de/…/bestaetigen/<token>/"):
    every string argument that is a path is redacted before any handler formats it."""

    def filter(self, record):
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(
                redact_path(arg) if isinstance(arg, str) and arg.startswith("/") else arg for arg in record.args
            )
        return True
