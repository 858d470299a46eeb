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
