"""The URLs of the comment pages, where code other than ``reverse`` writes them.

The thread renderer writes a report link for every comment of a thread, thousands on a long
chapter, and ``reverse`` costs tens of microseconds a call (a third more time for the whole thread of
2,000 comments). So the URLconf builds its per-comment routes from the templates below, and the
renderer reverses this URLconf's prefix once per thread (``prefix()``) and appends
``REPORT.format(id)``. ``tests/comments/test_flow.py`` checks that both ways give the same URL in every language.
"""

from django.urls import reverse

# Below this URLconf's prefix (/<language>/beteiligung/).
PERMALINK = "kommentar/{}/"
REPORT = PERMALINK + "melden/"
SUPPORT = PERMALINK + "zustimmen/"

# The query parameters of the form page (comments:post), as the chapter page's links write them:
# the paragraph commented on (a block id) and the comment replied to. The form sends them back as
# its own fields ``paragraph`` and ``reply_to``.
PARAGRAPH_PARAM = "absatz"
REPLY_PARAM = "antwort"


def prefix():
    """This URLconf's prefix in the active language, e.g. ``/de/beteiligung/``."""
    return reverse("comments:permalink", args=[1]).removesuffix(PERMALINK.format(1))
