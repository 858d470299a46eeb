"""Following a concept (issue 19): the form, double opt-in, the event mails, unsubscribing, retention."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from concept.comments.mine import participant_key
from concept.follow import services
from concept.follow.models import Follower, Notice
from tests.comments.conftest import make_comment
from tests.comments.test_mail_retry import DATABASE_QUEUE, run_worker
from tests.factories import ChapterPageFactory, ConceptPageFactory

from .conftest import confirmation_link, confirmed_follower, follow, follow_url, mails_to

pytestmark = pytest.mark.django_db


def publish(chapter, note=""):
    chapter.change_note = note
    chapter.save_revision().publish()


def test_the_concept_page_offers_the_form_and_its_feed(client, concept):
    page = client.get("/de/konzept/").content.decode()
    assert f'action="/de/beteiligung/konzept/{concept.pk}/benachrichtigen/"' in page
    assert 'name="csrfmiddlewaretoken"' not in page  # the page stays cacheable
    feed = f"/de/beteiligung/konzept/{concept.pk}/neuigkeiten.atom"
    assert f'<link rel="alternate" type="application/atom+xml" href="{feed}"' in page
    arabic = client.get("/ar/konzept/").content.decode()
    assert "/ar/beteiligung/konzept/" in arabic


def test_following_takes_a_confirmation_with_a_button(client, concept):
    answer = follow(client, concept, language="en")
    assert answer.status_code == 200
    assert Follower.objects.get().confirmed_at is None
    assert len(mail.outbox) == 1
    link = confirmation_link(mail.outbox[0])
    assert link.startswith("/en/")
    assert mail.outbox[0].subject == "Confirm notifications"  # in the visitor's language
    assert client.get(link).status_code == 200
    assert Follower.objects.get().confirmed_at is None  # opening the link changes nothing
    assert client.post(link).status_code == 200
    follower = Follower.objects.get()
    assert follower.confirmed_at is not None and follower.language == "en" and follower.token_hash == ""
    assert client.post(link).status_code == 404  # once


def test_the_answer_is_the_same_whether_the_address_follows_already(client, concept):
    confirmed_follower(concept, "known@example.com")
    known = follow(client, concept, email="Known@Example.com")
    new = follow(client, concept, email="new@example.com")
    assert known.status_code == new.status_code == 200
    assert known.content.replace(b"Known@Example.com", b"") == new.content.replace(b"new@example.com", b"")
    assert [message.to for message in mail.outbox] == [["new@example.com"]]
    assert Follower.objects.count() == 2


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"consent": ""}, "Bitte stimmen Sie der Datenschutzerklärung zu."),
        ({"email": "keine-adresse"}, "Bitte geben Sie eine gültige E-Mail-Adresse an."),
        ({"email": ""}, "Bitte geben Sie Ihre E-Mail-Adresse an."),
        ({"email": "a\u202eb@example.com"}, "Bitte geben Sie eine gültige E-Mail-Adresse an."),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_stored(client, concept, fields, message):
    answer = follow(client, concept, **fields)
    assert answer.status_code == 400
    assert message in answer.content.decode()
    assert not Follower.objects.exists() and not mail.outbox


def test_a_withdrawn_concept_takes_no_followers(client, concept):
    concept.unpublish()
    assert client.get(follow_url(concept)).status_code == 404
    assert follow(client, concept).status_code == 404


def test_limits_as_for_comments(client, concept, settings):
    settings.COMMENTS_RATE_PER_EMAIL = 2
    for _attempt in range(2):
        assert follow(client, concept).status_code == 200
    refused = follow(client, concept)
    assert refused.status_code == 429 and refused["Retry-After"]
    assert "Minuten" in refused.content.decode()


def test_chapters_published_together_make_one_mail_to_each_confirmed_follower(concept):
    first, second = ChapterPageFactory(parent=concept), ChapterPageFactory(parent=concept)
    confirmed_follower(concept, "mara@example.com")
    confirmed_follower(concept, "omar@example.com", language="ar")
    Follower.objects.create(concept=concept, email="waiting@example.com", email_key="x", language="de")
    services.run_due()  # the window opened before: told once
    mail.outbox.clear()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        publish(first, "Maßnahme 3 ergänzt")
        publish(second)
        assert services.run_due() == 0  # a third chapter may follow within the batch time
    with time_machine.travel(start + timedelta(minutes=11), tick=False):
        assert services.run_due() == 2
        assert services.run_due() == 0
    assert not mails_to("waiting@example.com")
    [german] = mails_to("mara@example.com")
    assert "2 Kapitel sind in neuer Fassung erschienen." in german.body
    assert first.title in german.body and second.title in german.body
    assert "Änderungshinweis: Maßnahme 3 ergänzt" in german.body
    [arabic] = mails_to("omar@example.com")
    assert "/ar/beteiligung/kapitel/" in arabic.body
    assert len(mail.outbox) == 2


def test_a_version_published_before_the_address_followed_is_no_news_to_it(concept):
    """Found walking `make run`: the demo's first versions, still inside the batch time, reached a
    visitor who followed a minute later as "4 Kapitel sind in neuer Fassung erschienen"."""
    first, second = ChapterPageFactory(parent=concept), ChapterPageFactory(parent=concept)
    confirmed_follower(concept, "early@example.com")
    services.run_due()
    mail.outbox.clear()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        publish(first, "Erste Fassung")
    with time_machine.travel(start + timedelta(minutes=2), tick=False):
        confirmed_follower(concept, "late@example.com")
    with time_machine.travel(start + timedelta(minutes=4), tick=False):
        publish(second, "Abendkurse ergänzt")
    with time_machine.travel(start + timedelta(minutes=15), tick=False):
        assert services.run_due() == 2
    [early] = mails_to("early@example.com")
    assert "2 Kapitel sind in neuer Fassung erschienen." in early.body
    [late] = mails_to("late@example.com")
    assert "Abendkurse ergänzt" in late.body and second.title in late.body
    assert "Erste Fassung" not in late.body and first.title not in late.body
    assert "Neuigkeiten zum Konzept" in late.body and "Kapitel sind" not in late.body  # one chapter


def test_nobody_hears_of_versions_all_published_before_they_followed(concept):
    chapter = ChapterPageFactory(parent=concept)
    services.run_due()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        publish(chapter, "Erste Fassung")
    with time_machine.travel(start + timedelta(minutes=1), tick=False):
        confirmed_follower(concept, "late@example.com")
    mail.outbox.clear()
    with time_machine.travel(start + timedelta(minutes=15), tick=False):
        assert services.run_due() == 0
    assert not mail.outbox


def test_the_window_mails_come_at_their_time(home):
    now = timezone.now().replace(microsecond=0)
    concept = ConceptPageFactory(
        parent=home, opens_at=now + timedelta(days=1), closes_at=now + timedelta(days=11), closing_reminder_days=3
    )
    confirmed_follower(concept, "mara@example.com")
    confirmed_follower(concept, "omar@example.com")
    Follower.objects.create(concept=concept, email="waiting@example.com", email_key="x", language="de")
    moments = [
        (concept.opens_at - timedelta(seconds=1), []),
        (concept.opens_at + timedelta(seconds=1), ["Die Beteiligung hat begonnen"]),
        (concept.opens_at + timedelta(days=2), []),
        (concept.closes_at - timedelta(days=3, seconds=1), []),
        (concept.closes_at - timedelta(days=3) + timedelta(seconds=1), ["Die Beteiligung endet bald"]),
        (concept.closes_at - timedelta(seconds=1), []),
        (concept.closes_at + timedelta(seconds=1), ["Der Beteiligungsbericht ist vollständig"]),
    ]
    for moment, expected in moments:
        mail.outbox.clear()
        with time_machine.travel(moment, tick=False):
            call_command("notify_followers", stdout=open("/dev/null", "w"))  # noqa: SIM115
        # Each event once to each confirmed follower, never to the one still waiting.
        told = sorted((message.to[0], message.subject.split(":")[0]) for message in mail.outbox)
        wanted = sorted((to, subject) for subject in expected for to in ("mara@example.com", "omar@example.com"))
        assert told == wanted, moment


def test_no_reminder_when_the_editor_wants_none(home):
    now = timezone.now()
    concept = ConceptPageFactory(parent=home, opens_at=now - timedelta(days=5), closes_at=now + timedelta(hours=5))
    concept.closing_reminder_days = 0
    concept.save()
    confirmed_follower(concept, "mara@example.com")
    services.run_due()
    assert [message.subject.split(":")[0] for message in mail.outbox] == ["Die Beteiligung hat begonnen"]


def test_the_report_is_announced_when_every_contribution_is_answered(concept, chapter, django_user_model):
    from concept.responses.models import OfficialResponse, Outcome

    comment = make_comment(chapter, text="Mehr Sprachkurse", user_name="Jonas P.")
    confirmed_follower(concept, "mara@example.com")
    with time_machine.travel(concept.closes_at + timedelta(days=1), tick=False):
        services.run_due()
        assert not Notice.objects.filter(kind=Notice.REPORT).exists()  # one contribution is open
        OfficialResponse.objects.create(
            comment=comment, outcome=Outcome.choices[0][0], text="Aufgenommen.", released_at=timezone.now()
        )
        mail.outbox.clear()
        services.run_due()
    assert [message.subject.split(":")[0] for message in mail.outbox] == ["Der Beteiligungsbericht ist vollständig"]
    assert f"/de/beteiligung/bericht/{concept.pk}/" in mail.outbox[0].body
    # The concept is concluded: the purge erases its followers.
    assert services.purge() == 1
    assert not Follower.objects.exists()


def test_every_follow_mail_unsubscribes_in_one_click(concept):
    chapter = ChapterPageFactory(parent=concept)
    confirmed_follower(concept, "mara@example.com")
    services.run_due()  # the window opened
    [message] = mail.outbox
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in message.body
    provider = Client(enforce_csrf_checks=True)  # a mail provider's POST carries no cookie
    path = url.removeprefix("http://testserver")
    assert provider.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not Follower.objects.exists()
    mail.outbox.clear()
    publish(chapter)
    with time_machine.travel(timezone.now() + timedelta(minutes=30), tick=False):
        services.run_due()
    assert not mail.outbox


def test_the_unsubscribe_page_asks_first(client, concept):
    from concept.follow.mail import unsubscribe_token

    follower = confirmed_follower(concept, "mara@example.com")
    path = f"/de/beteiligung/benachrichtigen/abbestellen/{unsubscribe_token(follower)}/"
    assert client.get(path).status_code == 200
    assert Follower.objects.exists()
    assert client.get("/de/beteiligung/benachrichtigen/abbestellen/falsch/").status_code == 400


def test_expired_unconfirmed_followers_are_purged(client, concept, settings):
    follow(client, concept)
    assert services.purge() == 0
    with time_machine.travel(timezone.now() + timedelta(hours=settings.COMMENTS_CONFIRMATION_HOURS, seconds=1)):
        assert services.purge() == 1
    assert not Follower.objects.exists()


@override_settings(TASKS=DATABASE_QUEUE)
def test_the_mail_worker_mails_followers_without_the_timer(concept, monkeypatch, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    chapter = ChapterPageFactory(parent=concept)
    confirmed_follower(concept, "mara@example.com")
    services.run_due()  # the window opened: told
    run_worker()
    mail.outbox.clear()
    start = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        publish(chapter, "Neu gefasst")
    [queued] = DBTaskResult.objects.filter(task_path__endswith="notify_due")
    assert queued.run_after >= start + timedelta(minutes=10)
    with time_machine.travel(queued.run_after + timedelta(seconds=1), tick=False):
        run_worker()
    [message] = mails_to("mara@example.com")
    assert "Neu gefasst" in message.body


@override_settings(TASKS=DATABASE_QUEUE)
def test_publishing_a_concept_schedules_its_window_moments(home, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    concept = ConceptPageFactory(parent=home, opens_at=now + timedelta(days=2), closes_at=now + timedelta(days=20))
    with django_capture_on_commit_callbacks(execute=True):
        concept.save_revision().publish()
    moments = sorted(DBTaskResult.objects.filter(task_path__endswith="notify_due").values_list("run_after", flat=True))
    expected = [concept.opens_at, concept.closes_at - timedelta(days=3)]
    assert [moment - timedelta(seconds=1) for moment in moments] == expected


@override_settings(TASKS=DATABASE_QUEUE)
def test_releasing_the_last_response_has_the_worker_announce_the_report(
    concept, chapter, monkeypatch, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    from concept.responses.models import OfficialResponse, Outcome

    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    comments = [make_comment(chapter, text=f"Vorschlag {number}") for number in range(3)]
    confirmed_follower(concept, "mara@example.com")
    after = concept.closes_at + timedelta(days=2)
    with time_machine.travel(after, tick=False):
        services.run_due()
        with django_capture_on_commit_callbacks(execute=True):
            for comment in comments:  # released together: one check for all of them
                OfficialResponse.objects.create(
                    comment=comment, outcome=Outcome.choices[0][0], text="Ja.", released_at=timezone.now()
                )
    [queued] = DBTaskResult.objects.filter(task_path__endswith="notify_due")
    with time_machine.travel(queued.run_after + timedelta(seconds=1), tick=False):
        run_worker()
    assert [message.subject.split(":")[0] for message in mails_to("mara@example.com")] == [
        "Der Beteiligungsbericht ist vollständig"
    ]


def test_an_empty_reminder_field_means_the_default_of_three_days(concept):
    concept.closing_reminder_days = None
    concept.full_clean()
    assert concept.closing_reminder_days == 3


def test_a_towns_followers_get_the_towns_sender_and_links(client, home, mailoutbox):
    """Issue 22: a concept on a town's host mails from the town, with links to the town's host."""
    from concept.roles.organisations import create_organisation

    town = create_organisation("Stadt Schleswig", "schleswig.example.org", port=80, languages=("de",))
    concept = ConceptPageFactory(parent=town.root_page, slug="plan")
    client.defaults["HTTP_HOST"] = "schleswig.example.org"
    assert follow(client, concept).status_code == 200
    confirmation = mailoutbox[-1]
    assert confirmation.from_email.startswith("Stadt Schleswig <")
    assert "http://schleswig.example.org/de/beteiligung/benachrichtigen/bestaetigen/" in confirmation.body
    link = re.search(r"http://schleswig\.example\.org(/\S+/bestaetigen/\S+/)", confirmation.body).group(1)
    assert client.post(link).status_code == 200
    services.run_due()  # the window opened
    opened = mailoutbox[-1]
    assert opened.from_email.startswith("Stadt Schleswig <")
    assert opened.extra_headers["List-Unsubscribe"].startswith("<http://schleswig.example.org/")
    assert "testserver" not in opened.body


def test_a_follower_who_commented_finds_meine_beitraege_in_the_follow_mails(concept):
    """Issue 19: every notification carries the personal link, when the address has contributions."""
    chapter = ChapterPageFactory(parent=concept)
    make_comment(
        chapter,
        "Mehr Kurse am Abend",
        user_email="mara@example.com",
        participant_key=participant_key("mara@example.com"),
    )
    confirmed_follower(concept, "mara@example.com")
    confirmed_follower(concept, "omar@example.com")
    services.run_due()
    mail.outbox.clear()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        publish(chapter, "Abendkurse ergänzt")
    with time_machine.travel(start + timedelta(minutes=11), tick=False):
        assert services.run_due() == 2  # one mail to each follower
    [commenter] = mails_to("mara@example.com")
    assert re.search(r"Meine Beiträge .*: http://testserver/de/beteiligung/meine-beitraege/\S+/", commenter.body)
    [reader] = mails_to("omar@example.com")
    assert "Meine Beiträge" not in reader.body  # no contribution: no link to an empty page
