from csp.middleware import CSPMiddleware

from django.conf import settings
from django.middleware.locale import LocaleMiddleware


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its habit of answering a 404 outside the
    language prefixes with a redirect to /de/…: Wagtail's catch-all matches every
    prefixed path, so /api/v2/pages/999/ would otherwise redirect instead of 404."""

    UNPREFIXED = ("/api/", "/admin/", "/django-admin/", "/documents/", "/static/", "/media/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp with the strict policy for the public portal and a looser one for the
    Wagtail and Django admins, whose pages carry inline scripts and styles."""

    ADMIN_PREFIXES = ("/admin/", "/django-admin/")

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(self.ADMIN_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts
