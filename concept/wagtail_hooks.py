"""The moderation of comments in the Wagtail admin: its URLs under /admin/kommentare/ and its menu item."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import report_hooks  # noqa: F401 - /admin/bericht/ and the dashboard panel
from .comments import admin_views
from .responses import admin_hooks  # noqa: F401 - registers /admin/stellungnahmen/ and its menu item


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_moderate(request.user)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("kommentare/", include((admin_views.urlpatterns, admin_views.app_name)))]


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        _("Kommentare"),
        reverse("concept_moderation:index"),
        name="kommentare",
        icon_name="comment",
        order=250,
    )


# The Word import (concept/import_views.py): its upload form under /admin/konzept-import/ and its menu item.


@hooks.register("register_admin_urls")
def register_import_urls():
    from . import import_views

    return [path("konzept-import/", include((import_views.urlpatterns, import_views.app_name)))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    from .import_views import ImportMenuItem

    return ImportMenuItem(
        _("Word-Import"),
        reverse("concept_import:upload"),
        name="word-import",
        icon_name="doc-full",
        order=260,
    )
