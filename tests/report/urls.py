"""The project's URLs plus the report's, until portal/urls.py and concept/wagtail_hooks.py include them."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from concept import report_hooks
from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    # What Wagtail's admin URLs add from the register_admin_urls hook, with its admin access check.
    path("admin/", include(decorate_urlpatterns(report_hooks.register_report_admin_urls(), require_admin_access))),
    *i18n_patterns(path("beteiligung/bericht/", include("concept.report_urls")), prefix_default_language=True),
    *portal_urlpatterns,
]
