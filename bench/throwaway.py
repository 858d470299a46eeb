"""The benchmarks' throwaway site: a PostgreSQL database of its own (``kp_bench_*``) with the
demo, the environment gunicorn and manage.py run in, the cache and static files of a run.

Touches no other database than the one it created, no other Redis database than 7 and no other
cache keys than its own prefix.
"""

import contextlib
import os
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
HOST = "127.0.0.1"  # where the benchmark servers listen (and the only allowed host)
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/7"
STATIC_BENCH_DIR = "kp_bench"  # under STATIC_ROOT, removed again by the script that wrote it


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
