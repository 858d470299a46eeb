"""The participation window at its edges, for every role; confirmation judged at submission."""

from datetime import datetime, timedelta

import pytest
import time_machine

from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from concept import participation
from concept.comments.models import ChapterComment
from tests.comments.conftest import confirm, form_url, last_confirmation_link, make_comment, post_comment
from tests.factories import ChapterPageFactory, ConceptPageFactory

pytestmark = pytest.mark.django_db

OPENS = timezone.make_aware(datetime(2017, 10, 1, 0, 0))
CLOSES = timezone.make_aware(datetime(2017, 11, 1, 0, 0))
SECOND = timedelta(seconds=1)
EDGES = [
    (OPENS - SECOND, False, "before"),
    (OPENS, True, "open"),
    (CLOSES - SECOND, True, "open"),
    (CLOSES, False, "closed"),
]


@pytest.fixture
def chapter_2017(home):
    concept = ConceptPageFactory(parent=home, slug="integrationskonzept-2017", opens_at=OPENS, closes_at=CLOSES)
    return ChapterPageFactory(parent=concept, title="Sprache")


@pytest.fixture
def people(django_user_model):
    from django.contrib.auth.models import AnonymousUser, Permission

    moderators, _ = Group.objects.get_or_create(name="Moderation")
    moderators.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = django_user_model.objects.create_superuser("greta", "greta@example.org", "pw")
    moderator = django_user_model.objects.create_user("malte", "malte@example.org", "pw")
    moderator.groups.add(moderators)
    commenter = django_user_model.objects.create_user("bürger", "buerger@example.org", "pw")
    return {"anonymous": AnonymousUser(), "commenter": commenter, "editor": editor, "moderator": moderator}


@pytest.mark.parametrize(("moment", "allowed", "state"), EDGES)
def test_rule_at_the_edges_for_every_role(chapter_2017, people, moment, allowed, state):
    for role, user in people.items():
        decision = participation.may_comment(user, chapter_2017, now=moment)
        assert bool(decision) is allowed, role
        assert participation.window_state(chapter_2017.concept, now=moment) == state


@pytest.mark.parametrize(("moment", "allowed", "state"), EDGES)
def test_form_at_the_edges(client, chapter_2017, moment, allowed, state):
    with time_machine.travel(moment, tick=False):
        response = client.get(form_url(chapter_2017))
        assert response.status_code == (200 if allowed else 403)
        page = client.get(chapter_2017.url).content.decode()
        assert (f"/beteiligung/kapitel/{chapter_2017.pk}/kommentieren/" in page) is allowed


@pytest.mark.parametrize(("moment", "allowed", "state"), EDGES)
def test_editor_is_bound_by_the_window_too(client, chapter_2017, people, moment, allowed, state):
    client.force_login(people["editor"])
    with time_machine.travel(moment, tick=False):
        assert client.get(form_url(chapter_2017)).status_code == (200 if allowed else 403)


def test_wording_before_during_and_after(client, chapter_2017):
    with time_machine.travel(OPENS - SECOND, tick=False):
        html = client.get(chapter_2017.url).content.decode()
        assert "Die Beteiligung beginnt am 1. Oktober 2017 um 0:00 Uhr." in html
    with time_machine.travel(OPENS + timedelta(days=3), tick=False):
        html = client.get(chapter_2017.url).content.decode()
        assert "bis zum 31. Oktober 2017 um 24:00 Uhr" in html
    make_comment(chapter_2017, "Eins")
    make_comment(chapter_2017, "Zwei", parent=ChapterComment.objects.get(comment="Eins"))
    make_comment(chapter_2017, "Versteckt", hidden_at=timezone.now(), hidden_reason="Beleidigung")
    make_comment(chapter_2017, "Unbestätigt", confirmed_at=None, is_public=False)
    with time_machine.travel(CLOSES + timedelta(days=1), tick=False):
        html = client.get(chapter_2017.url).content.decode()
        assert "Die Beteiligung ist beendet. 2 Beiträge sind eingegangen." in html
        assert "Eins" in html and "Zwei" in html  # the thread stays readable
        assert 'class="comment-form"' not in html and "Antworten" not in html


def test_closed_window_post_is_refused_with_a_message(client, chapter_2017):
    with time_machine.travel(CLOSES - timedelta(minutes=5), tick=False):
        page = client.get(form_url(chapter_2017))
    with time_machine.travel(CLOSES + SECOND, tick=False):
        from tests.comments.conftest import form_tokens

        response = client.post(
            form_url(chapter_2017),
            {
                **form_tokens(page.content.decode()),
                "name": "A",
                "email": "a@example.com",
                "comment": "Zu spät",
                "consent": "on",
            },
        )
    assert response.status_code == 403
    assert "Die Beteiligung ist beendet." in response.content.decode()
    assert not ChapterComment.objects.exists()
    assert not mail.outbox


def test_late_confirmation_within_expiry_counts(client, chapter_2017):
    with time_machine.travel(CLOSES - timedelta(minutes=10), tick=False):
        post_comment(client, chapter_2017, comment="Kurz vor Schluss")
    with time_machine.travel(CLOSES + timedelta(hours=20), tick=False):
        response = confirm(client)
    assert response.status_code == 200
    assert ChapterComment.objects.visible().filter(comment="Kurz vor Schluss").exists()


def test_expired_link_does_nothing_and_purge_deletes_the_pending_comment(client, chapter, settings):
    post_comment(client, chapter, comment="Vergessen zu bestätigen")
    link = last_confirmation_link()
    with time_machine.travel(timezone.now() + timedelta(hours=settings.COMMENTS_CONFIRMATION_HOURS, seconds=1)):
        response = confirm(client, link)
        assert response.status_code == 410
        assert "abgelaufen" in response.content.decode()
        assert not ChapterComment.objects.visible().exists()
        from django.core.management import call_command

        call_command("purge_comments")
    assert not ChapterComment.objects.exists()


def test_link_for_a_comment_a_moderator_deleted_never_brings_it_back(client, chapter):
    post_comment(client, chapter, comment="Spam")
    link = last_confirmation_link()
    ChapterComment.objects.get(comment="Spam").delete()
    response = confirm(client, link)
    assert response.status_code == 404
    assert not ChapterComment.objects.exists()


def test_link_for_an_unpublished_chapter_is_refused(client, chapter):
    post_comment(client, chapter, comment="Zu einem Kapitel, das zurückgezogen wird")
    link = last_confirmation_link()
    chapter.unpublish()
    response = confirm(client, link)
    assert response.status_code == 410
    assert not ChapterComment.objects.visible().exists()


def test_every_caller_of_the_submission_path_gets_the_window(rf, chapter_2017):
    """submission.accept asks may_comment itself: a caller that forgot to ask (a new view, a task)
    stores nothing after the window closed, however valid the form."""
    from concept.comments import submission

    with time_machine.travel(CLOSES - SECOND, tick=False):
        form = submission.make_form(_request(rf), chapter_2017)
        data = {**form.initial, **form.generate_security_data(), "name": "Amira K.", "email": "amira@example.org"}
    data.update(comment="Noch schnell", consent="on")
    with time_machine.travel(CLOSES, tick=False):
        request = _request(rf)
        form = submission.make_form(request, chapter_2017, data=data, labels={})
        with pytest.raises(submission.Refused) as refusal:
            submission.accept(request, chapter_2017, form)
    assert refusal.value.decision.code == "closed"
    assert not ChapterComment.objects.exists()
    assert len(mail.outbox) == 0


def _request(rf):
    from django.contrib.auth.models import AnonymousUser

    request = rf.post("/de/", REMOTE_ADDR="192.0.2.1")
    request.user = AnonymousUser()
    request.LANGUAGE_CODE = "de"
    return request
