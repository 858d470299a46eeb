"""Languages: the switcher, untranslated pages, German-only concept pages, RTL, hreflang, sitemap."""

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from django.conf import settings

from wagtail.models import Locale

from home import i18n
from home.models import PortalSettings
from tests.conftest import rendered
from tests.factories import ChapterPageFactory, StandardPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_home(home):
    locale, _ = Locale.objects.get_or_create(language_code="ar")
    translation = home.copy_for_translation(locale)
    translation.title = "أهلاً وسهلاً"
    translation.save_revision().publish()
    return translation


def switcher_links(html):
    nav = html[html.index('class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    return dict(re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav)[i][::-1] for i in range(nav.count("<a href")))


def test_switcher_names_languages_in_their_own_script(client, home):
    links = switcher_links(client.get("/de/").content.decode())
    assert set(links) >= {"de", "de-x-ls", "en", "ar", "fa", "uk", "ru", "tr", "ti", "kmr", "fr"}
    html = client.get("/de/").content.decode()
    for name in ("العربية", "فارسی", "Українська", "ትግርኛ", "Kurmancî", "Leichte Sprache"):
        assert name in html or name == "العربية" and "العربيّة" in html


def test_switcher_keeps_the_page_where_a_translation_exists(client, home, arabic_home):
    topic = TopicPageFactory(parent=home, title="Wohnen", slug="wohnen")
    arabic = topic.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.title = "السكن"
    arabic.save_revision().publish()
    links = switcher_links(client.get("/de/wohnen/").content.decode())
    assert links["ar"] == "/ar/wohnen/"
    assert links["fa"] == "/fa/?ohne-uebersetzung=1"  # no Farsi translation: start page with a note
    response = client.get("/ar/wohnen/")
    assert "السكن" in response.content.decode()


def test_untranslated_page_leads_to_the_language_start_page_with_a_note(client, home, arabic_home):
    TopicPageFactory(parent=home, title="Gesundheit", slug="gesundheit")
    response = client.get("/ar/gesundheit/")
    assert response.status_code == 302 and response["Location"] == "/ar/?ohne-uebersetzung=1"
    start = client.get(response["Location"]).content.decode()
    assert 'class="note note--language"' in start


def test_concept_pages_show_german_content_under_every_prefix(client, home, arabic_home, concept):
    chapter = ChapterPageFactory(parent=concept, title="Sprache", slug="sprache")
    response = client.get(f"/ar/{concept.slug}/{chapter.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    # The German text (title, body) keeps its own language and direction inside the Arabic page.
    assert '<h1 lang="de" dir="ltr">Sprache</h1>' in html
    assert '<div class="chapter__body" lang="de" dir="ltr">' in html
    assert f'<link rel="canonical" href="http://testserver/de/{concept.slug}/{chapter.slug}/">' in html
    assert 'hreflang="fa"' in html and 'hreflang="x-default"' in html
    # The interface around the German text speaks Arabic.
    assert "التعليق على الفصل كاملًا" in html
    assert "Das ganze Kapitel kommentieren" not in html
    # Comments always attach to the German page: the form under /ar/ posts for the same chapter.
    assert f"/ar/beteiligung/kapitel/{chapter.pk}/kommentieren/" in html


@pytest.mark.parametrize(
    ("prefix", "skip_link"),
    [
        ("de", "Zum Inhalt springen"),
        ("en", "Skip to content"),
        ("ru", "Перейти к содержанию"),
        ("tr", "İçeriğe geç"),
        ("fr", "Aller au contenu"),
        ("ti", "ናብ ትሕዝቶ ሕለፉ"),
        ("kmr", "Biçin naverokê"),
        ("ar", None),
        ("fa", None),
        ("uk", None),
    ],
)
def test_interface_strings_are_translated(client, home, prefix, skip_link):
    html = client.get(f"/{prefix}/").content.decode()
    text = re.search(r'<a class="skip-link" href="#main">(.*?)</a>', html).group(1)
    if skip_link:
        assert text == skip_link
    else:
        assert text != "Zum Inhalt springen" and text.strip()


def test_right_to_left_markup(client, home):
    for prefix in ("ar", "fa"):
        assert f'<html lang="{prefix}" dir="rtl">' in client.get(f"/{prefix}/").content.decode()
    assert '<html lang="uk" dir="ltr">' in client.get("/uk/").content.decode()


def test_sitemap_lists_translations_with_alternates(client, home, arabic_home):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/de/</loc>" in xml
    assert "<loc>http://testserver/ar/</loc>" in xml
    assert 'hreflang="ar" href="http://testserver/ar/"' in xml


@pytest.mark.usefixtures("page_cache_off")
def test_sitemap_queries_do_not_grow_with_the_pages(client, home, arabic_home, concept):
    """It once asked for each page's translations: 25 s for 5,000 pages (bench/search.py)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def sitemap_queries():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            xml = rendered(client.get("/sitemap.xml")).content.decode()
        return len(queries), xml.count("<url>")

    TopicPageFactory(parent=home, slug="erstes-thema")
    ChapterPageFactory(parent=concept, slug="erstes-kapitel")
    few, few_urls = sitemap_queries()
    for number in range(5):
        TopicPageFactory(parent=home, slug=f"thema-{number}")
        ChapterPageFactory(parent=concept, slug=f"kapitel-{number}")
    many, many_urls = sitemap_queries()
    assert many_urls == few_urls + 10
    assert 0 < many == few


# -- interface catalogs ---------------------------------------------------------------------

CATALOGS = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_0-9]*\}")


def test_every_shipped_language_has_a_catalog():
    shipped = {path.parts[-3] for path in CATALOGS}
    assert shipped >= {"en", "ar", "fa", "uk", "ru", "tr", "fr", "ti", "kmr"}
    assert set(i18n.REVIEWED_CATALOGS) == {code for code, _name in settings.ALL_LANGUAGES}


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.parts[-3])
def test_catalog_compiles_and_the_committed_mo_matches(path):
    """msgfmt --check-format is what compilemessages runs; the .mo the portal reads must be current."""
    if shutil.which("msgfmt"):
        result = subprocess.run(
            ["msgfmt", "--check-format", "-o", "/dev/null", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    po = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.pofile(str(path)).translated_entries()}
    mo = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.mofile(str(path.with_suffix(".mo")))}
    mo.pop((None, ""), None)
    assert {key: value for key, value in mo.items() if value} == po, f"run compilemessages for {path}"


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.parts[-3])
def test_translations_keep_every_placeholder(path):
    """The placeholder check: a translation that drops or renames %(name)s or {count} breaks the page."""
    wrong = []
    for entry in polib.pofile(str(path)).translated_entries():
        wanted = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        for text in [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values():
            if set(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((entry.msgid, text))
    assert wrong == []


# What a citizen meets of support, following and "Meine Beiträge" (issue 19): page, button, mail.
ISSUE_19_STRINGS = [
    "Zustimmen",
    "Einem Kommentar zustimmen",
    "Bitte bestätigen Sie Ihre Zustimmung",
    "Über Neuigkeiten benachrichtigt werden",
    "Benachrichtigen",
    "Benachrichtigungen bestätigen",
    "Neuigkeiten als Feed (Atom)",
    "Meine Beiträge",
    "Ihr Link zu „Meine Beiträge“",
    "Beitrag zurückziehen",
    "vom Verfasser zurückgezogen",
    "Zurückgezogener Kommentar",
]


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.parts[-3])
def test_support_following_and_meine_beitraege_are_in_every_catalog(path):
    """Issue 19 asks for its interface in every catalog the portal has: Tigrinya and Kurmancî lacked it."""
    translated = {entry.msgid for entry in polib.pofile(str(path)).translated_entries()}
    assert [msgid for msgid in ISSUE_19_STRINGS if msgid not in translated] == []


@pytest.mark.parametrize(
    ("prefix", "button"),
    [("ru", "Отправить комментарий"), ("tr", "Yorumu gönder"), ("fr", "Envoyer le commentaire")],
)
def test_new_catalogs_translate_the_comment_form(client, home, concept, prefix, button):
    chapter = ChapterPageFactory(parent=concept, title="Sprache", slug="sprache")
    html = client.get(f"/{prefix}/beteiligung/kapitel/{chapter.pk}/kommentieren/").content.decode()
    assert f'<button type="submit">{button}</button>' in html
    assert "Kommentar absenden" not in html


@pytest.fixture
def privacy_page(home):
    portal_settings = PortalSettings.for_site(home.get_site())
    portal_settings.privacy_page = StandardPageFactory(parent=home, title="Datenschutz", slug="datenschutz")
    portal_settings.save()
    return portal_settings.privacy_page


def consent_label(html):
    return re.search(r'<label for="id_consent">(.*?)</label>', html, re.S).group(1)


def test_unreviewed_catalog_shows_consent_in_german_and_english_with_a_note(client, home, concept, privacy_page):
    assert not i18n.REVIEWED_CATALOGS["ar"]
    chapter = ChapterPageFactory(parent=concept, title="Sprache", slug="sprache")
    label = consent_label(client.get(f"/ar/beteiligung/kapitel/{chapter.pk}/kommentieren/").content.decode())
    text = re.sub(r"<[^>]+>", "", label)
    assert (
        "Ich bin mit der Verarbeitung meiner Angaben einverstanden, wie in der Datenschutzerklärung beschrieben."
        in text
    )
    assert "I agree to the processing of my data as described in the privacy policy." in text
    assert "Übersetzung noch nicht geprüft" in text and "Translation not yet reviewed" in text
    assert '<span lang="de" dir="ltr">' in label and '<span lang="en" dir="ltr">' in label
    assert label.count(f'href="{privacy_page.url}"') == 2  # the privacy link in both languages


def test_reviewed_catalog_shows_only_its_own_consent_text(client, home, concept, privacy_page, monkeypatch):
    chapter = ChapterPageFactory(parent=concept, title="Sprache", slug="sprache")
    label = consent_label(client.get(f"/en/beteiligung/kapitel/{chapter.pk}/kommentieren/").content.decode())
    assert re.sub(r"<[^>]+>", "", label) == ("I agree to the processing of my data as described in the privacy policy.")
    # Once a native speaker has reviewed the Arabic catalog, the Arabic text stands alone.
    monkeypatch.setitem(i18n.REVIEWED_CATALOGS, "ar", True)
    label = consent_label(client.get(f"/ar/beteiligung/kapitel/{chapter.pk}/kommentieren/").content.decode())
    assert "einverstanden" not in label and "consent" not in label and "geprüft" not in label
    assert re.search(r"[\u0600-\u06ff]", label)


def test_unreviewed_catalog_shows_the_emergency_link_in_german_and_english(client, home):
    page = TopicPageFactory(parent=home, title="Notfall", slug="notfall")
    portal_settings = PortalSettings.for_site(home.get_site())
    portal_settings.emergency_page = page
    portal_settings.save()
    link = re.search(r'<a class="emergency-link[^>]*>(.*?)</a>', client.get("/ru/").content.decode(), re.S).group(1)
    assert link.startswith(
        '<span lang="de" dir="ltr">Notfall: 112</span> · <span lang="en" dir="ltr">Emergency: 112</span>'
    )
    assert "Übersetzung noch nicht geprüft" in link
    assert "Экстренная" not in link


def test_unreviewed_catalog_shows_the_emergency_numbers_of_the_503_page_in_german_and_english():
    from django.template.loader import render_to_string
    from django.utils.translation import override

    with override("tr"):
        html = render_to_string("503.html")
    assert "Im Notfall rufen Sie die 112 (Feuerwehr und Rettungsdienst) oder die 110 (Polizei) an." in html
    assert "In an emergency" in html and "Übersetzung noch nicht geprüft" in html
    assert "Portala şu anda erişilemiyor" in html  # the rest of the page is Turkish
    with override("en"):
        html = render_to_string("503.html")
    assert "In an emergency" in html and "Im Notfall" not in html and "geprüft" not in html
