"""A phone (390×844): the header is one row and the page's heading starts near the top.

The header folds the navigation and the search into a "Menü" disclosure (``<details>``, no
JavaScript) on narrow screens; on a desktop (1280) they are shown as before. Every page type is
measured in German and Arabic: the ``<h1>`` starts within the first 200 px of the screen.
"""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
LANGUAGES = ["de", "ar"]
PAGE_TYPES = [
    "home", "topic", "standard page", "event index", "event", "office directory", "concept",
    "chapter + comments", "comment form", "version", "comparison", "report", "search results", "404",
]  # fmt: skip
H1_TOP_LIMIT = 200
# One row of controls (about 34 px) with the header's padding and border; two rows would be ~90.
HEADER_LIMIT = 64

MEASURE = """() => {
  const box = (selector) => { const el = document.querySelector(selector); if (!el) return null;
    const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: r.height, width: r.width}; };
  return {
    h1: box('h1'), header: box('.site-header'), emergency: box('.emergency-link'),
    language: box('.language-switcher summary'), menu: box('.site-menu__button'),
    scrollWidth: document.documentElement.scrollWidth,
  };
}"""


@pytest.fixture
def phone(portal, browser):
    context = browser.new_context(base_url=portal.url, locale="de-DE", viewport=PHONE)
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_heading_starts_within_the_first_200_px_on_a_phone(phone, portal, page_type, language):
    if page_type not in portal.pages:
        pytest.skip(f"the demo has no {page_type}")
    phone.goto(portal.path(page_type, language))
    found = phone.evaluate(MEASURE)
    assert found["h1"] is not None, f"{page_type} ({language}) has no <h1>"
    assert found["h1"]["top"] <= H1_TOP_LIMIT, (
        f"{page_type} ({language}): the <h1> starts at {found['h1']['top']:.0f} px, "
        f"the header is {found['header']['height']:.0f} px high"
    )
    assert found["header"]["height"] <= HEADER_LIMIT, f"header {found['header']['height']:.0f} px high"
    # Emergency call, language and menu side by side, in one row.
    tops = [found[name]["top"] for name in ("emergency", "language", "menu")]
    assert max(tops) - min(tops) < 8, tops
    assert found["scrollWidth"] <= PHONE["width"], f"the page scrolls sideways ({found['scrollWidth']} px)"


def _focused(page):
    return page.evaluate(
        """() => { const el = document.activeElement;
        return {tag: el.tagName.toLowerCase(), text: (el.innerText || el.value || '').trim(),
                inMenu: !!el.closest('.site-menu__panel'), nav: !!el.closest('.main-nav')}; }"""
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_opens_and_closes_with_the_keyboard_on_a_phone(phone, portal, language):
    phone.goto(f"/{language}/")
    first_link = phone.locator(".main-nav a").first
    search = phone.locator("#site-search-q")
    assert not first_link.is_visible() and not search.is_visible(), "navigation shown before the menu is opened"

    for _ in range(12):
        phone.keyboard.press("Tab")
        if phone.evaluate("() => document.activeElement.classList.contains('site-menu__button')"):
            break
    else:
        raise AssertionError(f"the menu button is not reached with Tab; last: {_focused(phone)}")

    phone.keyboard.press("Enter")
    assert phone.locator(".site-menu").get_attribute("open") is not None
    assert first_link.is_visible() and search.is_visible()
    # The next Tab goes into the opened menu: its links, then the search field.
    phone.keyboard.press("Tab")
    assert _focused(phone)["nav"], _focused(phone)
    links = phone.locator(".main-nav a").count()
    for _ in range(links):
        phone.keyboard.press("Tab")
    assert _focused(phone)["tag"] == "input", _focused(phone)

    # Space on the button closes it again.
    phone.locator(".site-menu__button").focus()
    phone.keyboard.press(" ")
    assert phone.locator(".site-menu").get_attribute("open") is None
    assert not first_link.is_visible()


def test_desktop_shows_navigation_and_search_without_a_menu_button(page, portal):
    page.set_viewport_size(DESKTOP)
    page.goto("/ar/")
    assert not page.locator(".site-menu__button").is_visible()
    assert page.locator(".main-nav a").first.is_visible()
    assert page.locator("#site-search-q").is_visible()
    # The full site name, not the phone's short one.
    assert page.locator(".site-header__name").is_visible()
    assert not page.locator(".site-header__short").is_visible()
    # Tab reaches the navigation without opening anything.
    for _ in range(12):
        page.keyboard.press("Tab")
        if _focused(page)["nav"]:
            break
    else:
        raise AssertionError("the navigation is not reached with Tab on a desktop")
    tree = page.locator(".site-header").aria_snapshot()
    assert "navigation" in tree and "search" in tree, tree
