"""Shows a concept's participation window; lets ``home`` show it without knowing comments."""

from django import template

from concept import participation

register = template.Library()


@register.inclusion_tag("includes/participation_state.html")
def participation_state(concept):
    return {
        "concept": concept,
        "state": participation.window_state(concept),
        "message": participation.window_message(concept),
    }
