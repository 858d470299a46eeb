"""Chapter comments: our constant-query thread against django-comments-xtd's stock tree tag.

Run from the project root:

    .venv/bin/python bench/comments.py                      # SQLite (file /tmp/bench_comments_<pid>.sqlite3)
    .venv/bin/python bench/comments.py --sql                # also print our first page's SQL
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kreisportal_bench .venv/bin/python bench/comments.py

Uses the test settings (DEBUG off) and a throwaway test database made by Django's test
machinery, destroyed at the end even on error; the developer's db.sqlite3 is never opened.
Three chapters get 10, 100 and 2,000 confirmed public comments (threads to level 3), then
for each one it measures, as an anonymous visitor:

1. ours, first page (page cache off): a GET of the chapter page (25 threads per page), the
   whole request, rendered: ``PAGE_CACHE_SECONDS=0`` here, whatever the settings say;
2. ours, first page, page cache warm: the same GET answered from the page cache (what most
   anonymous visitors get);
3. ours, whole thread: ``concept/comments/thread.html`` rendered with a thread whose
   ``nodes`` are ``ChapterThread(chapter).all_nodes()`` on one page (as for print);
4. stock: ``{% render_xtdcomment_tree for chapter %}`` on the same data.

Then the same rows for a real chapter of the 2017 demo (``load_initial_data``): a second
version, the district's responses, a thread on a paragraph the second version removed.

Each row checks its premise and the script stops with an error when it does not hold: a
rendered row must make queries and never be a page-cache hit (``X-Page-Cache``), the cached
row must be a hit on every request with 0 queries and the same bytes (``first_page_rows``,
also run by tests/comments/test_bench_premises.py). Query counts come from one run under
CaptureQueriesContext; times are the median of the timed runs (after one warm-up), which run
without query capture. The machine's load average is printed at the start and the end.
"""

import hashlib
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
import traceback
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQLITE_TEST_FILE = f"/tmp/bench_comments_{os.getpid()}.sqlite3"  # noqa: S108 (a throwaway benchmark database)

import django  # noqa: E402
from django.conf import settings  # noqa: E402

if __name__ == "__main__":
    # Run as a script: sys.path[0] is bench/ (the project packages live one level up) and Django is
    # ours to set up. Imported (tests/test_bench_comments.py), it already is, with its test database.
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    _db = settings.DATABASES["default"]
    if _db["ENGINE"] == "django.db.backends.sqlite3":
        # A file-based test database (more realistic than :memory:), never the developer's file.
        _db.setdefault("TEST", {})["NAME"] = SQLITE_TEST_FILE
    django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.paginator import Paginator  # noqa: E402
from django.db import connection, reset_queries, transaction  # noqa: E402
from django.template import engines  # noqa: E402
from django.template.loader import get_template  # noqa: E402
from django.test import Client, RequestFactory, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment, teardown_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from django.utils.functional import cached_property  # noqa: E402

from wagtail.models import Page, Site  # noqa: E402

from bench import cli  # noqa: E402
from caching import page_cache  # noqa: E402
from concept.blocks import raw_stream  # noqa: E402
from concept.comments.models import ChapterComment  # noqa: E402
from concept.comments.threads import ChapterThread, nest, paragraph_labels  # noqa: E402
from concept.models import ChapterPage, ChapterVersion, ConceptPage, Response  # noqa: E402
from concept.participation import Decision  # noqa: E402
from demo.content.concept_2017 import CONCEPT  # noqa: E402
from home.models import PortalSettings  # noqa: E402
from tests.factories import ChapterPageFactory, ConceptPageFactory, HomePageFactory  # noqa: E402

SIZES = [10, 100, 2000]
RUNS = {10: 15, 100: 15, 2000: 7}
LEVEL_SHARES = [0.40, 0.26, 0.19]  # levels 0, 1, 2; level 3 gets the rest (~15 %)
USERS = 50
SEED = 2017
SHOW_SQL = False  # print the SQL of our first-page request (--sql)

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
    "Die Zahlen aus dem Jahr 2016 sind inzwischen überholt; gibt es aktuellere Daten?",
    "Mir fehlt ein Indikator, der misst, wie viele Menschen nach dem Kurs tatsächlich Arbeit finden.",
    "Dolmetscher für Arztbesuche sind in Kappeln kaum zu bekommen, das sollte der Pool ändern.",
    "Die Wohnungssuche ist das größte Problem, viele Vermieter sagen sofort ab.",
    "Gute Idee, aber wer bezahlt das, wenn die Landesmittel auslaufen?",
    "Ich würde mir mehr Begegnungsorte wünschen, zum Beispiel ein Sprachcafé in der Bücherei.",
    "Die Schulen sind mit den Willkommensklassen allein gelassen worden.",
    "Das Jobcenter und die Migrationsberatung sollten ihre Sprechzeiten abstimmen.",
    "Vielleicht kann man die Erfahrungen aus Flensburg übernehmen, dort läuft das Patenprogramm seit Jahren.",
    "Frauen mit kleinen Kindern werden von den bisherigen Angeboten kaum erreicht.",
    "Ich stimme dem Vorredner zu, die Koordination zwischen den Ämtern ist das eigentliche Problem.",
    "Bitte die Informationen auch in leichter Sprache und auf Arabisch und Dari anbieten.",
    "Die Maßnahme ist sinnvoll, der Zeitrahmen bis 2019 scheint mir aber sehr knapp.",
    "Unsere Kirchengemeinde stellt gern Räume zur Verfügung, wenn jemand die Kurse organisiert.",
    "Wie wird eigentlich sichergestellt, dass die Ergebnisse dieser Beteiligung berücksichtigt werden?",
]
URLS = [
    "https://www.schleswig-flensburg.de/Leben-Soziales/Integration",
    "https://www.bamf.de/DE/Themen/Integration/integration-node.html",
    "https://www.schleswig-holstein.de/DE/landesregierung/themen/soziales/fluechtlinge/fluechtlinge_node.html",
    "www.ehrenamt-sh.de",
]
FIRST_NAMES = ["Anna", "Jens", "Fatima", "Ole", "Merle", "Ahmad", "Birte", "Sören", "Leyla", "Kai", "Hanna", "Yusuf"]
LAST_NAMES = ["Hansen", "Petersen", "Jensen", "Nielsen", "Rahimi", "Schmidt", "Carstensen", "Yilmaz", "Thomsen"]


# --------------------------------------------------------------------------- site and data


def build_site():
    """A HomePage as the default site's root (as tests/conftest.py does), a concept with an
    open window and three chapters with the demo's real chapter texts."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="willkommen")
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    placeholder.delete()
    # A configured site has its settings row (the demo loader creates it too); otherwise the
    # first request creates it, and that save starts a new navigation cache generation.
    PortalSettings.for_site(site)
    now = timezone.now()
    concept = ConceptPageFactory(
        parent=home, slug="konzept", opens_at=now - timedelta(days=30), closes_at=now + timedelta(days=30)
    )
    chapters = []
    for data in CONCEPT["chapters"][: len(SIZES)]:
        chapters.append(
            ChapterPageFactory(
                parent=concept,
                slug=data["slug"],
                title=data["title"],
                number=data["number"],
                summary=data["summary"],
                body=raw_stream(data["body"], "bench", data["number"]),
            )
        )
    return concept, chapters


def make_users(rng):
    user_model = get_user_model()
    users = []
    for index in range(USERS):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        user = user_model(username=f"bench{index}", first_name=first, last_name=last, email=f"bench{index}@example.org")
        user.set_unusable_password()
        users.append(user)
    staff = user_model(
        username="redaktion", first_name="Redaktion", last_name="Kreis", email="redaktion@example.org", is_staff=True
    )
    staff.set_unusable_password()
    users.append(staff)
    user_model.objects.bulk_create(users)
    users = list(user_model.objects.filter(username__startswith="bench").order_by("pk"))
    return users, user_model.objects.get(username="redaktion")


def comment_text(rng):
    target = rng.randint(100, 600)
    parts, length = [], 0
    while length < target - 40 or length < 100:
        sentence = rng.choice(SENTENCES)
        if length + len(sentence) + 1 > 600:
            break
        parts.append(sentence)
        length += len(sentence) + 1
    if rng.random() < 0.12:
        link = f"Mehr dazu: {rng.choice(URLS)}"
        if length + len(link) + 1 <= 600:
            parts.append(link)
    if len(parts) > 2 and rng.random() < 0.3:
        cut = rng.randint(1, len(parts) - 1)
        joiner = "\n\n" if rng.random() < 0.7 else "\n"
        text = " ".join(parts[:cut]) + joiner + " ".join(parts[cut:])
    else:
        text = " ".join(parts)
    assert 100 <= len(text) <= 600, len(text)
    return text


def plan_tree(size, rng):
    """[(level, parent index or None, seconds after the start)] in chronological order."""
    counts = [round(size * share) for share in LEVEL_SHARES]
    counts.append(size - sum(counts))
    levels = [[] for _ in counts]  # indices into `nodes` per level
    nodes = []  # [level, parent index, time]
    span = 28 * 24 * 3600
    for level, count in enumerate(counts):
        for _ in range(count):
            if level == 0:
                parent, moment = None, rng.uniform(0, span)
            else:
                candidates = levels[level - 1]
                # Some threads draw far more replies than others.
                weights = [1 / (rank + 1) ** 0.7 for rank in range(len(candidates))]
                parent = rng.choices(candidates, weights=weights)[0]
                moment = min(nodes[parent][2] + rng.expovariate(1 / (8 * 3600)), span + 3600)
            levels[level].append(len(nodes))
            nodes.append([level, parent, moment])
        rng.shuffle(levels[level])  # popularity independent of age
    order = sorted(range(len(nodes)), key=lambda index: (nodes[index][2], nodes[index][0]))
    return nodes, order


def fill_chapter(chapter, size, users, staff, rng):
    """Comments through XtdComment.save (parent_id set first), so thread_id/order/level and
    nested_count are computed by comments-xtd as in production."""
    chapter_type = ContentType.objects.get_for_model(chapter)
    block_ids = list(paragraph_labels(chapter))
    nodes, order = plan_tree(size, rng)
    start = timezone.now() - timedelta(days=29)
    pks = {}
    with transaction.atomic():
        for index in order:
            level, parent, moment = nodes[index]
            submitted = start + timedelta(seconds=moment)
            user, by_staff = None, False
            if level > 0 and rng.random() < 0.03:
                user, by_staff = staff, True
            elif rng.random() < 0.5:
                user = users[min(int(rng.paretovariate(1.2)) - 1, len(users) - 1)]
            if user:
                name, email = user.get_full_name(), user.email
            else:
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)[0]}."
                email = f"gast{rng.randint(1, 10**6)}@example.net"
            comment = ChapterComment(
                content_type=chapter_type,
                object_pk=str(chapter.pk),
                site_id=settings.SITE_ID,
                user=user,
                user_name=name,
                user_email=email,
                comment=comment_text(rng),
                submit_date=submitted,
                ip_address=None,
                is_public=True,
                is_removed=False,
                confirmed_at=submitted + timedelta(minutes=rng.randint(1, 180)),
                paragraph_id=rng.choice(block_ids) if level == 0 and block_ids and rng.random() < 0.15 else "",
                revision_id=chapter.live_revision_id,  # written on the version now published
                by_staff=by_staff,
                language="de",
                participant_key=hashlib.sha256(email.encode()).hexdigest(),
            )
            if parent is not None:
                comment.parent_id = pks[parent]
            comment.save()
            pks[index] = comment.pk
    return nodes, pks


def verify_tree(chapter, nodes, pks):
    """The stored thread fields match the planned tree and give a valid display order."""
    rows = list(
        ChapterComment.objects.for_page(chapter)
        .order_by("thread_id", "order")
        .values("id", "thread_id", "parent_id", "level", "order", "nested_count")
    )
    assert len(rows) == len(nodes), (len(rows), len(nodes))
    by_id = {row["id"]: row for row in rows}
    for index, (level, parent, _moment) in enumerate(nodes):
        row = by_id[pks[index]]
        assert row["level"] == level, row
        if parent is None:
            assert row["parent_id"] == row["id"] == row["thread_id"], row
        else:
            assert row["parent_id"] == pks[parent], row
            assert row["thread_id"] == by_id[pks[parent]]["thread_id"], row
    descendants = dict.fromkeys(by_id, 0)
    threads, stack = {}, []
    for row in rows:
        threads.setdefault(row["thread_id"], []).append(row["order"])
        while stack and stack[-1]["level"] >= row["level"]:
            stack.pop()
        if row["level"] > 0:
            # Display order is a depth-first walk: the parent is the nearest shallower row above.
            assert stack and stack[-1]["id"] == row["parent_id"], row
            for ancestor in stack:
                descendants[ancestor["id"]] += 1
        stack.append(row)
    for orders in threads.values():
        assert orders == list(range(1, len(orders) + 1)), orders
    for row in rows:
        assert row["nested_count"] == descendants[row["id"]], row
    assert ChapterComment.objects.visible().for_page(chapter).count() == len(nodes)
    shown = 0
    pending = nest(ChapterComment.objects.visible().for_page(chapter).order_by("thread_id", "order"), {})
    while pending:
        node = pending.pop()
        shown += 1
        pending.extend(node.replies)
    assert shown == len(nodes), shown
    counts = [0, 0, 0, 0]
    for row in rows:
        counts[row["level"]] += 1
    return counts, len(threads)


# --------------------------------------------------------------------------- measuring


class WholeThread(ChapterThread):
    """The whole thread on one page, as for print: every node from ``all_nodes()``; the
    rest (count, removed paragraphs) as the chapter page has it."""

    @cached_property
    def nodes(self):
        return self.all_nodes()

    @cached_property
    def page(self):
        return Paginator(self.nodes, max(len(self.nodes), 1)).page(1)  # one page: no pagination links


def premise(holds, row, problem):
    if not holds:
        raise cli.PremiseError(f"'{row}' does not measure what it says: {problem}")


def measure(run, runs, label=""):
    """(queries of one captured run, median ms of `runs` uncaptured runs, last result)."""
    result = run()  # warm-up
    # A request empties the query log when it starts (request_started -> reset_queries), so
    # start from an empty log or the captured slice would miss the request's queries.
    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        run()
    # Count now: captured_queries is read from the live log, which later requests empty.
    queries = len(captured.captured_queries)
    # The query log is a deque of connection.queries_limit entries; more would be lost.
    assert captured.final_queries < connection.queries_limit, captured.final_queries
    if label and SHOW_SQL:
        print(f"\n-- {label}: {queries} queries")
        for query in captured.captured_queries:
            print(f"   {query['sql'][:300]}")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return queries, statistics.median(times) * 1000, result


RENDERED = "ours, first page (page cache off)"
CACHED = "ours, first page, page cache warm"


def first_page_rows(url, runs, label=""):
    """The chapter page as an anonymous visitor, the whole request, twice: rendered, with the page
    cache off whatever the settings say, and read back from the warm page cache. Each row checks
    its premise on every request: the rendered one is never a hit and makes queries, the cached
    one is always a hit and makes none (since the cache became the default, a warm-up had quietly
    turned the "rendered" row into a cache hit). Returns ((queries, ms, html), (queries, ms, html))."""
    client = Client()

    def get(row, hit):
        def run():
            response = client.get(url)
            premise(response.status_code == 200, row, f"status {response.status_code}")
            header = response.get(page_cache.HEADER, "absent")
            premise((header == "hit") == hit, row, f"{page_cache.HEADER}: {header}")
            return response.content

        return run

    with override_settings(PAGE_CACHE_SECONDS=0):
        rendered = measure(get(RENDERED, hit=False), runs, f"{RENDERED}, {label}")
    premise(rendered[0] > 0, RENDERED, "0 queries")
    with override_settings(PAGE_CACHE_SECONDS=600):
        client.get(url)  # renders and stores the page
        cached = measure(get(CACHED, hit=True), runs)
    premise(cached[0] == 0, CACHED, f"{cached[0]} queries")
    premise(cached[2] == rendered[2], CACHED, "not the page the rendered row produced")
    return rendered, cached


def bench_chapter(chapter, runs, stock_template, request_factory, label):
    """Every row for one chapter; ``label`` names it in the table (its size, or the demo's)."""
    url = chapter.url
    (first_queries, first_ms, html), (cached_queries, cached_ms, _html) = first_page_rows(url, runs, label)
    thread = ChapterThread(chapter)
    # The first 25 threads, and below them the threads about paragraphs a later version removed.
    threads = [*thread.page.object_list, *(node.comment.thread_id for node in thread.removed_nodes)]
    first_comments = ChapterComment.objects.visible().for_page(chapter).filter(thread_id__in=threads).count()
    assert html.count(b'<li class="comment') == first_comments, label

    request = request_factory.get(url)
    request.user = AnonymousUser()
    thread_template = get_template("concept/comments/thread.html")
    comment_url = reverse("comments:post", args=[chapter.pk])

    def whole_thread():
        context = {"thread": WholeThread(chapter), "may_comment": Decision(True), "comment_url": comment_url}
        return thread_template.render(context, request)

    whole_queries, whole_ms, whole_html = measure(whole_thread, runs)
    premise(whole_queries > 0, "ours, whole thread", "0 queries")
    visible = ChapterComment.objects.visible().for_page(chapter)
    # all_nodes() holds every thread; those about a removed paragraph show once more in their own section.
    removed = visible.filter(thread_id__in=[node.comment.thread_id for node in thread.removed_nodes]).count()
    assert whole_html.count('<li class="comment') == visible.count() + removed, label

    def stock():
        return stock_template.render({"chapter": chapter}, request)

    # The stock tree reverses comments-xtd's reply and permalink URLs, which our URLconf omits.
    with override_settings(ROOT_URLCONF="bench.urls"):
        stock_queries, stock_ms, stock_html = measure(stock, runs)
    premise(stock_queries > 0, "stock tag", "0 queries")
    assert stock_html.count('<div id="c') == ChapterComment.objects.for_page(chapter).filter(is_public=True).count()

    return {
        "label": label,
        "size": visible.count(),
        "first": (first_queries, first_ms, len(html) / 1024),
        "cached": (cached_queries, cached_ms),
        "first_comments": first_comments,
        "whole": (whole_queries, whole_ms),
        "stock": (stock_queries, stock_ms),
    }


def demo_chapter():
    """The 2017 demo's chapter with the most comments among those with a later version,
    responses and threads on a paragraph the later version removed (what a real chapter has and
    the synthetic ones lack). Loaded with ``manage.py load_initial_data`` beside the bench's site."""
    call_command("load_initial_data", stdout=open(os.devnull, "w"))  # noqa: SIM115
    concept = ConceptPage.objects.get(slug=CONCEPT["slug"])
    candidates = []
    for chapter in ChapterPage.objects.live().child_of(concept).specific():
        comments = ChapterComment.objects.for_page(chapter)
        versions = ChapterVersion.objects.filter(chapter=chapter).count()
        responses = Response.objects.filter(comment__in=comments).count()
        removed = len(ChapterThread(chapter).removed_nodes)
        if versions > 1 and responses and removed:
            candidates.append((comments.count(), chapter, versions, responses, removed))
    assert candidates, "the demo has no chapter with versions, responses and comments on a removed paragraph"
    count, chapter, versions, responses, removed = max(candidates, key=lambda item: item[0])
    hidden = ChapterComment.objects.for_page(chapter).exclude(hidden_at=None).count()
    return chapter, (
        f"{chapter.title}: {count} comments ({hidden} hidden by moderation), {versions} versions, "
        f"{responses} responses, {removed} thread(s) on a paragraph removed in the later version"
    )


def database_label():
    if connection.vendor == "sqlite":
        return f"SQLite {sqlite3.sqlite_version} (file {connection.settings_dict['NAME']})"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    return f"PostgreSQL {version}"


def print_report(database, results, demo, build_seconds, levels, load_at_start):
    db_short = "SQLite" if connection.vendor == "sqlite" else "PostgreSQL"
    print()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(
        f"Machine: {os.cpu_count()} cores, {platform.machine()}, {platform.platform()}; "
        f"Python {platform.python_version()}; Django {django.get_version()}; {database}"
    )
    print(
        f"Finished {time.strftime('%Y-%m-%d %H:%M:%S %Z')}; load average (1, 5, 15 min) at the start: "
        f"{load_at_start}, at the end: {load} (the machine is shared: compare rows of one run)"
    )
    print(
        "Runs: median of 15 (10 and 100 comments, the demo chapter) or 7 (2,000) after one warm-up; query counts "
        "from one extra run under CaptureQueriesContext (timed runs are not captured). Anonymous visitor, "
        "DEBUG=False. First page: the whole request, rendered with PAGE_CACHE_SECONDS=0 (never a hit, checked), "
        "and from the warm page cache (always a hit with 0 queries, checked)."
    )
    print(f"Data built in {build_seconds:.1f} s; levels 0/1/2/3 per chapter: {levels}")
    print(f"Demo chapter: {demo}")
    print()
    header = (
        "| database | chapter | comments | ours first page (page cache off): queries | ms | KB "
        "| first page, page cache warm: queries | ms | ours whole thread: queries | ms "
        "| stock tag whole thread: queries | ms | speed-up first page vs stock | speed-up whole vs stock |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for row in results:
        fq, fms, kb = row["first"]
        cq, cms = row["cached"]
        wq, wms = row["whole"]
        sq, sms = row["stock"]
        print(
            f"| {db_short} | {row['label']} | {row['size']:,} | {fq} | {fms:.1f} | {kb:.0f} | {cq} | {cms:.2f} "
            f"| {wq} | {wms:.1f} | {sq:,} | {sms:.1f} | {sms / fms:.1f}× | {sms / wms:.1f}× |"
        )
    shown = " / ".join(f"{row['first_comments']} of {row['size']:,}" for row in results)
    print()
    print(f"Comments on the first page (25 threads): {shown}.")
    print(
        "The stock tag reads ChapterComment.objects, comments-xtd's own manager (it joins user and content type), "
        "and renders the whole thread; its remaining queries are the per-comment moderator checks."
    )
    print()
    synthetic = [row for row in results if row["label"] == "synthetic"]
    small, large = synthetic[0], synthetic[-1]
    constant = small["first"][0] == large["first"][0] <= 12
    first_x = large["stock"][1] / large["first"][1]
    whole_x = large["stock"][1] / large["whole"][1]
    print("Targets (informational):")
    print(
        f"  {'PASS' if constant else 'MISS'}  first page rendered: same query count at {small['size']:,} and "
        f"{large['size']:,} comments, at most 12 ({small['first'][0]} / {large['first'][0]})"
    )
    print(
        f"  {'PASS' if first_x >= 20 else 'MISS'}  {large['size']:,} comments: first page rendered >= 20x faster "
        f"than the stock tag's whole thread ({first_x:.1f}x)"
    )
    print(
        f"  {'PASS' if whole_x >= 10 else 'MISS'}  {large['size']:,} comments: whole thread unpaginated "
        f">= 10x faster than the stock tag ({whole_x:.1f}x)"
    )


def run_benchmark():
    load_at_start = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    rng = random.Random(SEED)
    started = time.perf_counter()
    _concept, chapters = build_site()
    users, staff = make_users(rng)
    levels = []
    for chapter, size in zip(chapters, SIZES, strict=True):
        nodes, pks = fill_chapter(chapter, size, users, staff, rng)
        counts, threads = verify_tree(chapter, nodes, pks)
        levels.append("/".join(str(count) for count in counts) + f" ({threads} threads)")
    build_seconds = time.perf_counter() - started
    print(f"Built and verified {sum(SIZES):,} comments in {build_seconds:.1f} s", flush=True)

    stock_template = engines["django"].from_string("{% load comments_xtd %}{% render_xtdcomment_tree for chapter %}")
    request_factory = RequestFactory()
    results = []
    with translation.override("de"):
        for chapter, size in zip(chapters, SIZES, strict=True):
            results.append(bench_chapter(chapter, RUNS[size], stock_template, request_factory, "synthetic"))
            print(f"  measured {size:,} comments ({time.perf_counter() - started:.0f} s)", flush=True)
        chapter, demo = demo_chapter()
        print(f"  demo loaded ({time.perf_counter() - started:.0f} s)", flush=True)
        results.append(bench_chapter(chapter, RUNS[10], stock_template, request_factory, "2017 demo"))
    print_report(database_label(), results, demo, build_seconds, "; ".join(levels), load_at_start)


def main(argv=None):
    global SHOW_SQL
    parser = cli.parser(__doc__)
    parser.add_argument("--sql", action="store_true", help="also print the SQL of our first-page request")
    SHOW_SQL = cli.parse(parser, argv).sql
    assert not settings.DEBUG, "the benchmark runs with DEBUG off"
    creation = connection.creation
    old_name = connection.settings_dict["NAME"]
    test_name = creation._get_test_db_name()
    developer_db = str(ROOT / "db.sqlite3")
    assert test_name != old_name and os.path.abspath(str(test_name)) != developer_db, test_name
    setup_test_environment()
    started = time.perf_counter()
    try:
        creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False, serialize=False)
        print(f"Test database {test_name} ready in {time.perf_counter() - started:.1f} s", flush=True)
        run_benchmark()
    except cli.PremiseError as error:
        print(f"\nSTOPPED: {error}", file=sys.stderr)
        return 2
    except Exception:
        traceback.print_exc()
        return 1
    finally:
        # Only ever destroy the test database, never the one it was derived from.
        if connection.settings_dict["NAME"] == test_name != old_name:
            creation.destroy_test_db(old_name, verbosity=0, keepdb=False)
        teardown_test_environment()
    print(f"Total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
