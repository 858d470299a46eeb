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

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    out = StringIO()
    call_command("load_initial_data", stdout=out)
    return out.getvalue()


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
    assert StandardPage.objects.live().count() == 3
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
    assert Site.objects.get(is_default_site=True).root_page.specific.featured_concept_id == current.pk


def test_chapters_have_all_sections_and_deterministic_block_ids(loaded):
    chapter = ChapterPage.objects.get(slug__isnull=False, number=3, locale__language_code="de", title="Sprache")
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
        response = client.get(page.url)
        assert response.status_code == 200, page.url
