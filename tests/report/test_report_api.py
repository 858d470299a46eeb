"""The participation report as JSON (/api/concepts/<id>/report/): no personal data, only released
responses, labels in the requested language, JSON refusals, in the schema. (The demo's reports against
their pages: test_report_api_demo.py.)"""

from datetime import timedelta

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from concept.responses.models import OfficialResponse, Outcome
from tests.comments.conftest import make_comment

pytestmark = pytest.mark.django_db


def api_url(concept):
    return f"/api/concepts/{concept.pk}/report/"


@pytest.fixture
def answered(concept, chapter):
    """A released response, a draft response, a hidden and a staff comment on one chapter."""
    released = make_comment(chapter, "Sprachkurse auch abends.", user_name="Zoraida Q.", participant_key="k-1")
    OfficialResponse.objects.create(
        comment=released, outcome=Outcome.CONSIDERED, text="Wird aufgenommen.", released_at=timezone.now()
    )
    drafted = make_comment(chapter, "Mehr Lotsen.", participant_key="k-2")
    OfficialResponse.objects.create(comment=drafted, outcome=Outcome.NOTED, text="Entwurf, noch intern.")
    make_comment(chapter, "Ausgeblendeter Beitrag.", hidden_at=timezone.now() - timedelta(minutes=1))
    make_comment(chapter, "Antwort der Redaktion.", by_staff=True)
    return released


def test_json_report_has_only_released_responses_and_no_personal_data(client, concept, answered):
    answer = client.get(api_url(concept))
    data = answer.json()
    assert data["contributions"] == 2 and data["answered"] == 1 and data["open"] == 1
    assert [(r["contribution"], r["response"], r["outcome"]) for r in data["rows"]] == [
        ("Sprachkurse auch abends.", "Wird aufgenommen.", "considered"),
        ("Mehr Lotsen.", "", "open"),
    ]
    body = answer.content.decode()
    for secret in ("Entwurf, noch intern.", "Ausgeblendeter Beitrag.", "Antwort der Redaktion.", "Zoraida", "k-1"):
        assert secret not in body
    assert "@" not in body


def test_json_report_labels_follow_accept_language(client, concept, answered):
    data = client.get(api_url(concept), HTTP_ACCEPT_LANGUAGE="en").json()
    considered = next(o for o in data["outcomes"] if o["outcome"] == "considered")
    assert considered["label"] == "taken into account"
    assert client.get(api_url(concept), HTTP_ACCEPT_LANGUAGE="de").json()["outcomes"][0]["label"] == "berücksichtigt"


def test_json_report_refusals_are_json(client, concept, chapter):
    missing = client.get("/api/concepts/999999/report/")
    assert missing.status_code == 404 and "detail" in missing.json()
    assert client.get("/api/concepts/99999999999/report/").status_code == 404
    unknown = client.get(api_url(concept), {"page": "1"})
    assert unknown.status_code == 400 and unknown.json()["code"] == "unknown_parameter"
    PageViewRestriction.objects.create(page=concept, restriction_type="password", password="geheim")
    assert client.get(api_url(concept)).status_code == 404


def test_json_report_is_in_the_schema_with_every_status(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    operation = schema["paths"]["/api/concepts/{concept_id}/report/"]["get"]
    assert set(operation["responses"]) >= {"200", "400", "404"}
