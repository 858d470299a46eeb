"""Limits that cost the abuser, not the crowd at a kickoff: per mailbox tight, per client generous,
event networks exempt, a mail budget that slows down instead of refusing, and all of it counting on
(per process) while Redis is down. Clients are told apart by their real address (REMOTE_ADDR)."""

from datetime import timedelta

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult, get_date_max

from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from concept.comments.models import ChapterComment
from tests.comments.conftest import filled_form, form_url, post_comment
from tests.conftest import CommittingClient
from tests.test_health import DATABASE_QUEUE, REDIS_DOWN, probe

pytestmark = pytest.mark.django_db


def visitor(address):
    return CommittingClient(REMOTE_ADDR=address)


def test_tagged_and_dotted_variants_of_one_mailbox_share_its_limit(chapter, settings):
    settings.COMMENTS_RATE_PER_EMAIL = 2
    variants = ["Opfer.Name+a@gmail.com", "opfername+b@googlemail.com", "OPFER.NAME@gmail.com", "o.pfer.name@gmail.com"]
    statuses = [
        post_comment(visitor("198.51.100.7"), chapter, comment=f"Text {n}", email=email).status_code
        for n, email in enumerate(variants)
    ]
    assert statuses == [200, 200, 429, 429]
    assert len(mail.outbox) == 2
    # Elsewhere a dot may make another mailbox: only the tag is dropped there.
    elsewhere = [
        post_comment(visitor("198.51.100.7"), chapter, comment=f"Anders {n}", email=email).status_code
        for n, email in enumerate(["vor.name@example.org", "Vor.Name+x@example.org", "vorname@example.org"])
    ]
    assert elsewhere == [200, 200, 200]
    again = post_comment(visitor("198.51.100.7"), chapter, comment="Zu oft", email="vor.name@example.org")
    assert again.status_code == 429


def test_the_addresses_of_one_ipv6_64_are_one_client(chapter, settings):
    settings.COMMENTS_RATE_PER_CLIENT = 3
    statuses = [
        post_comment(visitor(f"2001:db8:1:2::{n}"), chapter, comment=f"Text {n}", email=f"p{n}@example.com").status_code
        for n in range(1, 6)
    ]
    assert statuses == [200, 200, 200, 429, 429]
    # The neighbouring /64 is somebody else.
    neighbour = post_comment(visitor("2001:db8:1:3::1"), chapter, comment="Nachbar", email="n@example.com")
    assert neighbour.status_code == 200
    assert not any("2001" in key for key in cache._cache), "the cache keys name the address"


def test_the_ipv6_prefix_is_configurable(chapter, settings):
    settings.COMMENTS_RATE_PER_CLIENT = 1
    settings.COMMENTS_RATE_IPV6_PREFIX = 56
    assert post_comment(visitor("2001:db8:0:1::1"), chapter, comment="A", email="a@example.com").status_code == 200
    assert post_comment(visitor("2001:db8:0:2::1"), chapter, comment="B", email="b@example.com").status_code == 429


def test_a_hundred_people_behind_one_address_can_all_comment(chapter):
    """The kickoff: everybody on the venue's Wi-Fi, one public IPv4 address, default settings."""
    client = visitor("198.51.100.7")
    form = filled_form(client, chapter)
    statuses = {
        client.post(form_url(chapter), {**form, "comment": f"Idee {n}", "email": f"p{n}@example.com"}).status_code
        for n in range(100)
    }
    assert statuses == {200}
    assert ChapterComment.objects.count() == 100 and len(mail.outbox) == 100


def test_an_exempt_event_network_has_no_client_limit_but_mailboxes_still_have_theirs(chapter, settings):
    settings.COMMENTS_RATE_PER_CLIENT = 2
    settings.COMMENTS_RATE_PER_EMAIL = 2
    settings.COMMENTS_RATE_EXEMPT_NETWORKS = ["192.0.2.0/24", "2001:db8:ffff::/48"]
    for address in ("192.0.2.10", "2001:db8:ffff:1::1"):
        statuses = [
            post_comment(visitor(address), chapter, comment=f"{address} {n}", email=f"{n}{address[:3]}@example.com")
            for n in range(4)
        ]
        assert [response.status_code for response in statuses] == [200] * 4
    same_mailbox = [
        post_comment(visitor("192.0.2.10"), chapter, comment=f"Nochmal {n}", email="eine@example.com").status_code
        for n in range(3)
    ]
    assert same_mailbox == [200, 200, 429]
    # Outside the listed networks the limit holds.
    outside = [
        post_comment(visitor("198.51.100.7"), chapter, comment=f"Außen {n}", email=f"a{n}@example.com").status_code
        for n in range(3)
    ]
    assert outside == [200, 200, 429]


@override_settings(TASKS=DATABASE_QUEUE, COMMENTS_MAIL_BUDGET_PER_HOUR=2)
def test_past_the_mail_budget_confirmations_wait_for_later_hours_and_healthz_says_so(chapter):
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    with time_machine.travel(hour + timedelta(minutes=15), tick=False):
        statuses = [
            post_comment(visitor("198.51.100.7"), chapter, comment=f"Idee {n}", email=f"p{n}@example.com").status_code
            for n in range(5)
        ]
        health = probe().json()
    assert statuses == [200] * 5  # never refused
    assert ChapterComment.objects.count() == 5
    moments = sorted(DBTaskResult.objects.values_list("run_after", flat=True))
    never = get_date_max()
    # Two at once, three at the budget's pace in the next hours (half an hour apart for 2 an hour).
    assert moments == [
        hour + timedelta(hours=1),
        hour + timedelta(hours=1, minutes=30),
        hour + timedelta(hours=2),
        never,
        never,
    ]
    assert health["status"] == "degraded"
    assert health["checks"]["mail_budget"]["status"] == "warning"
    assert health["checks"]["mail_budget"]["per_hour"] == 2


@override_settings(TASKS=DATABASE_QUEUE, COMMENTS_MAIL_BUDGET_PER_HOUR=1, COMMENTS_CONFIRMATION_HOURS=2)
def test_a_confirmation_mail_waits_at_most_half_its_links_validity(chapter):
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    with time_machine.travel(hour + timedelta(minutes=15), tick=False):
        for n in range(4):
            post_comment(visitor("198.51.100.7"), chapter, comment=f"Idee {n}", email=f"p{n}@example.com")
    moments = sorted(DBTaskResult.objects.values_list("run_after", flat=True))
    assert moments == [hour + timedelta(hours=1)] * 3 + [get_date_max()]


def test_the_default_mail_budget_is_well_above_20_comments_a_second(settings):
    assert settings.COMMENTS_MAIL_BUDGET_PER_HOUR >= 2 * 20 * 3600


# Not with pytest-django's `settings` beside it: its teardown would bring REDIS_DOWN back.
@override_settings(CACHES=REDIS_DOWN, PAGE_CACHE_SECONDS=0, COMMENTS_RATE_PER_CLIENT=2, COMMENTS_RATE_PER_EMAIL=1)
def test_with_redis_down_the_limits_count_in_the_process(chapter):
    by_client = [
        post_comment(visitor("198.51.100.7"), chapter, comment=f"Text {n}", email=f"p{n}@example.com").status_code
        for n in range(3)
    ]
    assert by_client == [200, 200, 429]
    by_mailbox = [
        post_comment(visitor(f"203.0.113.{n}"), chapter, comment=f"Wort {n}", email="eine@example.com").status_code
        for n in range(2)
    ]
    assert by_mailbox == [200, 429]
