"""The demo command builds the whole site, and a second run changes nothing."""

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, Revision, Site

from concept.blocks import stable_block_id
from concept.models import ChapterPage, ConceptPage
from home.models import ContactOffice, EventPage, HomePage, PortalSettings, StandardPage, TopicPage
from tests.conftest import local_url, on_own_host

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(demo_content):
    """What the demo command printed when it loaded the demo (tests/conftest.py, once per run)."""
    return demo_content


def counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        ContactOffice.objects.count(),
        get_user_model().objects.count(),
    )


def test_second_run_changes_nothing(loaded):
    before = counts()
    out = StringIO()
    call_command("load_initial_data", stdout=out)
    assert counts() == before
    assert "0 Objekte neu angelegt." in out.getvalue()


def test_builds_the_site_of_the_case(loaded, client):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert TopicPage.objects.live().count() >= 8
    assert ContactOffice.objects.count() >= 4
    assert StandardPage.objects.live().descendant_of(site.root_page).count() == 3
    settings = PortalSettings.for_site(site)
    assert {settings.imprint_page.slug, settings.privacy_page.slug, settings.accessibility_page.slug} == {
        "impressum",
        "datenschutz",
        "barrierefreiheit",
    }
    kickoff = EventPage.objects.get(starts_at__date="2017-10-11")
    assert "Arbeitsgruppe" in str(kickoff.body) or "Arbeitsgruppen" in kickoff.summary
    assert EventPage.objects.filter(ends_at__gte=timezone.now()).exists()
    assert "Demo-Anmeldung" in loaded


def test_the_two_concepts(loaded):
    historical = ConceptPage.objects.get(slug="integrationskonzept-2017")
    current = ConceptPage.objects.get(slug="fortschreibung-integrationskonzept")
    assert ChapterPage.objects.child_of(historical).count() == 11
    assert ChapterPage.objects.child_of(current).count() >= 3
    assert timezone.localtime(historical.opens_at).isoformat() == "2017-10-01T00:00:00+02:00"
    assert timezone.localtime(historical.closes_at).isoformat() == "2017-11-01T00:00:00+01:00"
    assert historical.participation_state == "closed"
    assert current.participation_state == "open"
    assert historical.draft_document is not None
    start = Site.objects.get(is_default_site=True).root_page.specific
    assert [item.page_id for item in start.featured_participations.all()] == [current.pk]


def test_chapters_have_all_sections_and_deterministic_block_ids(loaded):
    # A chapter of the current Fortschreibung: one version, every block where the loader put it.
    chapter = ChapterPage.objects.get(number=1, title="Sprache und Bildung")
    types = [block.block_type for block in chapter.body]
    assert {"heading", "paragraph", "goals", "measures", "indicators"} <= set(types)
    headings = [block.value for block in chapter.body if block.block_type == "heading"]
    assert {"Ausgangslage", "Ziele", "Maßnahmen", "Indikatoren"} <= set(headings)
    assert types.count("paragraph") >= 3
    concept_slug = chapter.get_parent().slug
    for position, block in enumerate(chapter.body):
        assert block.id == stable_block_id(concept_slug, chapter.number, position)
    measures = next(block for block in chapter.body if block.block_type == "measures")
    position = list(chapter.body).index(measures)
    assert measures.value.bound_blocks[0].id == stable_block_id(concept_slug, chapter.number, position, 0)


def test_every_demo_page_renders(loaded, client):
    for page in Page.objects.live().specific().filter(depth__gte=2):
        path, host = on_own_host(page)  # the district's and Stadt Schleswig's pages, each on its host
        response = client.get(path, **host)
        assert response.status_code == 200, page.get_url()


def test_the_2017_process_as_it_happened(loaded, client):
    from datetime import date

    from concept.comments.models import ChapterComment
    from concept.models import ChapterVersion, OfficialResponse

    historical = ConceptPage.objects.get(slug="integrationskonzept-2017")
    chapter_ids = [str(pk) for pk in ChapterPage.objects.child_of(historical).values_list("pk", flat=True)]
    comments = ChapterComment.objects.filter(object_pk__in=chapter_ids)
    assert comments.count() >= 40
    days = {timezone.localtime(c.submit_date).date() for c in comments}
    assert min(days) >= date(2017, 10, 1) and max(days) <= date(2017, 10, 31)
    assert comments.filter(level__gt=0).exists() and comments.exclude(paragraph_id="").exists()
    assert comments.filter(hidden_at__isnull=False).count() == 1
    revised = ChapterVersion.objects.filter(chapter__in=chapter_ids, number=2)
    assert revised.count() >= 3 and all(v.note and v.published_at.year == 2018 for v in revised)
    assert all(v.published_at.year == 2016 for v in ChapterVersion.objects.filter(chapter__in=chapter_ids, number=1))
    assert OfficialResponse.objects.filter(comment__in=comments).count() >= comments.count() * 0.8
    chapter = revised.first().chapter
    html = client.get(local_url(chapter)).content.decode()
    assert "Stellungnahme" in html and "zur Fassung vom 15. Dezember 2016" in html
    assert client.get(f"/de/beteiligung/kapitel/{chapter.pk}/vergleich/").status_code == 200


def test_one_user_per_office_role_and_a_chapter_waiting_for_the_amtsleitung(loaded, client):
    from wagtail.models import WorkflowState

    users = {user.username: user for user in get_user_model().objects.filter(groups__isnull=False)}
    groups = {name: {group.name for group in user.groups.all()} for name, user in users.items()}
    assert groups == {
        "sachbearbeitung": {"Sachbearbeitung"},
        "amtsleitung": {"Amtsleitung"},
        "moderation": {"Moderation"},
        "uebersetzung": {"Übersetzung"},
        # Stadt Schleswig, the demo's second organisation (issue 22): its own office.
        "schleswig-sachbearbeitung": {"Stadt Schleswig: Sachbearbeitung"},
        "schleswig-amtsleitung": {"Stadt Schleswig: Amtsleitung"},
        "schleswig-moderation": {"Stadt Schleswig: Moderation"},
        "schleswig-uebersetzung": {"Stadt Schleswig: Übersetzung"},
    }
    assert "http://schleswig.localhost:8000/" in loaded and "'schleswig-moderation'" in loaded
    for username, group_name in [("sachbearbeitung", "Sachbearbeitung"), ("amtsleitung", "Amtsleitung")]:
        assert f"'{username}' ({group_name})" in loaded  # printed, as make run shows it
    waiting = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    assert waiting.count() == 1
    state = waiting.get()
    chapter = ChapterPage.objects.get(pk=state.object_id)
    assert chapter.get_parent().specific.is_open  # the open concept
    assert state.requested_by == users["sachbearbeitung"]
    assert state.current_task_state.task.specific.get_actions(chapter, users["amtsleitung"])
    assert not chapter.permissions_for_user(users["sachbearbeitung"]).can_publish()
    client.force_login(users["amtsleitung"])
    dashboard = client.get("/admin/").content.decode()
    assert chapter.title in dashboard  # "Awaiting your review"


def test_the_open_participation_has_comments_to_read_and_support(loaded, client):
    """A visitor of the demo sees on the open concept what a comment, a reply and a support look
    like, and can support one (the 2017 comments are closed to support)."""
    from concept.comments.models import ChapterComment, CommentSupport

    current = ConceptPage.objects.get(slug="fortschreibung-integrationskonzept")
    chapter = ChapterPage.objects.child_of(current).live().get(number=1)
    comments = ChapterComment.objects.filter(object_pk=str(chapter.pk))
    assert comments.filter(level=0).exists() and comments.filter(level__gt=0).exists()
    opens, closes = current.opens_at, current.closes_at
    assert all(opens < c.submit_date < min(closes, timezone.now()) for c in comments)
    supported = comments.filter(support_count__gt=0).first()
    confirmed = CommentSupport.objects.filter(comment=supported, confirmed_at__isnull=False)
    assert confirmed.count() == supported.support_count
    html = client.get(local_url(chapter)).content.decode()
    assert supported.comment[:40] in html
    assert f'href="/de/beteiligung/kommentar/{supported.pk}/zustimmen/"' in html
