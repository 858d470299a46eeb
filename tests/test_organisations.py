"""Several organisations on one installation (issue 22): each a Wagtail site with its own host,
start page, settings and office. What the public sees per host is walked in
tests/test_visibility_walk.py ("chapter of another organisation"); here: the command, the offices
and the admin."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils import timezone

from wagtail.models import Collection, GroupPagePermission, Locale, Page, Site, WorkflowPage

from concept.roles.access import has_role
from concept.roles.models import RoleGrant
from concept.roles.organisations import create_organisation
from home.models import HomePage, PortalSettings
from tests.comments.conftest import make_comment
from tests.factories import ChapterPageFactory, ConceptPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

TOWN = "Stadt Schleswig"


@pytest.fixture
def town(home):
    for code in ("en", "ar"):
        Locale.objects.get_or_create(language_code=code)
    return create_organisation(TOWN, "schleswig.example.org", port=80, languages=("de", "en", "ar"))


def member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, email=f"{username}@example.org", password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def counts():
    return (
        Site.objects.count(),
        Page.objects.count(),
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        RoleGrant.objects.count(),
        WorkflowPage.objects.count(),
        Collection.objects.count(),
    )


def test_create_organisation_builds_site_start_pages_settings_and_office_once(town, capsys):
    assert town.root_url == "http://schleswig.example.org"
    home = town.root_page.specific
    assert isinstance(home, HomePage) and home.title == TOWN
    assert sorted(home.get_translations(inclusive=True).values_list("locale__language_code", flat=True)) == [
        "ar",
        "de",
        "en",
    ]
    assert PortalSettings.for_site(town).mail_sender_name == TOWN
    groups = sorted(Group.objects.filter(name__startswith=f"{TOWN}: ").values_list("name", flat=True))
    assert groups == [f"{TOWN}: {name}" for name in ("Amtsleitung", "Moderation", "Sachbearbeitung", "Übersetzung")]
    for root in home.get_translations(inclusive=True):
        assert RoleGrant.objects.filter(group__name=f"{TOWN}: Moderation", role="moderate", page=root).exists()
        assert WorkflowPage.objects.get(page=root).workflow.name == f"{TOWN}: Freigabe durch die Amtsleitung"

    before = counts()
    call_command("create_organisation", TOWN, "schleswig.example.org", "--port", "80", "--languages", "de,en,ar")
    assert counts() == before
    assert "http://schleswig.example.org/" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["Stadt X", "x.example.org", "--languages", "en"], "Sprachen müssen „de“ enthalten"),
        (["Stadt X", "x.example.org", "--languages", "de,xx"], "unbekannt: xx"),
        (["  ", "x.example.org"], "Bitte einen Namen"),
    ],
)
def test_create_organisation_refuses_bad_input_in_german_and_creates_nothing(home, arguments, message):
    before = counts()
    with pytest.raises(CommandError, match=message):
        call_command("create_organisation", *arguments)
    assert counts() == before


def test_the_district_office_is_narrowed_to_the_district_once_a_town_joins(home, town, django_user_model):
    tree_root = Page.get_first_root_node()
    assert not RoleGrant.objects.filter(page=tree_root).exists()
    assert not GroupPagePermission.objects.filter(page=tree_root, group__name="Sachbearbeitung").exists()
    district_moderator = member(django_user_model, "mo", "Moderation")
    town_moderator = member(django_user_model, "smo", f"{TOWN}: Moderation")
    district_chapter = ChapterPageFactory(parent=ConceptPageFactory(parent=home, slug="k"), slug="c")
    town_chapter = ChapterPageFactory(parent=ConceptPageFactory(parent=town.root_page, slug="k"), slug="c")
    assert has_role(district_moderator, "moderate", district_chapter)
    assert not has_role(district_moderator, "moderate", town_chapter)
    assert has_role(town_moderator, "moderate", town_chapter)
    assert not has_role(town_moderator, "moderate", district_chapter)


def test_a_town_amtsleitung_cannot_publish_the_districts_pages(home, town, django_user_model):
    head = member(django_user_model, "sal", f"{TOWN}: Amtsleitung")
    district_topic = TopicPageFactory(parent=home, slug="ankommen")
    town_topic = TopicPageFactory(parent=town.root_page, slug="ankommen")
    assert town_topic.permissions_for_user(head).can_publish()
    assert not district_topic.permissions_for_user(head).can_publish()
    assert not district_topic.permissions_for_user(head).can_edit()


def test_a_start_page_translated_later_joins_its_office(home, town):
    farsi, _ = Locale.objects.get_or_create(language_code="fa")
    translation = town.root_page.specific.copy_for_translation(farsi)
    assert RoleGrant.objects.filter(group__name=f"{TOWN}: Moderation", page=translation).exists()
    assert WorkflowPage.objects.filter(page=translation).exists()


def test_a_town_moderator_sees_and_touches_nothing_of_the_district(client, home, town, django_user_model):
    district_chapter = ChapterPageFactory(parent=ConceptPageFactory(parent=home, slug="k"), slug="c")
    town_chapter = ChapterPageFactory(parent=ConceptPageFactory(parent=town.root_page, slug="k"), slug="c")
    district_comment = make_comment(district_chapter, "Beitrag im Kreis Geheim4801", is_public=False)
    make_comment(town_chapter, "Beitrag in der Stadt Sichtbar4802", is_public=False)
    client.force_login(member(django_user_model, "smo", f"{TOWN}: Moderation"))

    queue = client.get("/admin/kommentare/").content.decode()
    assert "Sichtbar4802" in queue  # the premise: the town's own comment is there
    assert "Geheim4801" not in queue
    for action in ("freigeben", "ausblenden", "loeschen/bestaetigen"):
        response = client.post(f"/admin/kommentare/{district_comment.pk}/{action}/", {"reason": "x"})
        assert response.status_code in (403, 404), action
        if response.status_code == 403:  # says why: not "no right to moderate", which they have
            assert "gehört zu einer Beteiligung, die Sie nicht moderieren" in response.content.decode(), action
    district_comment.refresh_from_db()
    assert not district_comment.is_public and district_comment.hidden_at is None


def test_each_host_shows_its_own_organisation_in_header_title_and_footer(client, home, town):
    settings = PortalSettings.for_site(town)
    settings.address = "Rathausmarkt 1 · 24837 Schleswig"
    settings.save()
    TopicPageFactory(parent=town.root_page, slug="ankommen", title="Ankommen in Schleswig")
    TopicPageFactory(parent=home, slug="ankommen", title="Ankommen im Kreis")

    town_page = client.get("/de/ankommen/", HTTP_HOST="schleswig.example.org").content.decode()
    assert "Ankommen in Schleswig" in town_page
    assert "<title>Ankommen in Schleswig – Stadt Schleswig</title>" in town_page
    assert 'class="site-header__name">Stadt Schleswig<' in town_page
    assert "Stadt Schleswig</span><br><span>Rathausmarkt 1 · 24837 Schleswig" in town_page
    assert "Flensburger Straße" not in town_page and "Willkommen im Kreis" not in town_page

    district_page = client.get("/de/ankommen/").content.decode()
    assert "Ankommen im Kreis" in district_page
    assert "Willkommen im Kreis Schleswig-Flensburg" in district_page
    assert "Flensburger Straße 7" in district_page and "Rathausmarkt" not in district_page


def test_a_new_organisations_translated_start_pages_wait_as_drafts(client, home, town):
    arabic = town.root_page.get_translation(Locale.objects.get(language_code="ar"))
    assert not arabic.live  # copied German text is never shown as Arabic
    response = client.get("/ar/", HTTP_HOST="schleswig.example.org")
    assert response.status_code == 200
    assert 'lang="de" dir="ltr"' in response.content.decode()  # the German start page, marked German


def test_a_citizen_of_the_town_gets_the_towns_sender_and_links(client, home, town, mailoutbox):
    """Commented on the town's host: the confirmation, and the reply notification after a
    moderator of the town approves a reply, come from the town with links to the town's host."""
    from concept.comments.models import ChapterComment
    from tests.comments.conftest import confirm, filled_form, form_url

    town_settings = PortalSettings.for_site(town)
    town_settings.mail_signature = "Stadt Schleswig · Bürgerbüro"
    town_settings.save()
    chapter = ChapterPageFactory(parent=ConceptPageFactory(parent=town.root_page, slug="plan"), slug="k1")
    client.defaults["HTTP_HOST"] = "schleswig.example.org"
    response = client.post(form_url(chapter), filled_form(client, chapter, followup="on"))
    assert response.status_code == 200
    confirmation = mailoutbox[-1]
    assert confirmation.from_email.startswith("Stadt Schleswig <")
    assert "http://schleswig.example.org/de/beteiligung/bestaetigen/" in confirmation.body
    assert "testserver" not in confirmation.body and "Stadt Schleswig · Bürgerbüro" in confirmation.body
    link = re.search(r"http://schleswig\.example\.org(/\S+/bestaetigen/\S+/)", confirmation.body).group(1)
    confirm(client, link)
    parent = ChapterComment.objects.get()
    assert parent.is_public

    make_comment(chapter, "Eine Antwort", parent=parent, is_public=False)
    reply = ChapterComment.objects.get(comment="Eine Antwort")
    moderator = Group.objects.get(name=f"{TOWN}: Moderation").user_set.create(username="smo", email="s@example.org")
    admin = type(client)()
    admin.force_login(moderator)
    sent = len(mailoutbox)
    admin.post(f"/admin/kommentare/{reply.pk}/freigeben/")
    notification = mailoutbox[sent]
    assert notification.from_email.startswith("Stadt Schleswig <")
    assert "http://schleswig.example.org/" in notification.body and "testserver" not in notification.body


def test_the_districts_mails_keep_the_districts_address(client, home, town, mailoutbox):
    from tests.comments.conftest import filled_form, form_url

    chapter = ChapterPageFactory(parent=ConceptPageFactory(parent=home, slug="plan"), slug="k1")
    client.post(form_url(chapter), filled_form(client, chapter))
    assert "http://testserver/de/beteiligung/bestaetigen/" in mailoutbox[-1].body
    assert not mailoutbox[-1].from_email.startswith("Stadt Schleswig")


def test_api_answers_on_a_towns_host_link_to_the_towns_host(client, home, town):
    concept = ConceptPageFactory(parent=town.root_page, slug="plan")
    chapter = ChapterPageFactory(parent=concept, slug="k1")
    make_comment(chapter, "Ein Beitrag in der Stadt")
    host = {"HTTP_HOST": "schleswig.example.org"}
    detail = client.get(f"/api/v2/pages/{concept.pk}/", **host).json()
    assert detail["report_url"].startswith("http://schleswig.example.org/api/concepts/")
    answer = client.get(f"/api/comments/chapters/{chapter.pk}/", **host).json()
    assert answer["results"][0]["url"].startswith("http://schleswig.example.org/")
    report = client.get(f"/api/concepts/{concept.pk}/report/", **host).json()
    assert report["html_url"].startswith("http://schleswig.example.org/de/beteiligung/bericht/")


def test_a_town_moderators_chapter_filter_lists_only_the_towns_chapters(client, home, town, django_user_model):
    ChapterPageFactory(parent=ConceptPageFactory(parent=home, slug="k"), slug="c", title="Kreiskapitel")
    ChapterPageFactory(parent=ConceptPageFactory(parent=town.root_page, slug="k"), slug="c", title="Stadtkapitel")
    client.force_login(member(django_user_model, "smo", f"{TOWN}: Moderation"))
    queue = client.get("/admin/kommentare/").content.decode()
    assert "Stadtkapitel" in queue
    assert "Kreiskapitel" not in queue


@pytest.fixture
def two_chapters(home, town):
    """A chapter of the district and one of the town, both open for comments."""
    district = ChapterPageFactory(parent=ConceptPageFactory(parent=home, slug="plan"), slug="k1")
    towns = ChapterPageFactory(parent=ConceptPageFactory(parent=town.root_page, slug="plan"), slug="k1")
    return district, towns


def citizen(host, address="198.51.100.7"):
    from tests.conftest import CommittingClient

    return CommittingClient(REMOTE_ADDR=address, HTTP_HOST=host)


def confirmation_waits(comment):
    """When the comment's confirmation mail goes out: None for at once, else the moment it waits for."""
    from django_tasks_db.models import DBTaskResult, get_date_max

    from concept.comments.models import ChapterComment

    pk = ChapterComment.objects.get(comment=comment).pk
    run_after = DBTaskResult.objects.get(args_kwargs__args__0=pk).run_after
    return None if run_after == get_date_max() else run_after


def test_a_flood_on_the_towns_host_neither_delays_nor_limits_the_districts_citizens(two_chapters, settings):
    """Past the town's mail budget and the town's limit per client, the same network still comments
    on the district's chapter, and the district's confirmation mail goes out at once."""
    from tests.comments.conftest import post_comment
    from tests.test_health import DATABASE_QUEUE, probe

    district, towns = two_chapters
    settings.TASKS, settings.COMMENTS_MAIL_BUDGET_PER_HOUR, settings.COMMENTS_RATE_PER_CLIENT = DATABASE_QUEUE, 2, 3
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    with time_machine.travel(hour + timedelta(minutes=15), tick=False):  # the hour does not turn meanwhile
        flood = [
            post_comment(citizen("schleswig.example.org"), towns, comment=f"Flut {n}", email=f"f{n}@example.com")
            for n in range(4)
        ]
        answer = post_comment(citizen("testserver"), district, comment="Im Kreis", email="k@example.com")
        health = probe().json()["checks"]["mail_budget"]
    assert [response.status_code for response in flood] == [200, 200, 200, 429]
    assert confirmation_waits("Flut 2") == hour + timedelta(hours=1)  # the town's third waits
    assert answer.status_code == 200
    assert confirmation_waits("Im Kreis") is None
    # /healthz: the busiest organisation against the budget, and how many wait (no host named).
    assert health["status"] == "warning" and health["organisations_delayed"] == 1 and health["this_hour"] == 3


def test_one_address_is_counted_apart_on_each_organisation(two_chapters, settings, mailoutbox):
    from tests.comments.conftest import post_comment

    district, towns = two_chapters
    settings.COMMENTS_RATE_PER_EMAIL = 1
    town_client, district_client = citizen("schleswig.example.org"), citizen("testserver")
    assert post_comment(town_client, towns, comment="Eins", email="a.b@gmail.com").status_code == 200
    assert post_comment(town_client, towns, comment="Zwei", email="ab@gmail.com").status_code == 429
    assert post_comment(district_client, district, comment="Drei", email="ab+x@gmail.com").status_code == 200
    assert post_comment(district_client, district, comment="Vier", email="ab@gmail.com").status_code == 429
    assert len(mailoutbox) == 2


def test_switching_hosts_sends_no_more_personal_links_to_one_mailbox(two_chapters, settings, mailoutbox):
    """ "Meine Beiträge" is one page for every organisation: the limit per address guards the
    mailbox, whichever host the link is asked on (a town's host and the district's: twice the mails)."""
    from concept.comments import services

    district, _towns = two_chapters
    make_comment(
        district,
        "Mehr Lotsen.",
        user_email="amira@example.com",
        participant_key=services.participant_key("amira@example.com"),
    )
    settings.COMMENTS_RATE_PER_EMAIL = 1
    asked = [
        citizen(host, address).post("/de/beteiligung/meine-beitraege/", {"email": "amira@example.com"})
        for host, address in (("schleswig.example.org", "198.51.100.7"), ("testserver", "203.0.113.9"))
    ]
    assert [response.status_code for response in asked] == [200, 429]
    assert len(mailoutbox) == 1


def test_a_grant_on_one_translated_start_page_is_work_for_its_organisation(home, town, django_user_model):
    """Someone who edits only the town's English pages works for the town: its offices and its
    admin, by page permission alone as by role."""
    from django.contrib.auth.models import Permission

    from concept.roles.organisations import user_sites, user_trees
    from home.organisations import editable_sites

    english = town.root_page.get_translation(Locale.objects.get(language_code="en"))
    group = Group.objects.create(name="Übersetzung Englisch")
    GroupPagePermission.objects.create(
        group=group, page=english, permission=Permission.objects.get(codename="change_page")
    )
    user = member(django_user_model, "translator", group.name)
    assert editable_sites(user) == [town]
    assert user_sites(user) == [town]
    assert english.path in user_trees(user) and home.path not in user_trees(user)
