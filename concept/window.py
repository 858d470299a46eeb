"""The participation window in the admin: German entry and display, and a warning on publishing.

Imports nothing of ``concept/`` (``models.py`` uses it as the concept's form); from ``home/`` when
publishing happens (``home/publishing.py``: an approval that publishes, the note of a scheduled one).

* Dates are typed and shown as ``TT.MM.JJJJ HH:MM`` (Europe/Berlin). ``24:00`` is the next day's
  0:00, and the end may be a date alone, "bis einschließlich" that day. An end at 0:00 is shown
  as 24:00 of the day before, as the public page words it (``participation._day_and_time``).
* Wagtail's date picker replaces on blur what it cannot parse (``validateOnBlur``), and it knows
  no 24:00; our widget switches that off, so what the editor typed reaches the server, which
  refuses it with a German message when it is not a date (the value stays in the field).
* Publishing a concept whose window is shorter than a day, lies in the past, closes within the
  hour or is still the Word import's provisional window asks for a confirmation first: in this
  form on "Veröffentlichen" and on "Freigeben" of the workflow's last task (the approve dialog's
  tick counts), judged at ``go_live_at`` when publishing is scheduled. The other paths (the
  dashboard's approval, bulk publishing) ask ``ConceptPage.publish_warnings`` through
  ``home/publishing.py``.
"""

import json
import re
from datetime import date, datetime, time, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import from_current_timezone
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminDateTimeInput

from home.publishing import approval_publishes, scheduled_note

DISPLAY_FORMAT = "%d.%m.%Y %H:%M"
GERMAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?$", re.IGNORECASE)
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$")
SHORT_WINDOW = timedelta(days=1)
CLOSING_SOON = timedelta(hours=1)


def parse_moment(text, *, end=False):
    """A naive datetime from ``TT.MM.JJJJ HH:MM`` (or ISO, as Wagtail's own widget sends it);
    ``24:00`` is the next day's 0:00; a date alone is its start, or for an end its end (the next
    day's 0:00). None when the text is no date."""
    text = " ".join(str(text).split())
    german, iso = GERMAN.match(text), ISO.match(text)
    if german:
        day, month, year, hour, minute = german.groups()
    elif iso:
        year, month, day, hour, minute = iso.groups()
    else:
        return None
    try:
        moment = datetime.combine(date(int(year), int(month), int(day)), time(0, 0))
    except ValueError:
        return None
    if hour is None:
        return moment + timedelta(days=1) if end else moment
    hour, minute = int(hour), int(minute)
    if (hour, minute) == (24, 0):
        return moment + timedelta(days=1)
    if hour > 23 or minute > 59:
        return None
    return moment.replace(hour=hour, minute=minute)


class WindowInput(AdminDateTimeInput):
    """Wagtail's date picker in German, that leaves alone on blur whatever the editor typed."""

    def __init__(self, *, end=False, attrs=None):
        self.end = end
        super().__init__(attrs={"placeholder": "TT.MM.JJJJ HH:MM", **(attrs or {})}, format=DISPLAY_FORMAT)

    def get_config(self):
        # validateOnBlur: the picker would replace a value it cannot parse (24:00, a typo) by
        # the current time, silently. step: half hours in the list, any minute may be typed.
        return {**super().get_config(), "validateOnBlur": False, "step": 30}

    def format_value(self, value):
        if isinstance(value, datetime):
            local = timezone.localtime(value) if timezone.is_aware(value) else value
            if self.end and (local.hour, local.minute) == (0, 0):
                return (local - timedelta(days=1)).strftime("%d.%m.%Y") + " 24:00"
            return local.strftime(DISPLAY_FORMAT)
        return super().format_value(value)


class WindowField(forms.DateTimeField):
    default_error_messages = {
        "invalid": _(
            "„%(value)s“ ist kein gültiger Zeitpunkt. Bitte geben Sie Datum und Uhrzeit als "
            "TT.MM.JJJJ HH:MM ein, zum Beispiel 31.01.2027 18:00 (24:00 ist das Ende des Tages)."
        ),
    }

    def __init__(self, *, end=False, **kwargs):
        self.end = end
        kwargs.setdefault("widget", WindowInput(end=end))
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return from_current_timezone(value) if timezone.is_naive(value) else value
        moment = parse_moment(value, end=self.end)
        if moment is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": value})
        return from_current_timezone(moment)


def window_warnings(opens_at, closes_at, *, provisional=False, now=None):
    """What an editor should confirm before publishing this window, in words."""
    now = now or timezone.now()
    warnings = []
    if provisional:
        warnings.append(
            _(
                "Der Zeitraum ist noch der vorläufige aus dem Word-Import. Bitte prüfen Sie Beginn und Ende der "
                "Beteiligung."
            )
        )
    if closes_at - opens_at < SHORT_WINDOW:
        warnings.append(_("Der Zeitraum ist kürzer als ein Tag."))
    if closes_at <= now:
        warnings.append(_("Das Ende liegt in der Vergangenheit: niemand kann kommentieren."))
    elif closes_at <= now + CLOSING_SOON:
        warnings.append(_("Die Beteiligung endet in weniger als einer Stunde."))
    return warnings


class WindowPageForm(WagtailAdminPageForm):
    """The edit form of a page with a participation window (the concept)."""

    window_confirmed = forms.BooleanField(
        label=_("Zeitraum trotz Warnung so veröffentlichen"),
        required=False,
        help_text=_("Nur nötig, wenn beim Veröffentlichen eine Warnung zum Zeitraum erscheint."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, end in (("opens_at", False), ("closes_at", True)):
            if name in self.fields:
                old = self.fields[name]
                self.fields[name] = WindowField(
                    end=end, label=old.label, required=old.required, help_text=old.help_text
                )

    def publishing(self):
        """Whether this post publishes (or schedules) the page: "Veröffentlichen", or "Freigeben" of the
        workflow's last task (home/publishing.py: approval_publishes)."""
        if "action-publish" in self.data:
            return True
        if "action-workflow-action" in self.data and self.data.get("workflow-action-name") == "approve":
            return bool(self.instance.pk) and approval_publishes(self.instance)
        return False

    def confirmed_in_approval(self):
        """The tick of the approve dialog (home/publishing.py: ApproveForm), posted as its data."""
        try:
            extra = json.loads(self.data.get("workflow-action-extra-data") or "{}")
        except ValueError:
            return False
        return isinstance(extra, dict) and extra.get("confirmed") is True

    def clean(self):
        cleaned = super().clean()
        opens_at, closes_at = cleaned.get("opens_at"), cleaned.get("closes_at")
        changed = {"opens_at", "closes_at"} & set(self.changed_data)
        if changed:
            self.instance.window_provisional = False
        if opens_at and closes_at and not self.errors and self.publishing():
            # Scheduled (go_live_at ahead) is publishing too: judged at the moment it goes live.
            go_live_at = cleaned.get("go_live_at")
            at = go_live_at if go_live_at and go_live_at > timezone.now() else None
            warnings = window_warnings(opens_at, closes_at, provisional=self.instance.window_provisional, now=at)
            confirmed = cleaned.get("window_confirmed") or self.confirmed_in_approval()
            if warnings and not confirmed:
                if at:
                    warnings.insert(0, scheduled_note(at))
                self.add_error(
                    "window_confirmed",
                    ValidationError(
                        [
                            *warnings,
                            _("Wenn das so gewollt ist, setzen Sie das Häkchen und veröffentlichen Sie erneut."),
                        ]
                    ),
                )
            elif warnings:
                self.instance.window_provisional = False
        return cleaned
