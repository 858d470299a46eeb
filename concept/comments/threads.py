"""The thread of a chapter, read with a constant number of queries.

comments-xtd keeps each thread in display order (``thread_id``, ``order``), so one
ordered query gives every comment of a page of threads; the nesting is built here in
Python, and templates receive finished nodes (no lookups per comment).
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Revision

from concept import participation
from concept.versions.models import ChapterVersion, page_from_revision
from concept.versions.services import block_texts

from .models import ChapterComment


# How long a rendered thread (names and texts, docs/privacy.md) may stay in the cache: as long as
# a whole page (PAGE_CACHE_SECONDS), at least a minute.
def thread_seconds():
    return max(60, settings.PAGE_CACHE_SECONDS)


RESPONSE_FIELDS = [
    "response__id", "response__outcome", "response__text", "response__responded_at", "response__released_at",
    "response__taken_up_block_id", "response__taken_up_in__number", "response__taken_up_in__published_at",
    "response__taken_up_in__chapter_id",
]  # fmt: skip
SHOWN_FIELDS = [
    "id", "thread_id", "parent_id", "level", "order", "user_name", "comment", "submit_date",
    "paragraph_id", "by_staff", "hidden_at", "hidden_reason", "revision_id", "withdrawn_at", "support_count",
]  # fmt: skip


@dataclass
class Node:
    comment: ChapterComment
    replies: list = field(default_factory=list)
    paragraph_label: str = ""
    version: object = None  # the ChapterVersion it was written on, when older than the current one
    removed_quote: str = ""  # the paragraph's old text, when it is no longer in the chapter


def paragraph_labels(chapter):
    """{block id: "Absatz 3 (Ausgangslage)" / "Maßnahme 2"} for every commentable block."""
    labels, paragraph_number, section = {}, 0, ""
    for block in chapter.body:
        if block.block_type == "heading":
            section = block.value
        elif block.block_type == "paragraph":
            paragraph_number += 1
            label = _("Absatz %(number)s") % {"number": paragraph_number}
            labels[block.id] = f"{label} ({section})" if section else label
        elif block.block_type == "measures":
            for number, item in enumerate(block.value.bound_blocks, start=1):
                labels[item.id] = _("Maßnahme %(number)s") % {"number": number}
        elif block.block_type in {"goals", "indicators"}:
            labels[block.id] = _("Ziele") if block.block_type == "goals" else _("Indikatoren")
    return labels


def paragraph_quote(chapter, paragraph_id):
    """The words of the block a comment is about, as the chapter shows them today: one line for
    a paragraph or a measure, one per item for goals and indicators; [] when there is no such block."""
    if not paragraph_id:
        return []
    for block in chapter.body:
        if block.id == paragraph_id:
            if block.block_type in {"goals", "indicators"}:
                return [str(item.value) for item in block.value.bound_blocks]
            if block.block_type == "paragraph":
                return [_plain(block.value)]
            return []
        if block.block_type == "measures":
            for item in block.value.bound_blocks:
                if item.id == paragraph_id:
                    return [item.value["measure"]]
    return []


def _plain(value):
    text = getattr(value, "source", value)
    return re.sub(r"\s+", " ", strip_tags(str(text))).strip()


def nest(comments, labels, versions_by_revision=None, current_revision_id=None):
    """Ordered comments → list of root Nodes with nested replies."""
    versions_by_revision = versions_by_revision or {}
    roots, stack = [], []
    for comment in comments:
        node = Node(comment, paragraph_label=labels.get(comment.paragraph_id, ""))
        if comment.revision_id and comment.revision_id != current_revision_id:
            node.version = versions_by_revision.get(comment.revision_id)
        while stack and stack[-1].comment.level >= comment.level:
            stack.pop()
        if stack and comment.level > 0:
            stack[-1].replies.append(node)
        else:
            roots.append(node)
        stack.append(node)
    return roots


class ChapterThread:
    """One page of a chapter's threads (or all of them, for print and benchmarks)."""

    def __init__(self, chapter, page_number=1, per_page=None):
        self.chapter = chapter
        self.per_page = per_page or settings.COMMENTS_THREADS_PER_PAGE
        self.page_number = page_number

    @cached_property
    def _shown(self):
        return ChapterComment.objects.visible().for_page(self.chapter)

    @cached_property
    def labels(self):
        return paragraph_labels(self.chapter)

    @cached_property
    def versions(self):
        return chapter_versions(self.chapter)

    @cached_property
    def _overview(self):
        """One light query over the whole thread: the root ids to paginate (threads about a
        paragraph that no longer exists are set apart), the per-paragraph counts and the
        total, so none of them needs a query of its own."""
        rows = self._shown.order_by("thread_id", "order").values_list(
            "id", "thread_id", "level", "paragraph_id", "hidden_at"
        )
        root_ids, removed_ids, counts, total, first = [], [], {}, 0, {}
        for comment_id, thread_id, level, paragraph_id, hidden_at in rows:
            if level == 0:
                (removed_ids if paragraph_id and paragraph_id not in self.labels else root_ids).append(thread_id)
            if hidden_at is None:
                total += 1
                if paragraph_id:
                    counts[paragraph_id] = counts.get(paragraph_id, 0) + 1
                    if root_ids and root_ids[-1] == thread_id:  # its thread is listed (not set apart)
                        first.setdefault(paragraph_id, (comment_id, len(root_ids) - 1))
        return root_ids, counts, total, removed_ids, first

    def _nodes(self, comments):
        by_revision = {version.revision_id: version for version in self.versions}
        return nest(comments, self.labels, by_revision, self.chapter.live_revision_id)

    @cached_property
    def page(self):
        return Paginator(self._overview[0], self.per_page).get_page(self.page_number)

    @property
    def counts_by_paragraph(self):
        return self._overview[1]

    def first_comments_by_paragraph(self, path):
        """{block id: link to the first comment about it} ("N Kommentare" under a paragraph leads
        there): the page of threads that shows it, counted from the same query as the counts."""
        links = {}
        for paragraph_id, (comment_id, root_index) in self._overview[4].items():
            page_number = root_index // self.per_page + 1
            query = f"?page={page_number}" if page_number > 1 else ""
            links[paragraph_id] = f"{path}{query}#c-{comment_id}"
        return links

    @property
    def comment_count(self):
        """Comments and replies shown, not counting hidden ones."""
        return self._overview[2]

    def _comments(self, thread_ids=None):
        comments = (
            self._shown.select_related(None)
            .select_related("response", "response__taken_up_in")
            .only(*SHOWN_FIELDS, *RESPONSE_FIELDS)
        )
        if thread_ids is not None:
            comments = comments.filter(thread_id__in=thread_ids)
        return comments.order_by("thread_id", "order")

    @cached_property
    def nodes(self):
        return self._nodes(self._comments(list(self.page.object_list)))

    def page_html(self, renderer, request, parts):
        """The list items of this page of threads. With ``parts`` (the chapter page's parts cache,
        chapter_parts.py) each thread's HTML comes from the cache while its ``thread:<id>`` generation
        (bumped by any change to a comment or response in it, concept/invalidation.py) is the same, and
        only the threads not found are read and rendered: a new reply re-renders its own thread."""
        thread_ids = list(self.page.object_list)
        if parts is None or not thread_ids:
            return renderer.render(self.nodes)
        # What the renderer shows besides the comments: reply links (the window), the support form.
        keys = parts.thread_keys(thread_ids, f"{int(bool(renderer.comment_url))}{int(renderer.may_support)}")
        found = cache.get_many(list(keys.values()))
        missing = [thread_id for thread_id in thread_ids if keys[thread_id] not in found]
        parts.count("threads", hit=len(thread_ids) - len(missing), rendered=len(missing))
        if missing:
            fresh = {node.comment.thread_id: renderer.render([node]) for node in self._nodes(self._comments(missing))}
            cache.set_many({keys[thread_id]: str(html) for thread_id, html in fresh.items()}, thread_seconds())
            found.update({keys[thread_id]: html for thread_id, html in fresh.items()})
        return mark_safe("".join(found.get(keys[thread_id], "") for thread_id in thread_ids))  # noqa: S308 (rendered)

    def all_nodes(self):
        return self._nodes(self._comments())

    @cached_property
    def removed_nodes(self):
        """Threads about paragraphs removed in a later version, each with the old text quoted."""
        removed_ids = self._overview[3]
        if not removed_ids:
            return []
        nodes = self._nodes(self._comments(removed_ids))
        revisions = {node.comment.revision_id for node in nodes}
        old_texts = {}
        for revision in Revision.objects.filter(pk__in=revisions).only("pk", "content"):
            # From the stored content, not revision.as_object() (which loads the tree, the locale
            # and Wagtail's editor comments: five queries more, issue 21).
            for block_id, (_type, text) in block_texts(page_from_revision(self.chapter, revision)).items():
                old_texts.setdefault(block_id, text)
        for node in nodes:
            node.removed_quote = old_texts.get(node.comment.paragraph_id, "")
        return nodes


def chapter_versions(chapter):
    """The chapter's published versions, oldest first; cached until the next publication
    (the key holds the live revision, so a new version is a new key)."""
    key = f"chapter-versions:{chapter.pk}:{chapter.live_revision_id}"
    versions = cache.get(key)
    if versions is None:
        versions = list(ChapterVersion.objects.filter(chapter_id=chapter.pk).order_by("number"))
        cache.set(key, versions, 3600)
    return versions


def page_of_thread(comment):
    """Which page of the chapter's threads shows this comment."""
    earlier_roots = (
        ChapterComment.objects.visible()
        .for_page(comment.content_object)
        .filter(level=0, thread_id__lt=comment.thread_id)
        .count()
    )
    return earlier_roots // settings.COMMENTS_THREADS_PER_PAGE + 1


def chapter_thread_context(chapter, request):
    # The rule is the same for everybody, so the user is not asked (that would read the session).
    decision = participation.may_comment(None, chapter, request=request)
    thread = ChapterThread(chapter, request.GET.get("page"))
    return {
        "thread": thread,
        "breadcrumbs": [chapter.concept],
        "versions": thread.versions,
        "comment_counts": thread.counts_by_paragraph,
        "comment_anchors": thread.first_comments_by_paragraph(request.path),
        "may_comment": decision,
        "comment_url": reverse("comments:post", args=[chapter.pk]) if decision else "",
        # Support for each shown comment while the window is open and the concept allows it (support.py).
        "may_support": bool(decision) and chapter.concept.support_enabled,
    }
