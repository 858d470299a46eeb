"""Office roles: the four groups the migration creates, the workflow that Sachbearbeitung cannot
bypass, and the portal's own rights (moderate, respond, release) per concept subtree."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission, WorkflowState

from concept.roles.access import has_role
from concept.roles.models import GroupDescription, Role, RoleGrant
from concept.roles.setup import WORKFLOW_NAME, create_office
from tests.comments.conftest import make_comment
from tests.factories import ChapterPageFactory, ConceptPageFactory

pytestmark = pytest.mark.django_db

OFFICE = ["Amtsleitung", "Moderation", "Sachbearbeitung", "Übersetzung"]


def member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, email=f"{username}@kreis.example", password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def chapter(concept):
    return ChapterPageFactory(parent=concept, title="Sprache", number=3)


def test_an_office_sees_exactly_four_described_groups():
    # Beside the office: the operator's group "Betrieb" (issue 22, tests/test_operator.py).
    assert sorted(Group.objects.values_list("name", flat=True)) == sorted([*OFFICE, "Betrieb"])
    for group in Group.objects.all():
        assert GroupDescription.objects.get(group=group).text  # one line each
    codenames = {
        name: set(GroupPagePermission.objects.filter(group__name=name).values_list("permission__codename", flat=True))
        for name in OFFICE
    }
    assert "publish_page" in codenames["Amtsleitung"]
    assert "publish_page" not in codenames["Sachbearbeitung"] and "change_page" in codenames["Sachbearbeitung"]
    assert codenames["Moderation"] == set()
    assert Group.objects.get(name="Übersetzung").permissions.filter(codename="submit_translation").exists()
    roles = {name: set(RoleGrant.objects.filter(group__name=name).values_list("role", flat=True)) for name in OFFICE}
    assert roles == {
        "Amtsleitung": {"moderate", "respond", "release"},
        "Sachbearbeitung": {"moderate", "respond"},
        "Moderation": {"moderate"},
        "Übersetzung": set(),
    }


def test_sachbearbeitung_cannot_publish_and_the_workflow_routes_to_amtsleitung(client, chapter, django_user_model):
    clerk = member(django_user_model, "sachbearbeiterin", "Sachbearbeitung")
    head = member(django_user_model, "amtsleiter", "Amtsleitung")
    chapter.title = "Sprache (neu)"
    chapter.save_revision(user=clerk)
    assert chapter.get_workflow().name == WORKFLOW_NAME

    # Publishing directly (the bulk action "Veröffentlichen") does nothing for Sachbearbeitung.
    client.force_login(clerk)
    assert not chapter.permissions_for_user(clerk).can_publish()
    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={chapter.pk}", {})
    chapter.refresh_from_db()
    assert chapter.has_unpublished_changes and chapter.title == "Sprache"  # the live title

    # Submitting routes it to the Amtsleitung, whose approval publishes it.
    chapter.get_workflow().start(chapter, clerk)
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(chapter.pk))
    task = state.current_task_state.task.specific
    assert list(task.groups.values_list("name", flat=True)) == ["Amtsleitung"]
    assert task.get_actions(chapter, clerk) == []
    assert task.get_actions(chapter, head)

    url = f"/admin/pages/workflow/action/{chapter.pk}/approve/{state.current_task_state.pk}/"
    client.post(url, {"comment": ""})
    chapter.refresh_from_db()
    assert chapter.title == "Sprache"  # Sachbearbeitung cannot approve
    client.force_login(head)
    client.post(url, {"comment": ""})
    chapter.refresh_from_db()
    assert chapter.title == "Sprache (neu)" and not chapter.has_unpublished_changes


def test_a_role_on_one_concepts_subtree_gives_nothing_on_another(client, home, django_user_model):
    mine = ConceptPageFactory(parent=home, slug="integration", title="Integrationskonzept")
    other = ConceptPageFactory(parent=home, slug="klima", title="Klimakonzept")
    my_chapter = ChapterPageFactory(parent=mine, number=1)
    other_chapter = ChapterPageFactory(parent=other, number=1)
    groups = create_office(mine, prefix="Integration: ")
    user = django_user_model.objects.create_user("lotsin", password="x")
    user.groups.add(groups["Amtsleitung"])

    assert has_role(user, Role.MODERATE, my_chapter) and has_role(user, Role.RELEASE, mine)
    assert not has_role(user, Role.MODERATE, other_chapter)
    assert not has_role(user, Role.RESPOND, other)
    assert not has_role(user, Role.MODERATE, home)

    mine_comment = make_comment(my_chapter, "Zu meinem Konzept.")
    other_comment = make_comment(other_chapter, "Zum Klimakonzept.")
    client.force_login(user)
    queue = client.get("/admin/kommentare/?ansicht=alle").content.decode()
    assert "Zu meinem Konzept." in queue and "Zum Klimakonzept." not in queue
    from concept.comments import services as comment_services

    comment_services.hide(other_comment, None, "Werbung für Klimaanlagen", base_url="")
    comment_services.hide(mine_comment, None, "Werbung für Sprachreisen", base_url="")
    log = client.get("/admin/kommentare/protokoll/").content.decode()
    assert "Sprachreisen" in log and "Klimaanlagen" not in log
    comment_services.unhide(other_comment, None)
    assert client.get(f"/admin/stellungnahmen/beitrag/{mine_comment.pk}/").status_code == 200
    assert client.get(f"/admin/stellungnahmen/beitrag/{other_comment.pk}/").status_code == 403
    assert client.get(f"/admin/stellungnahmen/{other.pk}/").status_code == 403
    concepts = client.get("/admin/stellungnahmen/").content.decode()
    assert "Integrationskonzept" in concepts and "Klimakonzept" not in concepts
    assert client.post(f"/admin/kommentare/{other_comment.pk}/ausblenden/", {"reason": "x"}).status_code == 403
    other_comment.refresh_from_db()
    assert other_comment.hidden_at is None
    # Wagtail's page permissions follow the same subtree.
    assert my_chapter.permissions_for_user(user).can_publish()
    assert not other_chapter.permissions_for_user(user).can_edit()


def test_superusers_have_every_role_and_anonymous_none(concept, django_user_model):
    from django.contrib.auth.models import AnonymousUser

    boss = django_user_model.objects.create_superuser("chefin", password="x")
    assert all(has_role(boss, role, concept) for role in Role.values)
    assert not has_role(AnonymousUser(), Role.MODERATE)
    inactive = member(django_user_model, "ehemalige", "Amtsleitung")
    inactive.is_active = False
    assert not has_role(inactive, Role.MODERATE, concept)


def test_the_group_editor_shows_and_saves_the_roles(client, concept, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chefin", password="x"))
    moderation = Group.objects.get(name="Moderation")
    html = client.get(f"/admin/groups/edit/{moderation.pk}/").content.decode()
    assert "Aufgaben in der Beteiligung" in html and "Moderiert die Kommentare" in html

    group = Group.objects.create(name="Ehrenamt")
    data = {
        "name": "Ehrenamt",
        "concept_roles-description-description": "Lotsinnen, die Kommentare sichten.",
        "concept_roles-TOTAL_FORMS": "1",
        "concept_roles-INITIAL_FORMS": "0",
        "concept_roles-0-role": "moderate",
        "concept_roles-0-page": str(concept.pk),
    }
    edit = client.get(f"/admin/groups/edit/{group.pk}/")
    for form in edit.context["permission_panels"]:
        prefix = getattr(form, "prefix", None)
        if prefix and prefix != "concept_roles" and hasattr(form, "management_form"):
            management = form.management_form
            data.update({f"{prefix}-{key}": value for key, value in management.initial.items()})
    response = client.post(f"/admin/groups/edit/{group.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(RoleGrant.objects.filter(group=group).values_list("role", "page_id")) == [("moderate", concept.pk)]
    assert GroupDescription.objects.get(group=group).text == "Lotsinnen, die Kommentare sichten."
