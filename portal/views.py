"""Error pages that render without the database."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views import defaults

RETRY_AFTER_SECONDS = 120


def database_unreachable(error):
    """A lost or refused database connection, also when another exception wraps it (``raise … from``)."""
    while error is not None:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        error = error.__cause__
    return False


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """handler500. Django calls it inside the ``except`` block of the failing request, so
    ``sys.exc_info()`` tells a database outage (503: come back later) from a bug (500)."""
    if not database_unreachable(sys.exc_info()[1]):
        return defaults.server_error(request, template_name)
    # The language from the URL alone: the failure may have come before LocaleMiddleware ran.
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        # No request, so no context processor runs: nothing may query the database here.
        html = render_to_string("503.html")
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
