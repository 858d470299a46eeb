"""The Word import's form in the admin: the "Importieren" button is readable at 1280 and 390 px
(its icon once rendered as a 300 × 150 px arrow over the label); axe on the form and on the
translation coverage view (issue 15)."""

import pytest

from tests.browser.test_editor import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("width", [1280, 390])
def test_the_import_button_shows_its_label_beside_a_small_icon(page, portal, width, tmp_path):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page)
    page.goto("/admin/konzept-import/")
    button = page.get_by_role("button", name="Importieren")
    box = button.bounding_box()
    page.screenshot(path=str(tmp_path / f"import-{width}.png"), full_page=True)
    assert box["height"] < 60, box
    icon = button.locator("svg").bounding_box()
    assert icon["width"] <= 24 and icon["height"] <= 24, icon
    # The label is visible and not covered by the icon.
    script = (
        "b => { const r = document.createRange(); r.selectNodeContents(b.lastChild); "
        "return r.getBoundingClientRect().toJSON(); }"
    )
    label = page.evaluate(script, button.element_handle())
    assert label["width"] > 40
    assert icon["x"] + icon["width"] <= label["x"] + 1


@pytest.mark.parametrize("path", ["/admin/konzept-import/", "/admin/uebersetzungen/"])
def test_the_import_form_and_the_translation_coverage_pass_axe(page, portal, axe, path):
    from tests.browser.test_accessibility import describe, run_axe

    log_in(page)
    response = page.goto(path)
    assert response.status == 200
    violations, _advisory = run_axe(page, axe)
    assert violations == [], describe(violations)
    assert page.console_errors == [], page.console_errors
