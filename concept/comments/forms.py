"""The comment form: comments-xtd's form with our fields, rules and German wording.

Everything that makes a submission invalid is a form error here, so the visitor
gets a message next to the field and keeps what they typed.
"""

from django_comments_xtd.forms import XtdCommentForm

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import validators
from django.utils.html import escape, format_html
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from concept.converters import MAX_ID
from home.i18n import checked_html, checked_text

from .models import ChapterComment
from .services import find_duplicate, is_staff_author
from .text import clean_name

# NUL and the other C0 controls and DEL are refused (PostgreSQL refuses a NUL byte with a server
# error); tabs and line breaks are not: the comment text keeps them, a name has them folded into
# spaces by text.clean_name, so they never reach a mail header or line.
CONTROL_CHARACTERS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"


def refuse_control_characters(pattern):
    return validators.RegexValidator(
        pattern,
        inverse_match=True,
        message=_("Bitte entfernen Sie die Steuerzeichen (unsichtbare Sonderzeichen) aus Ihrer Eingabe."),
        code="control_characters",
    )


CONSENT = gettext_noop(
    "Ich habe die Datenschutzerklärung gelesen und bin mit der Verarbeitung meiner Angaben einverstanden."
)
CONSENT_MISSING = gettext_noop("Bitte stimmen Sie der Datenschutzerklärung zu.")


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
        self.fields["comment"].validators = [
            refuse_control_characters(CONTROL_CHARACTERS),
            validators.MaxLengthValidator(
                settings.COMMENTS_MAX_LENGTH,
                message=_(
                    "Ihr Kommentar ist zu lang: höchstens %(limit_value)d Zeichen, "
                    "Sie haben %(show_value)d geschrieben."
                ),
            ),
        ]
        self.fields["followup"].label = _("Benachrichtigen Sie mich per E-Mail über Antworten und die Stellungnahme.")
        self.fields["followup"].widget = forms.CheckboxInput()
        self.fields["honeypot"].label = _("Bitte lassen Sie dieses Feld leer.")
        if privacy_url:
            self.fields["consent"].label = checked_html(
                lambda: format_html(
                    '{} <a href="{}">{}</a>',
                    gettext("Ich bin mit der Verarbeitung meiner Angaben einverstanden, wie in der"),
                    privacy_url,
                    gettext("Datenschutzerklärung beschrieben."),
                )
            )
        else:
            self.fields["consent"].label = checked_html(lambda: escape(gettext(CONSENT)))
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
        if not parent_id:
            return 0
        parent = ChapterComment.objects.visible().filter(pk=parent_id).first() if 0 < parent_id <= MAX_ID else None
        if parent is None or parent.object_pk != str(self.target_object.pk):
            raise forms.ValidationError(_("Der Kommentar, auf den Sie antworten möchten, gibt es hier nicht."))
        if parent.hidden_at is not None:
            raise forms.ValidationError(_("Auf einen ausgeblendeten Kommentar kann nicht geantwortet werden."))
        if parent.level >= settings.COMMENTS_XTD_MAX_THREAD_LEVEL:
            raise forms.ValidationError(_("Auf diesen Kommentar kann nicht weiter geantwortet werden."))
        self.parent = parent  # read once: the form page shows it again after an error
        return parent_id

    def clean_paragraph(self):
        paragraph = self.cleaned_data.get("paragraph", "")
        if paragraph and paragraph not in self.paragraph_ids:
            raise forms.ValidationError(_("Diesen Abschnitt gibt es in diesem Kapitel nicht."))
        return paragraph

    def clean_comment(self):
        text = self.cleaned_data.get("comment", "").strip()
        if not text:
            raise forms.ValidationError(_("Bitte schreiben Sie einen Kommentar."))
        lowered = text.lower()
        for entry in settings.COMMENTS_BLOCKLIST:
            if not entry.startswith("@") and entry.lower() in lowered:
                raise forms.ValidationError(_("Ihr Kommentar enthält einen Begriff, der hier nicht erlaubt ist."))
        return text

    def clean_email(self):
        email = self.cleaned_data.get("email", "")
        domain = email.rpartition("@")[2].lower()
        if domain and any(entry.lower() == f"@{domain}" for entry in settings.COMMENTS_BLOCKLIST):
            raise forms.ValidationError(_("Mit dieser E-Mail-Adresse sind keine Kommentare möglich."))
        return email

    def clean_name(self):
        name = clean_name(self.cleaned_data.get("name", ""))
        if (self.user is None or not self.user.is_authenticated) and not name:
            raise forms.ValidationError(_("Bitte geben Sie einen Namen oder ein Pseudonym an."))
        return name

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
        text = cleaned.get("comment")
        # Only a logged-in author is told here (it is their own account). An anonymous
        # sender's duplicate is answered by mail to the address (services.submit), so the
        # page never tells anyone which address wrote what.
        if text and not self.errors and self.user is not None and self.user.is_authenticated:
            own = ChapterComment.objects.for_page(self.target_object).filter(user=self.user)
            if find_duplicate(own, text) is not None:
                raise forms.ValidationError(_("Diesen Kommentar haben Sie hier bereits abgeschickt."))
        return cleaned

    def refresh_security(self):
        """After an expired or tampered token: a fresh one in the hidden fields, errors and text kept."""
        self.data = self.data.copy()
        self.data.update(self.generate_security_data())

    def build_comment(self, request):
        """An unsaved ChapterComment from the cleaned data (the view decides what happens next)."""
        data = self.cleaned_data
        user = request.user
        name = data["name"]
        email = data["email"]
        if user.is_authenticated:
            # Never the login name: it is half of what a login needs.
            name = user.get_full_name().strip() or ("Redaktion" if is_staff_author(user) else "Gast")
            email = user.email
        return ChapterComment(
            content_type=ContentType.objects.get_for_model(self.target_object),
            object_pk=str(self.target_object.pk),
            site_id=settings.SITE_ID,
            user_name=name[:50],
            user_email=email,
            comment=data["comment"],
            parent_id=data["reply_to"] or 0,
            followup=data["followup"],
            paragraph_id=data["paragraph"],
            language=request.LANGUAGE_CODE,
        )

    def error_summary(self):
        """(field id, message) pairs for the error summary at the top of the form."""
        items = []
        for name, errors in self.errors.items():
            target = f"id_{name}" if name in self.fields and not self.fields[name].widget.is_hidden else "comment-form"
            items.extend((target, error) for error in errors)
        return items
