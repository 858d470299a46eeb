"""An organisation's colour (issue 22): the accent colour of its portal settings, checked against
WCAG 2.1 AA, and the small stylesheet that sets it for its host.

The CSP allows no inline style (``style-src 'self'``), so the colour reaches the pages as a
stylesheet of their own host, ``/theme.css?v=<digest>``, linked in the page head after
``portal.css``: it sets the custom properties ``portal.css`` uses (``--brand``, ``--brand-dark``,
``--tint``). Without a colour of its own an organisation keeps the district's blue and the head
links no extra stylesheet.

The accent is used as white text's background (buttons, badges) and as the colour of links and
titles on the page background and on the tint (notes, the header). Each of those pairs must reach
4.5:1 (WCAG 2.1 AA, 1.4.3 for normal text); a colour that does not is refused in German, with the
figure, in the settings form.
"""

import hashlib
import re

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
PAPER = "#ffffff"  # --paper in static/css/portal.css
AA_NORMAL_TEXT = 4.5
# How much of the accent the tint (header, notes) carries on white, and how much darker the hover is.
TINT_SHARE = 0.08
DARK_SHARE = 0.7


def _channels(colour):
    colour = colour.lstrip("#")
    return [int(colour[i : i + 2], 16) for i in (0, 2, 4)]


def _hex(channels):
    return "#" + "".join(f"{round(max(0, min(255, value))):02x}" for value in channels)


def luminance(colour):
    """The relative luminance of an sRGB colour (WCAG 2.1 definition)."""

    def linear(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(value) for value in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    """The contrast ratio of two colours, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def tint(accent):
    """The light background of the header and of notes: a little of the accent on white."""
    return _hex([255 + (value - 255) * TINT_SHARE for value in _channels(accent)])


def dark(accent):
    """The hover colour: the accent darkened (more contrast still)."""
    return _hex([value * DARK_SHARE for value in _channels(accent)])


def palette(accent):
    """The custom properties an accent sets, or {} for none (the district's blue stays)."""
    accent = (accent or "").strip().lower()
    if not HEX.match(accent):
        return {}
    return {"--brand": accent, "--brand-dark": dark(accent), "--tint": tint(accent)}


def validate_accent(value):
    """A hex colour ``#rrggbb`` that white text and the page background both reach 4.5:1 with."""
    if not value:
        return
    if not HEX.match(value.strip()):
        raise ValidationError(
            _("Bitte eine Farbe als Hex-Wert mit sechs Stellen angeben, zum Beispiel „#0b5394“."),
            code="format",
        )
    accent = value.strip().lower()
    pairs = [
        (contrast(accent, WHITE), _("weißer Schrift auf der Farbe")),
        (contrast(accent, PAPER), _("der Farbe als Schrift auf dem Seitenhintergrund")),
        (contrast(accent, tint(accent)), _("der Farbe als Schrift auf dem hellen Hintergrund von Kopf und Hinweisen")),
    ]
    ratio, where = min(pairs, key=lambda pair: pair[0])
    if ratio < AA_NORMAL_TEXT:
        raise ValidationError(
            _(
                "Zu wenig Kontrast: %(ratio)s : 1 bei %(where)s; nötig sind mindestens 4,5 : 1 "
                "(WCAG 2.1 AA). Bitte eine dunklere Farbe wählen."
            ),
            code="contrast",
            params={"ratio": f"{ratio:.1f}".replace(".", ","), "where": where},
        )


def stylesheet_text(accent):
    properties = palette(accent)
    if not properties:
        return ""
    lines = "".join(f"  {name}: {value};\n" for name, value in properties.items())
    return f":root {{\n{lines}}}\n"


def version(accent):
    """A short digest of the stylesheet, in its URL: a new colour is a new URL."""
    return hashlib.sha256(stylesheet_text(accent).encode()).hexdigest()[:12]


def stylesheet(request, organisation):
    """``/theme.css``: the colours of the request's organisation (``organisation(request)``:
    home.navigation's, handed in by portal/urls.py). Cached for a year when the ``v`` asked for
    is the current one (the page links the current one), else for a minute."""
    accent = organisation(request).get("accent", "")
    text = stylesheet_text(accent)
    response = HttpResponse(text, content_type="text/css; charset=utf-8")
    if request.GET.get("v") == version(accent):
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    else:
        response["Cache-Control"] = "public, max-age=60"
    return response
