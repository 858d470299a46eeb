"""The best matches for the word groups of a query, and how many there are.

On PostgreSQL this reads Wagtail's search index (``wagtailsearch_indexentry``) with one statement
of its own. Wagtail's query filters on ``title || body``, a concatenation PostgreSQL builds anew for
every page in the index, asks for each spelling even when the stemmer makes them one, and ranks and
counts in two statements: a common word cost over 100 ms at 5,000 pages (bench/search.py). Here a
page matches when every word is in its title or in its body (the same pages), each word asks only
for its distinct stems, the ranking uses Wagtail's weights (title above summary above body, times
the title-length factor Wagtail stores), and the count comes with the results.
Elsewhere (SQLite in development and tests) Wagtail's backend answers.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from wagtail.models import Page, get_page_models
from wagtail.search.backends.database.postgres.weights import get_sql_weights

from .query import build_query
from .snippets import page_text

LINK_FIELDS = ("title", "url_path", "path", "depth", "locale", "content_type", "translation_key")


def find(pages, groups, offset, limit):
    """Matches ``offset`` to ``offset + limit`` by relevance as (page, its searchable text), and the
    number of all matches."""
    if connection.vendor != "postgresql":
        results = pages.specific().search(build_query(groups))
        return [(page, page_text(page)) for page in results[offset : offset + limit]], results.count()
    stems = _stems(groups)
    if not stems:  # only stop words ("und für"): nothing to look for
        return [], 0
    rows, total = _ranked_rows(pages, stems, offset, limit)
    if total is None:  # asked for a page past the last match: only the number is needed
        return [], _ranked_rows(pages, stems, 0, 1)[1]
    # The text comes from the index: only what a result's title and link need is loaded.
    shown = Page.objects.filter(pk__in=[page_id for page_id, _text in rows]).only(*LINK_FIELDS)
    by_id = {page.pk: page for page in shown}
    return [(by_id[pk], text) for pk, text in rows if pk in by_id], total


def _config():
    return settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG", "simple")


def _stems(groups):
    """For each word that is not a stop word, the distinct stems of its spellings ("Jobcenter",
    "Jobcenters", "Jobcentern" all become 'jobcent')."""
    lexemes = "tsvector_to_array(to_tsvector(%s::regconfig, %s))"
    params = []
    for variants in groups:
        params += [_config(), variants[0], _config(), " ".join(variants)]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join([lexemes] * 2 * len(groups))}", params)
        row = cursor.fetchone()
    return [row[index + 1] for index in range(0, len(row), 2) if row[index]]


def _tsquery(stems):
    """Stems OR-ed as tsquery text, each quoted (they are already stemmed: the 'simple' configuration
    takes them as they are)."""
    return " | ".join("'{}'".format(stem.replace("\\", "\\\\").replace("'", "''")) for stem in stems)


def _ranked_rows(pages, stems, offset, limit):
    """(page id, searchable text) of the pages at offset..offset + limit, and the number of all
    matches (None when offset lies past the last one)."""
    weights = get_sql_weights()
    page_types = [content_type.pk for content_type in ContentType.objects.get_for_models(*get_page_models()).values()]
    pages_sql, pages_params = pages.order_by().values("pk").query.sql_with_params()
    word = "to_tsquery('simple', %s)"
    every_word = " AND ".join(f"(entry.title @@ {word} OR entry.body @@ {word})" for _ in stems)
    every_word_params = [text for word_stems in stems for text in [_tsquery(word_stems)] * 2]
    any_word = _tsquery([stem for word_stems in stems for stem in word_stems])
    # The matches are materialized, so that only (entry, page, rank) and not the vectors travel on to
    # the count and the sort; the text is read for the few rows shown.
    sql = f"""
        WITH matches AS MATERIALIZED (
            SELECT entry.id, entry.object_id,
                   ts_rank(%s::float4[], entry.title, {word}) * entry.title_norm
                   + ts_rank(%s::float4[], entry.body, {word}) AS rank
            FROM wagtailsearch_indexentry entry
            WHERE entry.content_type_id = ANY(%s) AND {every_word}
        )
        SELECT best.page_id, best.total, entry.body_text
        FROM (
            SELECT id, object_id::integer AS page_id, rank, count(*) OVER () AS total FROM matches
            WHERE object_id::integer IN ({pages_sql})
            ORDER BY rank DESC, page_id DESC
            LIMIT %s OFFSET %s
        ) best JOIN wagtailsearch_indexentry entry ON entry.id = best.id
        ORDER BY best.rank DESC, best.page_id DESC
    """  # noqa: S608 - only placeholders and the SQL Django compiled for the page query go in
    params = [weights, any_word, weights, any_word, page_types, *every_word_params, *pages_params, limit, offset]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if rows:
        return [(page_id, text) for page_id, _total, text in rows], rows[0][1]
    return [], (None if offset else 0)
