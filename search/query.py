"""Turns what a visitor typed into a backend query that German readers expect to work."""

import re

from wagtail.search.query import And, Or, PlainText

# Snowball's German stemmer removes only one ending, so "Sprachkurse" stems to
# "sprachkurs" but "Sprachkurs" to "sprachkur": they would not find each other.
# Each word is therefore also searched without one common ending and with the
# plural endings added; on SQLite, which does not stem, this is all the folding there is.
ENDINGS = ("ern", "en", "er", "es", "e", "n", "s")
ADDED_ENDINGS = ("e", "n", "en", "s")
MIN_STEM = 4


def word_variants(word, stemming=False):
    """With a stemmer (PostgreSQL) the word, it with an "e" and without one ending bridge the
    stems Snowball leaves apart; without one (SQLite) the plural endings are added too. Fewer
    variants matter on PostgreSQL: each is ranked against every match (bench/search.py)."""
    variants = {word, word + "e"} if stemming else {word, *(word + ending for ending in ADDED_ENDINGS)}
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            variants.add(word[: -len(ending)])
            break
    return sorted(variants)


def build_query(text, stemming=False):
    """Only words reach the backend: quotes, brackets and upper-case NOT/OR are query syntax
    in SQLite's FTS5 and would raise instead of matching. Returns None when no word is left."""
    words = re.sub(r"[^\w\s]", " ", text).lower().split()[:12]
    if not words:
        return None
    clauses = [Or([PlainText(variant) for variant in word_variants(word, stemming)]) for word in words]
    return clauses[0] if len(clauses) == 1 else And(clauses)
