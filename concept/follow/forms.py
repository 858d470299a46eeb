"""The "Benachrichtigen" form: an address and the consent, worded as in the comment form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from concept.comments import rules
from concept.comments.forms import CONSENT_MISSING, consent_label
from home.i18n import checked_text


class FollowForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse an."),
            "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an."),
        },
    )
    consent = forms.BooleanField()

    def __init__(self, *args, privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_label(privacy_url)
        self.fields["consent"].error_messages["required"] = checked_text(CONSENT_MISSING)

    def clean_email(self):
        email = self.cleaned_data.get("email", "")
        rules.refuse_control_characters()(email)
        return rules.check_email(email)
