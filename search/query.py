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
MAX_WORDS = 12


def word_variants(word):
    """The word as typed first, then its other spellings."""
    variants = {word + ending for ending in ADDED_ENDINGS}
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            variants.add(word[: -len(ending)])
            break
    return [word, *sorted(variants - {word})]


def word_groups(text):
    """One list of spellings per word typed; a page matches when it holds one spelling of every word.
    Only words are kept: quotes, brackets and upper-case NOT/OR are query syntax in SQLite's FTS5
    and would raise instead of matching."""
    words = re.sub(r"[^\w\s]", " ", text).lower().split()[:MAX_WORDS]
    return [word_variants(word) for word in words]


def build_query(groups):
    """Wagtail's query for the word groups (None when there is no word). Each word is an Or of its
    spellings: the SQLite backend puts brackets around an Or, but not around the OR-ed terms of one
    PlainText, and FTS5 binds AND tighter than OR, so "Bus Fahrplan" would find every bus page."""
    if not groups:
        return None
    clauses = [Or([PlainText(variant) for variant in variants]) for variants in groups]
    return clauses[0] if len(clauses) == 1 else And(clauses)
