"""The emergency link in every page's header: one step to the emergency numbers."""

from django import template
from django.utils.html import escape
from django.utils.translation import gettext, gettext_noop

from wagtail.models import Page

from home.i18n import checked_html
from home.navigation import emergency_link as emergency_page_link

register = template.Library()

EMERGENCY_CALL = gettext_noop("Im Notfall rufen Sie die 112 (Feuerwehr und Rettungsdienst) oder die 110 (Polizei) an.")


@register.inclusion_tag("includes/emergency_link.html", takes_context=True)
def emergency_link(context):
    """``{% emergency_link %}``: "Notfall: 112", linking the localized emergency page from the portal
    settings; nothing while none is set. Read from the cache, so it costs no query per request."""
    request = context.get("request")
    link = emergency_page_link(request) if request is not None else {}
    page = context.get("page")
    is_current = bool(link) and isinstance(page, Page) and page.path == link["path"]
    # Emergency strings: German and English until the language's catalog is reviewed (home.i18n);
    # the note that says so is part of the link's description, so the button stays one line.
    return {
        "link": link,
        "is_current": is_current,
        "label": checked_html(lambda: escape(gettext("Notfall: 112")), note=False),
        "description": checked_html(lambda: escape(gettext("zu allen Notrufnummern und Hilfetelefonen"))),
    }


@register.simple_tag
def emergency_call():
    """``{% emergency_call %}``: the emergency numbers as a sentence (the 503 page), in German and
    English with the note until the language's catalog is reviewed (home.i18n)."""
    return checked_html(lambda: escape(gettext(EMERGENCY_CALL)))
