"""Published versions of a chapter: list, reading an old one, comparison, comments across versions."""

from datetime import timedelta

import pytest
import time_machine

from django.utils import timezone

from concept.versions.models import ChapterVersion
from tests.comments.conftest import make_comment
from tests.factories import ChapterPageFactory, raw_block

pytestmark = pytest.mark.django_db

INTRO = raw_block("paragraph", "<p>Viele Ehrenamtliche helfen beim Ankommen.</p>")
COURSES = raw_block("paragraph", "<p>Sprachkurse gibt es nur in Schleswig.</p>")
CAFES = raw_block("paragraph", "<p>Sprachcafés werden von Vereinen getragen.</p>")


def publish(chapter, body, note, when):
    with time_machine.travel(when, tick=False):
        chapter.body = body
        chapter.change_note = note
        chapter.save_revision().publish()
    chapter.refresh_from_db()
    return chapter.versions.order_by("number").last()


@pytest.fixture
def three_versions(concept):
    chapter = ChapterPageFactory(parent=concept, title="Sprache", body=[INTRO, COURSES, CAFES])
    start = timezone.now() - timedelta(days=400)
    v1 = publish(chapter, [INTRO, COURSES, CAFES], "Entwurf", start)
    courses_v2 = {**COURSES, "value": "<p>Sprachkurse gibt es in Schleswig und Kappeln.</p>"}
    v2 = publish(chapter, [INTRO, courses_v2, CAFES], "Kursorte ergänzt", start + timedelta(days=100))
    v3 = publish(chapter, [INTRO, courses_v2], "Nach der Beteiligung überarbeitet", start + timedelta(days=200))
    return chapter, v1, v2, v3


def test_every_publication_is_a_numbered_version_with_its_note(three_versions):
    chapter, v1, v2, v3 = three_versions
    assert [v.number for v in (v1, v2, v3)] == [1, 2, 3]
    assert [v.note for v in (v1, v2, v3)] == ["Entwurf", "Kursorte ergänzt", "Nach der Beteiligung überarbeitet"]
    chapter.save_revision().publish()  # published again without a new note
    assert ChapterVersion.objects.filter(chapter=chapter).order_by("number").last().note == ""


def test_version_list_and_reading_an_old_version(client, three_versions):
    chapter, v1, v2, v3 = three_versions
    html = client.get(chapter.url).content.decode()
    assert "Fassungen" in html and "Kursorte ergänzt" in html
    assert f"/fassung/{v1.number}/" in html
    old = client.get(f"/de/beteiligung/kapitel/{chapter.pk}/fassung/1/").content.decode()
    assert "Sprachkurse gibt es nur in Schleswig." in old
    assert "Sprachcafés werden von Vereinen getragen." in old
    assert "Zur aktuellen Fassung" in old
    assert client.get(f"/de/beteiligung/kapitel/{chapter.pk}/fassung/9/").status_code == 404


def test_version_dates_under_arabic_read_day_month_year_in_western_digits(client, three_versions):
    """Issue 16: "Fassung vom …" keeps the date whole, in the visitor's language and direction."""
    import re

    chapter, v1, _v2, _v3 = three_versions
    html = client.get("/ar/" + chapter.url.removeprefix("/de/")).content.decode()
    when = timezone.localtime(v1.published_at)
    listed = re.findall(r'<time datetime="([^"]+)" lang="ar" dir="rtl">(\d+) (\S+) (\d{4})</time>', html)
    assert (when.isoformat(), str(when.day), str(when.year)) in [(iso, day, year) for iso, day, _m, year in listed]
    assert len(listed) >= 3, html
    assert all(re.search(r"[\u0600-\u06ff]", month) for _iso, _day, month, _year in listed)


def test_comparison_marks_words_with_text_labels(client, three_versions):
    chapter, *_ = three_versions
    html = client.get(f"/de/beteiligung/kapitel/{chapter.pk}/vergleich/", {"von": 1, "zu": 3}).content.decode()
    assert '<del><span class="visually-hidden">[gestrichen: </span>nur <span' in html
    assert '<ins><span class="visually-hidden">[eingefügt: </span> und Kappeln<span' in html
    assert "Entfernter Abschnitt" in html and "Sprachcafés werden von Vereinen getragen." in html
    assert "Geänderter Abschnitt" in html
    # Unchanged paragraphs are shown plainly.
    assert "Viele Ehrenamtliche helfen beim Ankommen." in html
    for odd in ({"von": "x", "zu": "3"}, {"von": "7", "zu": "1"}):
        assert client.get(f"/de/beteiligung/kapitel/{chapter.pk}/vergleich/", odd).status_code in (200, 404)


def test_comment_on_an_old_version_stays_labelled(client, three_versions):
    chapter, v1, v2, v3 = three_versions
    comment = make_comment(chapter, "Kurse auch in Tarp!", paragraph_id=INTRO["id"], revision_id=v1.revision_id)
    html = client.get(chapter.url).content.decode()
    assert "Kurse auch in Tarp!" in html
    label = f"zur Fassung vom {timezone.localtime(v1.published_at):%-d}."
    assert label in html
    assert f"/fassung/1/#b-{INTRO['id']}" in html
    assert f'id="c-{comment.pk}"' in html


def test_comment_on_a_removed_paragraph_is_listed_apart_with_a_quote(client, three_versions):
    chapter, v1, v2, v3 = three_versions
    make_comment(chapter, "Mehr Geld für die Sprachcafés", paragraph_id=CAFES["id"], revision_id=v2.revision_id)
    make_comment(chapter, "Allgemein gut", revision_id=v3.revision_id)
    html = client.get(chapter.url).content.decode()
    removed = html.index("Kommentare zu entfernten Abschnitten")
    assert html.index("Mehr Geld für die Sprachcafés") > removed
    assert html.index("Allgemein gut") < removed
    assert "Sprachcafés werden von Vereinen getragen." in html[removed:]


def test_versions_as_json_linked_from_the_chapter(client, three_versions):
    chapter, v1, v2, v3 = three_versions
    participation = client.get(f"/api/v2/pages/{chapter.pk}/").json()["participation"]
    listed = client.get(participation["versions_url"].removeprefix("http://127.0.0.1:8000")).json()
    assert [(v["number"], v["note"], v["current"]) for v in listed] == [
        (1, "Entwurf", False),
        (2, "Kursorte ergänzt", False),
        (3, "Nach der Beteiligung überarbeitet", True),
    ]
    old = client.get(listed[0]["api_url"].removeprefix("http://127.0.0.1:8000")).json()
    assert [block["text"] for block in old["blocks"]] == [
        "Viele Ehrenamtliche helfen beim Ankommen.",
        "Sprachkurse gibt es nur in Schleswig.",
        "Sprachcafés werden von Vereinen getragen.",
    ]
    assert [block["id"] for block in old["blocks"]] == [INTRO["id"], COURSES["id"], CAFES["id"]]


def test_comparison_as_json_per_block_and_word(client, three_versions):
    chapter, *_ = three_versions
    url = f"/api/chapters/{chapter.pk}/versions/compare/"
    changes = {c["block_id"]: c for c in client.get(url, {"from": 1, "to": 3}).json()["changes"]}
    assert changes[INTRO["id"]]["state"] == "unchanged"
    assert changes[CAFES["id"]]["state"] == "removed"
    courses = changes[COURSES["id"]]
    assert courses["state"] == "changed"
    assert {"kind": "inserted", "text": " und Kappeln"} in courses["pieces"]
    assert client.get(url).json()["from"]["number"] == 2  # by default the newest against the one before
    assert client.get(url, {"from": "null"}).status_code == 400
    assert client.get(url, {"to": 9}).status_code == 404
    assert client.get(f"/api/chapters/{chapter.pk}/versions/9/").status_code == 404
