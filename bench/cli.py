"""What every benchmark script shares: its command line (``--help`` from the module docstring,
``--quick`` for a smoke run), its run (timed, stopped when a premise does not hold), and the
figures it prints (percentiles, Markdown tables, the machine line above each table).
"""

import argparse
import contextlib
import os
import platform
import statistics
import sys
import time
from pathlib import Path


class PremiseError(RuntimeError):
    """A row would not measure what its label says: the script stops rather than print it."""


def parser(doc, quick=None, **quick_values):
    """The script's parser, described by the first paragraph of its docstring. With ``quick`` (its
    help text), ``parse`` adds ``--quick``, a smoke run that sets the arguments in ``quick_values``."""
    result = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    result.quick = (quick, quick_values)
    return result


def parse(parser, argv=None):
    quick, quick_values = parser.quick
    if quick:
        parser.add_argument("--quick", action="store_true", help=quick)
    args = parser.parse_args(argv)
    if getattr(args, "quick", False):
        for name, value in quick_values.items():
            setattr(args, name, value)
    return args


def run(measure, args):
    """``measure(args)`` with its total time printed after it; a premise that does not hold stops
    the script with exit code 2 and no table."""
    started = time.perf_counter()
    try:
        code = measure(args)
    except PremiseError as error:
        print(f"\nSTOPPED: {error}", file=sys.stderr)
        return 2
    print(f"Total {time.perf_counter() - started:.0f} s")
    return code


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
    """A Markdown table, columns padded."""
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

        from bench.throwaway import REDIS_URL

        client = redis.Redis.from_url(REDIS_URL)
        versions.append(f"Redis {client.info('server')['redis_version']}")
        client.close()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"Machine: {os.cpu_count()} cores ({cpu or platform.machine()}){memory}, {platform.platform()}; "
        f"{'; '.join(versions)}; load average at the end {load}; {time.strftime('%Y-%m-%d %H:%M %Z')}"
    )
