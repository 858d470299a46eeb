"""The launch day: anonymous readers on three chapters while comments are posted and confirmed on
those same chapters at a steady 1, 5 and 10 a second, beside a static file of the same size.

Run from the project root (needs PostgreSQL and Redis on 127.0.0.1, and ``apt-get install wrk``):

    .venv/bin/python bench/launch.py            # full run, about 3 minutes with the setup
    .venv/bin/python bench/launch.py --quick    # smoke run, 4 s per row

In a throwaway database ``kp_bench_launch_<pid>`` (dropped at the end): migrate, the demo,
collectstatic; 500, 200 and 100 confirmed public comments on the first three chapters of the open
concept (the chapters a press release would link). gunicorn with the production settings (Redis
cache, connection pool, one worker per core) and beside it one mail worker as in the Makefile,
sending the confirmation mails into a folder (as bench/write.py; rate limits raised: every client
here is 127.0.0.1). The first chapter's HTML, fetched once, is written as a static file under
STATIC_ROOT with its precompressed copy (as collectstatic makes it), so whitenoise serves the same
bytes compressed.

Rows, each ``--seconds`` of ``wrk -t2 -c50 --latency`` after a warm-up, sending ``Accept-Encoding:
gzip, br`` as browsers do:

1. the static file (whitenoise), nothing else happening: the baseline;
2. readers on the three chapters round-robin, no comments arriving;
3. to 5. the same readers while comments arrive on the three chapters at 1, 5 and 10 a second:
   an open loop (bench/write.py's: each arrival a new visitor in a thread and connection of its
   own, started at its time, who GETs the form, POSTs, waits for the mail, GETs the confirmation
   page and POSTs its button). Every confirmed comment outdates its chapter's cached page, so
   readers get a rendered page now and then (the "miss" column; those asking while it renders get
   the copy it replaces: "stale", or with PAGE_CACHE_STALE_WHILE_RENDERING off wait for it: "wait"),
   the rest from the page cache.

Reported: the readers' req/s, p50 and p99 beside the static file's, how their answers came (page
cache hit / miss / stale / wait, counted in the server's access log; misses per confirmed comment: renders
per comment), and the writers' p50/p95 (POST, and all four requests), arrivals and lost comments.
Each row checks its premise and the script stops when it does not hold: readers' answers all 200 and
of the chapters; with comments arriving, at least one miss (the pages really went stale); without,
none; every arrival confirmed (else it is counted as lost and the row says so).

Targets (informational, never a test): readers >= 50 % of the static file's req/s with p99 <= 3x
the static file's p99 at 5 comments a second.
"""

import contextlib
import gzip
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import cli, comment_data, http_tools, servers, throwaway, write
from bench.read import BROWSER_HEADERS, raw_get

SEED = 2027
SIZES = (500, 200, 100)


def build(comments):
    """Comments on the first three chapters of the open concept; [(chapter id, url, paragraph ids)]."""
    from django.db import connections

    from concept.comments.threads import paragraph_labels

    chapters = []
    rng = random.Random(SEED)
    for chapter, size in zip(comment_data.open_chapters()[:3], comments, strict=True):
        comment_data.add_comments(chapter, size, rng)
        chapters.append((chapter.pk, urlsplit(chapter.url).path, list(paragraph_labels(chapter))))
    write.index_client_lookups()
    connections.close_all()
    return chapters


def tally(server, paths):
    """Readers' answers by page-cache state, from the access log: {"hit", "miss", "stale", "wait",
    "none"}; a "stale" is a reader served the copy another reader was replacing, a "wait" one who
    waited for that render and got its copy (single flight)."""
    counts = {"hit": 0, "miss": 0, "stale": 0, "wait": 0, "none": 0, "other": 0, "non_200": 0}
    for line in Path(server.access_log).read_text().splitlines():
        parts = line.split()
        if len(parts) != 5:
            continue
        method, path, status, _micros, cache = parts
        if method != "GET" or path not in paths:
            continue
        counts[cache if cache in ("hit", "miss", "stale", "wait") else "none"] += 1
        if status != "200":
            counts["non_200"] += 1
    return counts


def readers(server, paths, args, other, label):
    wrk_args = {"connections": args.connections, "threads": args.threads, "headers": BROWSER_HEADERS}
    http_tools.wrk(server.base + paths[0], seconds=args.warmup, paths=paths, **wrk_args)
    server.truncate_access_log()
    with other, servers.CpuByRole(other.database_name) as cpu:
        result = http_tools.wrk(server.base + paths[0], seconds=args.seconds, paths=paths, **wrk_args)
    result["label"] = label
    result["cpu"] = cpu.cores
    result["page_cache"] = tally(server, set(paths))
    return result


def with_writers(server, mailbox, chapters, paths, args, other, rate, run_id):
    """The readers' wrk row while an open loop of ``rate`` comments a second runs beside it (its
    arrivals over the same seconds as wrk; the run ends when the last visit has ended)."""
    writer_chapters = [(pk, paragraphs) for pk, _url, paragraphs in chapters]
    outcome = {}

    def writers():
        # Arrivals start with wrk's measuring (after its warm-up) and stop with it.
        time.sleep(args.warmup)
        outcome["phase"] = write.open_loop(
            server,
            mailbox,
            writer_chapters,
            0.3,
            contextlib.nullcontext(),
            f"{run_id}l{rate:g}",
            rate,
            args.seconds,
            truncate=False,
        )

    thread = threading.Thread(target=writers)
    thread.start()
    result = readers(server, paths, args, other, f"readers, {rate:g} comments/s")
    thread.join()
    result["writers"] = outcome["phase"]
    return result


def check(result, expect_misses):
    tally_ = result["page_cache"]
    problems = []
    if result["non_2xx"] or result["errors"] or tally_["non_200"]:
        problems.append(f"{result['non_2xx']} non-2xx, {result['errors']} socket errors")
    if expect_misses is True and not tally_["miss"]:
        problems.append("comments arrived, yet no reader got a freshly rendered page")
    if expect_misses is False and (tally_["miss"] > len(SIZES) * 11 or tally_["none"]):
        # A cold start renders each chapter once per language prefix at most; then only hits.
        problems.append(f"{tally_['miss']} misses and {tally_['none']} uncached answers without any comment")
    if problems:
        raise cli.PremiseError(f"'{result['label']}': " + "; ".join(problems))


def run(args):
    database = throwaway.BenchDatabase("launch")
    prefix = database.name
    mail_folder = tempfile.mkdtemp(prefix="kp_bench_mail_")
    env = throwaway.server_env(
        database.url,
        prefix,
        COMMENTS_RATE_PER_CLIENT=10**7,
        COMMENTS_RATE_PER_EMAIL=10**7,
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=mail_folder,
    )
    static_name = f"launch-{os.getpid()}.html"
    run_id = os.getpid()
    other = servers.OtherLoad(database.name)
    results = []
    try:
        with database:
            throwaway.prepare_site(env)
            throwaway.django_setup(env)
            started = time.perf_counter()
            chapters = build(SIZES)
            print(f"{sum(SIZES)} comments on three chapters in {time.perf_counter() - started:.1f} s", flush=True)
            paths = [url for _pk, url, _paragraphs in chapters]
            throwaway.clear_cache(prefix)
            with servers.Server(env, workers=args.workers) as server:
                status, _wire, html, headers = raw_get(server.port, paths[0])
                assert status == 200, status
                if headers.get("content-encoding") == "gzip":
                    html = gzip.decompress(html)
            static_url = throwaway.write_static_file(static_name, html, compress=True)
            throwaway.clear_cache(prefix)
            with (
                write.MailWorker(env),
                write.Mailbox(mail_folder) as mailbox,
                servers.Server(env, workers=args.workers, access_log=True) as server,
            ):
                settings_line = server.describe()
                wrk_args = {"connections": args.connections, "threads": args.threads, "headers": BROWSER_HEADERS}
                http_tools.wrk(server.base + static_url, seconds=args.warmup, **wrk_args)
                with other, servers.CpuByRole(database.name) as cpu:
                    static = http_tools.wrk(server.base + static_url, seconds=args.seconds, **wrk_args)
                static["label"] = "static file (whitenoise), alone"
                static["cpu"] = cpu.cores
                results.append(static)
                print(f"  static file: {static['rps']:,.0f} req/s, p99 {static['p99']:.1f} ms", flush=True)
                quiet = readers(server, paths, args, other, "readers, no comments")
                check(quiet, expect_misses=False)
                results.append(quiet)
                print(f"  readers alone: {quiet['rps']:,.0f} req/s, p99 {quiet['p99']:.1f} ms", flush=True)
                for rate in args.rates:
                    result = with_writers(server, mailbox, chapters, paths, args, other, rate, run_id)
                    check(result, expect_misses=True)
                    results.append(result)
                    writers_run = result["writers"][0]
                    print(
                        f"  readers at {rate:g} comments/s: {result['rps']:,.0f} req/s, p99 {result['p99']:.1f} ms; "
                        f"{writers_run.confirmed} of {len(writers_run.late_ms)} comments confirmed",
                        flush=True,
                    )
            accepted = sum(result["writers"][0].posted for result in results if "writers" in result)
            findings, stored, _levels, total_rows, threads_count = write.verify(
                [pk for pk, _url, _paragraphs in chapters], run_id, accepted
            )
            machine = cli.machine_line()
    finally:
        throwaway.remove_static_file(static_name)
        throwaway.clear_cache(prefix)
        shutil.rmtree(mail_folder, ignore_errors=True)
    lost = report(args, results, paths, settings_line, machine, other)
    print(
        f"Database check over {total_rows:,} comments in {threads_count:,} threads of the three chapters: "
        + (
            "; ".join(findings)
            if findings
            else f"{stored:,} stored by the writers, no duplicates, positions 1..n in every thread, replies in "
            "place, nested counts right, all confirmed and public."
        )
    )
    return 0 if not findings and not lost else 1


def report(args, results, paths, settings_line, machine, other):
    static = results[0]
    print()
    print(machine)
    print(other.sentence())
    print(
        "Settings: portal.settings.production, DJANGO_HTTPS=false, DEBUG off, Redis cache, DATABASE_POOL=true, "
        f"rate limits raised; {settings_line}; one mail worker; readers wrk -t{args.threads} -c{args.connections} "
        f"-d{args.seconds}s --latency after {args.warmup} s warm-up with Accept-Encoding: gzip, br "
        f"({http_tools.wrk_version()}); writers: an open loop of Python threads in this process; all on the "
        "same machine."
    )
    print(f"Chapters (round-robin): {', '.join(paths)} with {', '.join(map(str, SIZES))} comments at the start.")
    print()
    header = ["row", "req/s", "% of static", "p50 ms", "p99 ms", "p99 ÷ static", "hit/miss/stale/wait/none"]
    header += ["renders per comment"]
    header += ["comments in/confirmed/lost", "POST p50/p95 ms", "all writer requests p50/p95 ms", "start lag p95"]
    rows, lost_total = [], 0
    for result in results:
        tally_ = result.get("page_cache")
        cells = [
            result["label"],
            f"{result['rps']:,.0f}",
            f"{100 * result['rps'] / static['rps']:.0f} %",
            f"{result['p50']:.1f}",
            f"{result['p99']:.1f}",
            f"{result['p99'] / static['p99']:.2f}×",
            "/".join(f"{tally_[state]:,}" for state in ("hit", "miss", "stale", "wait", "none")) if tally_ else "",
        ]
        if "writers" in result and result["writers"][0].confirmed:
            cells.append(f"{tally_['miss'] / result['writers'][0].confirmed:.1f}")
        else:
            cells.append("")
        if "writers" in result:
            run_, _seconds, _server = result["writers"]
            arrivals = len(run_.late_ms)
            lost = arrivals - run_.confirmed
            lost_total += lost
            timings, _failed = write.kind_timings(run_)
            posts = timings.get("POST", [])
            every = [ms for values in timings.values() for ms in values]
            cells += [
                f"{arrivals}/{run_.confirmed}/{lost}",
                f"{cli.percentile(posts, 50):.0f}/{cli.percentile(posts, 95):.0f}",
                f"{cli.percentile(every, 50):.0f}/{cli.percentile(every, 95):.0f}",
                f"{cli.percentile(run_.late_ms, 95):.1f}",
            ]
        else:
            cells += ["", "", "", ""]
        rows.append(cells)
    cli.print_table(header, rows)
    print()
    print(
        "hit/miss/stale/wait/none: the readers' answers as the server logged them (X-Page-Cache): a miss is a "
        "page rendered because a confirmed comment had outdated it, a stale a reader served the copy that render "
        "replaces, a wait a reader who waited for it and got its copy (single flight); renders per comment: "
        "misses per confirmed comment (1 at best: every comment outdates one page the readers read). Writers: "
        "each comment a form GET, a POST, the mail (in no figure), the confirmation page's GET and its POST."
    )
    print()
    print(
        "Where the two cores went while each row measured (CPU time by role divided by the row's seconds: 1.00 = "
        "one core busy throughout; /proc of every process):"
    )
    print()
    roles = servers.CpuByRole.ROLES
    cli.print_table(
        ["row", *roles, "all"],
        [
            [result["label"], *(f"{result['cpu'][role]:.2f}" for role in roles), f"{sum(result['cpu'].values()):.2f}"]
            for result in results
        ],
    )
    at_five = next((result for result in results if result["label"] == "readers, 5 comments/s"), None)
    print()
    print("Targets (informational):")
    if at_five:
        share = at_five["rps"] / static["rps"]
        ratio = at_five["p99"] / static["p99"]
        print(
            f"  {'PASS' if share >= 0.5 else 'MISS'}  readers at 5 comments/s >= 50 % of static ({100 * share:.0f} %)"
        )
        print(f"  {'PASS' if ratio <= 3 else 'MISS'}  readers' p99 at 5 comments/s <= 3x static p99 ({ratio:.2f}x)")
    print(f"  {'PASS' if not lost_total else 'MISS'}  no comment lost ({lost_total})")
    return lost_total


def main(argv=None):
    parser = cli.parser(__doc__, "smoke run: 4 s per row, 1 s warm-up", seconds=4, warmup=1)
    parser.add_argument("--seconds", type=int, default=15, help="wrk duration per row")
    parser.add_argument("--warmup", type=int, default=3, help="wrk warm-up per row (seconds)")
    parser.add_argument("--connections", type=int, default=50, help="wrk connections")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--rates", type=write.rates, default=[1.0, 5.0, 10.0], help="comments a second, e.g. 1,5,10")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="gunicorn workers (default: cores)")
    args = cli.parse(parser, argv)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"Load average (1, 5, 15 min) at the start: {load} (the machine is shared)", flush=True)
    return cli.run(run, args)


if __name__ == "__main__":
    sys.exit(main())
