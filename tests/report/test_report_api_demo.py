"""The participation report as JSON against the report page, for every concept of the demo, and its
links from API v2 (the demo is loaded once for this module)."""

import html as html_lib
import re

import pytest

from django.conf import settings

from concept.models import ChapterPage, ConceptPage
from concept.responses.models import Outcome
from tests.conftest import on_own_host

pytestmark = pytest.mark.django_db


def api_url(concept):
    return f"/api/concepts/{concept.pk}/report/"


def text(fragment):
    return html_lib.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def table(page, caption_id):
    """The (row header, number) pairs of one of the report page's figure tables."""
    start = page.index(f'<caption id="{caption_id}">')
    body = page[start : page.index("</tbody>", start)]
    return [
        (text(header), int(count))
        for header, count in re.findall(r'<th scope="row"[^>]*>(.*?)</th><td class="num">(\d+)</td>', body)
    ]


def figures(page):
    return {text(term): int(value) for term, value in re.findall(r"<dt>(.*?)</dt><dd>(\d+)</dd>", page)}


def weighing_rows(page):
    """(number, contribution, response or "", outcome, supports) of every row of the Abwägungstabelle."""
    rows = []
    for chunk in page.split('<tr role="row" class="report-card"')[1:]:
        number = int(re.search(r'report-card__number"[^>]*>.*?</span>(\d+)</th>', chunk).group(1))
        # A hidden but answered contribution shows "Text ausgeblendet: <reason>" in an <em>.
        contribution = re.search(
            r'report-card__contribution">.*?<div (?:dir="auto"|class="report-table__withheld")>'
            r"(?:<em>)?(.*?)(?:</em>)?</div>",
            chunk,
            re.S,
        ).group(1)
        response = re.search(r'report-card__response">.*?</span>(.*?)</td>', chunk, re.S).group(1)
        outcome = re.search(r'report-card__outcome">.*?</span>(.*?)</td>', chunk, re.S).group(1)
        supports = re.search(r'report-card__supports">.*?</span>(\d+)</td>', chunk, re.S).group(1)
        rows.append(
            (
                number,
                text(contribution.replace("<br>", "\n")),
                "" if "report-table__none" in response else text(response.replace("<br>", "\n")),
                text(outcome),
                int(supports),
            )
        )
    return rows


def test_every_demo_concepts_report_reads_the_same_as_json_as_on_its_page(demo_content, client):
    concepts = list(ConceptPage.objects.live().public())
    assert concepts
    total_rows = 0
    for concept in concepts:
        _path, host = on_own_host(concept)  # each organisation's concept on its own site (issue 22)
        page = client.get(f"/de/beteiligung/bericht/{concept.pk}/", **host).content.decode()
        answer = client.get(api_url(concept), HTTP_ACCEPT_LANGUAGE="de", **host)
        assert answer.status_code == 200
        data = answer.json()
        assert data["concept_id"] == concept.pk and data["title"] == concept.title
        shown = figures(page)
        assert (data["contributions"], data["participants"], data["answered"], data["open"]) == (
            shown["Beiträge"],
            shown["Teilnehmende"],
            shown["mit Stellungnahme"],
            shown["noch offen"],
        ), concept.title
        assert [(f"{c['number']}. {c['title']}", c["count"]) for c in data["chapters"]] == table(
            page, "chapters-caption"
        )
        assert [(o["label"], o["count"]) for o in data["outcomes"]] == table(page, "outcomes-caption")
        assert [d["count"] for d in data["days"]] == [count for _day, count in table(page, "days-caption")]
        assert sum(d["count"] for d in data["days"]) <= data["contributions"]
        rows = [
            (r["number"], r["contribution"], r["response"], r["outcome_label"], r["supports"]) for r in data["rows"]
        ]
        assert rows == weighing_rows(page), concept.title
        assert len(rows) == data["contributions"]
        assert {r["outcome"] for r in data["rows"]} <= {*Outcome.values, "open"}
        total_rows += len(rows)
    # The demo's 2017 participation has its 52 contributions, most of them answered.
    assert total_rows >= 50


def test_report_is_linked_from_the_concept_and_its_chapters_in_api_v2(demo_content, client):
    base = settings.WAGTAILAPI_BASE_URL
    concept = ConceptPage.objects.live().public().first()
    expected = f"{base}/api/concepts/{concept.pk}/report/"
    assert client.get(f"/api/v2/pages/{concept.pk}/").json()["report_url"] == expected
    chapter = ChapterPage.objects.child_of(concept).live().first()
    assert client.get(f"/api/v2/pages/{chapter.pk}/").json()["participation"]["report_url"] == expected
    data = client.get(expected.removeprefix(base)).json()
    assert data["html_url"] == f"{base}/de/beteiligung/bericht/{concept.pk}/"
    assert data["csv_url"].startswith(base) and data["xlsx_url"].startswith(base)
