"""Memory of one gunicorn worker over 10,000 requests of a mix of pages, sampled every 1,000,
beside the same worker serving a static file 10,000 times.

Run from the project root (needs PostgreSQL and Redis on 127.0.0.1):

    .venv/bin/python bench/memory.py            # full run: 10,000 requests each, about 3.5 minutes
    .venv/bin/python bench/memory.py --quick    # smoke run: 2,000 requests, sampled every 500

In a throwaway database ``kp_bench_memory_<pid>`` (dropped at the end) with the demo and 200
comments on the open concept's first chapter, gunicorn with the production settings and
``--workers 1 --max-requests 0`` (so the worker is never replaced; its pid is checked at every
sample). RSS is VmRSS of the worker process from /proc/<pid>/status, read right after start
(booted, before its first request) and after every 1,000 requests.

The mix, in a fixed shuffled order, over 4 keep-alive connections: the start page in German,
English and Arabic, topic pages, the office directory with filters, the event list, an event
and its .ics file, both concepts, chapters (first and second page of threads), a chapter version,
the participation report and the sitemap (88 % of the requests); the search with 180 different
queries, each in turn (6 %); Wagtail's API v2, list and detail, and the comments API (6 %). Wagtail
pages come from the page cache as in production (the first request of each renders); everything
else (search, APIs, calendar files, sitemap, report, versions, filtered directory) renders every
time. The output counts the page cache's answers (hit, miss, "-" for not cacheable).
Baseline: a fresh worker of the same configuration, 10,000 GETs of the collected CSS (whitenoise).

What to look for: growth over the last 5,000 requests, when the caches that fill once
(templates, URL resolvers, translations, ContentTypes) are full. Informational, never a test.
"""

import http.client
import itertools
import json
import random
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import cli, comment_data, servers, throwaway

SEED = 2017
CONNECTIONS = 4
WORDS = [
    "Sprachkurs", "Wohnung", "Kita", "Beratung", "Integrationskurs", "Arzt", "Ausbildung", "Jobcenter",
    "Ehrenamt", "Führerschein", "Aufenthalt", "Kindergeld", "Schule", "Sprachcafé", "Bus", "Notfall",
    "Miete", "Deutschkurs", "Anerkennung", "Dolmetscher",
]  # fmt: skip
PLACES = ["Schleswig", "Kappeln", "Süderbrarup", "Harrislee", "Tarp", "Glücksburg", "Satrup", "Kropp", "", ""]


def mix_paths(rng):
    """The URLs of the mix, read from the demo in the database."""
    from concept.models import ChapterPage, ConceptPage
    from home.models import EventIndexPage, EventPage, OfficeDirectoryPage, TopicPage

    pages = ["/de/", "/en/", "/ar/"]
    pages += [urlsplit(topic.url).path for topic in TopicPage.objects.live().filter(locale__language_code="de")[:8]]
    pages += [urlsplit(topic.url).path for topic in TopicPage.objects.live().filter(locale__language_code="en")[:3]]
    directory = OfficeDirectoryPage.objects.live().filter(locale__language_code="de").first()
    pages += [directory.url, directory.url + "?sprache=ar"]
    events = EventIndexPage.objects.live().filter(locale__language_code="de").first()
    event = EventPage.objects.live().child_of(events).first()
    pages += [events.url, event.url, event.url + "ics/", events.url + "feed/"]
    chapters = comment_data.open_chapters()
    pages += [concept.url for concept in ConceptPage.objects.live()]
    pages += [chapter.url for chapter in chapters] + [chapters[0].url + "?page=2"]
    old = ChapterPage.objects.live().exclude(pk__in=[chapter.pk for chapter in chapters]).order_by("path")[:4]
    pages += [chapter.url for chapter in old]
    pages += [f"/de/beteiligung/kapitel/{chapters[0].pk}/fassung/1/"]
    pages += [f"/de/beteiligung/bericht/{concept.pk}/" for concept in ConceptPage.objects.live()[:1]]
    pages += ["/sitemap.xml"]
    queries = [f"{word} {place}".strip() for word, place in itertools.product(WORDS, PLACES)]
    searches = [f"/de/search/?q={quote(query)}" for query in sorted(set(queries))]
    api = [
        "/api/v2/pages/?type=home.TopicPage&fields=summary",
        "/api/v2/pages/?type=concept.ChapterPage&fields=number,summary",
        *(f"/api/v2/pages/{chapter.pk}/" for chapter in chapters),
        *(f"/api/comments/chapters/{chapter.pk}/" for chapter in chapters),
        f"/api/comments/chapters/{chapters[0].pk}/?page=2",
    ]
    rng.shuffle(searches)
    return pages, searches, api


def request_stream(pages, searches, api, count, rng):
    """``count`` paths: about 88 % pages, 6 % searches (each query in turn), 6 % API."""
    search_cycle = itertools.cycle(searches)
    stream = []
    for _ in range(count):
        draw = rng.random()
        if draw < 0.88:
            stream.append(rng.choice(pages))
        elif draw < 0.94:
            stream.append(next(search_cycle))
        else:
            stream.append(rng.choice(api))
    return stream


def shares(stream):
    counts = Counter("search" if "/search/" in path else "API" if "/api/" in path else "pages" for path in stream)
    return ", ".join(f"{counts[kind]:,} {kind}" for kind in ("pages", "search", "API"))


def fire(base, paths):
    """GETs ``paths`` over CONNECTIONS keep-alive connections (no cookies); returns
    (status counter, page cache header counter, failures)."""
    host, _sep, port = base.removeprefix("http://").partition(":")
    position = itertools.count()
    lock = threading.Lock()
    statuses, cache_states, failures = Counter(), Counter(), Counter()

    def work():
        connection = http.client.HTTPConnection(host, int(port), timeout=60)
        try:
            while True:
                with lock:
                    index = next(position)
                if index >= len(paths):
                    return
                path = paths[index]
                for attempt in range(2):
                    try:
                        connection.request("GET", path)
                        response = connection.getresponse()
                        response.read()
                        break
                    except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                        connection.close()
                        if attempt:
                            raise
                if response.will_close:
                    connection.close()
                with lock:
                    statuses[response.status] += 1
                    cache_states[response.getheader("X-Page-Cache", "-")] += 1
                    if response.status != 200:
                        failures[f"{response.status} {path}"] += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses, cache_states, failures


def measure(env, paths, every, label, other):
    """A fresh one-worker gunicorn; RSS after start and after every ``every`` requests."""
    samples = []
    statuses, cache_states, failures = Counter(), Counter(), Counter()
    with servers.Server(env, workers=1, args=["--max-requests", "0"]) as server:
        settings_line = server.describe()
        (pid,) = server.worker_pids()
        samples.append((0, servers.rss_kb(pid)))
        started = time.perf_counter()
        for start in range(0, len(paths), every):
            with other:
                batch_statuses, batch_cache, batch_failures = fire(server.base, paths[start : start + every])
            statuses += batch_statuses
            cache_states += batch_cache
            failures += batch_failures
            assert server.worker_pids() == [pid], "the worker was replaced"
            samples.append((start + len(paths[start : start + every]), servers.rss_kb(pid)))
        seconds = time.perf_counter() - started
    print(
        f"  {label}: {len(paths):,} requests in {seconds:.0f} s, RSS {samples[0][1] / 1024:.1f} -> "
        f"{samples[-1][1] / 1024:.1f} MB",
        flush=True,
    )
    return {
        "samples": samples,
        "statuses": statuses,
        "cache": cache_states,
        "failures": failures,
        "seconds": seconds,
        "settings": settings_line,
    }


def run(args):
    database = throwaway.BenchDatabase("memory")
    prefix = database.name
    env = throwaway.server_env(database.url, prefix)
    rng = random.Random(SEED)
    other = servers.OtherLoad(database.name)
    try:
        with database:
            throwaway.prepare_site(env)
            throwaway.django_setup(env)
            from django.db import connections

            comment_data.add_comments(comment_data.open_chapters()[0], args.comments, rng)
            pages, searches, api = mix_paths(rng)
            connections.close_all()
            manifest = json.loads((throwaway.ROOT / "staticfiles" / "staticfiles.json").read_text())
            static_path = "/static/" + manifest["paths"]["css/portal.css"]
            stream = request_stream(pages, searches, api, args.requests, rng)
            throwaway.clear_cache(prefix)
            mix = measure(env, stream, args.every, "mix", other)
            static = measure(env, [static_path] * args.requests, args.every, "static file", other)
            machine = cli.machine_line()
    finally:
        throwaway.clear_cache(prefix)
    report(mix, static, (pages, searches, api, shares(stream)), static_path, f"{machine}\n{other.sentence()}")
    return 0 if not mix["failures"] and not static["failures"] else 1


def report(mix, static, urls, static_path, machine):
    pages, searches, api, drawn = urls
    print()
    print(machine)
    print(
        f"Settings: portal.settings.production, DJANGO_HTTPS=false, DEBUG off, Redis cache (page cache on), "
        f"DATABASE_POOL=true; {mix['settings']} (--max-requests 0 given); {CONNECTIONS} keep-alive client "
        "connections on the same machine."
    )
    print(
        f"Mix: {len(pages)} pages, {len(searches)} different searches, {len(api)} API URLs; drawn: {drawn}; "
        f"page cache answers: {dict(mix['cache'])}; HTTP status: {dict(mix['statuses'])}."
    )
    print(f"Baseline: {static_path}; HTTP status: {dict(static['statuses'])}.")
    print()
    header = ["requests", "mix: RSS MB", "static file: RSS MB"]
    rows = []
    for (count, mix_kb), (_count, static_kb) in zip(mix["samples"], static["samples"], strict=True):
        rows.append([f"{count:,}" if count else "after start", f"{mix_kb / 1024:.1f}", f"{static_kb / 1024:.1f}"])
    cli.print_table(header, rows)
    print()
    for label, result in (("mix", mix), ("static file", static)):
        samples = dict(result["samples"])
        last = result["samples"][-1][0]
        half = min(samples, key=lambda count: abs(count - last / 2))
        print(
            f"{label}: after start {samples[0] / 1024:.1f} MB, after {half:,} {samples[half] / 1024:.1f} MB, "
            f"after {last:,} {samples[last] / 1024:.1f} MB; growth over the last {last - half:,} requests "
            f"{(samples[last] - samples[half]) / 1024:+.1f} MB ({result['seconds']:.0f} s, "
            f"{last / result['seconds']:.0f} req/s)"
        )
    for label, result in (("mix", mix), ("static file", static)):
        for detail, count in result["failures"].most_common(10):
            print(f"  {label}: {count} x HTTP {detail}")


def main(argv=None):
    parser = cli.parser(__doc__, "smoke run: 2,000 requests, sampled every 500", requests=2_000, every=500)
    parser.add_argument("--requests", type=int, default=10_000, help="requests per run")
    parser.add_argument("--every", type=int, default=1_000, help="sample RSS every N requests")
    parser.add_argument("--comments", type=int, default=200, help="comments on the open concept's first chapter")
    return cli.run(run, cli.parse(parser, argv))


if __name__ == "__main__":
    sys.exit(main())
