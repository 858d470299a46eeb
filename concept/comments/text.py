"""Text from visitors made safe to show and to compare: names on one line without control or
direction-override characters; comment texts compared the way a person reads them."""

import re
import unicodedata

# Direction embeddings, overrides and isolates, and the direction marks: they can make a
# name read differently from what it is. (Zero-width joiners stay: Persian needs them.)
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Invisible characters that make an identical text look new to a plain comparison.
INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
_WHITESPACE = re.compile(r"\s+")


def clean_name(name):
    """One line of visible text: control characters (CR, LF, NUL, ...), line and paragraph
    separators and direction overrides removed, runs of spaces made one."""
    kept = "".join(
        " " if char.isspace() else char
        for char in name
        if char not in BIDI_CONTROLS and (char.isspace() or unicodedata.category(char) != "Cc")
    )
    return _WHITESPACE.sub(" ", kept).strip()


# Embeddings, overrides and isolates in a comment text: left open, they would turn the text
# (and what follows it on the page) around. The plain marks (LRM, RLM, ALM) stay: they are harmless
# and writers of mixed Arabic and Latin text need them.
BIDI_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def clean_text(text):
    """A comment text without direction overrides, embeddings and isolates; line breaks and tabs kept."""
    return "".join(char for char in text if char not in BIDI_OVERRIDES)


def comparable(text):
    """The text as a duplicate check sees it: compatibility forms unified, invisible
    characters dropped, whitespace runs as one space, case folded."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(char for char in text if char not in INVISIBLE and char not in BIDI_CONTROLS)
    return _WHITESPACE.sub(" ", text).strip().casefold()
