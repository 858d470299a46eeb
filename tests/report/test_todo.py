"""The dashboard's "Heute zu tun" (issue 15): first on the dashboard, open concepts first and closed
ones collapsed, chapter names linked, page approvals and windows ending soon, a badge on
"Kommentare", and the same "offen" as the report."""

import re
from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from concept.comments.models import CommentReport
from concept.report.services import build_report, dashboard_overview
from concept.report.todo import todo_for
from concept.responses.models import OfficialResponse, Outcome
from tests.comments.conftest import make_comment
from tests.factories import ChapterPageFactory, ConceptPageFactory
from tests.report.test_report import data, later_chapter, moderator, superuser  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


def member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, email=f"{username}@kreis.example", password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


def panel_of(response):
    assert response.status_code == 200
    page = response.content.decode()
    start = page.index('id="heute-zu-tun-section"')
    end = page.find('id="beteiligung-section"')
    return page, page[start:end] if end > start else page[start:]


def test_dashboard_counts_equal_the_reports(client, concept, chapter, data, superuser):  # noqa: F811
    # Beyond the report's own data: a draft (still open), a chapter not yet published (not counted by the
    # report, nor by the dashboard), a reported and a pre-moderated comment (to review, not contributions).
    OfficialResponse.objects.create(comment=data["reply"], outcome=Outcome.NOTED, text="Entwurf")
    draft_chapter = ChapterPageFactory(parent=concept, title="Entwurfskapitel", number=9, live=False)
    make_comment(draft_chapter, "Auf einem unveröffentlichten Kapitel.")
    CommentReport.objects.create(comment=data["removed"], reason="Spam?")

    report = build_report(concept)
    item = next(item for item in todo_for(superuser).concepts if item.concept.pk == concept.pk)
    assert (item.contributions, item.unanswered) == (report.contributions, report.open_count) == (6, 3)
    overview = next(entry for entry in dashboard_overview() if entry.concept.pk == concept.pk)
    assert (overview.contributions, overview.unanswered) == (report.contributions, report.open_count)

    client.force_login(superuser)
    _page, panel = panel_of(client.get("/admin/"))
    assert f'<span class="todo-panel__figure" data-todo="konzept-offen">{report.open_count}</span>' in panel
    assert f"von {report.contributions} Beiträgen ohne Stellungnahme" in panel
    assert '<span class="todo-panel__figure">1</span> Entwurf wartet auf Freigabe durch die Amtsleitung' in panel
    # The legend says what "offen" means.
    assert "Ein Entwurf zählt noch als offen." in panel
    # The responses admin counts the same "offen".
    responses = client.get("/admin/stellungnahmen/").content.decode()
    row = re.search(rf'<tr id="konzept-{concept.pk}">.*?</tr>', responses, re.S).group(0)
    assert f'?ergebnis=offen">{report.open_count}<' in row
    summary = client.get(f"/admin/stellungnahmen/{concept.pk}/").content.decode()
    assert f"und {report.open_count} offen." in summary


def test_panel_comes_first_with_open_concepts_first_and_closed_ones_collapsed(client, home, concept, chapter):
    closed = ConceptPageFactory(
        parent=home,
        title="Integrationskonzept 2017",
        slug="ik-2017",
        opens_at=timezone.now() - timedelta(days=400),
        closes_at=timezone.now() - timedelta(days=370),
    )
    # Created first in the tree, still shown after the open one.
    closed_chapter = ChapterPageFactory(parent=closed, title="Arbeit", number=1)
    make_comment(closed_chapter, "Alter Beitrag.")
    make_comment(chapter, "Wartet.", is_public=False)
    user = member(get_user_model(), "sb", "Sachbearbeitung")
    client.force_login(user)
    page, panel = panel_of(client.get("/admin/"))
    # First on the dashboard: before the participation panel and Wagtail's own panels.
    assert page.index('id="heute-zu-tun-section"') < page.index('id="beteiligung-section"')
    assert re.findall(r'<section[^>]*id="([\w-]+)-section"', page)[0] == "heute-zu-tun"
    assert panel.index("Integrationskonzept</h3>") < panel.index("Integrationskonzept 2017")
    details = panel[panel.index("<details") :]
    assert "Integrationskonzept 2017: 1 Beitrag offen" in details[: details.index("</summary>")]
    # Chapter names link to their editor; the figures to the queue filtered by chapter.
    assert f'<a href="/admin/pages/{chapter.pk}/edit/">3. Sprache</a>' in panel
    assert f'href="/admin/kommentare/?kapitel={chapter.pk}&amp;ansicht=pruefen"' in panel
    assert '<span class="todo-panel__figure" data-todo="zu-pruefen">1</span>' in panel


def test_windows_ending_within_seven_days_and_page_approvals(client, concept, chapter, django_user_model):
    concept.closes_at = timezone.now() + timedelta(days=2, hours=3)
    concept.save()
    clerk = member(django_user_model, "sachbearbeiterin", "Sachbearbeitung")
    head = member(django_user_model, "amtsleiter", "Amtsleitung")
    chapter.title = "Sprache (neu)"
    chapter.save_revision(user=clerk)
    chapter.get_workflow().start(chapter, clerk)

    client.force_login(head)
    _page, panel = panel_of(client.get("/admin/"))
    assert "Endet in 3 Tagen." in panel
    assert '<span class="todo-panel__figure" data-todo="endet-bald">1</span>' in panel
    assert '<span class="todo-panel__figure" data-todo="seitenfreigaben">1</span>' in panel
    client.force_login(clerk)  # Sachbearbeitung approves nothing
    _page, panel = panel_of(client.get("/admin/"))
    assert '<span class="todo-panel__figure" data-todo="seitenfreigaben">0</span>' in panel


def test_the_comments_menu_item_carries_a_count_badge(client, chapter, moderator):  # noqa: F811
    make_comment(chapter, "Wartet.", is_public=False)
    make_comment(chapter, "Neu und öffentlich.")
    make_comment(chapter, "Gesichtet.", seen_at=timezone.now())
    client.force_login(moderator)
    page = client.get("/admin/").content.decode()
    assert '"data-todo-count": "2"' in page
    assert "Kommentare: 2 zu pr\\u00fcfen oder neu" in page or "Kommentare: 2 zu prüfen oder neu" in page
    # One of each, said in the singular (not "1 neue Kommentare zu sichten").
    _page, panel = panel_of(client.get("/admin/"))
    assert 'data-todo="neu">1</span> neuer Kommentar zu sichten' in panel
    assert 'data-todo="zu-pruefen">1</span> Kommentar zu prüfen' in panel


def test_no_panel_for_users_without_a_role(client, django_user_model, concept):
    user = member(django_user_model, "uebersetzerin", "Übersetzung")
    client.force_login(user)
    page = client.get("/admin/").content.decode()
    assert 'id="heute-zu-tun-section"' not in page


def test_help_page_is_for_staff_only_and_linked_from_the_panel(client, django_user_model, concept, moderator):  # noqa: F811
    assert client.get("/admin/hilfe/").status_code == 302  # to the login
    outsider = django_user_model.objects.create_user("buerger", password="x")
    client.force_login(outsider)
    response = client.get("/admin/hilfe/")
    assert response.status_code in (302, 403) and "Kommentare moderieren" not in response.content.decode()

    client.force_login(moderator)
    help_page = client.get("/admin/hilfe/").content.decode()
    for heading in (
        "Entwurf aus Word importieren",
        "Beteiligungszeitraum festlegen",
        "Kommentare moderieren",
        "Stellungnahmen schreiben und freigeben",
        'id="berichte-und-exporte"',
        "für den Kreistag",
    ):
        assert heading in help_page
    _page, panel = panel_of(client.get("/admin/"))
    assert 'href="/admin/hilfe/"' in panel
