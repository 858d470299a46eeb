"""The form for the district's response to one contribution."""

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from concept.comments.threads import paragraph_labels

from . import services
from .models import Outcome


class VersionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, version):
        label = _("Fassung %(number)s vom %(date)s") % {
            "number": version.number,
            "date": date_format(version.published_at, "DATE_FORMAT"),
        }
        return f"{label}: {version.note}" if version.note else label


class ResponseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=gettext_lazy("Ergebnis"),
        choices=Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Bitte wählen Sie ein Ergebnis."),
            "invalid_choice": gettext_lazy("Bitte wählen Sie eines der angebotenen Ergebnisse."),
        },
    )
    text = forms.CharField(
        label=gettext_lazy("Stellungnahme"),
        help_text=gettext_lazy("Erscheint öffentlich unter dem Beitrag als Stellungnahme des Kreises."),
        max_length=5000,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": gettext_lazy("Bitte schreiben Sie den Text der Stellungnahme."),
            "max_length": gettext_lazy("Die Stellungnahme darf höchstens %(limit_value)d Zeichen lang sein."),
        },
    )
    version = VersionChoiceField(
        label=gettext_lazy("Aufgenommen in der Fassung"),
        help_text=gettext_lazy("Optional: die Fassung des Kapitels, in die der Beitrag eingeflossen ist."),
        queryset=None,
        required=False,
        empty_label=gettext_lazy("– nicht aufgenommen –"),
        error_messages={"invalid_choice": gettext_lazy("Bitte wählen Sie eine der angebotenen Fassungen.")},
    )
    block = forms.CharField(
        label=gettext_lazy("Abschnitt in dieser Fassung"),
        help_text=gettext_lazy("Optional: der Absatz oder die Maßnahme, in die der Beitrag eingeflossen ist."),
        required=False,
        widget=forms.Select,
    )

    def __init__(self, *args, comment, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = {}
        versions = list(services.later_versions(comment))
        self.fields["version"].queryset = services.later_versions(comment)
        self.versions = versions
        shown = self._shown_version(versions)
        labels = paragraph_labels(self._page(shown)) if shown else {}
        self.block_version = shown
        self.fields["block"].widget.choices = [("", _("– ganzes Kapitel –")), *labels.items()]

    def _page(self, version):
        if version.pk not in self._pages:
            self._pages[version.pk] = version.as_page()
        return self._pages[version.pk]

    def _shown_version(self, versions):
        """The version whose paragraphs the block select offers: the chosen one, else the newest."""
        chosen = self.data.get("version") if self.is_bound else self.initial.get("version")
        chosen = getattr(chosen, "pk", chosen)
        for version in versions:
            if str(version.pk) == str(chosen):
                return version
        return versions[-1] if versions else None

    def clean(self):
        cleaned = super().clean()
        version, block = cleaned.get("version"), cleaned.get("block", "")
        if block and version is None and "version" not in self.errors:
            self.add_error("block", _("Bitte wählen Sie zum Abschnitt auch die Fassung."))
        elif block and version is not None and block not in services.anchor_ids(self._page(version)):
            self.add_error(
                "block",
                _("Diesen Abschnitt gibt es in der Fassung %(number)s nicht. Bitte wählen Sie einen aus der Liste.")
                % {"number": version.number},
            )
        return cleaned
