"""The comment flow with the keyboard alone, error messages tied to their fields, visible focus.

Every element the Tab key reaches on the way is checked for a visible focus indicator
(a computed outline other than "none", at least 2px wide, or a box shadow).
"""

import re

import pytest

from django.core import mail

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    type: el.getAttribute('type'),
    form: el.form ? el.form.id : null,
    href: el.getAttribute('href'),
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 80),
    outline: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    boxShadow: style.boxShadow,
    inViewport: box.bottom > 0 && box.top < window.innerHeight && box.width > 0 && box.height > 0,
  };
}"""


def describe(state):
    if state is None:
        return "<body>"
    name = f"#{state['id']}" if state["id"] else (state["href"] or "")
    return f"<{state['tag']}{' ' + name if name else ''}> {state['text']!r}"


def focus_is_visible(state):
    outlined = state["outline"] != "none" and state["outlineWidth"] >= 2
    return (outlined or state["boxShadow"] != "none") and state["inViewport"]


def press_tab(page, seen):
    page.keyboard.press("Tab")
    state = page.evaluate(FOCUSED)
    seen.append(state)
    return state


def tab_until(page, wanted, seen, limit=120, what="the element"):
    """Presses Tab until ``wanted(focused element)`` holds; fails after ``limit`` presses."""
    for _ in range(limit):
        state = press_tab(page, seen)
        if state and wanted(state):
            return state
    raise AssertionError(f"{what} not reached after {limit} Tab presses; last: {[describe(s) for s in seen[-8:]]}")


def assert_focus_always_visible(seen):
    invisible = [describe(state) for state in seen if state and not focus_is_visible(state)]
    assert not invisible, f"focus not visible on: {invisible}"


def submits_comment_form(state):
    return state["tag"] == "button" and state["type"] == "submit" and state["form"] == "comment-form"


def by_id(element_id):
    return lambda state: state["id"] == element_id


def test_comment_by_keyboard_alone(page, portal, settings, django_capture_on_commit_callbacks):
    settings.PORTAL_BASE_URL = portal.url  # where the mail's links point
    seen = []
    page.goto(portal.open_chapter_path)

    link = tab_until(
        page,
        lambda state: state["tag"] == "a" and state["text"].startswith("Kommentieren"),
        seen,
        what="a 'Kommentieren' link",
    )
    assert "/kommentieren/?absatz=" in link["href"]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(link["href"])
    paragraph = link["href"].split("?absatz=", 1)[1]
    for single_line in ("#id_name", "#id_email"):  # not drawn as tall as the text area
        assert page.locator(single_line).bounding_box()["height"] < 48, single_line

    tab_until(page, by_id("id_name"), seen, what="the name field")
    page.keyboard.type("Leyla T.")
    assert press_tab(page, seen)["id"] == "id_email"
    page.keyboard.type("leyla@example.org")
    assert press_tab(page, seen)["id"] == "id_comment"
    text = "Sprachkurse am Abend in Tarp wären für Berufstätige eine große Hilfe."
    page.keyboard.type(text)
    tab_until(page, by_id("id_consent"), seen, limit=3, what="the consent checkbox")
    page.keyboard.press("Space")
    assert page.locator("#id_consent").is_checked()
    assert not page.locator("#id_followup").is_checked()
    tab_until(page, submits_comment_form, seen, limit=4, what="the submit button")

    # The mail goes out when the request's transaction commits (see conftest.py).
    with django_capture_on_commit_callbacks(execute=True), page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().startswith("Fast geschafft")
    assert "E-Mail mit einem Bestätigungslink" in page.locator("main [role=status]").inner_text()

    assert len(mail.outbox) == 1, [message.subject for message in mail.outbox]
    message = mail.outbox[0]
    assert message.to == ["leyla@example.org"]
    assert message.subject.startswith("Bitte bestätigen Sie Ihren Kommentar")
    confirmation = re.search(r"https?://\S+/bestaetigen/\S+/", message.body).group(0)
    assert confirmation.startswith(f"{portal.url}/de/"), confirmation

    # Opening the link only offers the button (mail scanners open links too); pressing it
    # confirms, and that commit is what makes the cached chapter page stale (and sends nothing).
    page.goto(confirmation)
    assert page.locator("h1").inner_text() == "Kommentar bestätigen"
    tab_until(page, lambda state: state["tag"] == "button" and "bestätigen" in state["text"], seen, what="the button")
    with django_capture_on_commit_callbacks(execute=True), page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().startswith("Vielen Dank")
    tab_until(page, lambda state: state["text"] == "Zu Ihrem Kommentar", seen, what="the link to the comment")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    anchor = page.url.split("#", 1)[1]
    assert anchor.startswith("c-"), page.url
    comment = page.locator(f"[id='{anchor}']")
    assert comment.is_visible()
    assert text in comment.inner_text()
    assert "Leyla T." in comment.locator(".comment__author").first.inner_text()
    assert comment.locator(".comment__ref a").first.get_attribute("href") == f"#b-{paragraph}"

    assert_focus_always_visible(seen)


def test_empty_form_errors_are_announced_and_lead_to_their_fields(page, portal):
    seen = []
    page.goto(portal.path("comment form"))
    tab_until(page, submits_comment_form, seen, what="the submit button")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    summary = page.locator("#form-errors")
    assert summary.get_attribute("role") == "alert"
    assert summary.is_visible()
    links = summary.locator("a")
    targets = [links.nth(index).get_attribute("href") for index in range(links.count())]
    assert {"#id_name", "#id_email", "#id_comment", "#id_consent"} <= set(targets), targets
    for index, target in enumerate(targets):
        assert re.fullmatch(r"#id_\w+", target), target
        field = page.locator(target)
        assert field.count() == 1, target
        assert field.get_attribute("aria-invalid") == "true", target
        described_by = (field.get_attribute("aria-describedby") or "").split()
        error_id = f"{target[1:]}-error"
        assert error_id in described_by, (target, described_by)
        error = page.locator(f"#{error_id}")
        assert error.is_visible(), error_id
        assert links.nth(index).inner_text().strip() in error.inner_text(), (target, error.inner_text())

    # Following an error link with the keyboard puts the focus into that field.
    first = targets[0]
    tab_until(page, lambda state: state["href"] == first, seen, what=f"the error link {first}")
    page.keyboard.press("Enter")
    page.wait_for_function("(id) => document.activeElement && document.activeElement.id === id", arg=first[1:])
    seen.append(page.evaluate(FOCUSED))

    assert_focus_always_visible(seen)


def test_skip_link_is_first_visible_and_leads_into_main(page, portal):
    seen = []
    page.goto(portal.path("chapter + comments"))
    skip = press_tab(page, seen)
    assert skip["href"] == "#main", describe(skip)
    assert focus_is_visible(skip), skip
    page.keyboard.press("Enter")
    after = press_tab(page, seen)
    inside_main = page.evaluate("() => document.querySelector('main').contains(document.activeElement)")
    assert inside_main, f"after the skip link, Tab went to {describe(after)}"


@pytest.mark.parametrize("page_type", ["home", "chapter + comments", "comment form", "comparison", "report"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_focus_is_visible_on_everything_tab_reaches(page, portal, page_type, language):
    seen = []
    page.goto(portal.path(page_type, language))
    first = None
    for _ in range(60):
        state = press_tab(page, seen)
        key = (state or {}).get("href"), (state or {}).get("id"), (state or {}).get("text")
        if first is None:
            first = key
        elif key == first:
            break  # around the page once
    assert len([state for state in seen if state]) >= 5
    assert_focus_always_visible(seen)
