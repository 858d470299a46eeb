"""A phone (390×844): the header is one row and the page's heading starts near the top.

The header folds the navigation and the search into a "Menü" disclosure (``<details>``, no
JavaScript) on narrow screens; on a desktop (1280) they are shown as before. Every page type is
measured in German and Arabic: the ``<h1>`` starts within the first 200 px of the screen.
"""

import re

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
# One row of controls (34 px; 52 px where an unreviewed catalog shows the emergency label in German
# and English as two lines in its button) with the padding and border; two rows would be ~90.
HEADER_LIMIT = 72

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
    middles = [(found[name]["top"] + found[name]["bottom"]) / 2 for name in ("emergency", "language", "menu")]
    assert max(middles) - min(middles) < 8, middles
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


# The report ---------------------------------------------------------------------------------

REPORT = """() => {
  const region = document.querySelector('.table-scroll--wide');
  const cards = [...document.querySelectorAll('.report-table--weighing tbody tr')];
  const offscreen = cards.map(card => card.querySelector('.report-card__contribution'))
    .map(cell => cell.getBoundingClientRect())
    .filter(box => box.left < 0 || box.right > window.innerWidth || box.width < 200).length;
  const chart = document.querySelector('.report-chart__svg');
  return {
    scrollWidth: document.documentElement.scrollWidth,
    regionOverflow: region.scrollWidth - region.clientWidth,
    cards: cards.length, offscreen,
    rowDisplay: getComputedStyle(cards[0]).display,
    chartWidth: chart ? chart.getBoundingClientRect().width : 0,
  };
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_is_one_card_per_contribution_on_a_phone(phone, portal, language):
    phone.goto(portal.path("report", language))
    found = phone.evaluate(REPORT)
    assert found["scrollWidth"] <= PHONE["width"], f"the report scrolls sideways ({found['scrollWidth']} px)"
    assert found["regionOverflow"] <= 0, f"the Abwägungstabelle scrolls {found['regionOverflow']} px sideways"
    assert found["cards"] > 10
    assert found["offscreen"] == 0, f"{found['offscreen']} of {found['cards']} contributions not fully on screen"
    assert found["rowDisplay"] == "flex", "rows are not laid out as cards"
    assert 0 < found["chartWidth"] <= PHONE["width"] - 32, f"the chart is {found['chartWidth']} px wide"

    # Still a table for assistive technology: a table with a row per card (and the header row),
    # column headers, a row header (the number) and cells.
    tree = phone.locator(".report-table--weighing").aria_snapshot()
    caption = phone.locator("#table-caption").inner_text()
    assert tree.lstrip("- '").startswith(f'table "{caption}"'), tree[:200]
    roles = re.findall(r"^\s*- '?(\w+)", tree, flags=re.MULTILINE)
    assert roles.count("row") == found["cards"] + 1, tree[:400]
    assert roles.count("rowheader") == found["cards"], "the numbers are no row headers"
    columns = phone.locator(".report-table--weighing thead th").count()  # Nr. and the columns of a card
    cells = phone.locator(".report-table--weighing tbody td:visible").count()  # empty ones fold away in a card
    assert columns >= 6 and cells >= (columns - 2) * found["cards"], (columns, cells)
    assert roles.count("columnheader") == columns and roles.count("cell") == cells, tree[:400]
    # Chromium keeps a <table>'s roles under display: block; WebKit (VoiceOver) does not, so the
    # markup names them explicitly.
    explicit = phone.locator('.report-table--weighing tbody [role="row"] > [role="cell"]').count()
    assert explicit == (columns - 1) * found["cards"], "the restyled cells lose their explicit role"

    # The jump list leads to the first card of a chapter.
    jump = phone.locator(".report-jump a").nth(1)
    target = jump.get_attribute("href")
    jump.click()
    assert phone.evaluate("() => location.hash") == target
    card = phone.locator(target)
    assert card.is_visible() and card.evaluate("el => el.getBoundingClientRect().top") < 100
    assert jump.inner_text() in card.locator(".report-card__chapter").inner_text()


def test_report_keeps_its_wide_and_print_layouts(page, portal):
    page.set_viewport_size(DESKTOP)
    page.goto(portal.path("report"))
    found = page.evaluate(REPORT)
    assert found["rowDisplay"] == "table-row"
    assert not page.locator(".report-card__label").first.is_visible()
    # Printed from a phone, the report is the table, not cards.
    page.set_viewport_size(PHONE)
    page.emulate_media(media="print")
    assert page.evaluate(REPORT)["rowDisplay"] == "table-row"
    assert not page.locator(".report-jump").is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", ["home", "chapter + comments", "comment form", "report"])
def test_no_axe_violations_on_a_phone_with_the_menu_open(phone, portal, axe, page_type, language):
    from tests.browser.test_accessibility import describe, run_axe

    phone.goto(portal.path(page_type, language))
    phone.locator(".site-menu__button").click()
    assert phone.locator(".main-nav").is_visible()
    violations, _advisory = run_axe(phone, axe)
    assert not violations, f"{len(violations)} axe violation(s) at 390 px:\n{describe(violations)}"
