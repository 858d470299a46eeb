"""Turns what a visitor typed into a backend query that German readers expect to work."""

import re

from wagtail.search.query import And, PlainText

# Snowball's German stemmer removes only one ending, so "Sprachkurse" stems to
# "sprachkurs" but "Sprachkurs" to "sprachkur": they would not find each other.
# Each word is therefore also searched without one common ending and with the
# plural endings added; on SQLite, which does not stem, this is all the folding there is.
ENDINGS = ("ern", "en", "er", "es", "e", "n", "s")
ADDED_ENDINGS = ("e", "n", "en", "s")
MIN_STEM = 4


def word_variants(word):
    variants = {word, *(word + ending for ending in ADDED_ENDINGS)}
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            variants.add(word[: -len(ending)])
            break
    return sorted(variants)


def build_query(text):
    """Only words reach the backend: quotes, brackets and upper-case NOT/OR are query syntax
    in SQLite's FTS5 and would raise instead of matching. Returns None when no word is left."""
    words = re.sub(r"[^\w\s]", " ", text).lower().split()[:12]
    if not words:
        return None
    # One OR-ed text per word: PostgreSQL then ranks each word once, not once per variant.
    clauses = [PlainText(" ".join(word_variants(word)), operator="or") for word in words]
    return clauses[0] if len(clauses) == 1 else And(clauses)
