from django.conf import settings
from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject

from . import navigation


def _organisation(request):
    try:
        return navigation.organisation(request)
    except DatabaseError:  # the error pages render while the database is away: the district's defaults
        return {"name": "", "address": "", "accent": "", "theme_version": "", "logo": {}}


def portal(request):
    organisation = SimpleLazyObject(lambda: _organisation(request))
    return {
        # The organisation of this host (issue 22); the district's name where none is set.
        "ORGANISATION": organisation,
        "SITE_NAME": SimpleLazyObject(lambda: organisation["name"] or settings.WAGTAIL_SITE_NAME),
        # Only a visitor with a session can be a logged-in editor. Asking anyone else for
        # request.user would read the session and mark the page "Vary: Cookie", which keeps
        # it out of the page cache.
        "may_be_editor": settings.SESSION_COOKIE_NAME in request.COOKIES,
    }
