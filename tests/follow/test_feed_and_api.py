"""The concept's Atom feed (valid, nothing personal, cached and renewed) and the follow API."""

from datetime import timedelta

import feedparser
import pytest
import time_machine

from django.core import mail
from django.utils import timezone

from concept.follow import services
from concept.follow.models import Follower
from tests.comments.conftest import make_comment
from tests.factories import ChapterPageFactory

from .conftest import confirmed_follower

pytestmark = pytest.mark.django_db


def feed_url(concept, language="de"):
    return f"/{language}/beteiligung/konzept/{concept.pk}/neuigkeiten.atom"


def test_the_feed_is_valid_atom_with_the_events_and_nothing_personal(client, concept):
    chapter = ChapterPageFactory(parent=concept, title="Wohnen", number=7)
    make_comment(chapter, text="Mehr Wohnraum", user_name="Autorin Zwiebel", user_email="zwiebel@example.com")
    confirmed_follower(concept, "geheim@example.com")
    chapter.change_note = "Maßnahme 3 ergänzt"
    chapter.save_revision().publish()
    services.run_due()

    answer = client.get(feed_url(concept))
    assert answer.status_code == 200
    assert answer["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(answer.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "Integrationskonzept: Neuigkeiten"
    titles = [entry.title for entry in parsed.entries]
    assert "Neue Fassung von Kapitel 7: Wohnen" in titles
    assert "Die Beteiligung hat begonnen" in titles
    version = next(entry for entry in parsed.entries if entry.title.startswith("Neue Fassung"))
    assert version.summary == "Maßnahme 3 ergänzt"
    assert version.link.endswith(f"/de/beteiligung/kapitel/{chapter.pk}/fassung/1/")
    text = answer.content.decode()
    for personal in ("geheim@example.com", "zwiebel@example.com", "Autorin Zwiebel", "@example.com"):
        assert personal not in text

    arabic = feedparser.parse(client.get(feed_url(concept, "ar")).content)
    assert arabic.feed.language == "ar" and arabic.bozo == 0
    assert "Die Beteiligung hat begonnen" not in [entry.title for entry in arabic.entries]


def test_the_feed_is_cached_and_renewed_on_publication(client, concept, django_capture_on_commit_callbacks):
    chapter = ChapterPageFactory(parent=concept, title="Sprache", number=3)
    first = client.get(feed_url(concept))
    again = client.get(feed_url(concept))
    assert again["X-Page-Cache"] == "hit", first.headers
    assert b"Sprache" not in again.content
    with django_capture_on_commit_callbacks(execute=True):
        chapter.save_revision().publish()
    renewed = client.get(feed_url(concept))
    assert renewed["X-Page-Cache"] != "hit"
    assert b"Neue Fassung von Kapitel 3: Sprache" in renewed.content


def test_the_feed_of_a_withdrawn_concept_is_gone_and_withdrawn_chapters_leave_it(
    client, concept, django_capture_on_commit_callbacks
):
    chapter = ChapterPageFactory(parent=concept, title="Verborgen", number=9)
    with django_capture_on_commit_callbacks(execute=True):
        chapter.save_revision().publish()
    assert b"Verborgen" in client.get(feed_url(concept)).content
    with django_capture_on_commit_callbacks(execute=True):
        chapter.unpublish()
    assert b"Verborgen" not in client.get(feed_url(concept)).content
    with django_capture_on_commit_callbacks(execute=True):
        concept.unpublish()
    assert client.get(feed_url(concept)).status_code == 404


def api_url(concept):
    return f"/api/concepts/{concept.pk}/follow/"


def test_the_api_follows_with_the_same_double_opt_in(client, concept):
    answer = client.post(
        api_url(concept),
        {"email": "api@example.com", "consent": True},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="uk",
    )
    assert answer.status_code == 202, answer.content
    assert answer.json() == {"status": "pending"}
    follower = Follower.objects.get()
    assert follower.confirmed_at is None and follower.language == "uk"
    assert len(mail.outbox) == 1
    # Already following: the same answer, no mail.
    follower.confirmed_at = timezone.now()
    follower.save()
    again = client.post(
        api_url(concept), {"email": "api@example.com", "consent": True}, content_type="application/json"
    )
    assert again.status_code == 202 and again.json() == {"status": "pending"}
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [({"email": "api@example.com"}, "consent"), ({"email": "nein", "consent": True}, "email"), ({}, "email")],
)
def test_the_api_refuses_in_json(client, concept, body, field):
    answer = client.post(api_url(concept), body, content_type="application/json")
    assert answer.status_code == 400
    assert answer.json()["code"] == "invalid" and field in answer.json()["errors"]
    assert not Follower.objects.exists()


def test_the_api_answers_404_in_json_for_a_concept_the_public_cannot_see(client, concept):
    concept.unpublish()
    answer = client.post(api_url(concept), {"email": "a@example.com", "consent": True}, content_type="application/json")
    assert answer.status_code == 404 and "detail" in answer.json()


def test_the_api_limits_as_for_comments(client, concept, settings):
    settings.COMMENTS_RATE_PER_EMAIL = 1
    body = {"email": "a@example.com", "consent": True}
    assert client.post(api_url(concept), body, content_type="application/json").status_code == 202
    refused = client.post(api_url(concept), body, content_type="application/json")
    assert refused.status_code == 429 and refused.json()["code"] == "rate_limited"


def test_the_schema_documents_the_follow_action(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    operation = schema["paths"]["/api/concepts/{concept_id}/follow/"]["post"]
    assert {"202", "400", "404", "429"} <= set(operation["responses"])


def test_timed_feed_entries_appear_at_their_time(client, home):
    from tests.factories import ConceptPageFactory

    now = timezone.now()
    concept = ConceptPageFactory(parent=home, opens_at=now + timedelta(hours=1), closes_at=now + timedelta(days=5))
    services.run_due()
    assert b"<entry>" not in client.get(feed_url(concept)).content
    with time_machine.travel(now + timedelta(hours=2), tick=False):
        services.run_due()
        assert b"Die Beteiligung hat begonnen" in client.get(feed_url(concept)).content


def test_a_concluded_concept_takes_no_new_followers(client, concept):
    from concept.follow.models import Notice

    Notice.objects.create(concept=concept, kind=Notice.REPORT, key="report", sent_at=timezone.now())
    form = f"/de/beteiligung/konzept/{concept.pk}/benachrichtigen/"
    page = client.post(form, {"email": "a@example.com", "consent": "on"})
    assert page.status_code == 403
    assert "keine Benachrichtigungen mehr" in page.content.decode()
    body = {"email": "a@example.com", "consent": True}
    refused = client.post(api_url(concept), body, content_type="application/json")
    assert refused.status_code == 403 and refused.json()["code"] == "concluded"
    assert not Follower.objects.exists() and not mail.outbox
