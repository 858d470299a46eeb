"""The editor's preview panel shows the page: preview responses may be framed by the admin
(same origin), every public response still may not be framed at all."""

import pytest

from tests.factories import ChapterPageFactory


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("chefin", "chefin@example.org", "x")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_the_preview_may_be_framed_by_the_admin(editor_client, concept):
    chapter = ChapterPageFactory(parent=concept, title="Wohnen im Kreis")
    response = editor_client.get(f"/admin/pages/{chapter.pk}/view_draft/")
    assert response.status_code == 200
    assert "Wohnen im Kreis" in response.content.decode()
    assert directives(response)["frame-ancestors"] == "'self'"
    assert response.get("X-Frame-Options") in (None, "SAMEORIGIN")
    # The page itself keeps the strict policy for scripts and styles.
    assert directives(response)["script-src"] == "'self'"


@pytest.mark.django_db
def test_the_public_page_may_not_be_framed(client, concept):
    chapter = ChapterPageFactory(parent=concept, title="Wohnen im Kreis")
    response = client.get(chapter.url)
    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"
