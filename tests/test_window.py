"""The participation window in the admin: German entry (TT.MM.JJJJ HH:MM, 24:00, "bis
einschließlich"), a refused value is an error and never replaced, and publishing a window that
cannot be meant asks for a confirmation first."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from wagtail.test.utils.form_data import nested_form_data, rich_text

from concept.models import ConceptPage
from concept.window import WindowInput, parse_moment
from tests.factories import ConceptPageFactory

BERLIN = ZoneInfo("Europe/Berlin")
pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chefin", "chefin@example.org", "x"))
    return client


def post(client, concept, opens_at, closes_at, *, publish=False, confirmed=False):
    data = {
        "title": concept.title,
        "slug": concept.slug,
        "summary": concept.summary,
        "intro": rich_text(""),
        "easy_read_summary": rich_text(""),
        "opens_at": opens_at,
        "closes_at": closes_at,
    }
    if confirmed:
        data["window_confirmed"] = "on"
    if publish:
        data["action-publish"] = "publish"
    return client.post(f"/admin/pages/{concept.pk}/edit/", nested_form_data(data))


def reloaded(concept):
    return ConceptPage.objects.get(pk=concept.pk).get_latest_revision_as_object()


def test_german_dates_are_accepted(editor, concept):
    response = post(editor, concept, "01.12.2026 08:00", "31.01.2027 18:30")
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = reloaded(concept)
    assert saved.opens_at == datetime(2026, 12, 1, 8, 0, tzinfo=BERLIN)
    assert saved.closes_at == datetime(2027, 1, 31, 18, 30, tzinfo=BERLIN)


def test_24_00_is_the_next_days_midnight_and_shown_as_typed(editor, concept):
    response = post(editor, concept, "01.12.2026 0:00", "31.01.2027 24:00")
    assert response.status_code == 302
    assert reloaded(concept).closes_at == datetime(2027, 2, 1, 0, 0, tzinfo=BERLIN)
    form = editor.get(f"/admin/pages/{concept.pk}/edit/").content.decode()
    assert 'value="31.01.2027 24:00"' in form
    assert 'value="01.12.2026 00:00"' in form


def test_an_end_date_alone_means_until_the_end_of_that_day(editor, concept):
    assert post(editor, concept, "01.12.2026", "31.01.2027").status_code == 302
    saved = reloaded(concept)
    assert saved.opens_at == datetime(2026, 12, 1, 0, 0, tzinfo=BERLIN)
    assert saved.closes_at == datetime(2027, 2, 1, 0, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("garbage", ["31.02.2027 12:00", "31.01.2027 25:00", "morgen", "31.01.27 12:00"])
def test_garbage_is_refused_in_german_kept_in_the_field_and_nothing_saved(editor, concept, garbage):
    before = reloaded(concept).closes_at
    response = post(editor, concept, "01.12.2026 08:00", garbage)
    assert response.status_code == 200
    page = response.content.decode()
    assert "ist kein gültiger Zeitpunkt" in page
    assert f'value="{garbage}"' in page
    assert reloaded(concept).closes_at == before
    assert ConceptPage.objects.get(pk=concept.pk).revisions.count() == concept.revisions.count()


def test_the_picker_does_not_replace_on_blur():
    config = WindowInput().get_config()
    assert config["validateOnBlur"] is False
    assert config["format"] == "d.m.Y H:i"


def test_parse_moment():
    assert parse_moment("31.01.2027 24:00", end=True) == datetime(2027, 2, 1)
    assert parse_moment("2027-01-31 18:00") == datetime(2027, 1, 31, 18)
    assert parse_moment("31.01.2027 23:60") is None


# The publish warning ---------------------------------------------------------------------


@time_machine.travel(datetime(2026, 12, 7, 12, 0, tzinfo=BERLIN), tick=False)
@pytest.mark.parametrize(
    ("opens_at", "closes_at", "warning"),
    [
        ("07.12.2026 12:00", "07.12.2026 18:00", "kürzer als ein Tag"),
        ("01.11.2026 08:00", "30.11.2026 24:00", "in der Vergangenheit"),
        ("01.11.2026 08:00", "07.12.2026 12:30", "weniger als einer Stunde"),
    ],
    ids=["short", "past", "closes now"],
)
def test_publishing_a_window_that_cannot_be_meant_asks_first(editor, home, opens_at, closes_at, warning):
    concept = ConceptPageFactory(parent=home, slug="neu", live=False)
    response = post(editor, concept, opens_at, closes_at, publish=True)
    assert response.status_code == 200
    assert warning in response.content.decode()
    assert not ConceptPage.objects.get(pk=concept.pk).live

    response = post(editor, concept, opens_at, closes_at, publish=True, confirmed=True)
    assert response.status_code == 302
    assert ConceptPage.objects.get(pk=concept.pk).live


@time_machine.travel(datetime(2026, 12, 7, 12, 0, tzinfo=BERLIN), tick=False)
def test_a_sensible_window_publishes_without_a_question_and_saving_a_draft_never_asks(editor, home):
    concept = ConceptPageFactory(parent=home, slug="neu", live=False)
    assert post(editor, concept, "07.12.2026 12:00", "07.12.2026 18:00").status_code == 302
    assert post(editor, concept, "08.12.2026 08:00", "31.01.2027", publish=True).status_code == 302
    assert ConceptPage.objects.get(pk=concept.pk).live


@time_machine.travel(datetime(2026, 12, 7, 12, 0, tzinfo=BERLIN), tick=False)
def test_the_imports_provisional_window_asks_until_the_editor_changes_it(editor, home):
    concept = ConceptPageFactory(
        parent=home,
        slug="import",
        live=False,
        window_provisional=True,
        opens_at=datetime(2026, 12, 7, 11, 37, tzinfo=BERLIN),
        closes_at=datetime(2026, 12, 7, 11, 37, tzinfo=BERLIN) + timedelta(weeks=8),
    )
    response = post(editor, concept, "07.12.2026 11:37", "01.02.2027 11:37", publish=True)
    assert "vorläufige aus dem Word-Import" in response.content.decode()
    assert not ConceptPage.objects.get(pk=concept.pk).live

    response = post(editor, concept, "08.12.2026 00:00", "31.01.2027", publish=True)
    assert response.status_code == 302
    published = ConceptPage.objects.get(pk=concept.pk)
    assert published.live and not published.window_provisional
