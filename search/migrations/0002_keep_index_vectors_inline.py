"""Keeps the title and body vectors of Wagtail's search index inside the table's rows on PostgreSQL.

A row of ``wagtailsearch_indexentry`` holds the page's text twice (vectors and plain text) and passes
PostgreSQL's 2 kB limit for a typical page, so the body vector went to the TOAST table and every
search fetched it from there again for each page it looked at: 5,068 pages took 21 ms just to read
their body vectors, 2.3 ms when inline (bench/search.py). Rows may now grow to nearly a block before
anything moves out, and the plain-text columns, which search does not read, move out first.
Existing entries are rewritten once. Nothing on other databases."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"


def keep_inline(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} SET (toast_tuple_target = 8160)")
    schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN body SET STORAGE MAIN")
    # Concatenating an empty vector makes a new value, which is stored under the new rules.
    schema_editor.execute(f"UPDATE {TABLE} SET title = title || ''::tsvector, body = body || ''::tsvector")


def back_to_default(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} RESET (toast_tuple_target)")
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ALTER COLUMN title SET STORAGE EXTENDED, ALTER COLUMN body SET STORAGE EXTENDED"
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0001_title_and_body_index")]

    operations = [migrations.RunPython(keep_inline, back_to_default)]
