"""A short excerpt of a page around the first word of the query, for the result list."""

import re

from django.utils.html import strip_tags

from wagtail.search import index

EXCERPT_LENGTH = 220


def page_text(page):
    """The page's searchable text (summaries, intros, StreamField bodies) as one plain string."""
    parts = [page.search_description]
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            value = field.get_value(page)
            if isinstance(value, (list, tuple)):
                parts.extend(str(item) for item in value)
            elif value:
                parts.append(str(value))
    text = strip_tags(" ".join(part for part in parts if part))
    return re.sub(r"\s+", " ", text).strip()


def excerpt(text, query):
    """Up to EXCERPT_LENGTH characters of a page's text around the first query word found (by word
    start, so 'Sprachkurse' still points at 'Sprachkurs'), else the start of the text."""
    text = re.sub(r"\s+", " ", text).strip()
    start = 0
    for word in re.findall(r"\w{3,}", query):
        # Try the word, then shorter stems of it, so stemmed hits find their place too.
        for length in range(len(word), max(len(word) - 3, 2), -1):
            match = re.search(re.escape(word[:length]), text, re.IGNORECASE)
            if match:
                start = max(0, match.start() - 60)
                break
        if start:
            break
    snippet = text[start : start + EXCERPT_LENGTH]
    prefix = "… " if start else ""
    suffix = " …" if start + EXCERPT_LENGTH < len(text) else ""
    return f"{prefix}{snippet}{suffix}"
