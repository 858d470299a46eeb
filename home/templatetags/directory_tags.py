"""The office directory's offices and filter options, built for the page being rendered.

A template tag rather than the page's ``get_context``: home/directory.py reads the office and topic
models, so the page model calling it would make the two modules import each other."""

from django import template

from home.directory import build_directory

register = template.Library()


@register.simple_tag(takes_context=True)
def office_directory(context, page):
    """``{% office_directory page as directory %}``: the offices to show for the request's filter."""
    request = context.get("request")
    return build_directory(page, request.GET if request is not None else {})
