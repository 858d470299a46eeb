"""The demo's translations: the start page and six topics in English, Arabic, Farsi and
Ukrainian, and the start page and the current concept's summary in Leichte Sprache.

Translations are real Wagtail translations (same translation key, own locale), made
with ``copy_for_translation`` and published; editors can keep them in sync with
wagtail-localize. Idempotent: a translation that exists is left alone.
"""

from django.conf import settings

from wagtail.models import Locale

from concept.blocks import raw_stream
from concept.models import ConceptPage
from demo.content import translations as data
from home.models import TopicPage


def ensure_locales():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def translate(page, language, **fields):
    """The page's translation into ``language``, created and published when missing."""
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation, True


def load(home, stdout):
    ensure_locales()
    created = 0
    for language, content in data.TRANSLATIONS.items():
        if language not in dict(settings.LANGUAGES):
            continue
        _home, new = translate(home, language, title=content["home"]["title"], intro=content["home"]["intro"])
        created += new
        for slug, topic_data in content["topics"].items():
            topic = TopicPage.objects.child_of(home).filter(slug=slug).first()
            if topic is None:
                continue
            _topic, new = translate(
                topic,
                language,
                title=topic_data["title"],
                summary=topic_data["summary"],
                body=raw_stream(topic_data["body"], "topic", slug),
            )
            created += new
        stdout.write(f"  + Übersetzung {language}: Startseite und {len(content['topics'])} Themen")
    if "de-x-ls" in dict(settings.LANGUAGES):
        easy = data.LEICHTE_SPRACHE
        _home, new = translate(home, "de-x-ls", title=easy["home"]["title"], intro=easy["home"]["intro"])
        created += new
        concept = ConceptPage.objects.filter(slug="fortschreibung-integrationskonzept").first()
        if concept is not None and not concept.easy_read_summary:
            concept.easy_read_summary = easy["concept_intro"]
            concept.save_revision().publish()
            created += 1
    return created
