"""What the walks over every URL share (tests/test_visibility_walk.py walks the public patterns,
tests/test_organisation_admin.py the admin's): the patterns as the resolver has them, and an
answer's text, spreadsheets included, to search for what must not be there."""

import io
import zipfile

from django.urls import URLResolver, get_resolver
from django.utils import translation


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            view = getattr(pattern.callback, "view_class", pattern.callback)
            yield prefix + str(pattern.pattern), view.__module__


def url_routes():
    """Every URL pattern of the project as (route, module of its view), German prefixes."""
    with translation.override("de"):
        return list(_walk(get_resolver().url_patterns))


def readable_text(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content[:2] == b"PK":  # a spreadsheet: search its parts
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return " ".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    return content.decode("utf-8", "replace")
