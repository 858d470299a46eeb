"""The participation report in the Wagtail admin: the internal export under /admin/bericht/ and a
dashboard panel with every concept's window, contributions, moderation queue and open answers.

Imported from ``concept/wagtail_hooks.py`` (Wagtail only looks for ``wagtail_hooks`` modules).
"""

from django.urls import NoReverseMatch, include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from concept.responses.models import OPEN_LEGEND
from concept.roles.access import has_role
from concept.roles.models import Role

from . import views as report_views
from .services import dashboard_overview
from .todo import ENDING_SOON_DAYS, todo_for

# Linked from the panel when these URLs exist and the user may use them.
MODERATION_URL_NAME = "concept_moderation:index"
RESPONSES_URL_NAME = "concept_responses:contributions"  # the contributions of one concept
OPEN_RESPONSES_QUERY = "?ergebnis=offen"  # its filter "Noch nicht beantwortet"

admin_urlpatterns = [
    path("<id:concept_id>/intern.xlsx", report_views.internal_xlsx, name="internal_xlsx"),
]


def optional_url(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


class ReportPanel(Component):
    name = "participation_report"
    template_name = "concept/report/dashboard_panel.html"
    order = 90  # above Wagtail's own panels: this is what the portal's editors come for

    def get_context_data(self, parent_context=None):
        user = parent_context["request"].user
        may_moderate = has_role(user, Role.MODERATE)
        concepts = []
        for item in dashboard_overview():
            concept = item.concept
            if not report_views.may_see_internal(user, concept):
                continue
            may_respond = has_role(user, Role.RESPOND, concept)
            responses_url = optional_url(RESPONSES_URL_NAME, concept.pk) if may_respond else ""
            concepts.append(
                {
                    "overview": item,
                    "report_url": optional_url("report:page", concept.pk) if concept.live else "",
                    "internal_url": optional_url("report_admin:internal_xlsx", concept.pk),
                    "responses_url": responses_url,
                    "open_responses_url": responses_url + OPEN_RESPONSES_QUERY if responses_url else "",
                }
            )
        return {
            "concepts": concepts,
            "moderation_url": optional_url(MODERATION_URL_NAME) if may_moderate else "",
            "heading": _("Beteiligung"),
        }


class TodoPanel(Component):
    """ "Heute zu tun": first on the dashboard (concept/report/todo.py)."""

    name = "heute_zu_tun"
    template_name = "concept/report/todo_panel.html"
    order = 10

    def get_context_data(self, parent_context=None):
        request = parent_context["request"]
        return {
            "todo": todo_for(request.user),
            "open_legend": OPEN_LEGEND,
            "ending_soon_days": ENDING_SOON_DAYS,
            "workflow_url": optional_url("wagtailadmin_reports:workflow"),
            "help_url": optional_url("concept_help"),
        }


@hooks.register("construct_homepage_panels")
def add_todo_panel(request, panels):
    if report_views.may_see_internal(request.user):
        panels.insert(0, TodoPanel())


@hooks.register("register_admin_urls")
def register_report_admin_urls():
    return [path("bericht/", include((admin_urlpatterns, "report_admin")))]


@hooks.register("construct_homepage_panels")
def add_report_panel(request, panels):
    if report_views.may_see_internal(request.user):
        panels.append(ReportPanel())
