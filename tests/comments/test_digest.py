"""Mails to the moderation (issue 15): a digest hourly while the window is open and daily otherwise,
only when something came in; an alert on reports at once but throttled; to the concept's moderators
(role "moderate" on it) and nobody else; outside the confirmation mails' budget; no personal data."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from concept.comments import digest
from concept.comments.models import ModerationNotice
from concept.roles.models import RoleGrant
from tests.comments.conftest import make_comment
from tests.conftest import CommittingClient
from tests.factories import ChapterPageFactory, ConceptPageFactory

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2027, 1, 11, 9, 0, tzinfo=BERLIN)


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderatorin", email="Moderation@Kreis.example", password="x")
    user.groups.add(Group.objects.get(name="Moderation"))
    return user


@pytest.fixture
def window(concept):
    concept.opens_at = START - timedelta(days=1)
    concept.closes_at = START + timedelta(days=14)
    concept.save()
    return concept


def digests():
    return [message for message in mail.outbox if message.subject.startswith("Moderation „")]


def test_digest_hourly_while_open_and_only_with_something_new(window, chapter, moderator):
    with time_machine.travel(START, tick=False):
        make_comment(chapter, "Neu und öffentlich.", user_name="Erika Geheim", user_email="erika@example.org")
        make_comment(chapter, "Wartet.", is_public=False)
        call_command("send_moderation_digest", stdout=None)
    assert len(digests()) == 1
    message = digests()[0]
    assert message.to == ["moderation@kreis.example"]
    assert message.subject == "Moderation „Integrationskonzept“: 1 zu prüfen, 1 neu"
    assert "3. Sprache: 1 zu prüfen, 1 neu" in message.body
    assert (
        "http://testserver/admin/kommentare/?ansicht=pruefen" in message.body
        or "/admin/kommentare/?ansicht=pruefen" in message.body
    )
    # No personal data and no text leaves the portal in it.
    for secret in ("Erika Geheim", "erika@example.org", "Neu und öffentlich."):
        assert secret not in message.body

    with time_machine.travel(START + timedelta(minutes=59), tick=False):
        make_comment(chapter, "Noch einer.")
        digest.run()
    assert len(digests()) == 1  # within the hour: nothing
    with time_machine.travel(START + timedelta(minutes=61), tick=False):
        digest.run()
    assert len(digests()) == 2  # an hour on, with something new: the next digest
    with time_machine.travel(START + timedelta(hours=3), tick=False):
        digest.run()
    assert len(digests()) == 2  # nothing new since: no mail, however long


def test_digest_daily_once_the_window_is_closed(window, chapter, moderator):
    window.closes_at = START - timedelta(hours=1)
    window.save()
    with time_machine.travel(START, tick=False):
        make_comment(chapter, "Spät bestätigt.", is_public=False)
        digest.run()
    assert len(digests()) == 1
    with time_machine.travel(START + timedelta(hours=2), tick=False):
        make_comment(chapter, "Noch einer.", is_public=False)
        digest.run()
    with time_machine.travel(START + timedelta(hours=23, minutes=59), tick=False):
        digest.run()
    assert len(digests()) == 1
    with time_machine.travel(START + timedelta(days=1), tick=False):
        digest.run()
    assert len(digests()) == 2
    assert list(ModerationNotice.objects.values_list("kind", "recipients")) == [("digest", 1), ("digest", 1)]


def test_report_alert_at_once_but_at_most_every_quarter_hour(window, chapter, moderator):
    comment = make_comment(chapter, "Wird gemeldet.")
    visitor = CommittingClient()
    with time_machine.travel(START, tick=False):
        assert visitor.post(
            f"/de/beteiligung/kommentar/{comment.pk}/melden/", {"reason": "Beleidigung"}
        ).status_code in (200, 302)
    alerts = [m for m in digests() if "Meldung" in m.subject]
    assert len(alerts) == 1 and alerts[0].subject == "Moderation „Integrationskonzept“: 1 neue Meldung"
    assert "Beleidigung" not in alerts[0].body  # the reason stays in the admin

    with time_machine.travel(START + timedelta(minutes=5), tick=False):
        visitor.post(f"/de/beteiligung/kommentar/{comment.pk}/melden/", {"reason": "Noch mal"})
    assert len([m for m in digests() if "Meldung" in m.subject]) == 1  # throttled
    with time_machine.travel(START + timedelta(minutes=16), tick=False):
        digest.run()  # the timer's next run sends what the throttle held back
    alerts = [m for m in digests() if "Meldung" in m.subject]
    assert len(alerts) == 2 and alerts[1].subject == "Moderation „Integrationskonzept“: 1 neue Meldung"


def test_only_the_concepts_moderators_get_it(window, chapter, moderator, home, django_user_model):
    other = ConceptPageFactory(parent=home, title="Seniorenplan", slug="seniorenplan")
    other_chapter = ChapterPageFactory(parent=other, title="Wohnen", number=1)
    group = Group.objects.create(name="Moderation Seniorenplan")
    RoleGrant.objects.create(group=group, role="moderate", page=other)
    only_other = django_user_model.objects.create_user("senioren", email="senioren@kreis.example", password="x")
    only_other.groups.add(group)
    django_user_model.objects.create_superuser("chefin", "chefin@kreis.example", "x")
    django_user_model.objects.create_user("ohne", email="", password="x").groups.add(
        Group.objects.get(name="Moderation")
    )
    inactive = django_user_model.objects.create_user("weg", email="weg@kreis.example", password="x", is_active=False)
    inactive.groups.add(Group.objects.get(name="Moderation"))

    assert digest.recipients(window) == ["moderation@kreis.example"]
    assert digest.recipients(other) == ["moderation@kreis.example", "senioren@kreis.example"]
    with time_machine.travel(START, tick=False):
        make_comment(other_chapter, "Zum Seniorenplan.")
        digest.run()
    assert sorted(address for message in digests() for address in message.to) == [
        "moderation@kreis.example",
        "senioren@kreis.example",
    ]


@override_settings(COMMENTS_MAIL_BUDGET_PER_HOUR=1)
def test_digest_is_counted_apart_from_the_confirmation_budget(window, chapter, moderator):
    from concept.comments import ratelimit

    calls = []
    original = ratelimit.mail_slot

    def counting_slot(site):
        calls.append(1)
        return original(site)

    with time_machine.travel(START, tick=False):
        make_comment(chapter, "Neu.")
        ratelimit.mail_slot, saved = counting_slot, ratelimit.mail_slot
        try:
            digest.run()
        finally:
            ratelimit.mail_slot = saved
    assert len(digests()) == 1 and calls == []  # not one slot of the citizens' budget used
