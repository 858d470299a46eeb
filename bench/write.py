"""Writing: 20 concurrent visitors post 1,000 comments and replies over real HTTP and confirm
each through its link, on PostgreSQL; then the database is checked.

Run from the project root (needs PostgreSQL and Redis on 127.0.0.1):

    .venv/bin/python bench/write.py            # full run: 1,000 comments, 20 clients, about 2 minutes
    .venv/bin/python bench/write.py --quick    # smoke run: 100 comments, 10 clients

In a throwaway database ``kp_bench_write_<pid>`` (dropped at the end) with the demo, gunicorn
with the production settings and one worker per core; the rate limits are raised for the run
(``COMMENTS_RATE_PER_CLIENT``, ``COMMENTS_RATE_PER_EMAIL``: every client here is 127.0.0.1).
Each client has its own connection and cookie jar and, per comment, does what a visitor does:

1. GET the form page (``/de/beteiligung/kapitel/<id>/kommentieren/``, ``?antwort=<id>`` for a
   reply, ``?absatz=<block id>`` for some paragraph comments) and read the CSRF cookie, the form's
   signed timestamp and security hash from it;
2. POST name, e-mail (one address per comment), text, consent, the empty honeypot and the hidden
   fields; the answer must be 200 with "bitte bestätigen";
3. read the confirmation link from the queued mail (the ``django_tasks_db`` table: no mail worker
   runs, so the mail stays in the queue, as when the worker is busy) and GET it: 200, "bestätigt".

About 30 % are replies to a comment confirmed earlier in the run (any level below 3), spread over
the open concept's chapters, so replies to one thread arrive concurrently. Before the 20 clients
start, one client alone posts 50 (``--solo``): the time of a POST with nobody in front of it. Latency is measured in
the client from sending the request to the last byte; "server ms" is the time inside the worker
from gunicorn's access log (without the wait in the listen queue). The baseline, in the same run
against the same server and with the same 20 clients: as many GETs of ``/robots.txt`` (a template,
no database) and of ``/healthz`` (one query to the database and one to Redis).

Then the same clients post ``--paced`` more (default 300), started at ``--pace`` a second between
them (default 10, 36,000 an hour, a third of what saturates two cores): the time of a POST at a
steady, high but not saturating rate.

Checked afterwards in the database: exactly as many comments stored as were accepted, no
duplicates, every thread's positions 1..n without a gap or a repeat (thread_id, order unique),
each reply directly below its parent in display order, nested counts right, all confirmed and public.
Target (informational): POST p95 < 150 ms.
"""

import argparse
import os
import queue
import random
import re
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import serve  # noqa: E402

SEED = 2017
CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/\S*/bestaetigen/[^/\s]+/)")
MAIL_QUERY = (
    "SELECT args_kwargs->'args'->>1 FROM django_tasks_database_dbtaskresult "
    "WHERE args_kwargs->'args'->>2 = %s AND args_kwargs->'args'->>1 LIKE %s"
)


class Run:
    """What the clients share: the jobs, the comments that may be replied to, the results."""

    def __init__(self, total, reply_share, paragraph_share, chapters, seed, pace=None):
        self.pace = pace  # comments per second all clients together start, or None: as fast as they can
        self.started = time.perf_counter()
        self.jobs = queue.Queue()
        rng = random.Random(seed)
        for index in range(total):
            self.jobs.put((index, rng.random() < reply_share, rng.random() < paragraph_share, rng.random()))
        self.chapters = chapters  # [(chapter id, [paragraph block ids])]
        self.parents = []  # (chapter id, comment id) of confirmed comments below level 3
        self.lock = threading.Lock()
        self.timings = []  # (kind, ms, ok)
        self.errors = Counter()
        self.posted = 0
        self.replies = 0
        self.client_share = 0.0

    def record(self, kind, ms, ok, detail=""):
        with self.lock:
            self.timings.append((kind, ms, ok))
            if not ok:
                self.errors[f"{kind}: {detail}"] += 1


def mail_body(email):
    """The confirmation mail's text from the queue; it is committed before the POST answers."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(MAIL_QUERY, [email, "%/bestaetigen/%"])
        row = cursor.fetchone()
    return row[0] if row else None


def index_client_lookups():
    """Indexes in this throwaway database for the clients' own lookups (the queued mail by address,
    the confirmed comment by address): without them each scanned every row, a growing load on the
    server's cores (7 s of the run's 68 core-seconds) that real visitors, who read their mail
    elsewhere, do not cause."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("CREATE INDEX kp_bench_mail ON django_tasks_database_dbtaskresult ((args_kwargs->'args'->>2))")
        cursor.execute("CREATE INDEX kp_bench_email ON django_comments (user_email)")


def post_one(run, browser, run_id, job, rng):
    from concept.comments.models import ChapterComment

    index, wants_reply, wants_paragraph, pick = job
    parent = None
    with run.lock:
        if wants_reply and run.parents:
            parent = run.parents[int(pick * len(run.parents))]
    if parent:
        chapter_id, parent_id = parent
        query = f"?antwort={parent_id}"
    else:
        chapter_id, paragraphs = run.chapters[int(pick * len(run.chapters))]
        query = f"?absatz={rng.choice(paragraphs)}" if wants_paragraph and paragraphs else ""
    form_path = f"/de/beteiligung/kapitel/{chapter_id}/kommentieren/"

    status, html, _headers, ms = browser.get(form_path + query)
    fields = serve.hidden_fields(html)
    ok = status == 200 and {"csrfmiddlewaretoken", "timestamp", "security_hash"} <= fields.keys()
    run.record("GET form page", ms, ok, f"HTTP {status}")
    if not ok:
        return
    if parent and fields.get("reply_to") != str(parent[1]):
        run.record("GET form page", 0, False, "reply_to missing in the form")
        return

    email = f"kp-bench-{run_id}-{index}@example.org"
    fields.update(
        name=f"{rng.choice(serve.FIRST_NAMES)} {rng.choice(serve.LAST_NAMES)[0]}.",
        email=email,
        comment=f"{serve.comment_text(rng, 80, 500)} (Beitrag {index})",
        consent="on",
        honeypot="",
    )
    if rng.random() < 0.3:
        fields["followup"] = "on"
    kind = "POST reply" if parent else "POST comment"
    status, html, _headers, ms = browser.post(form_path, fields)
    ok = status == 200 and "bitte bestätigen".encode() in html
    run.record(kind, ms, ok, f"HTTP {status}")
    if not ok:
        return
    with run.lock:
        run.posted += 1
        run.replies += bool(parent)

    body = mail_body(email)
    match = CONFIRM_LINK.search(body or "")
    if not match:
        run.record("GET confirmation link", 0, False, "no confirmation mail queued")
        return
    status, html, _headers, ms = browser.get(match.group(1))
    ok = status == 200 and "Kommentar bestätigt".encode() in html
    run.record("GET confirmation link", ms, ok, f"HTTP {status}")
    if not ok:
        return
    comment = ChapterComment.objects.filter(user_email=email).values("pk", "level").first()
    if comment and comment["level"] < 3:
        with run.lock:
            run.parents.append((chapter_id, comment["pk"]))


def client(run, base, run_id, seed):
    from django.db import connection

    rng = random.Random(seed)
    browser = serve.Browser(base)
    try:
        while True:
            try:
                job = run.jobs.get_nowait()
            except queue.Empty:
                return
            if run.pace:  # comment number i starts i / pace seconds after the run began
                time.sleep(max(0.0, run.started + job[0] / run.pace - time.perf_counter()))
            try:
                post_one(run, browser, run_id, job, rng)
            except Exception as error:  # noqa: BLE001 - counted and reported, the run goes on
                run.record("client", 0, False, repr(error)[:120])
                browser.close()
    finally:
        browser.close()
        connection.close()


def baseline(base, path, total, clients):
    """``total`` GETs of ``path`` by ``clients`` concurrent clients; returns (timings, errors)."""
    jobs = queue.Queue()
    for _ in range(total):
        jobs.put(None)
    timings, errors, lock = [], Counter(), threading.Lock()

    def work():
        browser = serve.Browser(base)
        try:
            while True:
                try:
                    jobs.get_nowait()
                except queue.Empty:
                    return
                status, _html, _headers, ms = browser.get(path)
                with lock:
                    timings.append(ms)
                    if status != 200:
                        errors[f"HTTP {status}"] += 1
        finally:
            browser.close()

    threads = [threading.Thread(target=work) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings, errors, time.perf_counter() - started


def verify(chapter_ids, run_id, accepted):
    """Checks the stored comments; returns a list of findings (empty when all is right)."""
    from django.db.models import Count

    from concept.comments.models import ChapterComment

    findings = []
    ours = ChapterComment.objects.filter(user_email__startswith=f"kp-bench-{run_id}")
    stored = ours.count()
    if stored != accepted:
        findings.append(f"{stored} comments stored, {accepted} accepted")
    duplicates = ours.values("user_email", "comment").annotate(n=Count("pk")).filter(n__gt=1).count()
    if duplicates:
        findings.append(f"{duplicates} duplicated comments")
    unconfirmed = ours.filter(confirmed_at__isnull=True).count()
    hidden = ours.filter(is_public=False).count()
    if unconfirmed or hidden:
        findings.append(f"{unconfirmed} unconfirmed, {hidden} not public")
    rows = list(
        ChapterComment.objects.filter(object_pk__in=[str(pk) for pk in chapter_ids])
        .order_by("thread_id", "order")
        .values("id", "thread_id", "parent_id", "level", "order", "nested_count")
    )
    clashes = Counter((row["thread_id"], row["order"]) for row in rows)
    same_position = sum(1 for count in clashes.values() if count > 1)
    if same_position:
        findings.append(f"{same_position} positions (thread_id, order) taken by two comments")
    threads, stack, descendants = {}, [], Counter()
    out_of_place = 0
    for row in rows:
        threads.setdefault(row["thread_id"], []).append(row["order"])
        while stack and (stack[-1]["level"] >= row["level"] or stack[-1]["thread_id"] != row["thread_id"]):
            stack.pop()
        if row["level"] > 0:
            # Display order is a depth-first walk: the parent is the nearest shallower row above.
            if not stack or stack[-1]["id"] != row["parent_id"]:
                out_of_place += 1
            for ancestor in stack:
                descendants[ancestor["id"]] += 1
        stack.append(row)
    gaps = sum(1 for orders in threads.values() if orders != list(range(1, len(orders) + 1)))
    if gaps:
        findings.append(f"{gaps} threads whose positions are not 1..n")
    if out_of_place:
        findings.append(f"{out_of_place} replies not directly below their parent's subtree")
    wrong_counts = sum(1 for row in rows if row["nested_count"] != descendants[row["id"]])
    if wrong_counts:
        findings.append(f"{wrong_counts} comments with a wrong nested_count")
    levels = Counter(ours.values_list("level", flat=True))
    return findings, stored, levels, len(rows), len(threads)


def run_benchmark(args):
    database = serve.BenchDatabase("write")
    prefix = database.name
    env = serve.server_env(database.url, prefix, COMMENTS_RATE_PER_CLIENT=10**7, COMMENTS_RATE_PER_EMAIL=10**7)
    run_id = os.getpid()
    other = serve.OtherLoad(database.name)
    try:
        with database:
            serve.prepare_site(env)
            serve.django_setup(env)
            from django.db import connections

            from concept.comments.threads import paragraph_labels

            chapters = [(chapter.pk, list(paragraph_labels(chapter))) for chapter in serve.open_chapters()]
            index_client_lookups()
            connections.close_all()
            serve.clear_cache(prefix)
            with serve.Server(env, workers=args.workers, access_log=True) as server:
                settings_line = server.describe()
                # Warm-up: the workers have rendered the form page (templates, connections).
                baseline(server.base, f"/de/beteiligung/kapitel/{chapters[0][0]}/kommentieren/", 20, args.clients)
                base_rows = []
                for path in ("/robots.txt", "/healthz"):
                    server.truncate_access_log()
                    with other:
                        timings, errors, seconds = baseline(server.base, path, args.comments, args.clients)
                    server_ms = [ms for values in server.server_times().values() for ms in values]
                    base_rows.append((f"baseline: GET {path}", timings, errors, seconds, server_ms))
                    print(f"  baseline {path}: {len(timings)} requests in {seconds:.1f} s", flush=True)
                solo = post_comments(server, chapters, f"{run_id}s", args.solo, 1, args.replies, other)
                print(f"  {solo[0].posted} comments posted and confirmed by one client in {solo[1]:.1f} s", flush=True)
                run, seconds, server_times = post_comments(
                    server, chapters, str(run_id), args.comments, args.clients, args.replies, other
                )
                print(f"  {run.posted} comments posted and confirmed in {seconds:.1f} s", flush=True)
                paced = post_comments(
                    server, chapters, f"{run_id}p", args.paced, args.clients, args.replies, other, pace=args.pace
                )
                print(f"  {paced[0].posted} comments posted and confirmed at {args.pace:g}/s", flush=True)
            findings, stored, levels, total_rows, threads_count = verify(
                [pk for pk, _ids in chapters], run_id, solo[0].posted + run.posted + paced[0].posted
            )
            machine = serve.machine_line()
    finally:
        serve.clear_cache(prefix)
    report(
        args, base_rows, solo, paced, (run, seconds, server_times), findings, stored, levels, total_rows, threads_count
    )
    print()
    print(machine)
    print(other.sentence())
    print(
        f"Settings: portal.settings.production, DJANGO_HTTPS=false, DEBUG off, Redis cache, DATABASE_POOL=true, "
        f"rate limits raised to 10^7/h; {settings_line}; {args.clients} client threads (Python http.client, "
        "keep-alive) on the same machine."
    )
    complete = run.posted == args.comments and solo[0].posted == args.solo and paced[0].posted == args.paced
    errors = run.errors or solo[0].errors or paced[0].errors
    return 0 if not findings and not errors and complete else 1


def post_comments(server, chapters, run_id, count, clients, replies, other, pace=None):
    """``count`` comments by ``clients`` concurrent clients, as fast as they can or ``pace`` a second;
    returns (run, seconds, server times)."""
    server.truncate_access_log()
    run = Run(count, replies, 0.15, chapters, SEED, pace)
    threads = [
        threading.Thread(target=client, args=(run, server.base, run_id, SEED + number)) for number in range(clients)
    ]
    with other:
        started, cpu = time.perf_counter(), time.process_time()
        run.started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
    # The clients' own CPU (parsing pages, reading the mail queue) is taken from the same cores.
    run.client_share = (time.process_time() - cpu) / (seconds * (os.cpu_count() or 1))
    return run, seconds, server.server_times(server_kind)


def server_kind(method, path, status):
    if "/bestaetigen/" in path:
        return "GET confirmation link"
    if path.endswith("/kommentieren/"):
        return "GET form page" if method == "GET" else "POST"
    return None


def report(args, base_rows, solo, paced, main_run, findings, stored, levels, total_rows, threads_count):
    run, seconds, server_times = main_run
    print()
    header = ["request", "count", "errors", "client p50 ms", "p95", "p99", "max", "server p50 ms", "server p95"]
    header.append("per second")
    rows = []

    def row(label, timings, errors, server_ms, per_second):
        client_stats = serve.summary(timings)
        server_cells = ["", ""]
        if server_ms:
            server_stats = serve.summary(server_ms)
            server_cells = [f"{server_stats['p50']:.1f}", f"{server_stats['p95']:.1f}"]
        rows.append(
            [
                label,
                f"{len(timings):,}",
                str(errors),
                *(f"{client_stats[key]:.1f}" for key in ("p50", "p95", "p99", "max")),
                *server_cells,
                f"{per_second:.1f}",
            ]
        )

    for label, timings, errors, base_seconds, server_ms in base_rows:
        row(label, timings, sum(errors.values()), server_ms, len(timings) / base_seconds)
    by_kind = {}
    for kind, ms, _ok in run.timings:
        if ms:
            by_kind.setdefault(kind, []).append(ms)
    failed = Counter(kind for kind, _ms, ok in run.timings if not ok)
    posts = by_kind.get("POST comment", []) + by_kind.get("POST reply", [])
    lines = [
        ("GET form page", by_kind.get("GET form page", []), failed["GET form page"], server_times.get("GET form page")),
        ("POST comment", by_kind.get("POST comment", []), failed["POST comment"], None),
        ("POST reply", by_kind.get("POST reply", []), failed["POST reply"], None),
        ("POST, all", posts, failed["POST comment"] + failed["POST reply"], server_times.get("POST")),
        (
            "GET confirmation link",
            by_kind.get("GET confirmation link", []),
            failed["GET confirmation link"],
            server_times.get("GET confirmation link"),
        ),
    ]
    for label, timings, errors, server_ms in lines:
        row(label, timings, errors, server_ms, len(timings) / seconds)
    solo_run, solo_seconds, solo_times = solo
    solo_posts = [ms for kind, ms, _ok in solo_run.timings if kind.startswith("POST") and ms]
    solo_failed = sum(1 for kind, _ms, ok in solo_run.timings if kind.startswith("POST") and not ok)
    row("POST, one client alone", solo_posts, solo_failed, solo_times.get("POST"), len(solo_posts) / solo_seconds)
    paced_run, paced_seconds, paced_times = paced
    paced_posts = [ms for kind, ms, _ok in paced_run.timings if kind.startswith("POST") and ms]
    paced_failed = sum(1 for kind, _ms, ok in paced_run.timings if kind.startswith("POST") and not ok)
    label = f"POST, {args.clients} clients at {args.pace:g}/s"
    row(label, paced_posts, paced_failed, paced_times.get("POST"), len(paced_posts) / paced_seconds)
    serve.print_table(header, rows)
    print()
    print(
        f"{run.posted:,} comments ({run.replies:,} replies, {100 * run.replies / max(1, run.posted):.0f} %) posted "
        f"and confirmed by {args.clients} clients in {seconds:.1f} s ({run.posted / seconds:.1f} comments/s, "
        f"each a form GET, a POST and a confirmation GET); the client threads themselves used "
        f"{100 * run.client_share:.0f} % of the {os.cpu_count()} cores."
    )
    print(
        f"Before them, one client alone posted and confirmed {solo_run.posted} comments in {solo_seconds:.1f} s "
        "(last row: the time of a POST without anybody waiting in front of it)."
    )
    print(f"Levels of all new comments: {dict(sorted(levels.items()))}.")
    print(
        f"Then the same {args.clients} clients posted and confirmed {paced_run.posted} more, starting "
        f"{args.pace:g} a second between them ({args.pace * 3600:,.0f} an hour; last row)."
    )
    errors = run.errors + solo_run.errors + paced_run.errors
    if errors:
        print("Errors:")
        for detail, count in errors.most_common():
            print(f"  {count} x {detail}")
    print(
        f"Database check over {total_rows:,} comments in {threads_count:,} threads on the open concept's chapters: "
        + (
            "; ".join(findings)
            if findings
            else f"{stored:,} stored, no duplicates, positions 1..n in every thread, "
            "replies in place, nested counts right, all confirmed and public."
        )
    )
    p95 = serve.percentile(posts, 95)
    print()
    print("Target (informational):")
    solo_p95 = serve.percentile(solo_posts, 95)
    print(
        f"  {'PASS' if p95 < 150 else 'MISS'}  POST p95 < 150 ms with {args.clients} clients ({p95:.1f} ms; "
        f"one client alone: {solo_p95:.1f} ms; {args.clients} clients at {args.pace:g}/s: "
        f"{serve.percentile(paced_posts, 95):.1f} ms)"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=1000, help="comments and replies to post")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument("--replies", type=float, default=0.3, help="share of replies")
    parser.add_argument("--solo", type=int, default=50, help="comments one client posts alone first")
    parser.add_argument("--pace", type=float, default=10, help="comments a second in the paced run")
    parser.add_argument("--paced", type=int, default=300, help="comments in the paced run")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="gunicorn workers (default: cores)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 100 comments, 10 clients")
    args = parser.parse_args(argv)
    if args.quick:
        args.comments, args.clients, args.solo, args.paced = 100, 10, 10, 30
    started = time.perf_counter()
    code = run_benchmark(args)
    print(f"Total {time.perf_counter() - started:.0f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())
