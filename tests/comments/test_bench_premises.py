"""bench/comments.py measures what its rows say (no timing here): since the page cache became the
default its "rendered" first page had quietly become a cache hit of 0 queries."""

import pytest

from bench.comments import first_page_rows
from tests.comments.conftest import make_comment

pytestmark = pytest.mark.django_db


def test_the_rendered_row_makes_queries_and_the_cached_row_none(chapter):
    thread = make_comment(chapter, "Mehr Sprachkurse am Abend.")
    make_comment(chapter, "In Kappeln auch.", parent=thread)
    make_comment(chapter, "Und Kinderbetreuung dazu.")
    (rendered_queries, _ms, html), (cached_queries, _cached_ms, cached_html) = first_page_rows(chapter.url, runs=1)
    assert rendered_queries > 0
    assert cached_queries == 0
    assert html.count(b'<li class="comment') == 3
    assert cached_html == html
