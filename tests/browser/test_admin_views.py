"""The office's own admin views are accessible too (BITV applies to the editors' workplace): axe finds
no WCAG 2.1 A/AA violation on the moderation queue's tabs, the responses and their release, the Word
import, the mail texts, the help page and the dashboard's "Heute zu tun"; a moderator can hide a
comment with the keyboard alone; the queue and the dashboard never scroll sideways at 390 and 1280 px.

``SCREENSHOTS=1`` saves the queue and the dashboard as docs/screenshots/admin-*.png."""

import os
from pathlib import Path

import pytest

from tests.browser.test_accessibility import describe, run_axe
from tests.browser.test_editor import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def queue(portal):
    """Comments in every state of the queue on the open concept's first chapter (rolled back after the test)."""
    from django.utils import timezone

    from concept.comments.models import CommentReport
    from concept.models import ChapterPage
    from tests.comments.conftest import make_comment

    chapter = ChapterPage.objects.get(url_path__endswith=portal.open_chapter_path.removeprefix("/de/"))
    paragraph = next((block.id for block in chapter.body if block.block_type == "paragraph"), "")
    first = make_comment(
        chapter,
        "Die Sprachkurse am Abend sind immer voll. Könnte der Kreis nicht zusätzliche Kurse in Schleswig und "
        "Kappeln anbieten, gern auch samstags?",
        user_name="Amira K.",
        paragraph_id=paragraph,
    )
    reply = make_comment(chapter, "Samstags wäre auch für Berufstätige gut.", parent=first, user_name="Jonas P.")
    reported = make_comment(
        chapter, "Das ist doch alles Unsinn, typisch Verwaltung.", user_name="Karl", seen_at=timezone.now()
    )
    CommentReport.objects.create(comment=reported, reason="Beleidigend gegenüber den Mitarbeitenden")
    waiting = make_comment(chapter, "Bitte auch an Kinderbetreuung während der Kurse denken.", is_public=False)
    unconfirmed = make_comment(chapter, "Noch nicht bestätigt.", confirmed_at=None, is_public=False)
    return {
        "chapter": chapter,
        "first": first,
        "reply": reply,
        "reported": reported,
        "waiting": waiting,
        "unconfirmed": unconfirmed,
    }


def admin_paths(portal, queue):
    concept = portal.pages["concept"]
    return {
        "dashboard": "/admin/",
        "queue: zu prüfen": "/admin/kommentare/",
        "queue: neu": "/admin/kommentare/?ansicht=neu",
        "queue: unbestätigt": "/admin/kommentare/?ansicht=unbestaetigt",
        "queue: alle": "/admin/kommentare/?ansicht=alle",
        "moderation log": "/admin/kommentare/protokoll/",
        "delete confirmation": f"/admin/kommentare/{queue['first'].pk}/loeschen/bestaetigen/",
        "responses: concepts": "/admin/stellungnahmen/",
        "responses: contributions and release": f"/admin/stellungnahmen/{concept.pk}/",
        "responses: one contribution": f"/admin/stellungnahmen/beitrag/{queue['first'].pk}/",
        "word import": "/admin/konzept-import/",
        "mail texts": f"/admin/mailtexte/?konzept={concept.pk}",
        "help": "/admin/hilfe/",
    }


def test_our_admin_views_have_no_axe_violations(page, portal, axe, queue):
    log_in(page)
    failures = {}
    for name, path in admin_paths(portal, queue).items():
        response = page.goto(path)
        assert response.status == 200, f"{name}: {path}: HTTP {response.status}"
        if name.startswith("queue"):
            # The hide form is inside <details>: open them all, so axe sees the form too.
            page.evaluate("document.querySelectorAll('details').forEach((d) => d.open = true)")
        violations, _advisory = run_axe(page, axe)
        if violations:
            failures[name] = describe(violations)
    assert failures == {}, "\n".join(f"{name}:\n{text}" for name, text in failures.items())
    assert page.console_errors == [], page.console_errors


def test_a_comment_can_be_hidden_with_the_keyboard_alone(page, portal, queue):
    from concept.comments.models import ChapterComment

    target = queue["first"]
    log_in(page)
    page.goto("/admin/kommentare/?ansicht=neu")
    wanted = f"Ausblenden … (Kommentar Nr. {target.pk})"
    for _ in range(300):
        page.keyboard.press("Tab")
        if " ".join(page.evaluate("document.activeElement.textContent").split()) == wanted:
            break
    else:
        pytest.fail(f"never reached {wanted!r} with Tab")
    # The focused control is visibly marked (WCAG 2.4.7).
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.boxShadow; })()"
    )
    assert outline != "none none", outline
    page.keyboard.press("Enter")  # opens the <details>
    page.keyboard.press("Tab")  # to the reason
    assert page.evaluate("document.activeElement.id") == f"reason-{target.pk}"
    page.keyboard.type("Enthält eine Telefonnummer.")
    page.keyboard.press("Tab")  # to the button
    assert "Ausblenden" in page.evaluate("document.activeElement.textContent")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"Kommentar Nr. {target.pk} ist ausgeblendet." in page.content()
    target = ChapterComment.objects.get(pk=target.pk)
    assert target.hidden_at is not None and target.hidden_reason == "Enthält eine Telefonnummer."


@pytest.mark.parametrize("width", [390, 1280])
def test_queue_and_dashboard_never_scroll_sideways(page, portal, queue, width):
    log_in(page)
    page.set_viewport_size({"width": width, "height": 900})
    for name, path in (
        ("queue", "/admin/kommentare/"),
        ("queue-neu", "/admin/kommentare/?ansicht=neu"),
        ("dashboard", "/admin/"),
    ):
        page.goto(path)
        if name == "queue":
            page.evaluate("document.querySelector('details.moderation-hide').open = true")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} at {width} px scrolls sideways by {overflow} px"
        wide = page.evaluate(
            """(() => [...document.querySelectorAll('main *')].filter((element) => {
                   const box = element.getBoundingClientRect();
                   return box.width > 0 && box.right > document.documentElement.clientWidth + 1;
               }).map((element) => element.tagName + '.' + element.className).slice(0, 5))()"""
        )
        assert wide == [], f"{name} at {width} px: {wide}"
        if os.environ.get("SCREENSHOTS") and name in ("queue", "dashboard"):
            target = "admin-queue" if name == "queue" else "admin-dashboard"
            page.evaluate("document.querySelectorAll('details').forEach((d) => d.open = false)")
            page.set_viewport_size({"width": width, "height": 1400})
            page.screenshot(path=str(SCREENSHOTS / f"{target}-{width}.png"))
            page.set_viewport_size({"width": width, "height": 900})
