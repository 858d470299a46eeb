from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from caching import page_cache

from . import i18n
from .access import is_restricted, is_withdrawn
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


@hooks.register("register_admin_urls", order=-1)  # before wagtail-localize's own submit view
def register_translation_admin_urls():
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
