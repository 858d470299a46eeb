"""The comment form quotes what it is about; "N Kommentare" under a paragraph leads to them."""

import re

import pytest

from django.utils import timezone

from tests.comments.conftest import form_url, make_comment

pytestmark = pytest.mark.django_db


def blocks(chapter, block_type):
    return [block for block in chapter.body if block.block_type == block_type]


def quote(html):
    found = re.search(r'<figure class="quoted-paragraph">(.*?)</figure>', html, flags=re.DOTALL)
    return found.group(1) if found else None


def test_the_form_quotes_the_paragraph_and_links_back_to_it(client, chapter):
    paragraph = blocks(chapter, "paragraph")[0]
    html = client.get(form_url(chapter, absatz=paragraph.id)).content.decode()
    quoted = quote(html)
    assert quoted is not None, "no quotation on the form"
    assert "<p>Viele Ehrenamtliche engagieren sich.</p>" in quoted  # the words, without the editor's markup
    assert f'href="{chapter.url}#b-{paragraph.id}">Absatz 1 (Ausgangslage)</a>' in quoted
    assert "das ganze Kapitel" not in html


def test_the_form_quotes_a_measure_and_goals(client, chapter):
    measure = blocks(chapter, "measures")[0].value.bound_blocks[0]
    quoted = quote(client.get(form_url(chapter, absatz=measure.id)).content.decode())
    assert "<p>Lotsenprogramm</p>" in quoted and "Maßnahme 1</a>" in quoted
    assert "Vereine" not in quoted  # the measure itself, not its partners

    goals = blocks(chapter, "goals")[0]
    quoted = quote(client.get(form_url(chapter, absatz=goals.id)).content.decode())
    assert "Mehr Lotsen gewinnen" in quoted and "Ziele</a>" in quoted


def test_the_quote_stays_when_the_form_comes_back_with_errors(client, chapter):
    paragraph = blocks(chapter, "paragraph")[0]
    response = client.post(form_url(chapter), {"paragraph": paragraph.id, "comment": ""})
    assert response.status_code == 400
    assert "Viele Ehrenamtliche engagieren sich." in quote(response.content.decode())


@pytest.mark.parametrize("query", [{}, {"absatz": "gibt-es-nicht"}])
def test_the_whole_chapter_says_so(client, chapter, query):
    html = client.get(form_url(chapter, **query)).content.decode()
    assert quote(html) is None
    assert "Ihr Kommentar bezieht sich auf das ganze Kapitel" in html


def test_a_reply_quotes_the_comment_not_the_chapter(client, chapter):
    parent = make_comment(chapter, "Gute Idee")
    html = client.get(form_url(chapter, antwort=parent.pk)).content.decode()
    assert "Gute Idee" in html and "das ganze Kapitel" not in html


def close(chapter):
    concept = chapter.concept
    concept.opens_at = timezone.now() - timezone.timedelta(days=40)
    concept.closes_at = timezone.now() - timezone.timedelta(days=10)
    concept.save_revision().publish()


def test_comment_count_under_a_paragraph_links_to_its_comments_on_a_closed_chapter(client, chapter, settings):
    settings.COMMENTS_THREADS_PER_PAGE = 2
    paragraph = blocks(chapter, "paragraph")[0]
    make_comment(chapter, "Zum Kapitel")
    make_comment(chapter, "Zu den Zielen", paragraph_id=blocks(chapter, "goals")[0].id)
    first = make_comment(chapter, "Erster zum Absatz", paragraph_id=paragraph.id)  # third thread: page 2
    make_comment(chapter, "Antwort", parent=first, paragraph_id=paragraph.id)
    close(chapter)

    html = client.get(chapter.url).content.decode()
    assert "?absatz=" not in html  # closed: nothing to comment on any more
    under_paragraph = (
        rf'<div class="paragraph" id="b-{paragraph.id}">.*?<a class="comment-link__count" href="([^"]+)">2 Kommentare'
    )
    link = re.search(under_paragraph, html, flags=re.DOTALL)
    assert link, "the count under the paragraph is not a link"
    assert link.group(1) == f"{chapter.url}?page=2#c-{first.pk}"
    target = client.get(link.group(1).split("#")[0]).content.decode()
    assert f'id="c-{first.pk}"' in target and "Erster zum Absatz" in target
