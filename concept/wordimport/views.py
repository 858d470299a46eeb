"""The Word import in the Wagtail admin: an upload form at /admin/konzept-import/.

Open to everybody who may add a concept below at least one page (superusers, editors with the
"add" permission on a start page); everybody else gets a 403. The work is done by
``concept.wordimport.importer.import_concept``: the new concept and its chapters are drafts.
"""

from django import forms
from django.conf import settings
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from concept.admin_helpers import forbidden
from concept.models import ConceptPage

from .importer import ConceptImportError, import_concept, max_bytes

app_name = "concept_import"
DOCX_TYPES = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def allowed_parents(user):
    """The pages below which ``user`` may create a concept, in tree order."""
    if not (user.is_active and user.has_perm("wagtailadmin.access_admin")):
        return []
    # Concepts are written in German: only the German start page(s), never a translation's.
    candidates = (
        Page.objects.type(*ConceptPage.allowed_parent_page_models())
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("locale")
        .order_by("path")
    )
    return [
        page
        for page in candidates
        if ConceptPage.can_create_at(page) and page.permissions_for_user(user).can_add_subpage()
    ]


def may_import(user):
    return bool(allowed_parents(user))


class ParentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, page):
        return f"{page.get_admin_display_title()} ({page.locale.language_code})"


class ConceptImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Word-Dokument (.docx)"),
        widget=forms.FileInput(attrs={"accept": DOCX_TYPES}),
        error_messages={"required": gettext_lazy("Bitte wählen Sie ein Word-Dokument (.docx) aus.")},
    )
    parent = ParentChoiceField(
        label=gettext_lazy("Anlegen unter"),
        queryset=Page.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": gettext_lazy("Unter dieser Seite können Sie kein Konzept anlegen.")},
    )
    title = forms.CharField(
        label=gettext_lazy("Titel (optional)"),
        help_text=gettext_lazy("Ohne Angabe: der Titel im Dokument (Formatvorlage „Titel“) oder der Dateiname."),
        max_length=255,
        required=False,
    )

    def __init__(self, *args, parents, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = Page.objects.filter(pk__in=[page.pk for page in parents]).order_by("path")
        self.fields["parent"].initial = parents[0].pk
        self.fields["file"].help_text = _(
            "Höchstens %(limit)s. Jede Überschrift der obersten Ebene (Formatvorlage „Überschrift 1“) "
            "wird ein Kapitel; Konzept und Kapitel entstehen als Entwürfe."
        ) % {"limit": filesizeformat(max_bytes())}

    def describe_errors(self):
        """Points each field with an error at its message (aria-describedby), for screen readers."""
        for name, field in self.fields.items():
            bound = self[name]
            described_by = [f"{bound.auto_id}_helptext"] if field.help_text else []
            if bound.errors:
                described_by.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)


def _success_message(concept, progress):
    """Names the new draft and lists its chapters (with the importer's notes per chapter)."""
    return _(
        "„%(title)s“ wurde als Entwurf angelegt. %(chapters)s. Bitte prüfen Sie die Kapitel, schreiben Sie "
        "bei Bedarf Kurzfassungen und stellen Sie den Beteiligungszeitraum ein, bevor Sie veröffentlichen. "
        "Die Word-Datei ist intern gespeichert (Sammlung „Word-Importe (intern)“) und nicht öffentlich."
    ) % {"title": concept.title, "chapters": "; ".join(progress)}


@require_http_methods(["GET", "POST"])
def import_view(request):
    parents = allowed_parents(request.user)
    if not parents:
        message = _(
            "Sie haben keine Berechtigung, ein Konzept anzulegen, und können daher keine Word-Dokumente importieren."
        )
        return forbidden(request, message, icon="doc-full")

    status = 200
    if request.method == "POST":
        form = ConceptImportForm(request.POST, request.FILES, parents=parents)
        if form.is_valid():
            progress = []
            try:
                concept = import_concept(
                    form.cleaned_data["file"],
                    form.cleaned_data["parent"],
                    title=form.cleaned_data["title"],
                    user=request.user,
                    progress=progress.append,
                )
            except ConceptImportError as error:
                form.add_error("file", error.message)
            else:
                messages.success(request, _success_message(concept, progress))
                return redirect("wagtailadmin_pages:edit", concept.pk)
        status = 400
    else:
        form = ConceptImportForm(parents=parents)
    form.describe_errors()
    return TemplateResponse(request, "concept/admin/import.html", {"form": form}, status=status)


urlpatterns = [path("", import_view, name="upload")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)
