"""Reading a busy chapter: anonymous GETs of a chapter with 500 comments, beside its HTML as a
static file, through the same gunicorn and whitenoise, with wrk at 50 connections.

Run from the project root (needs PostgreSQL and Redis on 127.0.0.1, and ``apt-get install wrk``):

    .venv/bin/python bench/read.py            # full run, about 2 minutes
    .venv/bin/python bench/read.py --quick    # smoke run, 3 s per row

What it does, in a throwaway database ``kp_bench_read_<pid>`` (dropped at the end):
migrate, the demo, collectstatic; 500 confirmed public comments (about 40 % replies, to level 3)
on the first chapter of the open concept; the chapter's HTML, fetched once, is written as a file
under STATIC_ROOT (``staticfiles/kp_bench/``, removed at the end), so whitenoise serves exactly the
same bytes. Then gunicorn with the production settings (Redis cache, connection pool) and one
worker per core serves

1. the static file (whitenoise, the cheapest thing the app server can answer),
2. the chapter with the page cache on (``PAGE_CACHE_SECONDS`` default, warmed first),
3. the chapter with the page cache off (``PAGE_CACHE_SECONDS=0``, a second gunicorn),

each with ``wrk -t2 -c50 -d15s --latency`` after a 3 s warm-up, sending ``Accept-Encoding: gzip, br``
as browsers do. The static file has its precompressed copies beside it, as collectstatic makes
them (gzip; Brotli only with the brotli package), so whitenoise sends it compressed; the app
sends its HTML uncompressed (compressing it is left to the reverse proxy, see docs/deployment.md), and
the table shows the encoding each row got. wrk runs on the same machine and takes CPU from the
server: the numbers compare the rows, they are not the capacity of a real host.

Each row checks its premise over every response (the server's access log records each response's
``X-Page-Cache`` header; counting them in wrk's Lua hook made the client read every body and
halved the cached row) and the script stops with an error when it does not hold: the warm row
must be all hits, the row with the page cache off and the static file must have none. The same
access log is written in every row.
Targets (informational, never a test): cached >= 60 % of the static file's requests per second,
and cached p99 <= 1.5 x the static file's p99.
"""

import gzip
import os
import random
import socket
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import cli, comment_data, http_tools, servers, throwaway

SEED = 2017
# What browsers send: a response may come compressed, and wrk counts the bytes as they come.
BROWSER_HEADERS = {"Accept-Encoding": "gzip, br"}


def raw_get(port, path):
    """Headers and body exactly as they come over the wire (what wrk counts per response)."""
    extra = "".join(f"{name}: {value}\r\n" for name, value in BROWSER_HEADERS.items())
    with socket.create_connection((throwaway.HOST, port), timeout=30) as connection:
        connection.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {throwaway.HOST}:{port}\r\n{extra}Connection: close\r\n\r\n".encode()
        )
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    raw = b"".join(chunks)
    head, _sep, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        name, _sep, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, len(raw), body, headers


def check_premise(result, expect):
    """Stops the run when a row measured something else than its label says. ``expect``: "hit"
    (every response from the page cache), "rendered" (none from it), "static" (whitenoise's
    precompressed file, which never passes the page cache)."""
    tally, encoding = result["page_cache"], result["encoding"]
    problems = []
    # Counted in the server's access log: it also holds the few requests still open when wrk stopped.
    if sum(tally.values()) < result["requests"]:
        problems.append(f"the server logged {sum(tally.values()):,} responses, wrk read {result['requests']:,}")
    if expect == "hit" and (tally["miss"] or tally["none"]):
        problems.append(f"{tally['miss']} misses and {tally['none']} uncached among {sum(tally.values()):,} responses")
    if expect in ("rendered", "static") and tally["hit"]:
        problems.append(f"{tally['hit']:,} page-cache hits among {result['requests']:,} responses")
    if expect == "static" and encoding == "identity":
        problems.append("whitenoise sent it uncompressed (no precompressed copy)")
    if problems:
        raise cli.PremiseError(f"'{result['label']}' does not measure what it says: " + "; ".join(problems))


def measure(server, path, args, label, other, expect):
    # Warm-up: fills the page cache, the workers' template and connection caches.
    wrk_args = {"connections": args.connections, "threads": args.threads, "headers": BROWSER_HEADERS}
    http_tools.wrk(server.base + path, seconds=args.warmup, **wrk_args)
    status, wire, body, headers = raw_get(server.port, path)
    assert status == 200, (label, status)
    server.truncate_access_log()
    with other:
        result = http_tools.wrk(server.base + path, seconds=args.seconds, **wrk_args)
    result["page_cache"] = server.page_cache_tally()
    encoding = headers.get("content-encoding", "identity")
    result.update(label=label, body=len(body), wire=wire, headers=headers, encoding=encoding)
    # wrk counts every byte read; each response must be the one probed (status, size, so encoding).
    result["size_ok"] = abs(result["bytes_per_response"] - wire) <= max(64, wire * 0.01)
    tally = result["page_cache"]
    print(
        f"  {label}: {result['rps']:.0f} req/s, p99 {result['p99']:.1f} ms, {result['bytes_per_response']:.0f} "
        f"bytes per response (probe {wire}, Content-Encoding: {encoding}), non-2xx {result['non_2xx']}, "
        f"socket errors {result['errors']}, X-Page-Cache: hit {tally['hit']:,}, miss {tally['miss']:,}, "
        f"none {tally['none']:,}",
        flush=True,
    )
    check_premise(result, expect)
    return result


def build(env, comments):
    throwaway.django_setup(env)
    from django.db import connections

    chapter = comment_data.open_chapters()[0]
    started = time.perf_counter()
    levels = comment_data.add_comments(chapter, comments, random.Random(SEED))
    replies = sum(1 for level in levels.values() if level)
    print(f"{comments} comments ({replies} replies) on {chapter.url} in {time.perf_counter() - started:.1f} s")
    url = chapter.url
    connections.close_all()
    return url, replies


def run(args):
    database = throwaway.BenchDatabase("read")
    prefix = database.name
    env = throwaway.server_env(database.url, prefix)
    static_name = f"chapter-{os.getpid()}.html"
    results = []
    other = servers.OtherLoad(database.name)
    try:
        with database:
            throwaway.prepare_site(env)
            chapter_url, replies = build(env, args.comments)
            throwaway.clear_cache(prefix)
            with servers.Server(env, workers=args.workers, access_log=True) as server:
                status, _wire, html, headers = raw_get(server.port, chapter_url)
                assert status == 200, status
                # The static file is the page's own bytes (since issue 16 the app compresses them).
                if headers.get("content-encoding") == "gzip":
                    html = gzip.decompress(html)
                assert headers.get("content-encoding") in (None, "gzip"), headers
                shown = html.count(b'<li class="comment')
            static_url = throwaway.write_static_file(static_name, html, compress=True)
            throwaway.clear_cache(prefix)
            # Each row on a server of its own: after 15 s of the small compressed static file, the same
            # server answered the cached chapter at half the rate it has fresh (old code alike).
            with servers.Server(env, workers=args.workers, access_log=True) as server:
                settings_line = server.describe()
                results.append(measure(server, static_url, args, "static file (whitenoise)", other, "static"))
            throwaway.clear_cache(prefix)
            with servers.Server(env, workers=args.workers, access_log=True) as server:
                results.append(measure(server, chapter_url, args, "chapter, page cache warm", other, "hit"))
            throwaway.clear_cache(prefix)
            uncached = env.copy() | {"PAGE_CACHE_SECONDS": "0"}
            with servers.Server(uncached, workers=args.workers, access_log=True) as server:
                results.append(measure(server, chapter_url, args, "chapter, page cache off", other, "rendered"))
            machine = cli.machine_line()
    finally:
        throwaway.remove_static_file(static_name)
        throwaway.clear_cache(prefix)
    report(args, results, f"{machine}\n{other.sentence()}", settings_line, chapter_url, replies, shown)
    return 0 if all(row["non_2xx"] == 0 and row["errors"] == 0 and row["size_ok"] for row in results) else 1


def report(args, results, machine, settings_line, chapter_url, replies, shown):
    static = results[0]
    print()
    print(machine)
    print(
        f"Settings: portal.settings.production, DJANGO_HTTPS=false, DEBUG off, Redis cache, DATABASE_POOL=true; "
        f"{settings_line}; wrk -t{args.threads} -c{args.connections} -d{args.seconds}s --latency "
        f"after {args.warmup} s warm-up, on the same machine ({http_tools.wrk_version()})."
    )
    print(
        f"Chapter {chapter_url}: {args.comments} comments ({replies} replies), {shown} of them on the first page "
        f"(25 threads); the static file is its HTML, byte for byte (sent compressed where the encoding says so)."
    )
    print()
    header = [
        "row",
        "req/s",
        "p50 ms",
        "p99 ms",
        "size KB",
        "encoding",
        "bytes/response",
        "X-Page-Cache hit/miss/none",
        "% of static req/s",
        "p99 ÷ static p99",
    ]
    rows = []
    for row in results:
        tally = row["page_cache"]
        rows.append(
            [
                row["label"],
                f"{row['rps']:,.0f}",
                f"{row['p50']:.1f}",
                f"{row['p99']:.1f}",
                f"{row['body'] / 1024:.1f}",
                row["encoding"],
                f"{row['bytes_per_response']:,.0f}",
                f"{tally['hit']:,}/{tally['miss']:,}/{tally['none']:,}",
                f"{100 * row['rps'] / static['rps']:.0f} %",
                f"{row['p99'] / static['p99']:.2f}×",
            ]
        )
    cli.print_table(header, rows)
    print()
    for row in results:
        problems = []
        if row["non_2xx"] or row["errors"]:
            problems.append(f"{row['non_2xx']} non-2xx, {row['errors']} socket errors")
        if not row["size_ok"]:
            problems.append(f"{row['bytes_per_response']:.0f} bytes per response, expected {row['wire']}")
        print(f"{row['label']}: {row['requests']:,} requests, " + ("; ".join(problems) or "all 200, all full size"))
    print(
        "size KB: the body as sent (compressed where the encoding says so). Since issue 16 the app sends HTML "
        "gzip-compressed, the page cache holding the compressed copy."
    )
    cached = results[1]
    share = cached["rps"] / static["rps"]
    ratio = cached["p99"] / static["p99"]
    print()
    print("Targets (informational):")
    print(f"  {'PASS' if share >= 0.6 else 'MISS'}  cached chapter >= 60 % of static req/s ({100 * share:.0f} %)")
    print(f"  {'PASS' if ratio <= 1.5 else 'MISS'}  cached chapter p99 <= 1.5 x static p99 ({ratio:.2f}x)")


def main(argv=None):
    parser = cli.parser(__doc__, "smoke run: 3 s per row, 1 s warm-up", seconds=3, warmup=1)
    parser.add_argument("--seconds", type=int, default=15, help="wrk duration per row")
    parser.add_argument("--warmup", type=int, default=3, help="wrk warm-up per row (seconds)")
    parser.add_argument("--connections", type=int, default=50, help="wrk connections")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--comments", type=int, default=500, help="comments on the chapter")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="gunicorn workers (default: cores)")
    args = cli.parse(parser, argv)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"Load average (1, 5, 15 min) at the start: {load} (the machine is shared)", flush=True)
    return cli.run(run, args)


if __name__ == "__main__":
    sys.exit(main())
