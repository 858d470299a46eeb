"""Shows a concept's participation window; lets ``home`` show it without knowing comments."""

from django import template

from concept import participation, visibility
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
