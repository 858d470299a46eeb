"""Search on PostgreSQL: German queries through HTTP against the demo's small index and against
5,000 more pages, with one connection and with several.

Run from the project root (needs PostgreSQL and Redis on 127.0.0.1, and ``apt-get install wrk``):

    .venv/bin/python bench/search.py            # full run: 5,000 pages, 10 s per row, about 2.5 minutes
    .venv/bin/python bench/search.py --quick    # smoke run: 500 pages, 3 s per row

In a throwaway database ``kp_bench_search_<pid>`` (dropped at the end) with the demo, gunicorn with
the production settings and one worker per core. The search page is never served from the page
cache, so every request runs the query. The same gunicorn serves, each row with wrk (requests
going round-robin through the queries below, ``--latency``, after a warm-up):

1. ``/de/search/`` without a query (the same template and middleware, no database search): baseline;
2. the queries against the demo's index (its live pages in all languages; German ones are searched);
3. the same queries after 5,000 German topic pages were added under one parent (bulk inserted in
   one transaction, then put into Wagtail's PostgreSQL search index with the backend's ``add_bulk``,
   as ``update_index`` does): 3 to 6 paragraphs each, built from a few hundred German sentences
   about arriving in the district with varying places, offices and details, so common words
   ("Beratung", "Sprachkurs") hit thousands of pages and rare ones a few.

Each row once with 1 connection (wrk -t1 -c1) and once with ``--connections`` (default 8, -t2).
A second table shows each query's hits and median time with one connection (sequential GETs).
Target (informational): p95 < 50 ms with 5,000 pages and one connection.
"""

import json
import os
import random
import re
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import cli, http_tools, servers, throwaway

SEED = 2017
QUERIES = [
    "Sprachkurs",
    "Wohnung suchen",
    "Kita Anmeldung",
    "Beratung Flüchtlinge",
    "Integrationskurs Kosten",
    "Arzt Dolmetscher",
    "Ausbildung",
    "Jobcenter Termin",
    "Ehrenamt",
    "Führerschein umschreiben",
    "Aufenthaltstitel verlängern",
    "Kindergeld Antrag",
    "Schule anmelden",
    "Sprachcafé",
    "Bus Fahrplan",
    "Mietvertrag",
    "Deutschkurs für Frauen",
    "Anerkennung Berufsabschluss",
    "Zahnarzt Notdienst",
    "Migrationsberatung Schleswig",
]
PLACES = [
    "Schleswig", "Kappeln", "Süderbrarup", "Harrislee", "Tarp", "Glücksburg", "Satrup", "Silberstedt",
    "Handewitt", "Mittelangeln", "Böklund", "Eggebek", "Langballig", "Schafflund", "Jübek", "Busdorf",
    "Steinbergkirche", "Sörup", "Kropp", "Treia",
]  # fmt: skip
TOPICS = [
    ("Sprachkurs", "Sprachkurse", "den Sprachkurs"),
    ("Integrationskurs", "Integrationskurse", "den Integrationskurs"),
    ("Kita", "Kitas", "die Kita"),
    ("Wohnung", "Wohnungen", "eine Wohnung"),
    ("Beratung", "Beratungen", "die Beratung"),
    ("Ausbildung", "Ausbildungen", "die Ausbildung"),
    ("Arztbesuch", "Arztbesuche", "den Arztbesuch"),
    ("Schulanmeldung", "Schulanmeldungen", "die Schulanmeldung"),
    ("Führerschein", "Führerscheine", "den Führerschein"),
    ("Kindergeld", "Kindergeldanträge", "das Kindergeld"),
    ("Aufenthaltstitel", "Aufenthaltstitel", "den Aufenthaltstitel"),
    ("Mietvertrag", "Mietverträge", "den Mietvertrag"),
    ("Ehrenamt", "Ehrenämter", "das Ehrenamt"),
    ("Berufsanerkennung", "Anerkennungsverfahren", "die Anerkennung des Berufsabschlusses"),
    ("Busverbindung", "Busverbindungen", "die Busverbindung"),
]
OFFICES = [
    "die Migrationsberatung", "das Jobcenter", "die Ausländerbehörde", "das Bürgerbüro", "die Volkshochschule",
    "der Jugendmigrationsdienst", "die Familienkasse", "das Gesundheitsamt", "die Schulsozialarbeit",
    "der Mieterverein", "die Diakonie", "das Sprachcafé in der Bücherei",
]  # fmt: skip
TEMPLATES = [
    "Wer in {place} ankommt, fragt oft zuerst nach {topic_acc}; {office} hilft dabei weiter.",
    "{office_cap} in {place} berät montags und donnerstags zu {topic_acc}, auch mit Dolmetscher.",
    "Für {topic_acc} brauchen Sie meist Ihren Pass, die Meldebescheinigung und einen Termin.",
    "Die {plural} in {place} sind oft schnell ausgebucht, melden Sie sich deshalb früh an.",
    "Die Kosten für {topic_acc} übernimmt in vielen Fällen das Jobcenter oder das Sozialamt.",
    "Ehrenamtliche Lotsinnen und Lotsen begleiten Sie in {place} zu Terminen rund um {topic_acc}.",
    "Bei Fragen zu {topic_acc} wenden Sie sich an {office}; die Beratung ist kostenlos und vertraulich.",
    "Frauen mit kleinen Kindern finden in {place} Angebote mit Kinderbetreuung, auch für {topic_acc}.",
    "Im Notfall wählen Sie 112; für den ärztlichen Bereitschaftsdienst die 116117, auch am Wochenende.",
    "Ohne Auto ist {place} mit dem Bus erreichbar, der Fahrplan gilt auch in den Schulferien.",
    "Die Anmeldung für {topic_acc} erfolgt schriftlich; das Formular gibt es auch auf Arabisch und Ukrainisch.",
    "Wer eine Wohnung sucht, sollte Mietvertrag und Nebenkosten vor der Unterschrift prüfen lassen.",
    "In {place} gibt es {count} {plural}, einige davon am Nachmittag oder am Abend.",
    "Bringen Sie zum Termin bei {office} alle Bescheide mit, die Sie bisher bekommen haben.",
    "Die Anerkennung ausländischer Berufsabschlüsse dauert einige Monate, eine Beratung lohnt sich vorher.",
    "Kinder ab drei Jahren haben einen Anspruch auf einen Platz in der Kita, die Gemeinde {place} hilft bei der Suche.",
    "Ein Sprachcafé trifft sich jeden Mittwoch in {place}; neue Gäste sind willkommen.",
    "Der Führerschein aus dem Herkunftsland gilt nur sechs Monate, danach muss er umgeschrieben werden.",
]


def sentence(rng, topic=None):
    singular, plural, accusative = topic or rng.choice(TOPICS)
    office = rng.choice(OFFICES)
    text = rng.choice(TEMPLATES).format(
        place=rng.choice(PLACES),
        topic_acc=accusative,
        plural=plural,
        office=office,
        office_cap=office[0].upper() + office[1:],
        count=rng.randint(2, 12),
    )
    return text


def page_data(rng, index):
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    title = f"{topic[0]} in {place} ({index + 1})"
    body = []
    for number in range(rng.randint(3, 6)):
        if number and rng.random() < 0.5:
            body.append({"type": "heading", "value": sentence(rng, topic).split(",")[0][:80], "id": str(uuid.uuid4())})
        paragraph = " ".join(sentence(rng, topic if rng.random() < 0.6 else None) for _ in range(rng.randint(3, 6)))
        body.append({"type": "paragraph", "value": f"<p>{paragraph}</p>", "id": str(uuid.uuid4())})
    summary = f"Alles zu {topic[2]} in {place}: Termine, Unterlagen, Beratung."[:200]
    return title, summary, body


def add_pages(count, rng):
    """``count`` live German TopicPages under a new parent below the German home page, inserted
    in bulk (a treebeard path each, as add_child would compute it), then indexed for search."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from wagtail.models import Page, Site
    from wagtail.search.backends import get_search_backend

    from home.models import TopicPage

    started = time.perf_counter()
    # The district's German start page (the demo has a second organisation since issue 22).
    home = Site.objects.get(is_default_site=True).root_page.specific
    parent = home.add_child(instance=TopicPage(title="Themenarchiv", slug="themenarchiv", summary="Archiv", body=[]))
    topic_type = ContentType.objects.get_for_model(TopicPage)
    now = timezone.now()
    pages, details = [], []
    for index in range(count):
        title, summary, body = page_data(rng, index)
        slug = slugify(title)
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=topic_type,
                path=TopicPage._get_path(parent.path, parent.depth + 1, index + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                locale=home.locale,
                translation_key=uuid.uuid4(),
                first_published_at=now,
                last_published_at=now,
            )
        )
        details.append((summary, json.dumps(body)))
    with transaction.atomic():
        Page.objects.bulk_create(pages, batch_size=500)
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO home_topicpage (page_ptr_id, summary, body) VALUES (%s, %s, %s)",
                [(page.pk, summary, body) for page, (summary, body) in zip(pages, details, strict=True)],
            )
        Page.objects.filter(pk=parent.pk).update(numchild=count)
    inserted = time.perf_counter() - started
    backend = get_search_backend()
    ids = [page.pk for page in pages]
    for start in range(0, len(ids), 500):
        backend.add_bulk(TopicPage, list(TopicPage.objects.filter(pk__in=ids[start : start + 500])))
    with connection.cursor() as cursor:
        # What autovacuum does within a minute of so many inserts: GIN's pending entries merged, statistics.
        cursor.execute("VACUUM ANALYZE")
    return parent.url, inserted, time.perf_counter() - started - inserted


def index_size():
    from django.db import connection

    from wagtail.models import Page

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry")
        entries = cursor.fetchone()[0]
    return Page.objects.live().filter(depth__gt=1).count(), entries


HITS = re.compile(r"(\d[\d.]*) Treffer")


def per_query(base, rounds):
    """Each query ``rounds`` times with one connection: {query: (hits, median ms)}."""
    browser = http_tools.Browser(base)
    numbers = {}
    try:
        for text in QUERIES:
            timings, hits = [], None
            for _ in range(rounds):
                status, html, _headers, ms = browser.get(f"/de/search/?q={quote(text)}")
                assert status == 200, (text, status)
                timings.append(ms)
                match = HITS.search(html.decode())
                hits = int(match.group(1).replace(".", "")) if match else 0
            numbers[text] = (hits, cli.percentile(timings, 50))
    finally:
        browser.close()
    return numbers


def measure_rows(server, label, paths, args, other):
    rows = []
    for connections, threads in ((1, 1), (args.connections, min(2, args.connections))):
        http_tools.wrk(
            server.base + paths[0], seconds=args.warmup, connections=connections, threads=threads, paths=paths
        )
        with other:
            result = http_tools.wrk(
                server.base + paths[0], seconds=args.seconds, connections=connections, threads=threads, paths=paths
            )
        result.update(label=label, connections=connections)
        print(
            f"  {label}, {connections} connection(s): {result['rps']:.0f} req/s, p95 {result['p95']:.1f} ms, "
            f"non-2xx {result['non_2xx']}, socket errors {result['errors']}",
            flush=True,
        )
        rows.append(result)
    return rows


def run(args):
    database = throwaway.BenchDatabase("search")
    prefix = database.name
    env = throwaway.server_env(database.url, prefix)
    paths = [f"/de/search/?q={quote(text)}" for text in QUERIES]
    results = []
    other = servers.OtherLoad(database.name)
    try:
        with database:
            throwaway.prepare_site(env)
            throwaway.django_setup(env)
            from django.db import connections

            small = index_size()
            connections.close_all()
            throwaway.clear_cache(prefix)
            with servers.Server(env, workers=args.workers) as server:
                settings_line = server.describe()
                results += measure_rows(server, "search page without a query", ["/de/search/"], args, other)
                results += measure_rows(server, f"demo index ({small[0]} pages)", paths, args, other)
                small_queries = per_query(server.base, args.rounds)
                parent_url, insert_seconds, index_seconds = add_pages(args.pages, random.Random(SEED))
                large = index_size()
                connections.close_all()
                print(
                    f"  {args.pages:,} pages under {parent_url} inserted in {insert_seconds:.1f} s, "
                    f"indexed in {index_seconds:.1f} s",
                    flush=True,
                )
                results += measure_rows(server, f"{large[0]:,} pages", paths, args, other)
                large_queries = per_query(server.base, args.rounds)
            machine = cli.machine_line()
    finally:
        throwaway.clear_cache(prefix)
    report(args, results, small, large, small_queries, large_queries, f"{machine}\n{other.sentence()}", settings_line)
    return 0 if all(row["non_2xx"] == 0 and row["errors"] == 0 for row in results) else 1


def report(args, results, small, large, small_queries, large_queries, machine, settings_line):
    print()
    print(machine)
    print(
        f"Settings: portal.settings.production, DJANGO_HTTPS=false, DEBUG off, Redis cache, DATABASE_POOL=true, "
        f"Wagtail's database search backend (PostgreSQL, SEARCH_CONFIG german); {settings_line}; "
        f"wrk --latency, {args.seconds} s per row after {args.warmup} s warm-up, on the same machine "
        f"({http_tools.wrk_version()}); {len(QUERIES)} queries round-robin."
    )
    print(
        f"Index: {small[0]} live pages ({small[1]} index entries) in the demo; {large[0]:,} pages "
        f"({large[1]:,} index entries) after adding {args.pages:,}."
    )
    print()
    header = ["row", "connections", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "non-2xx"]
    rows = [
        [
            row["label"],
            str(row["connections"]),
            f"{row['rps']:,.0f}",
            f"{row['p50']:.1f}",
            f"{row['p95']:.1f}",
            f"{row['p99']:.1f}",
            f"{row['max']:.1f}",
            str(row["non_2xx"] + row["errors"]),
        ]
        for row in results
    ]
    cli.print_table(header, rows)
    print()
    print(f"Per query, one connection, median of {args.rounds} GETs:")
    print()
    header = ["query", "hits (demo)", "ms (demo)", f"hits ({large[0]:,} pages)", f"ms ({large[0]:,} pages)"]
    rows = [
        [
            f"„{text}“",
            str(small_queries[text][0]),
            f"{small_queries[text][1]:.1f}",
            f"{large_queries[text][0]:,}",
            f"{large_queries[text][1]:.1f}",
        ]
        for text in QUERIES
    ]
    cli.print_table(header, rows)
    single = next(row for row in results if row["label"].startswith(f"{large[0]:,}") and row["connections"] == 1)
    print()
    print("Target (informational):")
    print(
        f"  {'PASS' if single['p95'] < 50 else 'MISS'}  p95 < 50 ms with {large[0]:,} pages, one connection "
        f"({single['p95']:.1f} ms)"
    )


def main(argv=None):
    parser = cli.parser(__doc__, "smoke run: 500 pages, 3 s per row", pages=500, seconds=3, warmup=1, rounds=2)
    parser.add_argument("--pages", type=int, default=5000, help="pages to add")
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per row")
    parser.add_argument("--warmup", type=int, default=3, help="wrk warm-up per row (seconds)")
    parser.add_argument("--connections", type=int, default=8, help="connections of the concurrent rows")
    parser.add_argument("--rounds", type=int, default=5, help="GETs per query for the per-query table")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="gunicorn workers (default: cores)")
    return cli.run(run, cli.parse(parser, argv))


if __name__ == "__main__":
    sys.exit(main())
