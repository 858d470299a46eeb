"""The rules a new comment must keep, in one place for the form (forms.py) and the API's
serializer (api.py): each check raises Django's ValidationError with the message the visitor reads.
Free of HTTP: they take plain values and model instances."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import validators
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from concept.converters import MAX_ID

from .models import ChapterComment
from .services import find_duplicate, is_staff_author
from .text import clean_name, clean_text

# NUL and the other C0 controls and DEL are refused (PostgreSQL refuses a NUL byte with a server
# error); tabs and line breaks are not: the comment text keeps them, a name has them folded into
# spaces by text.clean_name, so they never reach a mail header or line.
CONTROL_CHARACTERS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
NAME_MAX_LENGTH = 50
PARAGRAPH_MAX_LENGTH = 64
# django-contrib-comments' form refuses a form older than two hours (its clean_timestamp); the
# API's token (api.py) keeps the same age rule.
FORM_MAX_AGE_SECONDS = 2 * 60 * 60


def refuse_control_characters(pattern=CONTROL_CHARACTERS):
    return validators.RegexValidator(
        pattern,
        inverse_match=True,
        message=_("Bitte entfernen Sie die Steuerzeichen (unsichtbare Sonderzeichen) aus Ihrer Eingabe."),
        code="control_characters",
    )


def text_validators():
    """Django's own validators were built with the library's limit (3,000) and the NUL check; ours."""
    return [
        refuse_control_characters(),
        validators.MaxLengthValidator(
            settings.COMMENTS_MAX_LENGTH,
            message=_(
                "Ihr Kommentar ist zu lang: höchstens %(limit_value)d Zeichen, Sie haben %(show_value)d geschrieben."
            ),
        ),
    ]


def check_text(text):
    text = clean_text(text or "").strip()  # direction overrides removed (text.py)
    if not text:
        raise ValidationError(_("Bitte schreiben Sie einen Kommentar."), code="required")
    lowered = text.lower()
    for entry in settings.COMMENTS_BLOCKLIST:
        if not entry.startswith("@") and entry.lower() in lowered:
            raise ValidationError(_("Ihr Kommentar enthält einen Begriff, der hier nicht erlaubt ist."), code="blocked")
    return text


def check_email(email):
    domain = (email or "").rpartition("@")[2].lower()
    if domain and any(entry.lower() == f"@{domain}" for entry in settings.COMMENTS_BLOCKLIST):
        raise ValidationError(_("Mit dieser E-Mail-Adresse sind keine Kommentare möglich."), code="blocked")
    return email


def address_error(email):
    """For the forms with an address alone (support, a new personal link): the message for an
    address that cannot be used, or ""."""
    if not email:
        return str(_("Bitte geben Sie Ihre E-Mail-Adresse an."))
    try:
        refuse_control_characters()(email)
        validators.validate_email(email)
        check_email(email)
    except ValidationError as error:
        if error.code in {"blocked", "control_characters"}:
            return str(error.messages[0])
        return str(_("Bitte geben Sie eine gültige E-Mail-Adresse an."))
    return ""


def check_name(name, user):
    name = clean_name(name or "")
    if (user is None or not user.is_authenticated) and not name:
        raise ValidationError(_("Bitte geben Sie einen Namen oder ein Pseudonym an."), code="required")
    return name


def check_parent(chapter, parent_id):
    """The comment replied to (None for a new thread), when a reply to it is possible here."""
    if not parent_id:
        return None
    parent = ChapterComment.objects.visible().filter(pk=parent_id).first() if 0 < parent_id <= MAX_ID else None
    if parent is None or parent.object_pk != str(chapter.pk):
        raise ValidationError(_("Der Kommentar, auf den Sie antworten möchten, gibt es hier nicht."), code="invalid")
    if parent.hidden_at is not None:
        raise ValidationError(_("Auf einen ausgeblendeten Kommentar kann nicht geantwortet werden."), code="hidden")
    if parent.level >= settings.COMMENTS_XTD_MAX_THREAD_LEVEL:
        raise ValidationError(_("Auf diesen Kommentar kann nicht weiter geantwortet werden."), code="too_deep")
    return parent


def check_paragraph(paragraph, paragraph_ids):
    if paragraph and paragraph not in paragraph_ids:
        raise ValidationError(_("Diesen Abschnitt gibt es in diesem Kapitel nicht."), code="invalid")
    return paragraph or ""


def check_own_duplicate(chapter, user, text):
    """Only a logged-in author is told (it is their own account). An anonymous sender's duplicate
    is answered by mail to the address (services.submit), so no answer tells which address wrote what."""
    if text and user is not None and user.is_authenticated:
        own = ChapterComment.objects.for_page(chapter).filter(user=user)
        if find_duplicate(own, text) is not None:
            raise ValidationError(_("Diesen Kommentar haben Sie hier bereits abgeschickt."), code="duplicate")


def new_comment(chapter, user, data, language):
    """An unsaved ChapterComment from checked values (``name``, ``email``, ``comment``, ``reply_to``,
    ``followup``, ``paragraph``); services.submit stores it."""
    name, email = data["name"], data["email"]
    if user.is_authenticated:
        # Never the login name: it is half of what a login needs.
        name = user.get_full_name().strip() or ("Redaktion" if is_staff_author(user) else "Gast")
        email = user.email
    return ChapterComment(
        content_type=ContentType.objects.get_for_model(chapter),
        object_pk=str(chapter.pk),
        site_id=settings.SITE_ID,
        user_name=name[:NAME_MAX_LENGTH],
        user_email=email,
        comment=data["comment"],
        parent_id=data["reply_to"] or 0,
        followup=data["followup"],
        paragraph_id=data["paragraph"],
        language=language,
    )
