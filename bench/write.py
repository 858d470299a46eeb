"""Writing as rates: comments arriving at 5, 10, 20 and 30 a second (open loop) over real HTTP,
each posted and confirmed through the link in its mail, on PostgreSQL; then the database is checked.

Run from the project root (needs PostgreSQL and Redis on 127.0.0.1):

    .venv/bin/python bench/write.py            # full run: 20 s per rate, about 3 minutes with the setup
    .venv/bin/python bench/write.py --quick    # smoke run: 5 s at 2 and 5 a second

In a throwaway database ``kp_bench_write_<pid>`` (dropped at the end) with the demo, gunicorn
with the production settings and one worker per core; the rate limits are raised for the run
(``COMMENTS_RATE_PER_CLIENT``, ``COMMENTS_RATE_PER_EMAIL``: every client here is 127.0.0.1).
Beside it, with the same environment, one mail worker as in the Makefile (``manage.py db_worker
--backend mail --queue-name mail``, polling every 0.2 s instead of 2 s) sends the mails with
Django's file-based backend into a temporary folder (``EMAIL_BACKEND``, ``EMAIL_FILE_PATH``);
its CPU is taken from the same cores, as in production. One reader thread in this script indexes
the confirmation links in that folder by recipient.
Each comment is one visitor who does what a visitor does:

1. GET the form page (``/de/beteiligung/kapitel/<id>/kommentieren/``, ``?antwort=<id>`` for a
   reply, ``?absatz=<block id>`` for some paragraph comments) and read the CSRF cookie, the form's
   signed timestamp and security hash from it;
2. POST name, e-mail (one address per comment), text, consent, the empty honeypot and the hidden
   fields; the answer must be 200 with "bitte bestätigen";
3. wait for its mail (the worker makes the one-time token when it sends it, only the token's
   hash is stored) and take the link from it: this wait is in no timed request, its time from
   the POST's answer until the mail is in the folder is printed as a line of its own (p50/p95);
4. GET the confirmation page: 200, its button and the CSRF token;
5. POST the button (the token, the cookie): 200, "Ihr Kommentar ist bestätigt".

The phases, against the same server:

- baselines: ``--baseline`` GETs each of ``/robots.txt`` (a template, no database) and ``/healthz``
  (one query to the database and one to Redis) by 20 concurrent clients;
- one client alone posts ``--solo`` comments: the time of a POST with nobody in front of it;
- the closed loop of the earlier versions of this script, kept as one row: 20 clients post and
  confirm ``--comments`` without pause. It measures the length of the queue in front of two cores,
  not the portal (the wait is about clients x CPU per comment / cores);
- the open loop, the question that matters: at each rate of ``--rates`` for ``--seconds``, arrival
  number i starts at i / rate, a new visitor in a thread and connection of its own, whether or not
  earlier ones have been answered (so a slow answer does not slow the arrivals down, as it does in
  a closed loop). Each rate's rows give p50/p95/p99 per request type, how many arrivals were not
  confirmed (lost), and how late the client started its arrivals ("start lag": the client itself
  lagging, which would make the rate lower than labelled). The capacity is the highest rate at
  which POST p95 stays under 150 ms with nothing lost.

About 30 % are replies to a comment confirmed earlier in the run (any level below 3), spread over
the open concept's chapters, so replies to one thread arrive concurrently. Latency is measured in
the client from sending the request to the last byte; "server ms" is the time inside the worker
from gunicorn's access log (without the wait in the listen queue).

Checked afterwards in the database: exactly as many comments stored as were accepted, no
duplicates, every thread's positions 1..n without a gap or a repeat (thread_id, order unique),
each reply directly below its parent in display order, nested counts right, all confirmed and public.
Targets (informational): POST p95 < 150 ms at 20 comments a second; 0 lost.
"""

import contextlib
import os
import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from email import message_from_bytes
from email.policy import default as mail_policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import cli, comment_data, http_tools, servers, throwaway

SEED = 2017
COMMENT_POSTS = ("POST comment", "POST reply")  # not "POST confirmation"
COMMENT_ANCHOR = re.compile(rb'href="[^"]*#c-(\d+)"')
CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/\S*/bestaetigen/[^/\s]+/)")
# The worker as in the Makefile's WORKER line, but polling the queue every 0.2 s instead of 2 s.
WORKER = [throwaway.PYTHON, "manage.py", "db_worker", "--backend", "mail", "--queue-name", "mail"]
WORKER += ["--interval", "0.2", "--no-reload"]
MAIL_WAIT = 60  # seconds a client waits for its confirmation mail before it counts an error
MAIL_SEPARATOR = b"\n" + b"-" * 79 + b"\n"  # after each message in Django's file-based backend


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
        self.confirmed = 0
        self.replies = 0
        self.mail_ms = []  # from the POST's answer until the confirmation mail was in the folder
        self.client_share = 0.0

    def record(self, kind, ms, ok, detail=""):
        with self.lock:
            self.timings.append((kind, ms, ok))
            if not ok:
                self.errors[f"{kind}: {detail}"] += 1


class Mailbox:
    """The confirmation links in the mail worker's folder, by recipient. One thread reads what
    the file-based backend appends (it may put several messages in one file) and wakes the
    clients waiting for their address."""

    def __init__(self, folder, interval=0.02):
        self.folder = Path(folder)
        self.interval = interval
        self.offsets = {}  # file name -> bytes read up to the last complete message
        self.links = {}  # recipient -> (confirmation path, perf_counter when it was seen)
        self.changed = threading.Condition()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        self.thread.join()

    def _read(self):
        while not self.stopping.is_set():
            if self._scan():
                with self.changed:
                    self.changed.notify_all()
            self.stopping.wait(self.interval)

    def _scan(self):
        found = 0
        for entry in os.scandir(self.folder):
            offset = self.offsets.get(entry.name, 0)
            if entry.stat().st_size <= offset:
                continue
            with open(entry.path, "rb") as handle:
                handle.seek(offset)
                data = handle.read()
            end = data.rfind(MAIL_SEPARATOR)
            if end < 0:
                continue  # the first message is still being written
            self.offsets[entry.name] = offset + end + len(MAIL_SEPARATOR)
            for raw in data[:end].split(MAIL_SEPARATOR):
                message = message_from_bytes(raw.strip(b"\n"), policy=mail_policy)
                match = CONFIRM_LINK.search(message.get_body(("plain",)).get_content())
                if match:  # reply notifications to a parent's address are not looked for
                    self.links[str(message["To"])] = (match.group(1), time.perf_counter())
                    found += 1
        return found

    def wait_for(self, recipient):
        """(confirmation path, when the mail was seen) for ``recipient``, or None after MAIL_WAIT s."""
        deadline = time.perf_counter() + MAIL_WAIT
        with self.changed:
            while recipient not in self.links:
                left = deadline - time.perf_counter()
                if left <= 0:
                    return None
                self.changed.wait(left)
            return self.links[recipient]


class MailWorker:
    """``manage.py db_worker`` for the mail queue with the server's environment, started on entry
    (and given time to boot) and stopped on exit, by process id."""

    def __init__(self, env):
        self.env = env
        self.process = None
        self.log = None

    def __enter__(self):
        self.log = tempfile.NamedTemporaryFile(prefix="kp_bench_worker_", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            WORKER, cwd=throwaway.ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # booted when it has gone quiet (polling costs next to nothing)
            before = servers.cpu_ticks(self.process.pid)
            time.sleep(0.5)
            if self.process.poll() is not None:
                raise RuntimeError(f"the mail worker exited ({self.process.returncode}):\n{self.log_tail()}")
            if servers.cpu_ticks(self.process.pid) - before <= 2:
                return self
        raise RuntimeError(f"the mail worker did not settle within 60 s:\n{self.log_tail()}")

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.log.name)

    def log_tail(self, lines=40):
        return "\n".join(Path(self.log.name).read_text(errors="replace").splitlines()[-lines:])


def index_client_lookups():
    """An index in this throwaway database for the clients' own lookup of their confirmed comment
    by address: without it each scanned every row, a growing load on the server's cores that real
    visitors, who know their comment from the page, do not cause."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("CREATE INDEX kp_bench_email ON django_comments (user_email)")


def post_one(run, browser, mailbox, run_id, job, rng):
    index, wants_reply, wants_paragraph, pick = job
    parent = None
    with run.lock:
        if wants_reply and run.parents:
            parent = run.parents[int(pick * len(run.parents))]
    if parent:
        chapter_id, parent_id, _parent_level = parent
        query = f"?antwort={parent_id}"
    else:
        chapter_id, paragraphs = run.chapters[int(pick * len(run.chapters))]
        query = f"?absatz={rng.choice(paragraphs)}" if wants_paragraph and paragraphs else ""
    form_path = f"/de/beteiligung/kapitel/{chapter_id}/kommentieren/"

    status, html, _headers, ms = browser.get(form_path + query)
    fields = http_tools.hidden_fields(html)
    ok = status == 200 and {"csrfmiddlewaretoken", "timestamp", "security_hash"} <= fields.keys()
    run.record("GET form page", ms, ok, f"HTTP {status}")
    if not ok:
        return
    if parent and fields.get("reply_to") != str(parent[1]):
        run.record("GET form page", 0, False, "reply_to missing in the form")
        return

    email = f"kp-bench-{run_id}-{index}@example.org"
    fields.update(
        name=f"{rng.choice(comment_data.FIRST_NAMES)} {rng.choice(comment_data.LAST_NAMES)[0]}.",
        email=email,
        comment=f"{comment_data.comment_text(rng, 80, 500)} (Beitrag {index})",
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
    answered = time.perf_counter()
    with run.lock:
        run.posted += 1
        run.replies += bool(parent)

    # The visitor reads the mail: the wait for the worker is in no timed request.
    mail = mailbox.wait_for(email)
    if mail is None:
        run.record("mail", 0, False, f"no confirmation mail within {MAIL_WAIT} s")
        return
    link, arrived = mail
    with run.lock:
        run.mail_ms.append(max(0.0, arrived - answered) * 1000)
    status, html, _headers, ms = browser.get(link)
    fields = http_tools.hidden_fields(html)
    ok = status == 200 and "Kommentar jetzt bestätigen".encode() in html and "csrfmiddlewaretoken" in fields
    run.record("GET confirmation page", ms, ok, f"HTTP {status}")
    if not ok:
        return
    status, html, _headers, ms = browser.post(link, {"csrfmiddlewaretoken": fields["csrfmiddlewaretoken"]})
    ok = status == 200 and "Ihr Kommentar ist bestätigt".encode() in html
    run.record("POST confirmation", ms, ok, f"HTTP {status}")
    if not ok:
        return
    # The answer links to the comment ("Zu Ihrem Kommentar": …#c-<id>); its level is the parent's + 1.
    found = COMMENT_ANCHOR.search(html)
    level = parent[2] + 1 if parent else 0
    with run.lock:
        run.confirmed += 1
        if found and level < 3:
            run.parents.append((chapter_id, int(found.group(1)), level))


def client(run, base, mailbox, run_id, seed):
    from django.db import connection

    rng = random.Random(seed)
    browser = http_tools.Browser(base)
    try:
        while True:
            try:
                job = run.jobs.get_nowait()
            except queue.Empty:
                return
            if run.pace:  # comment number i starts i / pace seconds after the run began
                time.sleep(max(0.0, run.started + job[0] / run.pace - time.perf_counter()))
            try:
                post_one(run, browser, mailbox, run_id, job, rng)
            except Exception as error:
                run.record("client", 0, False, repr(error)[:120])
                browser.close()
    finally:
        browser.close()
        connection.close()


def visitor(run, base, mailbox, run_id, job, seed):
    """One arrival of the open loop: a new visitor with a connection of its own, whatever the
    others are doing (an open loop does not wait for answers before the next one arrives)."""
    from django.db import connection

    browser = http_tools.Browser(base)
    try:
        post_one(run, browser, mailbox, run_id, job, random.Random(seed))
    except Exception as error:
        run.record("client", 0, False, repr(error)[:120])
    finally:
        browser.close()
        connection.close()


def open_loop(server, mailbox, chapters, replies, other, run_id, rate, seconds, parents=(), truncate=True):
    """Comments arriving at ``rate`` a second for ``seconds``: arrival i starts at i / rate in a
    thread of its own. Returns (run, seconds until the last visit ended, server times); the run
    also holds how late each arrival started (``late_ms``: the client itself lagging)."""
    count = max(1, round(rate * seconds))
    run = Run(count, replies, 0.15, chapters, SEED + round(rate * 10), pace=rate)
    run.parents = list(parents)
    run.late_ms = []
    if truncate:  # not when readers share the log (bench/launch.py)
        server.truncate_access_log()
    threads = []
    with other:
        cpu = time.process_time()
        run.started = started = time.perf_counter()
        for index in range(count):
            job = run.jobs.get_nowait()
            due = started + index / rate
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            run.late_ms.append(max(0.0, time.perf_counter() - due) * 1000)
            thread = threading.Thread(target=visitor, args=(run, server.base, mailbox, run_id, job, SEED + index))
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
        took = time.perf_counter() - started
    run.client_share = (time.process_time() - cpu) / (took * (os.cpu_count() or 1))
    return run, took, server.server_times(server_kind)


def baseline(base, path, total, clients):
    """``total`` GETs of ``path`` by ``clients`` concurrent clients; returns (timings, errors)."""
    jobs = queue.Queue()
    for _ in range(total):
        jobs.put(None)
    timings, errors, lock = [], Counter(), threading.Lock()

    def work():
        browser = http_tools.Browser(base)
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
    database = throwaway.BenchDatabase("write")
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
    run_id = os.getpid()
    other = servers.OtherLoad(database.name)
    phases = {}
    try:
        with database:
            throwaway.prepare_site(env)
            throwaway.django_setup(env)
            from django.db import connections

            from concept.comments.threads import paragraph_labels

            chapters = [(chapter.pk, list(paragraph_labels(chapter))) for chapter in comment_data.open_chapters()]
            index_client_lookups()
            connections.close_all()
            throwaway.clear_cache(prefix)
            with (
                MailWorker(env),
                Mailbox(mail_folder) as mailbox,
                servers.Server(env, workers=args.workers, access_log=True) as server,
            ):
                settings_line = server.describe()
                phases.update(measure_phases(args, server, mailbox, chapters, other, run_id))
            accepted = sum(phase[0].posted for phase in phases.values() if isinstance(phase[0], Run))
            findings, stored, levels, total_rows, threads_count = verify(
                [pk for pk, _ids in chapters], run_id, accepted
            )
            machine = cli.machine_line()
    finally:
        throwaway.clear_cache(prefix)
        shutil.rmtree(mail_folder, ignore_errors=True)
    lost = report(args, phases, findings, stored, levels, total_rows, threads_count)
    print()
    print(machine)
    print(other.sentence())
    print(
        f"Settings: portal.settings.production, DJANGO_HTTPS=false, DEBUG off, Redis cache, DATABASE_POOL=true, "
        f"rate limits raised to 10^7/h; {settings_line}; clients: Python http.client threads (keep-alive) in "
        "this process, on the same machine."
    )
    errors = any(phase[0].errors for phase in phases.values() if isinstance(phase[0], Run))
    return 0 if not findings and not errors and not lost else 1


def measure_phases(args, server, mailbox, chapters, other, run_id):
    """Baselines, one client alone, the closed loop, then the open loop at each rate; each phase
    (run, seconds, server times)."""
    phases = {}
    # Warm-up: the workers have rendered the form page (templates, connections).
    baseline(server.base, f"/de/beteiligung/kapitel/{chapters[0][0]}/kommentieren/", 20, args.clients)
    for path in ("/robots.txt", "/healthz"):
        server.truncate_access_log()
        with other:
            timings, errors, seconds = baseline(server.base, path, args.baseline, args.clients)
        server_ms = [ms for values in server.server_times().values() for ms in values]
        phases[f"baseline {path}"] = (timings, errors, seconds, server_ms)
        print(f"  baseline {path}: {len(timings)} requests in {seconds:.1f} s", flush=True)
    common = (server, mailbox, chapters, args.replies, other)
    phases["solo"] = post_comments(*common, f"{run_id}s", args.solo, 1)
    print(f"  {phases['solo'][0].confirmed} comments posted and confirmed by one client alone", flush=True)
    phases["closed"] = post_comments(*common, str(run_id), args.comments, args.clients)
    closed = phases["closed"]
    print(f"  closed loop: {closed[0].confirmed} comments by {args.clients} clients in {closed[1]:.1f} s", flush=True)
    parents = list(closed[0].parents)
    for rate in args.rates:
        phase = open_loop(*common, f"{run_id}r{rate:g}", rate, args.seconds, parents)
        phases[rate] = phase
        parents += phase[0].parents
        late = cli.percentile(phase[0].late_ms, 95)
        print(
            f"  open loop {rate:g}/s: {phase[0].confirmed} of {len(phase[0].late_ms)} arrivals confirmed, "
            f"last visit ended after {phase[1]:.1f} s, start lag p95 {late:.1f} ms",
            flush=True,
        )
    return phases


class NotConfirmed(Exception):
    """A phase ended with comments not confirmed: its figures would not measure what they say."""


def post_comments(server, mailbox, chapters, replies, other, run_id, count, clients, pace=None):
    """``count`` comments by ``clients`` concurrent clients, as fast as they can or ``pace`` a second;
    returns (run, seconds, server times). Raises NotConfirmed unless every one was confirmed."""
    server.truncate_access_log()
    run = Run(count, replies, 0.15, chapters, SEED, pace)
    threads = [
        threading.Thread(target=client, args=(run, server.base, mailbox, run_id, SEED + number))
        for number in range(clients)
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
    if run.confirmed != count:
        errors = "; ".join(f"{number} x {detail}" for detail, number in run.errors.most_common(5))
        raise NotConfirmed(f"{run.confirmed} of {count} comments confirmed ({errors or 'no error recorded'})")
    return run, seconds, server.server_times(server_kind)


def server_kind(method, path, status):
    if "/bestaetigen/" in path:
        return "GET confirmation page" if method == "GET" else "POST confirmation"
    if path.endswith("/kommentieren/"):
        return "GET form page" if method == "GET" else "POST"
    return None


KINDS = ("GET form page", "POST", "GET confirmation page", "POST confirmation")


def kind_timings(run):
    """{request kind: [client ms]} and {kind: failed count}; POST = comments and replies."""
    timings, failed = {}, Counter()
    for kind, ms, ok in run.timings:
        kind = "POST" if kind in COMMENT_POSTS else kind
        if ms:
            timings.setdefault(kind, []).append(ms)
        if not ok:
            failed[kind] += 1
    return timings, failed


def report(args, phases, findings, stored, levels, total_rows, threads_count):
    """Prints the tables; returns the number of lost arrivals (not confirmed)."""
    print()
    print(
        "Open loop: comments arrive at a steady rate for "
        f"{args.seconds} s each, every arrival a new visitor (its own thread and connection) started at its "
        "time whatever the others are doing: form GET, POST, the mail, the confirmation page's GET and POST."
    )
    header = ["arrivals/s", "request", "count", "errors", "client p50 ms", "p95", "p99", "max"]
    header += ["server p50 ms", "server p95", "start lag p95 ms"]
    rows, capacity, lost_total, summaries = [], None, 0, []
    for rate in args.rates:
        run, seconds, server_times = phases[rate]
        timings, failed = kind_timings(run)
        arrivals = len(run.late_ms)
        lost = arrivals - run.confirmed
        lost_total += lost
        late = f"{cli.percentile(run.late_ms, 95):.1f}"
        for kind in KINDS:
            rows.append([f"{rate:g}", kind, *_cells(timings.get(kind, []), failed[kind], server_times.get(kind)), late])
        post_p95 = cli.percentile(timings.get("POST", []), 95)
        if post_p95 < 150 and not lost and (capacity is None or rate > capacity):
            capacity = rate
        summaries.append(
            f"{rate:g}/s: {arrivals} arrivals, {run.confirmed} confirmed, {lost} lost, {run.confirmed / seconds:.1f} "
            f"confirmed a second over {seconds:.1f} s (until the last visit ended), clients "
            f"{100 * run.client_share:.0f} % of the cores"
        )
    closed, closed_seconds, closed_times = phases["closed"]
    timings, failed = kind_timings(closed)
    label = f"closed loop: {args.clients} clients without pause ({closed.confirmed / closed_seconds:.1f}/s reached)"
    rows.append([label, "POST", *_cells(timings.get("POST", []), failed["POST"], closed_times.get("POST")), ""])
    solo, solo_seconds, solo_times = phases["solo"]
    timings, failed = kind_timings(solo)
    label = f"one client alone ({solo.confirmed / solo_seconds:.1f}/s)"
    rows.append([label, "POST", *_cells(timings.get("POST", []), failed["POST"], solo_times.get("POST")), ""])
    for path in ("/robots.txt", "/healthz"):
        timings, errors, seconds, server_ms = phases[f"baseline {path}"]
        label = f"baseline: {args.clients} clients ({len(timings) / seconds:.0f}/s)"
        rows.append([label, f"GET {path}", *_cells(timings, sum(errors.values()), server_ms), ""])
    cli.print_table(header, rows)
    print()
    for line in summaries:
        print(f"  {line}")
    print(
        f"Closed loop (one row, labelled as what it is): {args.clients} clients posting and confirming without "
        f"pause, {closed.posted} comments in {closed_seconds:.1f} s: it measures the length of the queue in front "
        "of two cores (wait ~ clients x CPU per comment / cores), not the portal's latency at a rate."
    )
    mail_parts = []
    for rate in args.rates:
        run = phases[rate][0]
        p50, p95 = cli.percentile(run.mail_ms, 50), cli.percentile(run.mail_ms, 95)
        mail_parts.append(f"{rate:g}/s p50 {p50:,.0f} ms, p95 {p95:,.0f} ms")
    print(
        "Confirmation mails in the folder after the POST's answer (one mail worker polling every 0.2 s, read "
        f"every 20 ms; in no row above): {'; '.join(mail_parts)}."
    )
    print(f"Levels of all new comments: {dict(sorted(levels.items()))}.")
    errors = Counter()
    for phase in phases.values():
        if isinstance(phase[0], Run):
            errors += phase[0].errors
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
    print()
    print("Target (informational):")
    at_20 = phases.get(20.0) or phases.get(20)
    if at_20:
        p95 = cli.percentile(kind_timings(at_20[0])[0].get("POST", []), 95)
        print(f"  {'PASS' if p95 < 150 else 'MISS'}  POST p95 < 150 ms at 20 comments a second ({p95:.1f} ms)")
    shown = f"{capacity:g} comments a second ({capacity * 3600:,.0f} an hour)" if capacity else "none of the rates"
    print(f"  capacity (highest rate with POST p95 < 150 ms and nothing lost): {shown}")
    print(f"  {'PASS' if not lost_total else 'MISS'}  0 lost ({lost_total} arrivals not confirmed)")
    return lost_total


def _cells(timings, errors, server_ms):
    figures = cli.summary(timings)
    cells = [f"{len(timings):,}", str(errors), *(f"{figures[key]:.1f}" for key in ("p50", "p95", "p99", "max"))]
    if server_ms:
        server = cli.summary(server_ms)
        return [*cells, f"{server['p50']:.1f}", f"{server['p95']:.1f}"]
    return [*cells, "", ""]


def rates(text):
    return [float(value) for value in text.split(",") if value.strip()]


def main(argv=None):
    parser = cli.parser(
        __doc__,
        "smoke run: 5 s per rate at 2 and 5 a second, 40 comments by 10 clients closed-loop",
        comments=40,
        clients=10,
        solo=5,
        baseline=100,
        seconds=5,
        rates=[2.0, 5.0],
    )
    parser.add_argument("--rates", type=rates, default=[5.0, 10.0, 20.0, 30.0], help="arrivals a second, e.g. 5,10")
    parser.add_argument("--seconds", type=float, default=20, help="seconds of arrivals per rate")
    parser.add_argument("--comments", type=int, default=400, help="comments of the closed-loop run")
    parser.add_argument("--clients", type=int, default=20, help="clients of the closed-loop run and the baselines")
    parser.add_argument("--replies", type=float, default=0.3, help="share of replies")
    parser.add_argument("--solo", type=int, default=30, help="comments one client posts alone first")
    parser.add_argument("--baseline", type=int, default=500, help="requests of each baseline")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="gunicorn workers (default: cores)")
    return cli.run(run_confirmed, cli.parse(parser, argv))


def run_confirmed(args):
    try:
        return run_benchmark(args)
    except NotConfirmed as error:
        sys.exit(f"Stopped: {error}; the figures would not be those of confirmed comments.")


if __name__ == "__main__":
    sys.exit(main())
