"""What the comments package adds to a chapter page: its threads in the page's context and its figures
in the API's ``participation`` field; registered as Wagtail hooks in concept/wagtail_hooks.py."""

import hashlib
import json
import re
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from caching import page_cache
from concept.models import ChapterPage
from concept.visibility import contribution_count
from home.organisations import absolute_url_for
from home.templatetags.navigation_tags import interface_lang

from .threads import chapter_thread_context


def page_context(chapter, request):
    context = chapter_thread_context(chapter, request)
    context["chapter_parts"] = chapter_parts(chapter, request)
    return context


def api_participation(chapter):
    # Absolute, from the chapter's organisation's address (WAGTAILAPI_BASE_URL for the district's),
    # as every other URL of API v2.
    return {
        "comment_count": contribution_count(ChapterPage.objects.filter(pk=chapter.pk)),
        "comments_url": absolute_url_for(chapter, reverse("comments-api:chapter-comments", args=[chapter.pk])),
        "comment_token_url": absolute_url_for(chapter, f"{reverse('comments-api:token')}?chapter={chapter.pk}"),
        "versions_url": absolute_url_for(chapter, reverse("versions-api:list", args=[chapter.pk])),
        "compare_url": absolute_url_for(chapter, reverse("versions-api:compare", args=[chapter.pk])),
    }


# The chapter page in parts (issue 21): a confirmed comment outdates the chapter's cached page, but
# not its body or its list of versions. Those two parts are kept in the cache on their own, so the
# page rendered after a comment renders only what a comment changes: the counts, the links under
# the paragraphs and the page of threads (templates/concept/chapter_page.html, ``{% chapter_part %}``).
#
# Keys: the body by a digest of what it shows (title, number, summary, the blocks: any publication
# or edit of the row is a new key, a preview is never stored), the versions by the live revision
# (a new version comes with a publication); both by the ``site`` generation (links to other pages,
# a withdrawn concept), the host, the language and the chapter. The comment links under the paragraphs change
# with every comment: the stored body holds a marker in their place, filled in per render. Each thread
# of the page of threads is kept too, under its own generation (``thread_keys``, threads.page_html).

PART_SECONDS = 24 * 3600
_MARKER = "<!--comment-link:{}-->"
_MARKER_RE = re.compile(r"<!--comment-link:([\w-]{1,64})-->")

# How often a part came from the cache and how often it was rendered, per process (the benchmark
# bench/chapter_render.py checks its premise with these; tests too).
part_stats = {"hit": Counter(), "rendered": Counter()}


def comment_link_marker(block_id):
    return mark_safe(_MARKER.format(block_id))  # noqa: S308 (a fixed comment around a block id)


def comment_link(block_id, counts, anchors, comment_url):
    """Under a paragraph, a measure, goals or indicators: "Kommentieren" (while the window is open)
    and "N Kommentare" leading to the first of them."""
    count = counts.get(block_id) if counts else None
    if not comment_url and not count:
        return ""
    pieces = []
    if comment_url:
        pieces.append(
            format_html(
                '<a href="{}?absatz={}">{}<span class="visually-hidden"> ({})</span></a>',
                comment_url,
                block_id,
                _("Kommentieren"),
                _("diesen Abschnitt"),
            )
        )
    if count:
        label = ngettext("%(counter)s Kommentar", "%(counter)s Kommentare", count) % {"counter": count}
        anchor = anchors.get(block_id) if anchors else None
        if anchor:
            pieces.append(
                format_html(
                    ' <a class="comment-link__count" href="{}">{}<span class="visually-hidden"> ({})</span></a>',
                    anchor,
                    label,
                    _("zu diesem Abschnitt"),
                )
            )
        else:
            pieces.append(format_html(' <span class="comment-link__count">{}</span>', label))
    return format_html('<p class="comment-link"{}>{}</p>', interface_lang(), mark_safe("".join(pieces)))  # noqa: S308


class ChapterParts:
    """The stored parts of one chapter page, fetched together in one round trip when first asked."""

    NAMES = ("body", "versions")

    def __init__(self, chapter, request):
        self.chapter = chapter
        self.request = request
        self._found = None

    @cached_property
    def keys(self):
        chapter = self.chapter
        site = page_cache.request_generations(self.request, [page_cache.SITE])[page_cache.SITE]
        shown = [chapter.title, chapter.number, chapter.summary, list(chapter.body.raw_data)]
        digest = hashlib.sha256(json.dumps(shown, cls=DjangoJSONEncoder).encode()).hexdigest()[:32]
        # The host too: a chapter may be served under an organisation's own host (home/organisations.py).
        common = f"{chapter.pk}:{self.request.get_host()}:{get_language()}:{site}"
        return {
            "body": f"chapter-part:body:{common}:{digest}",
            "versions": f"chapter-part:versions:{common}:{chapter.live_revision_id}",
        }

    def thread_keys(self, thread_ids, flags):
        """{thread id: cache key} of the rendered threads: by the chapter, the language, the ``site``
        generation and the live revision (paragraph labels, version links), ``flags`` (whether replies
        may be written and comments supported: the window, the concept), and the thread's own generation."""
        chapter = self.chapter
        site = page_cache.request_generations(self.request, [page_cache.SITE])[page_cache.SITE]
        tags = {thread_id: page_cache.thread_tag(thread_id) for thread_id in thread_ids}
        generations = page_cache.generations(tags.values())
        common = f"{chapter.pk}:{self.request.get_host()}:{get_language()}:{site}:{chapter.live_revision_id}:{flags}"
        return {
            thread_id: f"chapter-part:thread:{common}:{thread_id}:{generations[tag]}" for thread_id, tag in tags.items()
        }

    @staticmethod
    def count(name, *, hit, rendered):
        part_stats["hit"][name] += hit
        part_stats["rendered"][name] += rendered

    def get(self, name):
        if self._found is None:
            self._found = cache.get_many(list(self.keys.values()))
        html = self._found.get(self.keys[name])
        part_stats["hit" if html is not None else "rendered"][name] += 1
        return html

    def store(self, name, html):
        cache.set(self.keys[name], str(html), PART_SECONDS)

    @staticmethod
    def fill(html, context):
        """The stored part with this render's comment links in place of the markers."""
        counts, anchors, url = context.get("comment_counts"), context.get("comment_anchors"), context.get("comment_url")
        return mark_safe(  # noqa: S308 (stored from a rendered template; the links are format_html)
            _MARKER_RE.sub(lambda match: comment_link(match[1], counts, anchors, url), html)
        )


def chapter_parts(chapter, request):
    """The parts cache for this render, or None where it must not be used: a preview (a draft's
    body, never stored) or the cache switched off (``CHAPTER_PARTS_CACHE``)."""
    if not settings.CHAPTER_PARTS_CACHE or getattr(request, "is_preview", False) or not chapter.pk:
        return None
    return ChapterParts(chapter, request)
