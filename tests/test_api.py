"""The headless API: only live, public pages; chapter bodies with block ids."""

import pytest

from wagtail.models import PageViewRestriction

from tests.factories import ChapterPageFactory, ContactOfficeFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


def listed_titles(client, **params):
    response = client.get("/api/v2/pages/", {"limit": 100, **params})
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_lists_only_live_public_pages(client, home, concept):
    live = ChapterPageFactory(parent=concept, title="Sprache")
    draft = ChapterPageFactory(parent=concept, title="Entwurf", live=False)
    restricted = ChapterPageFactory(parent=concept, title="Intern")
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="geheim")

    titles = listed_titles(client)
    assert live.title in titles
    assert draft.title not in titles
    assert restricted.title not in titles
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{restricted.pk}/").status_code == 404


def test_chapter_detail_has_structured_body_with_block_ids(client, concept):
    chapter = ChapterPageFactory(parent=concept, number=3)
    data = client.get(f"/api/v2/pages/{chapter.pk}/").json()

    assert data["number"] == 3
    assert data["meta"]["type"] == "concept.ChapterPage"
    body = data["body"]
    assert [block["id"] for block in body] == [block.id for block in chapter.body]
    measures = next(block for block in body if block["type"] == "measures")
    stored_measure = chapter.body[3].value.bound_blocks[0]
    assert measures["value"][0]["id"] == stored_measure.id
    assert measures["value"][0]["value"]["responsible"] == "Kreis"
    assert data["participation"]["is_open"] is True


def test_concept_exposes_its_window(client, concept):
    data = client.get(f"/api/v2/pages/{concept.pk}/").json()
    assert data["opens_at"] and data["closes_at"]
    assert data["participation_state"] == "open"


def test_topic_exposes_office_data(client, home):
    from home.models import TopicPageOffice

    office = ContactOfficeFactory(name="Jugendmigrationsdienst", languages=["de", "uk"])
    topic = TopicPageFactory(parent=home)
    TopicPageOffice.objects.create(page=topic, office=office)
    data = client.get(f"/api/v2/pages/{topic.pk}/").json()
    assert data["offices"][0]["name"] == "Jugendmigrationsdienst"
    assert data["offices"][0]["languages"] == ["de", "uk"]


def test_filter_by_type_and_images_documents_endpoints(client, concept):
    ChapterPageFactory(parent=concept, title="Wohnen")
    response = client.get("/api/v2/pages/", {"type": "concept.ChapterPage", "fields": "number"})
    assert [item["title"] for item in response.json()["items"]] == ["Wohnen"]
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_cors_is_off_by_default(client, home):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example.org")
    assert "access-control-allow-origin" not in response.headers


def test_cors_allows_configured_origins(client, home, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.org"]
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example.org")
    assert response.headers["access-control-allow-origin"] == "https://app.example.org"


def test_translations_are_discoverable_from_a_page(client, home):
    from wagtail.models import Locale

    arabic_locale, _ = Locale.objects.get_or_create(language_code="ar")
    arabic_home = home.copy_for_translation(arabic_locale)
    arabic_home.save_revision().publish()
    topic = TopicPageFactory(parent=home, title="Wohnen", slug="wohnen")
    arabic = topic.copy_for_translation(arabic_locale)
    arabic.title = "السكن"
    arabic.save_revision().publish()
    meta = client.get(f"/api/v2/pages/{topic.pk}/").json()["meta"]
    assert meta["locale"] == "de"
    assert meta["translations"] == [
        {
            "id": arabic.pk,
            "locale": "ar",
            "title": "السكن",
            "html_url": "http://127.0.0.1:8000/ar/wohnen/",
            "detail_url": f"http://127.0.0.1:8000/api/v2/pages/{arabic.pk}/",
        }
    ]
    arabic.refresh_from_db()
    arabic.unpublish()
    assert client.get(f"/api/v2/pages/{topic.pk}/").json()["meta"]["translations"] == []


def test_events_carry_their_calendar_link(client, home):
    from tests.factories import EventIndexPageFactory, EventPageFactory

    index = EventIndexPageFactory(parent=home, slug="veranstaltungen")
    event = EventPageFactory(parent=index, slug="fest")
    data = client.get(f"/api/v2/pages/{event.pk}/").json()
    assert data["ics_url"] == "http://127.0.0.1:8000/de/veranstaltungen/fest/ics/"
    assert client.get("/de/veranstaltungen/fest/ics/")["Content-Type"].startswith("text/calendar")
