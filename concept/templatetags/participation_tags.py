"""Shows a concept's participation window; lets ``home`` show it without knowing comments."""

from django import template

from concept import participation, visibility
from concept.comments.chapter_parts import ChapterParts, comment_link_marker
from concept.comments.chapter_parts import comment_link as build_comment_link
from concept.comments.render import ThreadRenderer
from concept.models import ChapterPage

register = template.Library()


@register.inclusion_tag("includes/participation_state.html")
def participation_state(concept):
    state = participation.window_state(concept)
    count = None
    if state == participation.CLOSED:
        count = visibility.contribution_count(ChapterPage.objects.child_of(concept))
    return {
        "concept": concept,
        "state": state,
        "message": participation.window_message(concept, contribution_count=count),
    }


@register.filter
def lookup(mapping, key):
    """``counts|lookup:id``: a dict value by a key from the template context."""
    return mapping.get(key) if mapping else None


@register.simple_tag(takes_context=True)
def comment_thread(context, nodes):
    """The nested list items of a thread (see concept/comments/render.py for why not a template)."""
    return ThreadRenderer(context.get("comment_url", ""), may_support=context.get("may_support", False)).render(nodes)


@register.simple_tag(takes_context=True)
def comment_link(context, block_id):
    """Under a block of a chapter: "Kommentieren" and "N Kommentare" (templates/includes/comment_link.html).
    Inside a stored part of the chapter page a marker, filled in per render (``chapter_part``)."""
    if context.get("comment_link_marker"):
        return comment_link_marker(block_id)
    if context.get("comment_counts") is None:  # not on a chapter page (a version, a topic)
        return ""
    counts, anchors = context["comment_counts"], context.get("comment_anchors")
    return build_comment_link(block_id, counts, anchors, context.get("comment_url"))


@register.simple_tag(takes_context=True)
def comment_thread_page(context, thread):
    """The list items of the page of threads, each thread from the cache while unchanged."""
    renderer = ThreadRenderer(context.get("comment_url", ""), may_support=context.get("may_support", False))
    return thread.page_html(renderer, context.get("request"), context.get("chapter_parts"))


class ChapterPartNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        parts = context.get("chapter_parts")
        if parts is None:
            return self.nodelist.render(context)
        html = parts.get(self.name)
        if html is None:
            with context.push(comment_link_marker=True):
                html = self.nodelist.render(context)
            parts.store(self.name, html)
        return parts.fill(html, context)


@register.tag
def chapter_part(parser, token):
    """``{% chapter_part "body" %}…{% endchapter_part %}``: a part of the chapter page that a comment
    does not change, from the cache when stored (concept/comments/chapter_parts.py)."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1].strip("\"'") not in ChapterParts.NAMES:
        raise template.TemplateSyntaxError(f"chapter_part takes one of {ChapterParts.NAMES}")
    nodelist = parser.parse(("endchapter_part",))
    parser.delete_first_token()
    return ChapterPartNode(bits[1].strip("\"'"), nodelist)
