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
