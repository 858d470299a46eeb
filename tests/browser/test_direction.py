"""Direction follows the text, not the page (issue 16): German content inside Arabic and Farsi
pages runs left to right, a comment takes the direction of its own script.

Checked on what the browser computes (``getComputedStyle(el).direction``), so a ``lang="de"``
without ``dir="ltr"`` (which inherits the page's ``rtl``) fails.
"""

import pytest

from tests.conftest import local_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGE_TYPES = [
    "home",
    "event index",
    "event",
    "office directory",
    "concept",
    "chapter + comments",
    "comment form",
    "version",
    "comparison",
    "report",
    "search results",
]

# A phone (the header folds into a Menü disclosure) and a desktop.
VIEWPORTS = {"390x844": {"width": 390, "height": 844}, "1280x900": {"width": 1280, "height": 900}}

GERMAN_DIRECTIONS = """() => Array.from(document.querySelectorAll('body [lang="de"]')).map((el) => ({
  tag: el.tagName.toLowerCase(),
  text: (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60),
  direction: getComputedStyle(el).direction,
}))"""


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("language", ["ar", "fa"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_german_content_runs_left_to_right(page, portal, page_type, language, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    path = portal.path(page_type, language)
    response = page.goto(path)
    assert response.status == 200, path
    assert page.evaluate("document.documentElement.dir") == "rtl"
    german = page.evaluate(GERMAN_DIRECTIONS)
    assert german, f"{path}: no German content marked with lang=de"
    wrong = [element for element in german if element["direction"] != "ltr"]
    assert not wrong, f"{path}: German content right to left: {wrong}"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_a_comment_takes_the_direction_of_its_script(page, portal, viewport):
    from django.core.cache import cache

    from concept.models import ChapterPage
    from tests.comments.conftest import make_comment

    chapter = ChapterPage.objects.get(url_path__endswith=portal.open_chapter_path.removeprefix("/de"))
    arabic = make_comment(chapter, text="نحتاج إلى دورات لغة مسائية في القرى.", user_name="أمل")
    german = make_comment(chapter, text="Mehr Sprachkurse am Abend, bitte.", user_name="Jonas")
    cache.clear()
    page.set_viewport_size(VIEWPORTS[viewport])
    for language in ("ar", "de"):
        page.goto(f"/{language}/{portal.open_chapter_path.removeprefix('/de/')}")
        for comment, expected in ((arabic, "rtl"), (german, "ltr")):
            text = page.locator(f"#c-{comment.pk} .comment__text")
            assert text.evaluate("el => getComputedStyle(el).direction") == expected, (language, comment.comment)


# Where each character of a tel: link lands: the first digit must be left of the last one.
PHONE_LINKS = """() => Array.from(document.querySelectorAll('main a[href^="tel:"]')).map((link) => {
  const text = link.firstChild;
  const box = (index) => { const range = document.createRange(); range.setStart(text, index);
    range.setEnd(text, index + 1); return range.getBoundingClientRect().left; };
  return {text: link.textContent, direction: getComputedStyle(link).direction,
          first: box(0), last: box(text.length - 1)};
})"""


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("language", ["ar", "fa"])
def test_phone_numbers_in_rich_text_read_left_to_right(page, portal, language, viewport):
    """The emergency page's numbers, linked (tel:) in the editors' rich text of its translation."""
    from home.models import TopicPage

    page.set_viewport_size(VIEWPORTS[viewport])
    emergency = TopicPage.objects.live().get(locale__language_code=language, slug="notfall")
    assert page.goto(local_url(emergency)).status == 200
    links = page.evaluate(PHONE_LINKS)
    assert "0800 111 0 111" in [link["text"] for link in links], links
    for link in links:
        assert link["direction"] == "ltr", link
        if len(link["text"]) > 1:
            assert link["first"] < link["last"], f"{link['text']} shown right to left: {link}"


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_german_and_english_fallback_texts_start_on_the_left(page, portal, language):
    """Consent and privacy texts of a catalog not yet reviewed come in German and English (home.i18n):
    their help text and label run left to right, so they start on the left of an Arabic page."""
    page.set_viewport_size(VIEWPORTS["390x844"])
    assert page.goto(portal.path("comment form", language)).status == 200
    for selector in ("#id_email-help", "label[for=id_consent]"):
        element = page.locator(selector)
        assert element.locator('[lang="de"]').count(), f"{selector}: no German fallback text"
        assert element.evaluate("el => getComputedStyle(el).direction") == "ltr", selector


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_german_blocks_of_the_start_page_start_on_the_left(page, portal, language):
    """The featured concept's German title is a block of its own (so it aligns left, not only runs
    left to right), and the footer's German postal address is isolated from the translated name."""
    page.set_viewport_size(VIEWPORTS["390x844"])
    assert page.goto(f"/{language}/").status == 200
    title = page.locator(".teaser__title")
    assert title.evaluate("el => [el.lang, getComputedStyle(el).direction]") == ["de", "ltr"]
    address = page.locator('.site-footer p > span[lang="de"]')
    assert address.text_content() == "Flensburger Straße 7 · 24837 Schleswig"
    assert address.evaluate("el => getComputedStyle(el).direction") == "ltr"
