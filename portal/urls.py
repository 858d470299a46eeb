from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from concept import operations
from home import navigation, offline, theme
from home.sitemap import sitemap
from ops import redaction
from search import views as search_views

from . import health
from .api import api_router

# A lost database connection answers 503 with a page that needs no database (portal/views.py).
handler500 = "portal.views.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # The operator's view of every organisation (issue 22), with /healthz's checks.
    path("admin/betrieb/", require_admin_access(operations.overview), {"health": health.checks}, name="operations"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/", include("concept.versions.api_urls")),
    path("api/", include("concept.follow.api_urls")),
    path("api/", include("concept.report.api_urls")),
    path("api/", include("concept.comments.api_urls")),  # last under /api/: its catch-all answers a JSON 404
    path("sitemap.xml", sitemap, name="sitemap"),
    # The service worker from the root, so its scope is the whole site (home/offline.py).
    path("sw.js", offline.service_worker, {"token_patterns": redaction.token_path_patterns}, name="service_worker"),
    # Asked by static/js/offline.js before a form is sent: is the server there? (home/offline.py)
    path("verbindung", offline.connection_check, name="connection_check"),
    # The colours of the request's organisation (issue 22): no inline style under the CSP.
    path("theme.css", theme.stylesheet, {"organisation": navigation.organisation}, name="theme_css"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
]

if settings.SERVE_MEDIA:
    # Uploaded media through Django only on a single machine (make run / make dev);
    # in production a web server or object storage serves them.
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    )

# Everything a visitor reads carries its language: /de/…, /en/…; "/" redirects
# to the best language from Accept-Language (LocaleMiddleware).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include("home.offline_urls")),
    path("beteiligung/bericht/", include("concept.report.urls")),
    path("beteiligung/", include("concept.versions.urls")),
    path("beteiligung/", include("concept.comments.urls")),
    path("beteiligung/", include("concept.follow.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
