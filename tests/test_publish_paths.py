"""Every path that publishes asks first (issue 15): a concept whose window warns (shorter than a day,
past, closing now, the import's provisional one) and an incomplete translation are not published
unasked, whether from the edit form's "Freigeben und veröffentlichen", the approval dialog of the
dashboard, the page list's bulk "Veröffentlichen", or scheduled (judged when it goes live).
The workflow as the office runs it: Sachbearbeitung submits, Amtsleitung approves."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from wagtail_localize.models import Translation

from django.contrib.auth.models import Group

from wagtail.models import Locale, Page, PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text

from concept.models import ConceptPage
from home.publishing import ApprovalTask
from tests.factories import ConceptPageFactory, TopicPageFactory

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=BERLIN)
pytestmark = pytest.mark.django_db
SHORT = "kürzer als ein Tag"


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(NOW, tick=False):
        yield


def member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, email=f"{username}@kreis.example", password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def clerk(django_user_model):
    return member(django_user_model, "sachbearbeiterin", "Sachbearbeitung")


@pytest.fixture
def head(django_user_model):
    return member(django_user_model, "amtsleiter", "Amtsleitung")


@pytest.fixture
def short(home):
    """A new concept with a window of six hours, not yet live."""
    return ConceptPageFactory(
        parent=home,
        slug="neu",
        live=False,
        opens_at=datetime(2026, 12, 7, 12, 0, tzinfo=BERLIN),
        closes_at=datetime(2026, 12, 7, 18, 0, tzinfo=BERLIN),
    )


def submitted(page, clerk):
    """Sachbearbeitung saves a draft and submits it for approval; returns the task state."""
    page.save_revision(user=clerk)
    page.get_workflow().start(page, clerk)
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk), status="in_progress")
    return state.current_task_state


def publications(page):
    return PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish").count()


def live(page):
    return Page.objects.get(pk=page.pk).live


def modal_url(page, task_state):
    return f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"


XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def test_the_office_workflow_uses_the_task_that_asks(short, clerk):
    task_state = submitted(short, clerk)
    assert isinstance(task_state.task.specific, ApprovalTask)
    assert list(task_state.task.specific.groups.values_list("name", flat=True)) == ["Amtsleitung"]


# The edit form: "Freigeben und veröffentlichen" ------------------------------------------------


def edit_form(concept, **extra):
    return nested_form_data(
        {
            "title": concept.title,
            "slug": concept.slug,
            "summary": concept.summary,
            "intro": rich_text(""),
            "easy_read_summary": rich_text(""),
            "opens_at": "07.12.2026 12:00",
            "closes_at": "07.12.2026 18:00",
            **extra,
        }
    )


APPROVE = {"action-workflow-action": "true", "workflow-action-name": "approve"}


def test_approving_in_the_edit_form_asks_about_the_window(client, short, clerk, head):
    submitted(short, clerk)
    client.force_login(head)
    response = client.post(f"/admin/pages/{short.pk}/edit/", edit_form(short, **APPROVE))
    assert response.status_code == 200
    assert SHORT in response.content.decode()
    assert not live(short)

    response = client.post(f"/admin/pages/{short.pk}/edit/", edit_form(short, window_confirmed="on", **APPROVE))
    assert response.status_code == 302
    assert live(short)


def test_the_tick_of_the_approve_dialog_counts_in_the_edit_form(client, short, clerk, head):
    submitted(short, clerk)
    client.force_login(head)
    extra = {"workflow-action-extra-data": json.dumps({"comment": "", "confirmed": True})}
    response = client.post(f"/admin/pages/{short.pk}/edit/", edit_form(short, **APPROVE, **extra))
    assert response.status_code == 302
    assert live(short)


# The approval dialog (dashboard "Freigaben", page list) ---------------------------------------


def test_the_approval_dialog_shows_the_warnings_and_requires_the_tick(client, short, clerk, head):
    task_state = submitted(short, clerk)
    task = task_state.task.specific
    # While the window warns there is no one-click "Freigeben": only the dialog.
    assert [(name, modal) for name, _label, modal in task.get_actions(short, head)] == [
        ("reject", True),
        ("approve", True),
    ]
    client.force_login(head)
    dialog = client.get(modal_url(short, task_state), **XHR).json()["html"]
    assert SHORT in dialog and 'name="confirmed"' in dialog

    answer = client.post(modal_url(short, task_state), {"comment": ""}, **XHR).json()
    assert answer["step"] == "action" and "Bitte bestätigen Sie die Hinweise" in answer["html"]
    client.post(modal_url(short, task_state), {"comment": ""})  # without the dialog: nothing either
    assert not live(short)

    answer = client.post(modal_url(short, task_state), {"comment": "Passt so.", "confirmed": "on"}, **XHR).json()
    assert answer["step"] == "success"
    assert live(short)
    assert ConceptPage.objects.get(pk=short.pk).closes_at == datetime(2026, 12, 7, 18, 0, tzinfo=BERLIN)


def test_a_sensible_window_is_approved_with_one_click(client, home, clerk, head):
    concept = ConceptPageFactory(parent=home, slug="gut", live=False)
    task_state = submitted(concept, clerk)
    assert ("approve", False) in [
        (name, modal) for name, _label, modal in task_state.task.specific.get_actions(concept, head)
    ]
    client.force_login(head)
    dialog = client.get(modal_url(concept, task_state), **XHR).json()["html"]
    assert 'name="confirmed"' not in dialog
    client.post(modal_url(concept, task_state), {"comment": ""})
    assert live(concept)


# Bulk "Veröffentlichen" -------------------------------------------------------------------------


def bulk_publish(client, *pages, **data):
    ids = "&".join(f"id={page.pk}" for page in pages)
    return client.post(f"/admin/bulk/wagtailcore/page/publish/?{ids}&next=/admin/pages/", data)


def test_bulk_publishing_names_the_concept_and_why_and_asks(client, home, short, head):
    fine = ConceptPageFactory(parent=home, slug="gut", title="Pflegekonzept", live=False)
    client.force_login(head)
    response = bulk_publish(client, short, fine)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Vor dem Veröffentlichen prüfen" in page
    assert short.title in page and SHORT in page and "Pflegekonzept" not in page
    assert not live(short) and not live(fine)  # nothing published before the answer

    response = bulk_publish(client, short, fine, hinweise_bestaetigt="1")
    assert response.status_code == 302
    assert live(short) and live(fine)


def test_bulk_publishing_judges_the_latest_revision(client, home, head):
    """The draft is what goes live: a window shortened in a draft warns though the live one does not."""
    concept = ConceptPageFactory(parent=home, slug="entwurf")
    concept.closes_at = datetime(2026, 12, 7, 12, 30, tzinfo=BERLIN)
    concept.save_revision()
    client.force_login(head)
    response = bulk_publish(client, concept)
    assert response.status_code == 200 and "weniger als einer Stunde" in response.content.decode()


def test_bulk_publishing_a_sensible_page_does_not_ask(client, home, head):
    concept = ConceptPageFactory(parent=home, slug="gut", live=False)
    client.force_login(head)
    assert bulk_publish(client, concept).status_code == 302
    assert live(concept)


# Scheduled publishing ---------------------------------------------------------------------------


def test_scheduling_is_publishing_judged_when_it_goes_live(client, home, head):
    """Fine today, over by the scheduled day: scheduling asks."""
    concept = ConceptPageFactory(parent=home, slug="geplant", live=False)
    client.force_login(head)
    data = edit_form(
        concept,
        opens_at="07.12.2026 12:00",
        closes_at="10.12.2026 24:00",
        go_live_at="2026-12-15 08:00",
        **{"action-publish": "publish"},
    )
    response = client.post(f"/admin/pages/{concept.pk}/edit/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Geplante Veröffentlichung am 15.12.2026 08:00 Uhr" in page
    assert "in der Vergangenheit" in page
    latest = ConceptPage.objects.get(pk=concept.pk).get_latest_revision()
    assert latest is None or latest.approved_go_live_at is None  # nothing scheduled

    response = client.post(f"/admin/pages/{concept.pk}/edit/", {**data, "window_confirmed": "on"})
    assert response.status_code == 302
    assert ConceptPage.objects.get(pk=concept.pk).get_latest_revision().approved_go_live_at


def test_a_scheduled_draft_published_in_bulk_is_judged_when_it_goes_live(client, home, head):
    concept = ConceptPageFactory(parent=home, slug="geplant", live=False)
    concept.go_live_at = datetime(2027, 3, 1, 8, 0, tzinfo=BERLIN)  # after the window closes (in 30 days)
    concept.save_revision()
    client.force_login(head)
    response = bulk_publish(client, concept)
    assert response.status_code == 200
    assert "Geplante Veröffentlichung am 01.03.2027 08:00 Uhr" in response.content.decode()


# Partial translations on the other paths ------------------------------------------------------


@pytest.fixture
def partial_translation(client, home, django_user_model):
    """An English topic page wagtail-localize made, nothing of it translated yet."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    home.copy_for_translation(english).save_revision().publish()
    topic = TopicPageFactory(parent=home, title="Wohnen", summary="Eine Wohnung finden.")
    admin = django_user_model.objects.create_superuser("chefin", "chefin@kreis.example", "x")
    client.force_login(admin)
    client.post(f"/admin/localize/submit/page/{topic.pk}/", {"locales": [english.pk]})
    client.logout()
    assert Translation.objects.filter(source__object_id=topic.translation_key, target_locale=english).exists()
    return topic.get_translation(english)


def test_bulk_publishing_an_incomplete_translation_asks(client, partial_translation, head):
    before = publications(partial_translation)
    client.force_login(head)
    response = bulk_publish(client, partial_translation)
    assert response.status_code == 200
    assert "ist unvollständig" in response.content.decode()
    assert publications(partial_translation) == before
    assert bulk_publish(client, partial_translation, hinweise_bestaetigt="1").status_code == 302
    assert publications(partial_translation) == before + 1


def test_approving_an_incomplete_translation_asks(client, partial_translation, clerk, head):
    task_state = submitted(partial_translation, clerk)
    client.force_login(head)
    dialog = client.get(modal_url(partial_translation, task_state), **XHR).json()["html"]
    assert "ist unvollständig" in dialog and 'name="confirmed"' in dialog
    before = publications(partial_translation)
    client.post(modal_url(partial_translation, task_state), {"comment": ""}, **XHR)
    assert publications(partial_translation) == before
    client.post(modal_url(partial_translation, task_state), {"comment": "", "confirmed": "on"}, **XHR)
    assert publications(partial_translation) == before + 1


# The publish question while a draft waits in the workflow ----------------------------------------


def test_publishing_during_the_workflow_names_it_once_and_the_waiting_draft(client, home, clerk, head):
    concept = ConceptPageFactory(parent=home, slug="gut")
    submitted(concept, clerk)
    client.force_login(head)
    html = client.get(f"/admin/pages/workflow/confirm_cancellation/{concept.pk}/", **XHR).json()["html"]
    assert html.count("Freigabe durch die Amtsleitung") == 1
    assert "Ein Entwurf dieser Seite wartet" in html
    assert "der eingereichte Entwurf wird nicht mehr geprüft" in html
