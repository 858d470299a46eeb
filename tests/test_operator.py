"""The district's operator, the group "Betrieb" (issue 22): sees the technical state of every
organisation in the admin view "Betrieb", and nothing of any participant: no address, no text,
no internal export, no moderation queue, no responses, no Word import (concept/operations.py)."""

import pytest

from django.contrib.auth.models import Group

from concept.operations import OPERATOR_GROUP
from concept.roles.organisations import create_organisation
from tests.comments.conftest import make_comment
from tests.conftest import CommittingClient
from tests.factories import ChapterPageFactory, ConceptPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

ADDRESS = "anwohnerin.geheim@example.org"
TEXT = "Mein vertraulicher Beitrag zur Schlei"
OVERVIEW = "/admin/betrieb/"


@pytest.fixture
def town(home):
    return create_organisation("Stadt Schleswig", "schleswig.example.org", port=80)


@pytest.fixture
def contributions(home, town):
    """A comment waiting for the town's moderators and a public one in the district."""
    town_concept = ConceptPageFactory(parent=town.root_page, slug="plan")
    town_chapter = ChapterPageFactory(parent=town_concept, slug="k1")
    TopicPageFactory(parent=town.root_page, slug="ankommen")
    make_comment(town_chapter, TEXT, user_email=ADDRESS, user_name="Anna Geheim", is_public=False)
    district_concept = ConceptPageFactory(parent=home, slug="plan")
    district_chapter = ChapterPageFactory(parent=district_concept, slug="k1")
    make_comment(district_chapter, "Ein Beitrag im Kreis", user_email="kreis.buerger@example.org")
    return town_concept, town_chapter, district_concept


@pytest.fixture
def operator(django_user_model):
    user = django_user_model.objects.create_user("betrieb", email="betrieb@kreis.example", password="x")
    user.groups.add(Group.objects.get(name=OPERATOR_GROUP))
    client = CommittingClient()
    client.force_login(user)
    return client


def test_the_group_comes_with_the_installation_and_may_only_log_in():
    group = Group.objects.get(name=OPERATOR_GROUP)
    assert [p.codename for p in group.permissions.all()] == ["access_admin"]
    assert not group.page_permissions.exists() and not group.collection_permissions.exists()


def test_the_operator_sees_the_figures_of_every_organisation(operator, contributions):
    response = operator.get(OVERVIEW)
    assert response.status_code == 200
    rows = {row["name"]: row for row in response.context["organisations"]}
    assert set(rows) >= {"Stadt Schleswig"}
    town = rows["Stadt Schleswig"]
    assert town["host"] == "http://schleswig.example.org"
    assert town["comments_waiting"] == 1 and town["open_concepts"] == 1
    assert town["pages"] == 4  # start page, topic, concept, chapter
    district = response.context["organisations"][0]  # the default site first
    assert district["comments_waiting"] == 0 and district["open_concepts"] == 1
    page = response.content.decode()
    assert "database" in page and "mail_queue" in page  # /healthz's checks
    assert ADDRESS not in page and TEXT not in page and "Anna Geheim" not in page


def test_the_operator_finds_betrieb_in_the_menu_and_others_do_not(operator, client, django_user_model):
    assert OVERVIEW in operator.get("/admin/").content.decode()
    moderator = django_user_model.objects.create_user("mo", password="x")
    moderator.groups.add(Group.objects.get(name="Moderation"))
    client.force_login(moderator)
    assert OVERVIEW not in client.get("/admin/").content.decode()
    assert client.get(OVERVIEW).status_code in (302, 403)  # Wagtail sends an editor back to the dashboard


def test_an_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get(OVERVIEW)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_operator_opens_no_participants_data(operator, contributions):
    """Every admin view that shows an address or a contribution refuses the operator (403) or
    shows nothing of them: the moderation queue, its log, the responses and their release, the
    internal export, the Word import, and the public "Meine Beiträge" without a link of one's own."""
    town_concept, town_chapter, district_concept = contributions
    from concept.comments.models import ChapterComment

    comment = ChapterComment.objects.get(user_email=ADDRESS)
    urls = [
        "/admin/kommentare/",
        "/admin/kommentare/?ansicht=alle",
        "/admin/kommentare/protokoll/",
        f"/admin/bericht/{town_concept.pk}/intern.xlsx",
        f"/admin/bericht/{district_concept.pk}/intern.xlsx",
        "/admin/stellungnahmen/",
        f"/admin/stellungnahmen/{town_concept.pk}/",
        f"/admin/stellungnahmen/beitrag/{comment.pk}/",
        "/admin/konzept-import/",
        "/admin/mailtexte/",
        "/admin/users/",
        "/admin/pages/",
        f"/admin/pages/{town_chapter.pk}/edit/",
        "/admin/",
        "/de/beteiligung/meine-beitraege/",
    ]
    for url in urls:
        response = operator.get(url)
        body = response.content.decode(errors="replace") if response.status_code == 200 else ""
        assert response.status_code in (200, 302, 403, 404), url
        assert ADDRESS not in body and TEXT not in body and "kreis.buerger@example.org" not in body, url
    for url in urls[:9]:
        assert operator.get(url).status_code in (302, 403), url
    # Nor may the operator act on a comment.
    assert operator.post(f"/admin/kommentare/{comment.pk}/freigeben/").status_code in (302, 403)
    comment.refresh_from_db()
    assert not comment.is_public
