import functools
import re

from csp.constants import HEADER, SELF
from csp.middleware import CSPMiddleware
from csp.utils import build_policy

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse, JsonResponse, QueryDict
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string
from django.utils.translation import gettext as _


class PermissionsPolicyMiddleware:
    """Permissions-Policy on every response (from the cache, /healthz, errors too): the portal
    needs no camera, microphone, location and so on, and neither may anything it embeds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its habit of answering a 404 outside the
    language prefixes with a redirect to /de/…: Wagtail's catch-all matches every
    prefixed path, so /api/v2/pages/999/ would otherwise redirect instead of 404."""

    UNPREFIXED = ("/api/", "/admin/", "/django-admin/", "/documents/", "/static/", "/media/")

    def process_request(self, request):
        super().process_request(request)
        if not request.path_info.startswith(self.UNPREFIXED):
            from home.navigation import site_for_request

            # Wagtail's routing asks for the site on every request (a query); this answers it
            # from the process's copy for the current generation (issue 21).
            site_for_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp with the strict policy for the public portal and a looser one for the
    Wagtail and Django admins, whose pages carry inline scripts and styles.

    A page preview (Wagtail renders it through the middleware as a request for the page's public
    path, marked ``is_preview``) keeps the public policy but may be framed by the admin's preview
    panel: ``frame-ancestors 'self'`` and ``X-Frame-Options: SAMEORIGIN`` instead of 'none'/DENY.
    Public responses are never previews (Wagtail sets the mark only in its own preview handler)."""

    ADMIN_PREFIXES = ("/admin/", "/django-admin/")
    PER_RESPONSE = ("_csp_exempt", "_csp_config", "_csp_update", "_csp_replace")

    def process_response(self, request, response):
        if getattr(request, "is_preview", False):
            # XFrameOptionsMiddleware (further in) has set DENY on the way out; overridden here.
            response["X-Frame-Options"] = "SAMEORIGIN"
        # The usual public page (no per-view policy, no nonce) gets the same header every time:
        # built once per process instead of per response (it matters on page-cache hits).
        plain = (
            not settings.DEBUG
            and not request.path_info.startswith(self.ADMIN_PREFIXES)
            and getattr(request, "_csp_nonce", None) is None
            and not getattr(request, "is_preview", False)
            and not any(hasattr(response, name) for name in self.PER_RESPONSE)
            and not getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        )
        if not plain:
            return super().process_response(request, response)
        if HEADER not in response:
            response[HEADER] = _public_policy()
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(self.ADMIN_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        if not report_only and getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


@functools.cache
def _public_policy():
    return build_policy()


@receiver(setting_changed)
def _forget_policy(setting, **kwargs):
    if setting == "CONTENT_SECURITY_POLICY":
        _public_policy.cache_clear()


# C0 controls and DEL; tab, line feed and carriage return are ordinary white space in a query.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
QUERY_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_characters_message():
    return _(
        "Die Adresse enthält Steuerzeichen (unsichtbare Sonderzeichen wie ein Nullbyte). "
        "Bitte entfernen Sie sie und versuchen Sie es noch einmal."
    )


class ControlCharacterMiddleware:
    """Refuses a path or query string with control characters (400), before any view or filter
    passes them to the database: PostgreSQL rejects a NUL byte in text with a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The raw query, not request.GET: reading all of that would keep the page cache from
        # telling which parameters a page uses (caching/page_cache.py).
        query = QueryDict(request.META.get("QUERY_STRING", ""), encoding=request.encoding)
        if CONTROL_CHARACTERS.search(request.path_info) or any(
            QUERY_CONTROL_CHARACTERS.search(text) for name, values in query.lists() for text in (name, *values)
        ):
            return refuse(request, control_characters_message())
        return self.get_response(request)


def refuse(request, message):
    """A 400 with the message: JSON under /api/, otherwise a page that needs no database."""
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=400)
    else:
        response = HttpResponse(render_to_string("400.html", {"message": message}), status=400)
    response["Cache-Control"] = "no-store"
    return response
