from django.contrib.admin.utils import unquote
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from caching import page_cache

from . import i18n
from .access import is_restricted, is_withdrawn
from .models import ContactOffice
from .organisations import editable_sites, within_sites


def own_offices(request):
    """The offices the admin's user may list, open, change, copy, delete and choose: those of the
    organisations (sites) they work for (``home.organisations.editable_sites``); every one for
    superusers. Another organisation's office answers 404, as one that does not exist."""
    return within_sites(ContactOffice.objects.all(), request.user)


class OwnOfficeOnly:
    """For the viewset's views about one office (edit, delete, copy, inspect, usage, history)."""

    def dispatch(self, request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            pk = unquote(str(pk))
            if not (pk.isascii() and pk.isdigit()) or not own_offices(request).filter(pk=pk).exists():
                raise Http404
        return super().dispatch(request, *args, **kwargs)


class OfficeIndexView(snippet_views.IndexView):
    def get_base_queryset(self):
        return own_offices(self.request)


class OfficeCreateView(snippet_views.CreateView):
    def get_initial_form_instance(self):
        """A new office is the organisation's of its author (the first, for someone of several)."""
        instance = super().get_initial_form_instance()
        sites = editable_sites(self.request.user)
        if instance is not None and instance.site_id is None and sites:
            instance.site = sites[0]
        return instance


def _guarded(view_class):
    return type(view_class.__name__, (OwnOfficeOnly, view_class), {})


class OfficeChooseView(snippet_chooser.ChooseView):
    def get_object_list(self):
        return own_offices(self.request)


class OfficeChooseResultsView(snippet_chooser.ChooseResultsView):
    def get_object_list(self):
        return own_offices(self.request)


class OfficeChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk):
        return own_offices(self.request).get(pk=pk)


class OfficeChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = OfficeChooseView
    choose_results_view_class = OfficeChooseResultsView
    chosen_view_class = OfficeChosenView


class ContactOfficeViewSet(SnippetViewSet):
    model = ContactOffice
    icon = "home"
    menu_label = _("Beratungsstellen")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "city", "phone"]
    search_fields = ["name", "city", "description"]
    chooser_viewset_class = OfficeChooserViewSet
    index_view_class = OfficeIndexView
    add_view_class = OfficeCreateView
    copy_view_class = _guarded(snippet_views.CopyView)
    edit_view_class = _guarded(snippet_views.EditView)
    delete_view_class = _guarded(snippet_views.DeleteView)
    usage_view_class = _guarded(snippet_views.UsageView)
    history_view_class = _guarded(snippet_views.HistoryView)
    inspect_view_class = _guarded(snippet_views.InspectView)


@hooks.register("before_delete_snippet")
def delete_own_offices_only(request, instances):
    """The bulk delete of the listing too: another organisation's office is never deleted."""
    offices = [instance.pk for instance in instances if isinstance(instance, ContactOffice)]
    if offices and own_offices(request).filter(pk__in=offices).count() != len(set(offices)):
        raise Http404


register_snippet(ContactOfficeViewSet)


@hooks.register("before_serve_page")
def offline_with_its_ancestor(page, request, serve_args, serve_kwargs):
    """Wagtail's router serves a live page below an unpublished one (a chapter of a withdrawn
    concept): the reading rule (home/access.py) says it is offline with its ancestor."""
    if is_withdrawn(page, request):
        raise Http404


@hooks.register("before_serve_page")
def follow_the_visitors_language(page, request, serve_args, serve_kwargs):
    """A welcome-portal page requested under a language it has no translation in goes to
    its translation, or else to that language's start page with a note. Concept pages
    are German only and are served as they are."""
    language = get_language()
    if not i18n.translated_page_by_page(page) or i18n.content_language(page) == language:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    translation = page.get_translation_or_none(locale) if locale else None
    if translation is not None and translation.live:
        return redirect(translation.get_url(request))
    if page.depth <= 2:
        return None  # the start page itself: shown in German with the note
    return redirect(f"/{language}/?{i18n.NO_TRANSLATION_PARAM}=1")


@hooks.register("before_serve_page")
def cache_for_visitors(page, request, serve_args, serve_kwargs):
    """Anonymous visitors get the page from the cache next time (caching/page_cache.py decides
    whether the response qualifies). Pages behind a view restriction never do."""
    if is_restricted(page):
        return None
    tags = [page_cache.page_tag(page.pk), *(page.cache_tags() if hasattr(page, "cache_tags") else [])]
    expires_at = page.cache_expires_at() if hasattr(page, "cache_expires_at") else None
    page_cache.mark(request, tags, params=getattr(page, "cache_params", ()), expires_at=expires_at)
    return None


# Translating in the admin (home/translation_admin.py) ---------------------------------------


@hooks.register("register_admin_urls", order=-1)  # before wagtail-localize's own views, which it guards
def register_translation_admin_urls():
    from wagtail_localize.views import edit_translation

    from django.urls import path

    from . import translation_admin

    return [
        path(
            "localize/submit/page/<int:page_id>/",
            translation_admin.SubmitToEditorView.as_view(),
            name="submit_page_translation_to_editor",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            translation_admin.UpdateOwnTranslationsView.as_view(),
            name="update_own_translations",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translation_admin.SubmitOwnSnippetTranslationView.as_view(),
            name="submit_own_snippet_translation",
        ),
        *[
            path(f"localize/translate/<int:translation_id>/{route}", translation_admin.own_translation(view))
            for route, view in (
                ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
                ("overrides/<int:overridable_segment_id>/edit/", edit_translation.edit_override),
                ("pofile/download/", edit_translation.download_pofile),
                ("pofile/upload/", edit_translation.upload_pofile),
                ("machine_translate/", edit_translation.machine_translate),
                ("disable/", edit_translation.stop_translation),
            )
        ],
        path("localize/reports/translations/", translation_admin.OwnTranslationsReportView.as_view()),
        path(
            "localize/reports/translations/results/",
            translation_admin.OwnTranslationsReportView.as_view(results_only=True),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            translation_admin.OwnSnippetsAPI.as_view({"get": "list"}),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translation_admin.OwnSnippetsAPI.as_view({"get": "retrieve"}),
        ),
        path("uebersetzungen/", translation_admin.coverage_view, name="translation_coverage"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_coverage_menu_item():
    from django.urls import reverse

    from wagtail.admin.menu import MenuItem

    return MenuItem(_("Übersetzungsstand"), reverse("translation_coverage"), icon_name="doc-full", order=900)


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize publishes from its editor
def ask_before_publishing_a_partial_translation(request, page):
    from .translation_admin import confirm_partial_publish

    return confirm_partial_publish(request, page)


@hooks.register("before_bulk_action")
def ask_before_bulk_publishing(request, action_type, objects, action):
    """Bulk "Veröffentlichen" asks what every other publishing path asks (home/publishing.py)."""
    from .publishing import confirm_bulk_publish

    return confirm_bulk_publish(request, action_type, objects, action)
