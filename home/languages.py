"""Languages an office can speak: ISO 639 codes with German and native names.

Deliberately wider than the portal's own interface languages: an office that
speaks Somali or Dari must be findable even though the portal is not in them.
"""

from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGES = {
    "de": (_("Deutsch"), "Deutsch"),
    "en": (_("Englisch"), "English"),
    "ar": (_("Arabisch"), "العربية"),
    "fa": (_("Persisch (Farsi)"), "فارسی"),
    "prs": (_("Dari"), "دری"),
    "ps": (_("Paschtu"), "پښتو"),
    "uk": (_("Ukrainisch"), "Українська"),
    "ru": (_("Russisch"), "Русский"),
    "tr": (_("Türkisch"), "Türkçe"),
    "ti": (_("Tigrinya"), "ትግርኛ"),
    "kmr": (_("Kurmancî (Nordkurdisch)"), "Kurmancî"),
    "ckb": (_("Sorani (Zentralkurdisch)"), "کوردیی ناوەندی"),
    "fr": (_("Französisch"), "Français"),
    "da": (_("Dänisch"), "Dansk"),
    "pl": (_("Polnisch"), "Polski"),
    "ro": (_("Rumänisch"), "Română"),
    "bg": (_("Bulgarisch"), "Български"),
    "so": (_("Somali"), "Soomaali"),
    "sq": (_("Albanisch"), "Shqip"),
    "es": (_("Spanisch"), "Español"),
}

SPOKEN_LANGUAGE_CHOICES = [(code, names[0]) for code, names in SPOKEN_LANGUAGES.items()]


def spoken_language_label(code):
    """'Arabisch (العربية)' in German; unknown codes are shown as they are."""
    names = SPOKEN_LANGUAGES.get(code)
    if not names:
        return code
    label, native = str(names[0]), names[1]
    return label if label == native else f"{label} ({native})"
