"""Shared by the server benchmarks (read, write, search, memory): a throwaway PostgreSQL
database with the demo, gunicorn with the production settings against it, and the
small tools each script needs (HTTP client, wrk, percentiles, tables, machine line).

Nothing here touches another database than the one it created (``kp_bench_*``), another
Redis database than 7, other cache keys than its own prefix, or ports outside 18200-18299.
Everything it starts it stops again, by process id.
"""

import contextlib
import http.client
import json
import os
import platform
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
PYTHON = str(BIN / "python")
GUNICORN = str(BIN / "gunicorn")
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/7"
HOST = "127.0.0.1"
PORTS = range(18200, 18300)
STATIC_BENCH_DIR = "kp_bench"  # under STATIC_ROOT, removed again by the script that wrote it


# --------------------------------------------------------------------------- database and site


class BenchDatabase:
    """CREATE DATABASE kp_bench_<name>_<pid> on entry, DROP ... WITH (FORCE) on exit."""

    def __init__(self, name):
        self.name = f"kp_bench_{name}_{os.getpid()}"
        assert re.fullmatch(r"kp_bench_[a-z0-9_]+", self.name), self.name
        self.url = f"{PG_SERVER}/{self.name}"

    def _admin(self, sql):
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as connection:
            connection.execute(sql)

    def __enter__(self):
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self._admin(f'CREATE DATABASE "{self.name}"')
        return self

    def __exit__(self, *exc):
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def server_env(database_url, cache_prefix, **extra):
    """The environment of a production deployment on plain http at 127.0.0.1."""
    env = {
        key: value
        for key, value in os.environ.items()
        # EMAIL_: a benchmark never sends real mail (the console, or the backend it names).
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "CACHE_", "COMMENTS_", "PAGE_CACHE", "EMAIL_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DJANGO_HTTPS="false",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url,
        DATABASE_POOL="true",
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=cache_prefix,
        LOG_LEVEL="WARNING",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args):
    """``manage.py <args>`` in a child process; its output only shows when it fails."""
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise RuntimeError(f"manage.py {' '.join(args)} failed ({result.returncode})")
    return result.stdout


def prepare_site(env, log=print):
    """Schema, the demo content and the static files (whitenoise serves them from STATIC_ROOT)."""
    started = time.perf_counter()
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "load_initial_data")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    log(f"Database migrated, demo loaded, static files collected in {time.perf_counter() - started:.0f} s")


def django_setup(env):
    """Django in this process with the server's settings, for building data and checking it
    (without the connection pool: client threads each keep their own connection)."""
    os.environ.update(env)
    os.environ["DATABASE_POOL"] = "false"
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def clear_cache(prefix):
    """Deletes this run's keys (and only those) from Redis database 7."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    for start in range(0, len(keys), 500):
        client.delete(*keys[start : start + 500])
    client.close()
    return len(keys)


def write_static_file(name, content, compress=False):
    """A file under STATIC_ROOT/kp_bench/, served by whitenoise at /static/kp_bench/<name>
    (whitenoise scans STATIC_ROOT when a worker starts, so write it before starting gunicorn).
    With ``compress``, also the precompressed copies collectstatic makes of every static file
    (whitenoise's compressor: gzip, and Brotli when the brotli package is installed), which
    whitenoise sends to a client that accepts them."""
    folder = ROOT / "staticfiles" / STATIC_BENCH_DIR
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)
    if compress:
        from whitenoise.compress import Compressor

        list(Compressor(quiet=True).compress(str(folder / name)))
    return f"/static/{STATIC_BENCH_DIR}/{name}"


def remove_static_file(name):
    folder = ROOT / "staticfiles" / STATIC_BENCH_DIR
    for path in (folder / name, folder / f"{name}.gz", folder / f"{name}.br"):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when empty: another run's file stays


# --------------------------------------------------------------------------- gunicorn


def free_port():
    ports = list(PORTS)
    random.shuffle(ports)
    for port in ports:
        with socket.socket() as probe:
            try:
                probe.bind((HOST, port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 18200-18299")


class Server:
    """gunicorn portal.wsgi with explicit --workers and --bind (the rest from gunicorn.conf.py
    when there is one, as in production), started on entry and stopped on exit."""

    def __init__(self, env, *, workers=None, args=(), access_log=False, port=None):
        self.env = env
        self.workers = workers or os.cpu_count()
        self.port = port or free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.args = list(args)
        self.access_log = None
        if access_log:
            handle, self.access_log = tempfile.mkstemp(prefix="kp_bench_access_", suffix=".log")
            os.close(handle)
        self.process = None
        self.log_path = None

    def command(self):
        command = [GUNICORN, "portal.wsgi", "--workers", str(self.workers), "--bind", f"{HOST}:{self.port}", *self.args]
        if self.access_log:
            # %(D)s: microseconds the worker spent on the request (no time in the listen queue);
            # the response's X-Page-Cache header ("-" when it has none), counted by page_cache_tally.
            log_format = "%(m)s %(U)s %(s)s %(D)s %({x-page-cache}o)s"
            command += ["--access-logfile", self.access_log, "--access-logformat", log_format]
        return command

    def effective_config(self):
        """gunicorn's resolved settings (worker class, threads, ...) for the report."""
        result = subprocess.run(
            [*self.command(), "--print-config"], cwd=ROOT, env=self.env, capture_output=True, text=True, check=False
        )
        config = {}
        for line in result.stdout.splitlines():
            key, _sep, value = line.partition("=")
            config[key.strip()] = value.strip()
        return config

    def describe(self):
        config = self.effective_config()
        keys = ["workers", "worker_class", "threads", "keepalive", "max_requests", "preload_app", "timeout"]
        conf = "gunicorn.conf.py present" if (ROOT / "gunicorn.conf.py").exists() else "no gunicorn.conf.py"
        return "gunicorn " + ", ".join(f"{key}={config.get(key, '?')}" for key in keys) + f" ({conf})"

    def start(self, timeout=60):
        log = tempfile.NamedTemporaryFile(prefix="kp_bench_gunicorn_", suffix=".log", delete=False)  # noqa: SIM115
        self.log_path = log.name
        self.process = subprocess.Popen(
            self.command(), cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited ({self.process.returncode}):\n{self.log_tail()}")
            with contextlib.suppress(OSError):
                status, _body, _headers = request("GET", self.base + "/robots.txt", timeout=5)
                if status == 200 and len(self.worker_pids()) >= self.workers:
                    break
            time.sleep(0.2)
        else:
            raise RuntimeError(f"gunicorn did not answer within {timeout} s:\n{self.log_tail()}")
        # A worker is listed as soon as it is forked and imports the app afterwards: wait until
        # every worker has gone quiet (booted), so no measurement pays for a start-up.
        while time.monotonic() < deadline:
            before = {pid: cpu_ticks(pid) for pid in self.worker_pids()}
            time.sleep(0.5)
            after = {pid: cpu_ticks(pid) for pid in self.worker_pids()}
            if len(after) >= self.workers and all(after[pid] - before.get(pid, 0) <= 2 for pid in after):
                return self
        raise RuntimeError(f"gunicorn's workers did not settle within {timeout} s:\n{self.log_tail()}")

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        workers = self.worker_pids()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            for pid in [self.process.pid, *workers]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        for path in (self.log_path, self.access_log):
            if path:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path)

    def log_tail(self, lines=40):
        if not self.log_path:
            return ""
        return "\n".join(Path(self.log_path).read_text(errors="replace").splitlines()[-lines:])

    def worker_pids(self):
        """The master's children (gunicorn's workers), from /proc."""
        if self.process is None:
            return []
        master = self.process.pid
        children = Path(f"/proc/{master}/task/{master}/children")
        with contextlib.suppress(OSError):
            return sorted(int(pid) for pid in children.read_text().split())
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    stat = (entry / "stat").read_text()
                    if int(stat.rpartition(")")[2].split()[1]) == master:
                        pids.append(int(entry.name))
        return sorted(pids)

    def server_times(self, marker=None):
        """{(method, path prefix): [ms, ...]} from the access log (time inside the worker)."""
        times = {}
        if not self.access_log:
            return times
        for line in Path(self.access_log).read_text().splitlines():
            parts = line.split()
            if len(parts) != 5:
                continue
            method, path, status, micros, _cache = parts
            key = marker(method, path, status) if marker else (method, path)
            if key:
                times.setdefault(key, []).append(int(micros) / 1000)
        return times

    def page_cache_tally(self):
        """{"hit": n, "miss": n, "none": n} over the responses logged since the last truncation:
        what the server answered, counted on the server (a wrk Lua hook reading every response
        body would slow the client, and so every row, by more than half)."""
        tally = {"hit": 0, "miss": 0, "none": 0}
        for line in Path(self.access_log).read_text().splitlines():
            value = line.rpartition(" ")[2]
            tally[value if value in ("hit", "miss") else "none"] += 1
        return tally

    def truncate_access_log(self):
        if self.access_log:
            os.truncate(self.access_log, 0)


def cpu_ticks(pid):
    """User plus system CPU time of a process, in clock ticks (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def rss_kb(pid):
    """Resident set size of a process in KB (VmRSS from /proc/<pid>/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def _process_table():
    """{pid: (parent pid, CPU ticks, command line)} of every process visible in /proc."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(entry.path, "stat").read_text().rpartition(")")[2].split()
            command = Path(entry.path, "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            table[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]), command)
    return table


class OtherLoad:
    """The CPU that other processes on this machine took while the benchmark measured: everything
    but this script, its children (gunicorn, wrk), the PostgreSQL backends of its database and
    Redis. The machine is shared; a busy neighbour shows up here instead of silently in the figures.
    Use as a context manager around each measurement; ``share`` adds the phases up."""

    def __init__(self, database_name=""):
        self.database_name = database_name
        self.ticks = 0
        self.elapsed = 0.0

    def _ours(self, table):
        children = {}
        for pid, (parent, _ticks, _command) in table.items():
            children.setdefault(parent, []).append(pid)
        ours, stack = set(), [os.getpid()]
        while stack:
            pid = stack.pop()
            ours.add(pid)
            stack.extend(children.get(pid, []))
        for pid, (_parent, _ticks, command) in table.items():
            if (self.database_name and self.database_name in command) or command.startswith("redis-server"):
                ours.add(pid)
        return ours

    def __enter__(self):
        self.before = _process_table()
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc):
        after = _process_table()
        ours = self._ours(after) | self._ours(self.before)
        for pid, (_parent, ticks, _command) in after.items():
            if pid not in ours:
                self.ticks += max(0, ticks - self.before.get(pid, (0, 0, ""))[1])
        self.elapsed += time.monotonic() - self.started

    @property
    def share(self):
        """Other processes' CPU time as a share of all cores over the measured time."""
        if not self.elapsed:
            return 0.0
        return self.ticks / os.sysconf("SC_CLK_TCK") / (self.elapsed * (os.cpu_count() or 1))

    def sentence(self):
        return (
            f"Other processes on this machine (not this benchmark, its servers, its database's backends "
            f"or Redis) used {100 * self.share:.0f} % of its {os.cpu_count()} cores while measuring."
        )


# --------------------------------------------------------------------------- HTTP


def request(method, url, *, body=None, headers=None, timeout=30, connection=None):
    """One request; returns (status, body bytes, headers dict with lower-case names)."""
    host_port, path = url.removeprefix("http://").split("/", 1)
    host, _sep, port = host_port.partition(":")
    own = connection is None
    connection = connection or http.client.HTTPConnection(host, int(port or 80), timeout=timeout)
    try:
        connection.request(method, "/" + path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, data, {key.lower(): value for key, value in response.getheaders()}
    finally:
        if own:
            connection.close()


class Browser:
    """A visitor: one keep-alive connection (reopened when the server closes it) and a cookie jar."""

    def __init__(self, base, timeout=30):
        host, _sep, port = base.removeprefix("http://").partition(":")
        self.connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
        self.cookies = {}

    def _send(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        for attempt in range(2):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # A keep-alive connection the server had already closed: once more on a new one.
                self.connection.close()
                if attempt:
                    raise
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _sep, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        if response.will_close:
            self.connection.close()
        return response.status, data, {key.lower(): value for key, value in response.getheaders()}

    def get(self, path):
        started = time.perf_counter()
        status, data, headers = self._send("GET", path)
        return status, data, headers, (time.perf_counter() - started) * 1000

    def post(self, path, fields):
        body = urlencode(fields).encode()
        started = time.perf_counter()
        status, data, headers = self._send(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded", "Content-Length": str(len(body))}
        )
        return status, data, headers, (time.perf_counter() - started) * 1000

    def close(self):
        self.connection.close()


HIDDEN_INPUT = re.compile(rb"<input[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(rb'([a-z_-]+)="([^"]*)"', re.IGNORECASE)


def hidden_fields(html):
    """name -> value of every hidden input of a page (the comment form's tokens)."""
    fields = {}
    for tag in HIDDEN_INPUT.findall(html):
        attributes = {key.lower(): value for key, value in ATTRIBUTE.findall(tag)}
        if attributes.get(b"type", b"").lower() == b"hidden" and b"name" in attributes:
            fields[attributes[b"name"].decode()] = attributes.get(b"value", b"").decode()
    return fields


# --------------------------------------------------------------------------- wrk

WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "KP_BENCH {\\"requests\\": %d, \\"bytes\\": %d, \\"duration_us\\": %d, \\"connect\\": %d, \\"read\\": %d, "
    .. "\\"write\\": %d, \\"status\\": %d, \\"timeout\\": %d, \\"p50\\": %d, \\"p90\\": %d, \\"p95\\": %d, "
    .. "\\"p99\\": %d, \\"max\\": %d, \\"mean\\": %f}\\n",
    summary.requests, summary.bytes, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end
"""


def wrk(url, *, seconds=15, connections=50, threads=2, paths=None, timeout=10, headers=None):
    """Runs wrk and returns its numbers (latencies in ms). With ``paths`` the requests go
    round-robin through those paths (a Lua request function); ``headers`` go with every request."""
    executable = shutil.which("wrk")
    if executable is None:
        raise RuntimeError("wrk is not installed: apt-get install -y wrk")
    script = WRK_REPORT
    if paths:
        quoted = ", ".join(json.dumps(path) for path in paths)
        script += (
            f"local paths = {{{quoted}}}\n"
            "local index = 0\n"
            "request = function()\n"
            "  index = index % #paths + 1\n"
            '  return wrk.format("GET", paths[index])\n'
            "end\n"
        )
    with tempfile.NamedTemporaryFile("w", prefix="kp_bench_", suffix=".lua", delete=False) as handle:
        handle.write(script)
        script_path = handle.name
    try:
        result = subprocess.run(
            [
                executable,
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds}s",
                f"--timeout={timeout}s",
                "--latency",
                *(f"-H{name}: {value}" for name, value in (headers or {}).items()),
                "-s",
                script_path,
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(script_path)
    line = next(line for line in result.stdout.splitlines() if line.startswith("KP_BENCH "))
    data = json.loads(line.removeprefix("KP_BENCH "))
    seconds_measured = data["duration_us"] / 1e6
    return {
        "requests": data["requests"],
        "rps": data["requests"] / seconds_measured,
        "bytes_per_response": data["bytes"] / max(1, data["requests"]),
        "errors": data["connect"] + data["read"] + data["write"] + data["timeout"],
        "non_2xx": data["status"],
        **{key: data[key] / 1000 for key in ("p50", "p90", "p95", "p99", "max", "mean")},
        "output": result.stdout,
    }


def wrk_version():
    result = subprocess.run([shutil.which("wrk") or "wrk", "-v"], capture_output=True, text=True, check=False)
    match = re.search(r"wrk (\S+)", result.stdout + result.stderr)
    return f"wrk {match.group(1)}" if match else "wrk"


# --------------------------------------------------------------------------- numbers and tables


def percentile(values, share):
    """Nearest-rank percentile (share 0..100) of a list of numbers."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * share // 100))
    return ordered[int(rank) - 1]


def summary(values):
    return {
        "n": len(values),
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": max(values) if values else float("nan"),
        "mean": statistics.fmean(values) if values else float("nan"),
    }


def print_table(header, rows):
    """A Markdown table, columns padded (as bench/weight.py prints)."""
    rows = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(row[index]) for row in [header, *rows]) for index in range(len(header))]
    print("| " + " | ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for row in rows:
        print("| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) + " |")


def machine_line():
    """Cores, CPU, memory and the versions that matter, for the line above each table."""
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError):
        total = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {total / 1024 / 1024:.0f} GiB RAM"
    versions = [f"Python {platform.python_version()}"]
    with contextlib.suppress(Exception):
        import gunicorn

        import django

        import wagtail

        versions += [
            f"Django {django.get_version()}",
            f"Wagtail {wagtail.__version__}",
            f"gunicorn {gunicorn.__version__}",
        ]
    with contextlib.suppress(Exception):
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            versions.append(f"PostgreSQL {cursor.fetchone()[0].split()[0]}")
    with contextlib.suppress(Exception):
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        versions.append(f"Redis {client.info('server')['redis_version']}")
        client.close()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"Machine: {os.cpu_count()} cores ({cpu or platform.machine()}){memory}, {platform.platform()}; "
        f"{'; '.join(versions)}; load average at the end {load}; {time.strftime('%Y-%m-%d %H:%M %Z')}"
    )


# --------------------------------------------------------------------------- content


SENTENCES = [
    "Ich finde den Ansatz grundsätzlich richtig, aber die Umsetzung in den Ämtern muss besser abgestimmt werden.",
    "In unserer Gemeinde fehlen seit Monaten Plätze in den Integrationskursen, vor allem am Nachmittag.",
    "Die Ehrenamtlichen brauchen feste Ansprechpartner beim Kreis und nicht jedes Jahr eine neue Zuständigkeit.",
    "Warum wird der Busverkehr auf dem Land nicht erwähnt? Ohne Mobilität erreicht niemand die Kurse in Schleswig.",
    "Als Lotsin erlebe ich, dass Termine bei der Ausländerbehörde oft Wochen dauern.",
    "Danke für die Zusammenfassung, das Kapitel ist gut verständlich geschrieben.",
    "Die Kinderbetreuung während der Sprachkurse sollte ausdrücklich als Maßnahme aufgenommen werden.",
    "Wir haben im Sportverein gute Erfahrungen mit gemeinsamen Trainingszeiten gemacht.",
    "Bitte auch an die älteren Zugewanderten denken, die nicht mehr arbeiten und trotzdem Anschluss suchen.",
    "Mir fehlt ein Indikator, der misst, wie viele Menschen nach dem Kurs tatsächlich Arbeit finden.",
    "Dolmetscher für Arztbesuche sind in Kappeln kaum zu bekommen, das sollte der Pool ändern.",
    "Die Wohnungssuche ist das größte Problem, viele Vermieter sagen sofort ab.",
    "Gute Idee, aber wer bezahlt das, wenn die Landesmittel auslaufen?",
    "Ich würde mir mehr Begegnungsorte wünschen, zum Beispiel ein Sprachcafé in der Bücherei.",
    "Die Schulen sind mit den Willkommensklassen allein gelassen worden.",
    "Das Jobcenter und die Migrationsberatung sollten ihre Sprechzeiten abstimmen.",
    "Frauen mit kleinen Kindern werden von den bisherigen Angeboten kaum erreicht.",
    "Bitte die Informationen auch in leichter Sprache und auf Arabisch und Dari anbieten.",
    "Unsere Kirchengemeinde stellt gern Räume zur Verfügung, wenn jemand die Kurse organisiert.",
    "Wie wird eigentlich sichergestellt, dass die Ergebnisse dieser Beteiligung berücksichtigt werden?",
]
FIRST_NAMES = ["Anna", "Jens", "Fatima", "Ole", "Merle", "Ahmad", "Birte", "Sören", "Leyla", "Kai", "Hanna", "Yusuf"]
LAST_NAMES = ["Hansen", "Petersen", "Jensen", "Nielsen", "Rahimi", "Schmidt", "Carstensen", "Yilmaz", "Thomsen"]


def comment_text(rng, low=100, high=600):
    target = rng.randint(low, high)
    parts, length = [], 0
    while length < target:
        sentence = rng.choice(SENTENCES)
        if parts and length + len(sentence) + 1 > high:
            break
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)


def open_chapters():
    """The chapters of the demo's concept whose window is open today (the Fortschreibung)."""
    from django.utils import timezone

    from concept.models import ChapterPage, ConceptPage

    now = timezone.now()
    concept = ConceptPage.objects.live().filter(opens_at__lte=now, closes_at__gt=now).first()
    assert concept is not None, "the demo has no concept with an open window"
    return list(ChapterPage.objects.live().child_of(concept).order_by("path").specific())


def add_comments(chapter, size, rng, reply_share=0.4, max_level=3):
    """``size`` confirmed, public comments on ``chapter`` as threads (about ``reply_share``
    replies, to level ``max_level``), saved one by one through XtdComment.save with
    ``parent_id`` set first, so comments-xtd computes thread_id/order/level as in production
    (as bench/comments.py builds them)."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone

    from concept.comments.models import ChapterComment
    from concept.comments.services import participant_key

    chapter_type = ContentType.objects.get_for_model(chapter)
    start = timezone.now() - timedelta(days=20)
    levels = {}  # pk -> level
    open_parents = []
    with transaction.atomic():
        for index in range(size):
            email = f"bench{index}@example.net"
            parent = None
            if open_parents and rng.random() < reply_share:
                parent = rng.choice(open_parents[-200:])  # recent threads draw the replies
            submitted = start + timedelta(minutes=index)
            comment = ChapterComment(
                content_type=chapter_type,
                object_pk=str(chapter.pk),
                site_id=settings.SITE_ID,
                user_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)[0]}.",
                user_email=email,
                comment=comment_text(rng),
                submit_date=submitted,
                is_public=True,
                is_removed=False,
                confirmed_at=submitted + timedelta(minutes=5),
                revision_id=chapter.live_revision_id,
                language="de",
                participant_key=participant_key(email),
            )
            if parent is not None:
                comment.parent_id = parent
            comment.save()
            levels[comment.pk] = levels[parent] + 1 if parent is not None else 0
            if levels[comment.pk] < max_level:
                open_parents.append(comment.pk)
    return levels
