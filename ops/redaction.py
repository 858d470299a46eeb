"""One list of the URLs that carry a secret in their path, and the one function that hides it.

A confirmation or unsubscribe link is worth as much as the mail that carried it (only its hash is
stored), so neither the JSON logs, gunicorn's access log, the nginx sample nor an error report may
keep it. They all ask ``redact_path``; ``tests/test_ops.py`` walks the URL resolver so a new
pattern with a token cannot be forgotten here.
"""

import re
from functools import cache

from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern

# URL names whose path holds a token (every argument of these patterns is hidden).
TOKEN_URL_NAMES = frozenset(
    {
        "comments:confirm",
        "comments:unsubscribe",
        "comments:support_confirm",
        "comments:mine",
        "follow:confirm",
        "follow:unsubscribe",
        "wagtailadmin_password_reset_confirm",
    }
)
HIDDEN = "***"


def _pattern_regex(pattern):
    if isinstance(pattern, LocalePrefixPattern):
        return r"[a-z]{2,3}(?:-[a-z0-9-]+)?/"  # any language prefix, not only the active one
    return pattern.regex.pattern.removeprefix("^").removesuffix(r"\Z")


def _walk(resolver, prefix="", namespace=""):
    for entry in resolver.url_patterns:
        regex = prefix + _pattern_regex(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
            yield from _walk(entry, regex, inner)
        elif entry.name:
            yield namespace + entry.name, regex


@cache
def token_path_patterns():
    """Compiled full-path regexes of the token-bearing URLs, read from the URLconf once."""
    return tuple(re.compile("^/" + regex + "$") for name, regex in _walk(get_resolver()) if name in TOKEN_URL_NAMES)


def redact_path(path):
    """The path with every argument of a token-bearing URL replaced by ``***``; a query string
    is dropped (search terms are personal too)."""
    path = (path or "").split("?", 1)[0]
    for pattern in token_path_patterns():
        match = pattern.match(path)
        if match:
            pieces, last = [], 0
            for group in range(1, (match.lastindex or 0) + 1):
                start, end = match.span(group)
                if start >= last:
                    pieces += [path[last:start], HIDDEN]
                    last = end
            return "".join(pieces) + path[last:]
    return path
