"""Gunicorn settings for the portal (read from the working directory: `gunicorn -c gunicorn.conf.py portal.wsgi`).

Everything that differs between machines comes from the environment; command-line
options (as `make run` passes them) override what is set here.
"""

import json
import os
import tempfile
from datetime import UTC, datetime

import gunicorn.http.wsgi
from gunicorn.glogging import Logger


def _int(name, default):
    return int(os.environ.get(name) or default)


def _cores():
    # The cores this process may run on (taskset, cpuset), not every core of the host.
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# GUNICORN_BIND (comma-separated) wins. PORT alone is the platform convention (Procfile
# runners route to the container's interface), as in gunicorn itself. Otherwise loopback only:
# a proxy on the same machine, nothing reachable from outside by accident.
if os.environ.get("GUNICORN_BIND"):
    bind = [address.strip() for address in os.environ["GUNICORN_BIND"].split(",") if address.strip()]
elif os.environ.get("PORT"):
    bind = [f"0.0.0.0:{os.environ['PORT']}"]
else:
    bind = ["127.0.0.1:8000"]

# One process per core: a page render is CPU-bound Python, and the GIL lets one process use one core.
workers = _int("WEB_CONCURRENCY", _cores())
# gthread rather than sync: while one thread waits on PostgreSQL, Redis or object storage the
# others go on, and unlike sync it keeps connections from the load balancer alive (sync closes
# each one after the response).
# Keep DATABASE_POOL_MAX at least GUNICORN_THREADS, so no thread waits for a connection.
worker_class = "gthread"
threads = _int("GUNICORN_THREADS", 4)

# A request that takes longer is killed and its worker replaced; room for the slowest requests
# (the Word import, the report's XLSX export).
timeout = _int("GUNICORN_TIMEOUT", 60)
# On SIGTERM (deploy, systemd stop) running requests get this long to finish.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Longer than the load balancer's idle timeout (nginx upstream keepalive_timeout 60 s,
# AWS ALB 60 s), so the balancer never reuses a connection gunicorn just closed (a 502).
keepalive = _int("GUNICORN_KEEPALIVE", 75)

# Replace a worker after this many requests (0: never), staggered so they don't restart together;
# a remedy for slowly growing memory, off until someone measures that it is needed.
max_requests = _int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", max_requests // 10)

# Not preloaded: each worker imports the app itself, so `kill -HUP` (systemctl reload) loads new
# code without dropping the socket, and no database or Redis connection opened while importing
# is shared between forked workers. It costs a few seconds of start-up and some memory per worker.
preload_app = False

# Proxies whose X-Forwarded-Proto is believed (comma-separated addresses or networks, `*` for
# any). The client address for rate limits comes from X-Forwarded-For and TRUSTED_PROXY_COUNT.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# No "Server: gunicorn" banner telling a scanner what to try. gunicorn has no setting for it; its
# responses take the name from this module attribute (read when each response is made).
gunicorn.http.wsgi.SERVER = "kreisportal"

# gunicorn >= 25 opens a control socket at one fixed path per user; two instances on one
# machine (or `make run` beside a service) would take it from each other. systemd signals instead.
control_socket_disable = True

# Access log on stdout (journald, the platform's log collector) without what identifies a
# visitor (DSGVO): no client address, user agent, referrer or query string (search terms).
# With LOG_FORMAT=json one JSON line per request, as the portal's own logs (ops/logging.py).
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms %({x-request-id}o)s'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
JSON_LOGS = os.environ.get("LOG_FORMAT", "plain") == "json"

# Every worker writes its Prometheus metrics here; /metrics adds them up (ops/metrics.py).
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="portal-metrics-")


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


class AccessLogger(Logger):
    """One-time tokens in paths (comment confirmation, unsubscribe, password reset) are worth as
    much as the mail that carried them; the list of such URLs is ops/redaction.py's."""

    def atoms(self, resp, req, environ, request_time):
        from ops.redaction import redact_path

        atoms = super().atoms(resp, req, environ, request_time)
        atoms["U"] = redact_path(atoms.get("U") or "")
        atoms["r"] = f"{atoms.get('m')} {atoms['U']} {atoms.get('H')}"
        atoms["q"] = ""
        return atoms

    def access(self, resp, req, environ, request_time):
        if not JSON_LOGS:
            return super().access(resp, req, environ, request_time)
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.syslog):
            return None
        atoms = self.atoms(resp, req, environ, request_time)
        line = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "level": "INFO",
            "logger": "gunicorn.access",
            "message": f"{atoms['m']} {atoms['U']} {atoms['s']}",
            "method": atoms["m"],
            "path": atoms["U"],
            "status": atoms["s"],
            "bytes": atoms["B"],
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "request_id": atoms.get("{x-request-id}o", ""),
        }
        self.access_log.info(json.dumps(line))
        return None


logger_class = AccessLogger
