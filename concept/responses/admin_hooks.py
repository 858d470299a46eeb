"""Official responses in the Wagtail admin: URLs under /admin/stellungnahmen/ and the menu item.

Imported by ``concept/wagtail_hooks.py`` (Wagtail only looks for hooks in that module).
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views, release_views


class ResponsesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_respond(request.user)


@hooks.register("register_admin_urls")
def register_response_urls():
    return [
        path("stellungnahmen/", include((admin_views.urlpatterns, admin_views.app_name))),
        path("stellungnahmen/freigabe/", include((release_views.urlpatterns, release_views.app_name))),
    ]


@hooks.register("register_admin_menu_item")
def register_response_menu_item():
    return ResponsesMenuItem(
        _("Stellungnahmen"),
        reverse("concept_responses:index"),
        name="stellungnahmen",
        icon_name="clipboard-list",
        order=260,
    )
