"""The editors' day in the admin: the preview panel shows the page, and the participation
window keeps what the editor typed in German."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def log_in(page):
    from demo.management.commands.load_initial_data import DEMO_ADMIN_USERNAME, demo_password

    page.goto("/admin/login/")
    page.fill("#id_username", DEMO_ADMIN_USERNAME)
    page.fill("#id_password", demo_password())
    with page.expect_navigation():
        page.click("button[type=submit]")


def test_the_preview_panel_shows_the_chapter(page, portal):
    from concept.models import ChapterPage

    chapter = ChapterPage.objects.get(url_path__endswith=portal.open_chapter_path.removeprefix("/de/"))
    log_in(page)
    page.goto(f"/admin/pages/{chapter.pk}/edit/")
    page.click("[data-side-panel-toggle='preview']")
    heading = page.frame_locator("#w-preview-iframe").locator("h1")
    heading.wait_for()
    assert chapter.title in heading.inner_text()


def test_the_window_keeps_what_the_editor_typed(page, portal):
    """Wagtail's picker would replace 24:00 on blur by the current time; ours leaves it, and the
    server reads it as the next day's 0:00."""
    concept = portal.pages["concept"]
    log_in(page)
    page.goto(f"/admin/pages/{concept.pk}/edit/")
    field = page.locator("#id_closes_at")
    field.fill("")
    field.type("31.01.2027 24:00")
    field.press("Tab")
    page.locator("#id_title").click()
    page.wait_for_timeout(300)
    assert field.input_value() == "31.01.2027 24:00"

    field.fill("31.02.2027 12:00")
    field.press("Tab")
    page.wait_for_timeout(300)
    assert field.input_value() == "31.02.2027 12:00"
    with page.expect_navigation():
        page.locator("button.action-save").first.click()
    assert "ist kein gültiger Zeitpunkt" in page.content()
    assert page.locator("#id_closes_at").input_value() == "31.02.2027 12:00"
    assert page.console_errors == [], page.console_errors


def test_the_mail_texts_view_names_the_concept_and_passes_axe(page, portal, axe):
    from tests.browser.test_accessibility import describe, run_axe

    concept = portal.pages["concept"]
    log_in(page)
    response = page.goto(f"/admin/mailtexte/?konzept={concept.pk}")
    assert response.status == 200
    from concept.comments.mail_preview import samples

    assert page.locator("section h2").count() == len(samples(concept.title))  # every mail a citizen gets
    assert f"„{concept.title}“" in page.locator("main").inner_text()
    violations, _advisory = run_axe(page, axe)
    assert violations == [], describe(violations)
    assert page.console_errors == [], page.console_errors
