"""Page weight as a visitor's browser receives it: bytes transferred per page type and resource kind.

Run against a running portal (``make run``, or ``PORT=8020 make run``):

    .venv/bin/python bench/weight.py                         # http://127.0.0.1:8000
    .venv/bin/python bench/weight.py http://127.0.0.1:8020 --budget-kb 50

Loads, each in a fresh browser profile (empty cache, as on a first visit), a topic page,
the start page, a chapter of the open concept and its comment form in Debian's Chromium
(/usr/bin/chromium, driven by Playwright; never ``playwright install``) and records for every
response the bytes on the wire (the encoded body: compressed if the server compressed it,
from ``request.sizes()``, else ``Content-Length``), grouped into HTML, CSS, JS, images, fonts
and other, plus every request to another host (must be 0: no CDN, web font or tracker).
The column "HTML gz" shows what the HTML would weigh if it were sent gzip-compressed
(level 6), for when the server sends it uncompressed.

The budget: a topic page is at most 50 KB of HTML+CSS+JS as transferred. Exits with 1 when
the topic page is over budget or any page asks another host.
"""

import gzip
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import cli

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
KINDS = ["HTML", "CSS", "JS", "images", "fonts", "other"]
RESOURCE_KIND = {"document": "HTML", "stylesheet": "CSS", "script": "JS", "image": "images", "font": "fonts"}


def kind_of(request, content_type):
    kind = RESOURCE_KIND.get(request.resource_type)
    if kind:
        return kind
    if "css" in content_type:
        return "CSS"
    if "javascript" in content_type:
        return "JS"
    if content_type.startswith("image/"):
        return "images"
    if content_type.startswith("font/") or "woff" in content_type:
        return "fonts"
    return "other"


def transferred_bytes(request, response):
    """The body as it came over the wire (compressed when the server compressed it)."""
    try:
        size = request.sizes()["responseBodySize"]
    except Exception:
        size = -1
    if size is None or size < 0:
        size = int(response.headers.get("content-length") or 0)
    return size


def measure(browser, base, path):
    host = urlsplit(base).netloc
    context = browser.new_context()
    page = context.new_page()
    records = []

    def finished(request):
        response = request.response()
        if response is None:
            return
        content_type = response.headers.get("content-type", "")
        record = {
            "url": request.url,
            "host": urlsplit(request.url).netloc,
            "kind": kind_of(request, content_type),
            "bytes": transferred_bytes(request, response),
            "encoding": response.headers.get("content-encoding", "identity"),
            "status": response.status,
            "gzip": None,
        }
        if record["kind"] == "HTML":
            body = response.body()
            record["decoded"] = len(body)
            record["gzip"] = len(gzip.compress(body, compresslevel=6))
        records.append(record)

    failed = []
    page.on("requestfinished", finished)
    page.on("requestfailed", lambda request: failed.append(request.url))
    response = page.goto(urljoin(base, path), wait_until="networkidle")
    status = response.status if response else None
    final = page.url
    context.close()
    totals = dict.fromkeys(KINDS, 0)
    for record in records:
        if record["host"] == host:
            totals[record["kind"]] += record["bytes"]
    return {
        "path": path,
        "final": final,
        "status": status,
        "totals": totals,
        "requests": len(records),
        "foreign": sorted({record["url"] for record in records if record["host"] != host} | set(failed)),
        "html_gzip": sum(
            record["gzip"] or 0 for record in records if record["kind"] == "HTML" and record["host"] == host
        ),
        "encodings": sorted(
            {f"{record['kind']}:{record['encoding']}" for record in records if record["kind"] in ("HTML", "CSS", "JS")}
        ),
    }


def discover(browser, base):
    """The start page, a topic, the open concept's first chapter and its comment form, found
    by following links the way a visitor would (falls back to the demo's paths)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(urljoin(base, "/de/"))
    topic = page.eval_on_selector_all(".tiles a[href]", "links => links.map(a => a.getAttribute('href'))")
    concept = page.eval_on_selector_all(".teaser a[href]", "links => links.map(a => a.getAttribute('href'))") or [
        "/de/fortschreibung-integrationskonzept/"
    ]
    page.goto(urljoin(base, concept[0]))
    chapters = page.eval_on_selector_all(".chapter-list a[href]", "links => links.map(a => a.getAttribute('href'))")
    chapter = chapters[0] if chapters else "/de/fortschreibung-integrationskonzept/sprache-und-bildung/"
    page.goto(urljoin(base, chapter))
    forms = page.eval_on_selector_all(
        "a[href*='/kommentieren/']", "links => links.map(a => a.getAttribute('href').split('?')[0])"
    )
    context.close()
    return {
        "topic": topic[0] if topic else "/de/wohnen/",
        "home": "/de/",
        "chapter": chapter,
        "comment form": forms[0] if forms else None,
    }


def kb(value):
    return f"{value / 1024:.1f}"


def main(argv=None):
    parser = cli.parser(__doc__)
    parser.add_argument("base", nargs="?", default="http://127.0.0.1:8000", help="the portal's base URL")
    parser.add_argument("--budget-kb", type=float, default=50, help="HTML+CSS+JS budget of a topic page")
    args = cli.parse(parser, argv)
    base = args.base.rstrip("/")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        pages = discover(browser, base)
        results = {name: measure(browser, base, path) for name, path in pages.items() if path}
        version = browser.version
        browser.close()

    print(f"Page weight at {base} (Chromium {version}, empty cache), KB as transferred (1 KB = 1024 bytes)\n")
    header = ["page", *KINDS, "total", "HTML+CSS+JS", f"≤ {args.budget_kb:g} KB", "HTML gz", "other hosts", "requests"]
    rows = []
    for name, result in results.items():
        totals = result["totals"]
        core = totals["HTML"] + totals["CSS"] + totals["JS"]
        rows.append(
            [
                name,
                *(kb(totals[kind]) for kind in KINDS),
                kb(sum(totals.values())),
                kb(core),
                "yes" if core <= args.budget_kb * 1024 else "NO",
                kb(result["html_gzip"]),
                str(len(result["foreign"])),
                str(result["requests"]),
            ]
        )
    cli.print_table(header, rows)
    print()
    for name, result in results.items():
        print(f"{name}: {result['path']} (HTTP {result['status']}; {', '.join(result['encodings'])})")
        for url in result["foreign"]:
            print(f"    request to another host: {url}")

    topic = results.get("topic")
    over = topic is not None and sum(topic["totals"][kind] for kind in ("HTML", "CSS", "JS")) > args.budget_kb * 1024
    foreign = any(result["foreign"] for result in results.values())
    return 1 if over or foreign else 0


if __name__ == "__main__":
    sys.exit(main())
