"""For the plain-text mails: a visitor's name always on one line (no header or line injection)."""

from django import template

from concept.comments.text import clean_name

register = template.Library()


@register.filter
def one_line(value):
    return clean_name(str(value or ""))
