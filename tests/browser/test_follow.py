"""Following a concept in the browser (issue 19): the form on the concept page, its errors, the
page after sending, the confirmation with its button and the unsubscribe page: axe-core finds no
WCAG 2.1 A/AA violation on any of them, in German and in Arabic (right to left)."""

import re

import pytest

from django.core import mail

from tests.browser.test_accessibility import describe, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def assert_accessible(page, axe, language, what):
    assert page.evaluate("document.documentElement.lang") == language
    assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
    violations, _advisory = run_axe(page, axe)
    assert not violations, f"{len(violations)} axe violation(s) on {what} ({language}):\n{describe(violations)}"
    assert page.console_errors == [], page.console_errors


@pytest.mark.parametrize("language", ["de", "ar"])
def test_following_a_concept_is_accessible(page, portal, axe, language, django_capture_on_commit_callbacks):
    from concept.follow.mail import unsubscribe_token
    from concept.follow.models import Follower

    mail.outbox.clear()
    assert page.goto(portal.path("concept", language)).status == 200
    form = page.locator("form.follow-form")
    assert form.is_visible()
    assert_accessible(page, axe, language, "the concept page with its form")

    # Sent empty: the form page with the errors, each tied to its field.
    with page.expect_navigation():
        form.locator("[type=submit]").click()
    assert page.locator("#form-errors").is_visible()
    assert page.locator("#follow-email").get_attribute("aria-invalid") == "true"
    assert_accessible(page, axe, language, "the form with errors")

    page.locator("#follow-email").fill(f"folge-{language}@example.org")
    page.locator("#follow-consent").check()
    with django_capture_on_commit_callbacks(execute=True), page.expect_navigation():
        page.locator("form.follow-form [type=submit]").click()
    assert page.locator("main [role=status]").is_visible()
    assert_accessible(page, axe, language, "the page after sending")

    [message] = mail.outbox
    link = re.search(r"https?://\S+/benachrichtigen/bestaetigen/\S+/", message.body).group(0)
    assert f"/{language}/beteiligung/" in link
    page.goto("/" + link.split("/", 3)[3])  # the path: the mail's base URL is the configured one
    assert_accessible(page, axe, language, "the confirmation page")
    with page.expect_navigation():
        page.locator("main form [type=submit]").click()
    assert page.locator("main [role=status]").is_visible()
    assert_accessible(page, axe, language, "the confirmed page")
    follower = Follower.objects.get(email=f"folge-{language}@example.org")
    assert follower.confirmed_at is not None and follower.language == language

    page.goto(f"/{language}/beteiligung/benachrichtigen/abbestellen/{unsubscribe_token(follower)}/")
    assert_accessible(page, axe, language, "the unsubscribe page")
    with page.expect_navigation():
        page.locator("main form [type=submit]").click()
    assert not Follower.objects.filter(pk=follower.pk).exists()
    assert_accessible(page, axe, language, "the unsubscribed page")


def test_following_by_keyboard_alone(page, portal, django_capture_on_commit_callbacks):
    """The form on the concept page and the confirmation's button, with Tab, Space and Enter."""
    from concept.follow.models import Follower

    mail.outbox.clear()
    page.goto(portal.path("concept", "de"))
    page.locator("#follow-email").focus()
    page.keyboard.type("tastatur-folgen@example.org")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "follow-consent"
    page.keyboard.press("Space")
    for _step in range(3):  # past the privacy link inside the consent's label, to the button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    assert page.evaluate("document.activeElement.type") == "submit"
    with django_capture_on_commit_callbacks(execute=True), page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("main [role=status]").is_visible()

    [message] = mail.outbox
    link = re.search(r"https?://\S+/benachrichtigen/bestaetigen/\S+/", message.body).group(0)
    page.goto("/" + link.split("/", 3)[3])
    page.locator("main form [type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert Follower.objects.get(email="tastatur-folgen@example.org").confirmed_at is not None
