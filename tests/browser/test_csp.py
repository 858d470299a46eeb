"""The strict Content-Security-Policy is sent and enforced, and the portal works under it.
(Every page type of the accessibility run is also checked for console errors there.)"""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_pages_carry_a_strict_policy_without_inline_code(page, portal):
    response = page.goto(portal.path("chapter + comments"))
    policy = response.headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert page.console_errors == []


def test_an_injected_inline_script_is_refused(page, portal):
    """The policy is really in force: a script smuggled into the page does not run."""
    page.goto(portal.path("home"))
    page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.injected = true'; document.body.append(s); }"""
    )
    assert page.evaluate("window.injected === undefined")
    assert any("Content Security Policy" in error for error in page.console_errors), page.console_errors


def test_the_admin_works_under_its_own_policy(page, portal):
    """Editors' pages load without a refused resource (Wagtail's gravatar avatars are off:
    they would tell a third party who edits)."""
    from demo.management.commands.load_initial_data import DEMO_ADMIN_USERNAME, demo_password

    page.goto("/admin/login/")
    page.fill("#id_username", DEMO_ADMIN_USERNAME)
    page.fill("#id_password", demo_password())
    with page.expect_navigation():
        page.click("button[type=submit]")
    topic_editor = f"/admin/pages/{portal.pages['topic'].pk}/edit/"
    for path in ("/admin/", "/admin/pages/", topic_editor, "/admin/kommentare/", "/admin/stellungnahmen/"):
        response = page.goto(path)
        assert response.status == 200, path
        assert "unsafe-inline" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    assert page.console_errors == [], page.console_errors
