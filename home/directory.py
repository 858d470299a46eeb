"""The counselling office directory.

The directory shows the offices of one language version, each office at most once:
in the page's locale, or in the default locale while it is not translated. Visitors
narrow it down with a GET form, ``?thema=<topic page id>&sprache=<ISO code>``;
a value that matches none of the offered options is ignored, so any URL answers
with a normal page. It costs the same few queries for 2 offices or 200: one for
the offices, one for the topics, and one for the offices of the chosen topic.
On the district's host (the default site) it lists every office in the district; on a town's
host the town's own offices and the district's (the Ausländerbehörde serves the town's residents
too), never another town's. Which organisation keeps an office is ``ContactOffice.site``.
(The emergency link in every page's header is navigation: ``home.navigation``.)
"""

import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site

from .languages import spoken_language_label
from .models import ContactOffice, TopicPage, TopicPageOffice
from .organisations import _default_site_id

TOPIC_PARAM = "thema"
LANGUAGE_PARAM = "sprache"


@dataclass
class Directory:
    offices: list
    topics: list = field(default_factory=list)  # [(page id, title)]
    languages: list = field(default_factory=list)  # [(ISO code, label in the visitor's language)]
    topic: int | None = None
    language: str = ""

    @property
    def filtered(self):
        return self.topic is not None or bool(self.language)


def sort_key(text):
    """Alphabetical, with umlauts and accents beside their base letter (Ärztehaus before Beratung)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spoken_languages(office):
    codes = office.languages if isinstance(office.languages, list) else []
    return [code for code in codes if isinstance(code, str)]


def page_site_id(page):
    """The id of the site ``page`` belongs to, from Wagtail's cached site root paths (no query)."""
    for root in Site.get_site_root_paths():
        if page.url_path.startswith(root.root_path):
            return root.site_id
    return None


def offices_of_site(site_id):
    """The offices a directory on this site lists (see the module's docstring)."""
    offices = ContactOffice.objects.all()
    if site_id is None or site_id == _default_site_id():
        return offices
    return offices.filter(Q(site_id=site_id) | Q(site__is_default_site=True) | Q(site__isnull=True))


def offices_for_locale(locale_id, site_id=None):
    """The offices in this locale; an office not (yet) translated into it in the default locale."""
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    chosen = {}
    for office in offices_of_site(site_id).filter(Q(locale_id=locale_id) | Q(locale__language_code=default_language)):
        if office.translation_key not in chosen or office.locale_id == locale_id:
            chosen[office.translation_key] = office
    return sorted(chosen.values(), key=lambda office: (sort_key(office.name), office.pk))


def topic_choices(page):
    """Live, public topics of the page's site and locale that link at least one office, in tree order."""
    home_path = page.path[: -page.steplen]
    topics = (
        TopicPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id, path__startswith=home_path)
        .filter(pk__in=TopicPageOffice.objects.values("page_id"))
        .order_by("path")
    )
    return list(topics.values_list("pk", "title"))


def _param(query, name):
    value = query.get(name, "")
    return value.strip() if isinstance(value, str) else ""


def build_directory(page, query):
    """The offices to show on ``page`` for the GET parameters ``query``, and the filter's options."""
    offices = offices_for_locale(page.locale_id, page_site_id(page))
    topics = topic_choices(page)
    codes = {code for office in offices for code in spoken_languages(office)}
    languages = sorted(((code, spoken_language_label(code)) for code in codes), key=lambda item: sort_key(item[1]))

    topic = _param(query, TOPIC_PARAM)
    topic = int(topic) if topic.isascii() and topic.isdigit() else None
    if topic not in {pk for pk, _title in topics}:
        topic = None
    language = _param(query, LANGUAGE_PARAM)
    if language not in codes:
        language = ""

    if topic is not None:
        keys = set(TopicPageOffice.objects.filter(page_id=topic).values_list("office__translation_key", flat=True))
        offices = [office for office in offices if office.translation_key in keys]
    if language:
        offices = [office for office in offices if language in spoken_languages(office)]
    return Directory(offices=offices, topics=topics, languages=languages, topic=topic, language=language)
