"""axe-core on the pages of issue 19 (support, "Meine Beiträge"), in German and Arabic (RTL), and
the support and withdrawal done by keyboard alone."""

import pytest

from tests.browser.test_accessibility import RIGHT_TO_LEFT, describe, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

EMAIL = "leyla.axe@example.com"
PAGES = ["chapter with support", "support", "support confirmation", "my contributions", "new link"]


@pytest.fixture
def issue19(portal):
    """A shown comment with a reply and a support on the open chapter, a pending support, and a
    personal link of the comment's author: {page type: German path}."""
    from django.core.cache import cache

    from concept.comments import mine, services, support
    from concept.models import ChapterPage
    from tests.comments.conftest import make_comment

    chapter = ChapterPage.objects.get(url_path__endswith=portal.open_chapter_path.removeprefix("/de"))
    comment = make_comment(
        chapter, "Mehr Sprachkurse am Abend.", user_email=EMAIL, participant_key=services.participant_key(EMAIL)
    )
    make_comment(chapter, "Gute Idee!", parent=comment, user_name="Nachbarin")
    comment.support_count = 3
    comment.save(update_fields=["support_count"])
    pending = support.request_support(comment, "other@example.com", "de")
    _support, token = support.issue_support_token(pending.pk)
    cache.clear()
    return {
        "chapter with support": portal.open_chapter_path,
        "support": f"/de/beteiligung/kommentar/{comment.pk}/zustimmen/",
        "support confirmation": f"/de/beteiligung/zustimmung/bestaetigen/{token}/",
        "my contributions": mine.personal_link(EMAIL, "de", base_url=""),
        "new link": "/de/beteiligung/meine-beitraege/",
    }, comment


@pytest.mark.parametrize("language", ["de", "ar"])
@pytest.mark.parametrize("page_type", PAGES)
def test_no_axe_violations_on_the_new_pages(page, portal, axe, issue19, page_type, language):
    paths, _comment = issue19
    path = f"/{language}/{paths[page_type].removeprefix('/de/')}"
    response = page.goto(path)
    assert response.status == 200, f"{page_type}: HTTP {response.status}"
    assert page.evaluate("document.documentElement.lang") == language
    assert page.evaluate("document.documentElement.dir") == ("rtl" if language in RIGHT_TO_LEFT else "ltr")
    violations, _advisory = run_axe(page, axe)
    assert not violations, f"{len(violations)} axe violation(s) on {page_type} ({language}):\n{describe(violations)}"
    assert page.console_errors == [], page.console_errors


def test_support_and_withdraw_by_keyboard(page, portal, issue19):
    from concept.comments.models import ChapterComment

    paths, comment = issue19
    page.goto(paths["chapter with support"])
    button = page.locator(f"#c-{comment.pk} > article .comment__support a")
    button.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(paths["support"])  # no stray "?" of an empty form
    page.locator("#id_email").focus()
    page.keyboard.type("tastatur@example.com")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("[role=status]").is_visible()

    page.goto(paths["my contributions"])
    page.locator(f"#m-{comment.pk} button", has_text="zurückziehen").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.get_by_role("button", name="Ja, zurückziehen").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert ChapterComment.objects.get(pk=comment.pk).withdrawn_at is not None  # a confirmed reply keeps its place
    # The test's transaction never commits, so the page cache's on-commit bump never runs here.
    from django.core.cache import cache

    cache.clear()
    page.goto(paths["chapter with support"])
    assert page.locator(f"#c-{comment.pk} .comment__hidden").inner_text() == "vom Verfasser zurückgezogen"
