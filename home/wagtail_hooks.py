from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactOffice


class ContactOfficeViewSet(SnippetViewSet):
    model = ContactOffice
    icon = "home"
    menu_label = _("Beratungsstellen")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "city", "phone"]
    search_fields = ["name", "city", "description"]


register_snippet(ContactOfficeViewSet)
