"""Comments in any language and script: each text takes its own direction, names are isolated,
direction overrides never reach the page, and every comment has a name of its own (issue 16)."""

import re
from datetime import timedelta

import pytest

from django.utils import timezone

from concept.comments.models import ChapterComment
from tests.comments.conftest import make_comment, post_comment

pytestmark = pytest.mark.django_db

OVERRIDES = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("char", OVERRIDES)
def test_direction_overrides_are_removed_from_text_and_name(client, chapter, char):
    response = post_comment(client, chapter, name=f"Amira{char} K.", comment=f"Mehr Kurse{char} am Abend.")
    assert response.status_code == 200, response.content[:300]
    comment = ChapterComment.objects.get()
    assert comment.comment == "Mehr Kurse am Abend."
    assert comment.user_name == "Amira K."


def test_direction_marks_stay_in_the_text(client, chapter):
    # The plain marks are harmless and help writers of mixed Arabic and Latin text.
    text = "دورة B1\u200f في Schleswig"
    assert post_comment(client, chapter, comment=text).status_code == 200
    assert ChapterComment.objects.get().comment == text


def test_comment_text_takes_its_own_direction_and_names_are_isolated(client, chapter):
    make_comment(chapter, text="نحتاج إلى دورات مسائية.", user_name="أمل")
    html = client.get(f"/ar{chapter.url.removeprefix('/de')}").content.decode()
    assert '<div class="comment__text" dir="auto"><p>نحتاج إلى دورات مسائية.</p></div>' in html
    assert re.search(r'<bdi class="comment__author" id="c-\d+-author">أمل</bdi>', html)
    # Never a forced German language on a visitor's text.
    assert not re.search(r'class="comment__text"[^>]*lang=', html)


def test_two_comments_by_one_author_have_distinct_names(client, chapter):
    first = make_comment(chapter, text="Erstens", user_name="Ole")
    second = make_comment(chapter, text="Zweitens", user_name="Ole")
    ChapterComment.objects.filter(pk=second.pk).update(submit_date=timezone.now() + timedelta(hours=2))
    html = client.get(chapter.url).content.decode()
    names = {}
    for comment in (first, second):
        article = r'<article aria-labelledby="([^"]+)"><header class="comment__meta">(?:(?!</header>).)*?'
        labelled_by = re.search(article + rf'id="c-{comment.pk}-author"', html).group(1)
        parts = []
        for element_id in labelled_by.split():
            match = re.search(rf'id="{element_id}"[^>]*>([^<]+)<', html)
            assert match, element_id
            parts.append(match.group(1))
        names[comment.pk] = " ".join(parts)
    assert names[first.pk].startswith("Ole") and names[second.pk].startswith("Ole")
    assert names[first.pk] != names[second.pk]


def test_the_comment_being_written_takes_its_own_direction(client, chapter):
    """German typed on the Arabic form reads left to right in the box (and Arabic on the German one
    right to left), as it will on the page."""
    html = client.get(f"/ar/beteiligung/kapitel/{chapter.pk}/kommentieren/").content.decode()
    assert re.search(r'<textarea name="comment" [^>]*dir="auto"', html)
