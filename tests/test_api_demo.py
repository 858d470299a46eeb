"""The demo through the API, as a headless client reads it: for every chapter the comments API
shows what the chapter page shows, and every URL in every answer is absolute."""

import html
import re
from urllib.parse import urlsplit

import pytest

from django.conf import settings

from concept.models import ChapterPage
from tests.conftest import local_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_content):
    return demo_content


def walk(nodes):
    for node in nodes:
        yield node
        yield from walk(node["replies"])


def api_comments(client, chapter):
    """Every page of the chapter's threads, and the threads about removed paragraphs."""
    first = client.get(f"/api/comments/chapters/{chapter.pk}/").json()
    nodes = list(walk(first["results"]))
    for number in range(2, first["num_pages"] + 1):
        nodes += walk(client.get(f"/api/comments/chapters/{chapter.pk}/", {"page": number}).json()["results"])
    return first, nodes + list(walk(first["removed"]))


def page_comments(client, chapter):
    """{comment id: what its part of the chapter page shows}, over every page of threads."""
    shown, number, count = {}, 1, None
    while True:
        page = client.get(local_url(chapter), {"page": number} if number > 1 else {}).content.decode()
        count = count or int(re.search(r'class="count">\((\d+)\)', page).group(1))
        # Each comment's own part runs from its <li> to the next comment's (its replies come after).
        for chunk in re.split(r'(?=<li class="comment[^"]*" id="c-\d+")', page)[1:]:
            pk = int(re.match(r'<li class="comment[^"]*" id="c-(\d+)"', chunk).group(1))
            outcome = re.search(r'comment-response--(\w+)"', chunk)
            version = re.search(r'class="comment__version"><a href="[^"]*/fassung/(\d+)/', chunk)
            quote = re.search(r'<blockquote class="comment__quote"><p><span[^>]*>[^<]*</span>(.*?)</p>', chunk)
            taken_up = re.search(r'class="comment-response__taken-up"><a href="([^"]+)"', chunk)
            response_text = re.search(r'class="comment-response__text"[^>]*>(.*?)</div>', chunk, re.S)
            shown.setdefault(
                pk,
                {
                    "outcome": outcome.group(1) if outcome else None,
                    "older_version": int(version.group(1)) if version else None,
                    "quote": html.unescape(quote.group(1)) if quote else "",
                    "taken_up": html.unescape(taken_up.group(1)) if taken_up else None,
                    "response_start": html.unescape(re.sub(r"<[^>]+>", "", response_text.group(1)))[:40]
                    if response_text
                    else None,
                },
            )
        if f"?page={number + 1}" not in page:
            return count, shown
        number += 1


def test_every_demo_chapter_reads_the_same_in_the_api_as_on_its_page(demo, client):
    # The district's chapters: the test client is on its host (Stadt Schleswig's answer 404 here).
    chapters = [chapter for chapter in ChapterPage.objects.live().public() if local_url(chapter).startswith("/")]
    assert len(chapters) >= 10
    answered = 0
    for chapter in chapters:
        first, nodes = api_comments(client, chapter)
        count, shown = page_comments(client, chapter)
        assert sorted(node["id"] for node in nodes) == sorted(shown), chapter.title
        assert first["comment_count"] == count, chapter.title
        participation = client.get(f"/api/v2/pages/{chapter.pk}/").json()["participation"]
        assert participation["comment_count"] == count, chapter.title
        for node in nodes:
            on_page = shown[node["id"]]
            response = node["response"]
            assert (response["outcome"] if response else None) == on_page["outcome"], node["id"]
            if response:
                answered += 1
                assert response["text"].startswith(on_page["response_start"].strip()[:30]), node["id"]
                taken_up = response["taken_up_in"]
                assert (urlsplit(taken_up["url"])._replace(scheme="", netloc="").geturl() if taken_up else None) == (
                    on_page["taken_up"]
                )
            written_on = node["written_on"]
            older = written_on["number"] if written_on and not written_on["current"] else None
            assert older == on_page["older_version"], node["id"]
            assert node["removed_paragraph_text"] == on_page["quote"], node["id"]
    # The demo's 2017 participation: most contributions were answered, and the API shows it.
    assert answered >= 50


def urls_in(value, key=""):
    if isinstance(value, dict):
        for name, item in value.items():
            yield from urls_in(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from urls_in(item, key)
    elif key.endswith("url") and value:
        yield key, value


def test_every_url_in_every_api_answer_is_absolute(demo, client):
    base = settings.WAGTAILAPI_BASE_URL
    answers = [client.get("/api/v2/pages/", {"limit": 100, "fields": "*"}).json()]
    for item in answers[0]["items"]:
        answers.append(client.get(f"/api/v2/pages/{item['id']}/").json())
    answers.append(client.get("/api/v2/images/", {"fields": "*"}).json())
    answers.append(client.get("/api/v2/documents/", {"fields": "*"}).json())
    for chapter in ChapterPage.objects.live().public():
        answers.append(client.get(f"/api/comments/chapters/{chapter.pk}/").json())
        answers.append(client.get("/api/comments/token/", {"chapter": chapter.pk}).json())
    found = [pair for answer in answers for pair in urls_in(answer)]
    names = {name for name, _url in found}
    assert {"detail_url", "html_url", "comments_url", "url", "post_url"} <= names
    relative = [(name, url) for name, url in found if not url.startswith(f"{base}/")]
    assert not relative


def site_search_paths(client, query):
    """The paths of every result of /de/search/, page after page, in their order."""
    paths, number = [], 1
    while True:
        page = client.get("/de/search/", {"q": query, "page": number}).content.decode()
        paths += re.findall(r'<a class="result__title" href="([^"]+)"', page)
        if f"page={number + 1}" not in page:
            return paths
        number += 1


@pytest.mark.parametrize("query", ["Sprachkurs", "Sprachkurse", "Kita", "Wohnung Kappeln"])
def test_api_search_finds_what_the_site_search_finds(demo, client, query):
    answer = client.get("/api/v2/pages/", {"search": query, "locale": "de", "limit": 100}).json()
    api_paths = [urlsplit(item["meta"]["html_url"]).path for item in answer["items"]]
    site = site_search_paths(client, query)
    assert len(site) >= 2
    assert api_paths == site
