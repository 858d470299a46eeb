"""gunicorn with the production settings, started and stopped by process id on ports 18200-18299,
and what the benchmarks read of processes: CPU ticks, resident memory, the load of other processes.
"""

import contextlib
import os
import random
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from bench.http_tools import request
from bench.throwaway import HOST

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORTS = range(18200, 18300)


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


def _waited_children_seconds():
    """CPU seconds of this process's children that have ended and been waited for (wrk)."""
    times = os.times()
    return times.children_user + times.children_system


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


class CpuByRole:
    """Where the machine's CPU went while a row measured, by role: the web workers (gunicorn), the
    mail worker, the load generators (wrk, and this script's own threads: the writers' client),
    PostgreSQL's backends of the benchmark's database, Redis, and everything else. ``cores``: each
    role's CPU time divided by the measured time (1.0 = one core busy throughout)."""

    ROLES = ("web (gunicorn)", "mail worker", "wrk", "writers' client (this script)", "PostgreSQL", "Redis", "other")

    def __init__(self, database_name=""):
        self.database_name = database_name
        self.cores = {}

    def _role(self, pid, command):
        if pid == os.getpid():
            return "writers' client (this script)"
        if "gunicorn" in command:
            return "web (gunicorn)"
        if "db_worker" in command:
            return "mail worker"
        if command.startswith("wrk"):
            return "wrk"
        if self.database_name and self.database_name in command:
            return "PostgreSQL"
        if command.startswith("redis-server"):
            return "Redis"
        return "other"

    def __enter__(self):
        self.before = _process_table()
        self.children_before = _waited_children_seconds()
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc):
        after = _process_table()
        elapsed = time.monotonic() - self.started
        ticks = dict.fromkeys(self.ROLES, 0)
        for pid, (_parent, now, command) in after.items():
            ticks[self._role(pid, command)] += max(0, now - self.before.get(pid, (0, 0, ""))[1])
        per_second = os.sysconf("SC_CLK_TCK") * elapsed
        self.cores = {role: count / per_second for role, count in ticks.items()}
        # wrk has ended by now: its time is in this process's count of the children it waited for.
        self.cores["wrk"] += (_waited_children_seconds() - self.children_before) / elapsed


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
