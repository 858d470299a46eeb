"""The comment form: comments-xtd's form with our fields, rules and German wording.

Everything that makes a submission invalid is a form error here, so the visitor
gets a message next to the field and keeps what they typed.
"""

from django_comments_xtd.forms import XtdCommentForm

from django import forms
from django.conf import settings
from django.core import validators
from django.utils.html import escape, format_html
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from home.i18n import checked_html, checked_text

from . import rules
from .models import ChapterComment
from .rules import CONTROL_CHARACTERS, refuse_control_characters

CONSENT = gettext_noop(
    "Ich habe die Datenschutzerklärung gelesen und bin mit der Verarbeitung meiner Angaben einverstanden."
)
CONSENT_MISSING = gettext_noop("Bitte stimmen Sie der Datenschutzerklärung zu.")


def consent_label(privacy_url=""):
    """The consent line of every form that takes an address (comment, support, follow), linking
    the privacy page when there is one; German and English until the catalog is reviewed."""
    if not privacy_url:
        return checked_html(lambda: escape(gettext(CONSENT)))
    return checked_html(
        lambda: format_html(
            '{} <a href="{}">{}</a>',
            gettext("Ich bin mit der Verarbeitung meiner Angaben einverstanden, wie in der"),
            privacy_url,
            gettext("Datenschutzerklärung beschrieben."),
        )
    )


class CommentForm(XtdCommentForm):
    consent = forms.BooleanField(label=_(CONSENT), error_messages={"required": _(CONSENT_MISSING)})
    paragraph = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    parent = None  # the comment replied to, once clean_reply_to found it

    def __init__(self, target_object, *args, user=None, privacy_url="", paragraph_ids=(), **kwargs):
        self.user = user
        self.paragraph_ids = set(paragraph_ids)
        super().__init__(target_object, *args, **kwargs)
        del self.fields["url"]
        self.fields["reply_to"].required = False
        self.fields["name"].label = _("Name oder Pseudonym")
        self.fields["name"].help_text = _("Wird öffentlich über Ihrem Kommentar angezeigt.")
        self.fields["name"].widget = forms.TextInput(attrs={"autocomplete": "nickname"})
        self.fields["name"].error_messages["required"] = _("Bitte geben Sie einen Namen oder ein Pseudonym an.")
        # Our check covers NUL too (Django's own would add a second message for it).
        name_checks = self.fields["name"].validators
        self.fields["name"].validators = [
            *(v for v in name_checks if not isinstance(v, validators.ProhibitNullCharactersValidator)),
            refuse_control_characters(CONTROL_CHARACTERS),
        ]
        self.fields["email"].label = _("E-Mail-Adresse")
        # Consent and privacy strings: German and English until the catalog is reviewed (home.i18n).
        self.fields["email"].help_text = checked_html(
            lambda: escape(
                gettext(
                    "Nur für den Bestätigungslink und, wenn Sie möchten, für Benachrichtigungen. "
                    "Sie wird nie angezeigt."
                )
            ),
            note=False,
        )
        self.fields["email"].widget = forms.EmailInput(attrs={"autocomplete": "email"})
        self.fields["comment"].label = _("Ihr Kommentar")
        self.fields["comment"].max_length = settings.COMMENTS_MAX_LENGTH
        self.fields["comment"].help_text = _("Nur Text, höchstens %(limit)s Zeichen. Links werden klickbar.") % {
            "limit": settings.COMMENTS_MAX_LENGTH
        }
        self.fields["comment"].error_messages["required"] = _("Bitte schreiben Sie einen Kommentar.")
        self.fields["email"].error_messages["required"] = _("Bitte geben Sie Ihre E-Mail-Adresse an.")
        self.fields["email"].error_messages["invalid"] = _("Bitte geben Sie eine gültige E-Mail-Adresse an.")
        self.fields["comment"].widget = forms.Textarea(attrs={"rows": 8, "maxlength": settings.COMMENTS_MAX_LENGTH})
        # Django's own validators were built with the library's limit (3,000) and the NUL check; use ours.
        self.fields["comment"].validators = rules.text_validators()
        self.fields["followup"].label = _("Benachrichtigen Sie mich per E-Mail über Antworten und die Stellungnahme.")
        self.fields["followup"].widget = forms.CheckboxInput()
        self.fields["honeypot"].label = _("Bitte lassen Sie dieses Feld leer.")
        self.fields["consent"].label = consent_label(privacy_url)
        self.fields["consent"].error_messages["required"] = checked_text(CONSENT_MISSING)
        if user is not None and user.is_authenticated:
            # Logged-in editors post under their account; name and e-mail come from it.
            for name in ("name", "email", "consent"):
                self.fields[name].required = False
                self.fields[name].widget = forms.HiddenInput()

    def get_comment_model(self):
        return ChapterComment

    def clean_reply_to(self):
        parent_id = self.cleaned_data.get("reply_to") or 0
        self.parent = rules.check_parent(self.target_object, parent_id)  # read once: shown again after an error
        return parent_id

    def clean_paragraph(self):
        return rules.check_paragraph(self.cleaned_data.get("paragraph", ""), self.paragraph_ids)

    def clean_comment(self):
        return rules.check_text(self.cleaned_data.get("comment", ""))

    def clean_email(self):
        return rules.check_email(self.cleaned_data.get("email", ""))

    def clean_name(self):
        return rules.check_name(self.cleaned_data.get("name", ""), self.user)

    def clean_timestamp(self):
        try:
            return super().clean_timestamp()
        except forms.ValidationError:
            raise forms.ValidationError(
                _("Das Formular ist abgelaufen. Ihr Text ist erhalten: bitte senden Sie es noch einmal ab.")
            ) from None

    def clean_security_hash(self):
        try:
            return super().clean_security_hash()
        except forms.ValidationError:
            raise forms.ValidationError(
                _("Das Formular wurde verändert. Ihr Text ist erhalten: bitte senden Sie es noch einmal ab.")
            ) from None

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            rules.check_own_duplicate(self.target_object, self.user, cleaned.get("comment"))
        return cleaned

    def refresh_security(self):
        """After an expired or tampered token: a fresh one in the hidden fields, errors and text kept."""
        self.data = self.data.copy()
        self.data.update(self.generate_security_data())

    def build_comment(self, request):
        """An unsaved ChapterComment from the cleaned data (the view decides what happens next)."""
        return rules.new_comment(self.target_object, request.user, self.cleaned_data, request.LANGUAGE_CODE)

    def error_summary(self):
        """(field id, message) pairs for the error summary at the top of the form."""
        items = []
        for name, errors in self.errors.items():
            target = f"id_{name}" if name in self.fields and not self.fields[name].widget.is_hidden else "comment-form"
            items.extend((target, error) for error in errors)
        return items
