"""Translating in the admin (issue 15): what wagtail-localize leaves to the editor.

- ``coverage``: every German page translated page by page against every other language: not translated, how much of it
  is translated (wagtail-localize's segments), and *veraltet* when the German page changed after
  the translation was last synced. Shown under Berichte → Übersetzungsstand.
- ``SubmitToEditorView``: after "Übersetzen" into one language the editor lands in that
  translation's editor (wagtail-localize follows the ``next`` address back to the page list).
- ``confirm_partial_publish``: publishing a translation that is not complete asks first and
  says how much is translated; untranslated text would appear in German on the public page.
- Per organisation (issue 22): wagtail-localize lets anyone with a snippet model's permission
  translate every row of it; its screens for a counselling office (submit, update, strings,
  overrides, PO file, machine translation, stop, its snippet API) answer 404 for another
  organisation's office (``may_translate``), as the office's own screens do, and its report
  "Übersetzungen" lists the user's own pages and offices only.
"""

from dataclasses import dataclass, field
from functools import wraps

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.views import snippets_api
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry

from . import i18n
from .organisations import within_sites

MISSING = "missing"
PARTIAL = "partial"
COMPLETE = "complete"
STALE = "stale"
UNSYNCED = "unsynced"  # a translation page made without wagtail-localize (copied), nothing to compare

STATE_LABELS = {
    MISSING: _("nicht übersetzt"),
    PARTIAL: _("teilweise übersetzt"),
    COMPLETE: _("vollständig übersetzt"),
    STALE: _("veraltet"),
    UNSYNCED: _("übersetzt (ohne Abgleich)"),
}


def progress_of(translations):
    """{translation id: (total, translated)} for these translations, two queries for any number."""
    translations = list(translations)
    if not translations:
        return {}
    source_ids = {translation.source_id for translation in translations}
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(count=Count("pk"))
        .values_list("source_id", "count")
    )
    result = {}
    by_locale = {}
    for translation in translations:
        by_locale.setdefault(translation.target_locale_id, set()).add(translation.source_id)
    done = {}
    for locale_id, sources in by_locale.items():
        translated = (
            StringSegment.objects.filter(source_id__in=sources)
            .annotate(
                is_translated=Exists(
                    StringTranslation.objects.filter(
                        translation_of_id=OuterRef("string_id"),
                        context_id=OuterRef("context_id"),
                        locale_id=locale_id,
                        has_error=False,
                    )
                )
            )
            .filter(is_translated=True)
            .values("source_id")
            .annotate(count=Count("pk"))
            .values_list("source_id", "count")
        )
        for source_id, count in translated:
            done[(locale_id, source_id)] = count
    for translation in translations:
        total = totals.get(translation.source_id, 0)
        result[translation.pk] = (total, done.get((translation.target_locale_id, translation.source_id), 0))
    return result


@dataclass
class Cell:
    state: str
    percent: int | None = None
    edit_url: str = ""

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class CoverageRow:
    page: Page
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Coverage:
    locales: list
    rows: list[CoverageRow]
    totals: dict  # {locale code: {state: count}}

    @property
    def summary(self):
        """[(locale, [count per state, in STATE_LABELS order])] for the summary table."""
        return [(locale, list(self.totals[locale.language_code].values())) for locale in self.locales]


def coverage(pages=None):
    """Every German page (tree order; of the page queryset ``pages`` if given) against every other language."""
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    order = [code for code, _name in settings.LANGUAGES]
    locales = sorted(
        Locale.objects.exclude(pk=german.pk),
        key=lambda locale: order.index(locale.language_code) if locale.language_code in order else len(order),
    )
    # Concepts, chapters and events are German only (translated_page_by_page = False): not listed.
    pages = [
        page
        for page in (Page.objects.all() if pages is None else pages).filter(locale=german, depth__gt=1).order_by("path")
        if i18n.translated_page_by_page(page)
    ]
    keys = [page.translation_key for page in pages]
    translated_pages = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, locale__in=locales).only(
            "id", "translation_key", "locale_id"
        )
    }
    sources = {
        source.object_id: source for source in TranslationSource.objects.filter(object_id__in=keys, locale=german)
    }
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(source__in=sources.values(), enabled=True)
    }
    progress = progress_of(translations.values())

    rows, totals = [], {locale.language_code: dict.fromkeys(STATE_LABELS, 0) for locale in locales}
    for page in pages:
        row = CoverageRow(page=page)
        source = sources.get(page.translation_key)
        for locale in locales:
            target = translated_pages.get((page.translation_key, locale.pk))
            translation = translations.get((source.pk, locale.pk)) if source else None
            if target is None:
                cell = Cell(MISSING)
            elif translation is None:
                cell = Cell(UNSYNCED, edit_url=reverse("wagtailadmin_pages:edit", args=[target.pk]))
            else:
                total, done = progress[translation.pk]
                percent = round(100 * done / total) if total else 100
                changed = page.latest_revision_created_at
                if changed and changed > source.last_updated_at:
                    state = STALE
                else:
                    state = COMPLETE if done >= total else PARTIAL
                cell = Cell(state, percent=percent, edit_url=reverse("wagtailadmin_pages:edit", args=[target.pk]))
            totals[locale.language_code][cell.state] += 1
            row.cells.append(cell)
        rows.append(row)
    return Coverage(locales=locales, rows=rows, totals=totals)


def may_see_coverage(user):
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def coverage_view(request):
    if not may_see_coverage(request.user):
        raise PermissionDenied
    # The pages the user may explore (every page for superusers): a town's office sees its own
    # organisation's pages, never the district's (issue 22).
    report = coverage(policy_registry.get_by_type(Page).explorable_instances(request.user))
    return TemplateResponse(
        request,
        "home/admin/translation_coverage.html",
        {"coverage": report, "states": STATE_LABELS, "legend": list(STATE_LABELS.items())},
    )


class SubmitToEditorView(SubmitPageTranslationView):
    """wagtail-localize's "Übersetzen", landing in the translation's editor when one language was chosen.
    Only for a page the user may edit: wagtail-localize asks for its model permission alone, which a
    town's office holds too, and would offer the district's pages (issue 22)."""

    def get_object(self):
        page = super().get_object()
        if not page.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return page

    def form_valid(self, form):
        response = super().form_valid(form)
        locales = form.cleaned_data["locales"]
        if len(locales) == 1:
            translated = self.object.get_translation_or_none(locales[0])
            if translated is not None:
                return redirect("wagtailadmin_pages:edit", translated.pk)
        return response


class UpdateOwnTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Übersetzungen aktualisieren", only for a page the user may edit or an
    office of their organisation (it too asks for the model permission alone, which every
    organisation's office holds, issue 22)."""

    def get_object(self):
        source = super().get_object()
        instance = source.get_source_instance()
        if isinstance(instance, Page):
            if not instance.permissions_for_user(self.request.user).can_edit():
                raise PermissionDenied
        elif not may_translate(self.request.user, source):
            raise Http404
        return source


def own_snippets(user, rows):
    """``rows`` of a snippet model as the user may translate them: of a model kept per organisation
    (one with a ``site``: the counselling offices, issue 22), the rows of the user's organisations;
    every row of other models."""
    per_organisation = any(field.name == "site" for field in rows.model._meta.concrete_fields)
    return within_sites(rows, user) if per_organisation else rows


def may_translate(user, source):
    """Whether the user may work on the translations of a snippet's ``source`` (wagtail-localize's
    TranslationSource): one of the user's own rows in some language. Pages: wagtail-localize asks
    the page's permissions itself."""
    model = source.specific_content_type.model_class()
    if model is None or issubclass(model, Page):
        return True
    return own_snippets(user, model._default_manager.filter(translation_key=source.object_id)).exists()


def own_translation(view):
    """One of wagtail-localize's views about a translation (its strings, overrides, PO file,
    machine translation, stop), for a snippet of the user's own organisation only; another's
    answers 404 before wagtail-localize looks."""

    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = Translation.objects.select_related("source").filter(pk=translation_id).first()
        if translation is not None and not may_translate(request.user, translation.source):
            raise Http404
        return view(request, translation_id, *args, **kwargs)

    guarded.__module__ = __name__  # ours: the admin walk per organisation opens it too
    return guarded


class SubmitOwnSnippetTranslationView(SubmitSnippetTranslationView):
    """wagtail-localize's "Übersetzen" for a snippet: an office of the user's organisation only."""

    def get_object(self):
        instance = super().get_object()
        if not own_snippets(self.request.user, type(instance)._default_manager.filter(pk=instance.pk)).exists():
            raise Http404
        return instance


class OwnSnippetsAPI(snippets_api.SnippetViewSet):
    """The snippet API of wagtail-localize's editor (titles and edit links): the user's own offices."""

    def get_queryset(self):
        return own_snippets(self.request.user, super().get_queryset())


class OwnTranslationsReportView(TranslationsReportView):
    """wagtail-localize's report "Übersetzungen" lists every translation of the installation; here
    those of the pages the user may explore and of the offices of the user's organisations."""

    def get_queryset(self):
        user = self.request.user
        pages = policy_registry.get_by_type(Page).explorable_instances(user).values("translation_key")
        # By name: home.models imports this module (through home.publishing).
        offices = own_snippets(user, apps.get_model("home", "ContactOffice").objects.all()).values("translation_key")
        return super().get_queryset().filter(Q(source__object_id__in=pages) | Q(source__object_id__in=offices))


CONFIRM_FIELD = "teilweise_veroeffentlichen"


@dataclass
class Partial:
    """How much of an incomplete translation is translated."""

    locale_name: str
    total: int
    done: int

    @property
    def missing(self):
        return self.total - self.done

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 100

    @property
    def message(self):
        done = _(
            "Die Übersetzung in %(locale)s ist unvollständig: %(done)s von %(total)s Textabschnitten sind übersetzt "
            "(%(percent)s %%)."
        ) % {"locale": self.locale_name, "done": self.done, "total": self.total, "percent": self.percent}
        missing = ngettext(
            "%(missing)s Abschnitt erscheint auf der öffentlichen Seite auf Deutsch.",
            "%(missing)s Abschnitte erscheinen auf der öffentlichen Seite auf Deutsch.",
            self.missing,
        ) % {"missing": self.missing}
        return f"{done} {missing}"


def partial_translation(page):
    """A ``Partial`` when ``page`` is a translation (wagtail-localize's) that is not complete, else None.
    The one place that decides it: the edit view's question below and every other publishing path
    (``home/publishing.py``) ask here."""
    translation_key, locale_id = getattr(page, "translation_key", None), getattr(page, "locale_id", None)
    if translation_key is None or locale_id is None:
        return None
    translation = (
        Translation.objects.filter(source__object_id=translation_key, target_locale_id=locale_id, enabled=True)
        .select_related("target_locale")
        .first()
    )
    if translation is None:
        return None
    total, done = progress_of([translation])[translation.pk]
    if done >= total:
        return None
    return Partial(locale_name=translation.target_locale.get_display_name(), total=total, done=done)


def confirm_partial_publish(request, page):
    """``before_edit_page``: publishing an incomplete translation shows how much is translated and
    asks first; the confirmation posts the same action again with ``CONFIRM_FIELD``."""
    if request.method != "POST" or request.POST.get("action") != "publish" or request.POST.get(CONFIRM_FIELD):
        return None
    partial = partial_translation(page)
    if partial is None:
        return None
    return TemplateResponse(
        request,
        "home/admin/confirm_partial_publish.html",
        {
            "page": page,
            "partial": partial,
            "confirm_field": CONFIRM_FIELD,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )
