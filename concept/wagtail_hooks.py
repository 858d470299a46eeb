"""What the comments package adds to chapter pages; the moderation of comments in the Wagtail admin:
its URLs under /admin/kommentare/ and its menu item,
and what the admin's choosers and API show a member of the group "Moderation"."""

from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry

from home.access import public_pages

from .comments import admin_views, chapter_parts
from .models import CHAPTER_API_HOOK, CHAPTER_CONTEXT_HOOK
from .report import admin_hooks as report_admin_hooks  # noqa: F401 - /admin/bericht/ and the dashboard panel
from .report import api as report_api
from .responses import admin_hooks  # noqa: F401 - registers /admin/stellungnahmen/ and its menu item
from .roles import admin_hooks as roles_admin_hooks  # noqa: F401 - the roles panel of the group editor

# The comment threads on a chapter page and its comment figures in the API (concept/models.py).
hooks.register(CHAPTER_CONTEXT_HOOK, chapter_parts.page_context)
hooks.register(CHAPTER_API_HOOK, chapter_parts.api_participation)
hooks.register(CHAPTER_API_HOOK, report_api.chapter_api_links)


class ModerationMenuItem(MenuItem):
    """ "Kommentare" with a badge: how many comments wait to be reviewed or seen (concept/comments/queue.py)."""

    def is_shown(self, request):
        return admin_views.may_moderate(request.user)

    def render_component(self, request):
        from .report.todo import menu_count

        count = menu_count(request.user)
        attrs = dict(self.attrs)
        if count:
            attrs["data-todo-count"] = str(count)
            attrs["aria-label"] = ngettext(
                "Kommentare: %(count)s zu prüfen oder neu", "Kommentare: %(count)s zu prüfen oder neu", count
            ) % {"count": count}
        return LinkMenuItemComponent(
            self.name, self.label, self.url, icon_name=self.icon_name, classname=self.classname, attrs=attrs
        )


@hooks.register("insert_global_admin_css")
def portal_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


# The German help page for the office (templates/concept/admin/help.html), linked from the dashboard:
# every admin user may read it; Wagtail's admin check keeps everybody else out.


@hooks.register("register_admin_urls")
def register_help_url():
    return [path("hilfe/", help_page, name="concept_help")]


def help_page(request):
    from .responses.models import OPEN_LEGEND

    return TemplateResponse(request, "concept/admin/help.html", {"open_legend": OPEN_LEGEND})


@hooks.register("register_help_menu_item")
def register_help_menu_item():
    return MenuItem(_("Hilfe zum Beteiligungsportal"), reverse("concept_help"), name="portal-hilfe", order=50)


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


# The mails citizens get, as they read them (concept/comments/mail_preview.py): /admin/mailtexte/,
# under Einstellungen. Every admin user may look (sample data only); Wagtail's admin check applies.


@hooks.register("register_admin_urls")
def register_mail_texts_url():
    from .comments.mail_preview import mail_texts

    return [path("mailtexte/", mail_texts, name="concept_mail_texts")]


@hooks.register("register_settings_menu_item")
def register_mail_texts_menu_item():
    return MenuItem(_("E-Mail-Texte"), reverse("concept_mail_texts"), name="mailtexte", icon_name="mail", order=900)


# The Word import (concept/wordimport/views.py): its upload form under /admin/konzept-import/ and its menu item.


@hooks.register("register_admin_urls")
def register_import_urls():
    from .wordimport import views as import_views

    return [path("konzept-import/", include((import_views.urlpatterns, import_views.app_name)))]


@hooks.register("before_serve_document", order=-10)  # before Wagtail's login form for restricted collections
def refuse_private_imports(document, request):
    from .wordimport.private import refuse_outsiders

    return refuse_outsiders(document, request)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    from .wordimport.views import ImportMenuItem

    return ImportMenuItem(
        _("Word-Import"),
        reverse("concept_import:upload"),
        name="word-import",
        icon_name="doc-full",
        order=260,
    )


# What the admin shows beyond a user's permissions. Moderators have no page or collection permissions
# (migration 0003_groups): without these hooks the page chooser would show them the titles of draft
# and restricted pages, and the admin API the titles and file names of private documents and images.


@hooks.register("construct_page_chooser_queryset")
def choose_pages_one_may_edit_or_the_public_may_see(pages, request):
    """Pages the user may explore, and public pages of the user's own organisations (a town's
    people never browse the district's tree, issue 22)."""
    from .roles.access import within
    from .roles.organisations import user_trees

    editable = policy_registry.get_by_type(Page).explorable_instances(request.user).values("pk")
    public = within(public_pages(), user_trees(request.user))  # the reading rule: home/access.py
    visible = Q(pk__in=editable) | Q(pk__in=public.values("pk"))
    # Browsing below a page given by its id: the chooser's header would name that page.
    parent_id = request.resolver_match.kwargs.get("parent_page_id") if request.resolver_match else None
    if parent_id is not None and not Page.objects.filter(visible, pk=parent_id).exists():
        raise Http404
    return pages.filter(visible)


@hooks.register("construct_explorer_page_queryset")
def explore_ones_own_organisation(parent_page, pages, request):
    """The explorer (and the admin API's explorer menu) below a start page of another organisation:
    404. Wagtail lets one open any page below the common ancestor of the pages one may edit, which
    for a town's start pages in several languages is the tree's root: the district's start page
    would show its title, status and translations (with no children listed)."""
    from .roles.organisations import user_trees

    trees = user_trees(request.user)
    if trees is None or parent_page.depth < 2 or any(parent_page.path.startswith(path) for path in trees):
        return pages
    raise Http404


class OrganisationPagesSummaryItem(PagesSummaryItem):
    """The dashboard's "N Seiten" of a town's office: its organisation's pages, linked to its start
    page, not every page of the installation under the district's name (Wagtail counts below the
    common ancestor of the pages one may edit: the tree's root for a start page in three languages)."""

    def get_context_data(self, parent_context):
        from .roles.access import within
        from .roles.organisations import organisation_name, user_sites, user_trees

        context = super().get_context_data(parent_context)
        user = self.request.user
        name = organisation_name(user)
        if name is None:  # superusers, people of several organisations: Wagtail's count
            return context
        context["total_pages"] = within(Page.objects.filter(depth__gt=1), user_trees(user)).count()
        context["site_name"] = name
        context["root_page"] = user_sites(user)[0].root_page
        return context


def _named(item, name):
    """A summary item whose "erstellt in …" (for screen readers) names the organisation."""
    read = item.get_context_data
    item.get_context_data = lambda parent_context: {**read(parent_context), "site_name": name}
    return item


@hooks.register("construct_homepage_summary_items", order=100)  # after Wagtail's own items are in
def count_the_organisations_pages(request, items):
    from .roles.organisations import organisation_name

    name = organisation_name(request.user)
    if name is None:
        return
    for index, item in enumerate(items):
        if type(item) is PagesSummaryItem:
            item = OrganisationPagesSummaryItem(request)
        items[index] = _named(item, name)


def limited_to_choosable(viewset):
    """The admin API endpoint `viewset`, listing only what the user may pick in the chooser."""

    class Limited(viewset):
        def get_queryset(self):
            policy = policy_registry.get_by_type(self.model)
            choosable = policy.instances_user_has_any_permission_for(self.request.user, ["choose"])
            return super().get_queryset().filter(pk__in=choosable.values("pk"))

    return Limited


@hooks.register("construct_admin_api", order=1)  # after wagtail.documents and wagtail.images register theirs
def limit_admin_api_to_choosable_files(router):
    router.register_endpoint("documents", limited_to_choosable(DocumentsAdminAPIViewSet))
    router.register_endpoint("images", limited_to_choosable(ImagesAdminAPIViewSet))


# After a concept is published: where it is still missing (the menu, the start page's announcement).
@hooks.register("after_publish_page")
def point_to_menu_and_start_page(request, page):
    from wagtail.admin import messages

    from home.models import FeaturedParticipation

    from .models import ConceptPage

    page = page.specific
    if not isinstance(page, ConceptPage):
        return None
    in_menu = page.show_in_menus
    featured = FeaturedParticipation.objects.filter(page=page).exists()
    if in_menu and featured:
        return None
    missing = []
    buttons = []
    if not in_menu:
        missing.append(_("„Im Menü anzeigen“ (Reiter „Veröffentlichung“) ist nicht angekreuzt"))
        buttons.append(messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]), _("Konzept bearbeiten")))
    if not featured:
        missing.append(_("die Startseite kündigt die Beteiligung noch nicht an („Hervorgehobene Beteiligungen“)"))
        buttons.append(
            messages.button(reverse("wagtailadmin_pages:edit", args=[page.get_parent().pk]), _("Startseite bearbeiten"))
        )
    messages.info(
        request,
        _("„%(title)s“ ist veröffentlicht. Damit Bürgerinnen und Bürger es finden: %(missing)s.")
        % {"title": page.title, "missing": "; ".join(str(item) for item in missing)},
        buttons=buttons,
    )
    return None


class OperatorMenuItem(MenuItem):
    """ "Betrieb" (concept/operations.py, its URL wired in portal/urls.py): for the operator only."""

    def is_shown(self, request):
        from .operations import is_operator

        return is_operator(request.user)


@hooks.register("register_settings_menu_item")
def register_operations_menu_item():
    return OperatorMenuItem(_("Betrieb"), reverse("operations"), name="betrieb", icon_name="cogs", order=950)
