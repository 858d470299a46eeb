"""Password guessing at the editors' login: django-axes locks one user name from one address."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from portal.settings.base import AUTHENTICATION_BACKENDS
from tests.test_health import REDIS_DOWN

pytestmark = [
    pytest.mark.django_db,
    # The test settings switch axes off (the test client's login() has no request); these tests need it.
    pytest.mark.usefixtures("axes_on"),
]

PASSWORD = "richtig-und-lang-genug"
LOCKED = "Anmeldung vorübergehend gesperrt"


@pytest.fixture
def axes_on():
    # The production backends: a correct password must still log in.
    with override_settings(AXES_ENABLED=True, AUTHENTICATION_BACKENDS=AUTHENTICATION_BACKENDS):
        yield


@pytest.fixture
def editors():
    User = get_user_model()
    return [User.objects.create_superuser(name, f"{name}@example.org", PASSWORD) for name in ("redakteurin", "kollege")]


def login(client, username, password, **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)


def logged_in(response):
    return response.status_code == 302 and "_auth_user_id" in response.client.session


def fail_five_times(client, username="redakteurin", **extra):
    responses = [login(client, username, "falsch", **extra) for _ in range(5)]
    assert [response.status_code for response in responses[:4]] == [200] * 4  # the form again, with an error
    return responses[-1]


def test_fifth_wrong_password_locks_and_then_even_the_right_one_is_refused(editors):
    client = Client()
    fifth = fail_five_times(client)
    assert fifth.status_code == 429

    sixth = login(client, "redakteurin", PASSWORD)
    assert sixth.status_code == 429
    assert not logged_in(sixth)
    html = sixth.content.decode()
    assert '<html lang="de" dir="ltr">' in html
    assert f"<h1>{LOCKED}</h1>" in html
    assert "für 15 Minuten gesperrt" in html
    assert 'href="/admin/password_reset/"' in html
    assert "<script" not in html and "style=" not in html


def test_another_user_name_from_the_same_address_is_not_locked(editors):
    client = Client()
    fail_five_times(client)
    assert logged_in(login(client, "kollege", PASSWORD))


def test_login_works_after_the_cool_off_which_every_locked_attempt_extends(editors):
    client = Client()
    with time_machine.travel(timezone.now(), tick=False) as clock:
        fail_five_times(client)
        clock.shift(timedelta(minutes=14))
        assert login(client, "redakteurin", PASSWORD).status_code == 429  # and 15 minutes from now
        clock.shift(timedelta(minutes=14))
        assert login(client, "redakteurin", PASSWORD).status_code == 429
        clock.shift(timedelta(minutes=15, seconds=1))
        assert logged_in(login(client, "redakteurin", PASSWORD))


def test_no_address_reaches_the_database_or_the_log(editors, caplog):
    address = "203.0.113.77"
    client = Client(REMOTE_ADDR=address)
    fail_five_times(client)
    login(client, "redakteurin", PASSWORD)
    assert logged_in(login(client, "kollege", PASSWORD))

    for model in (AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog):
        assert not model.objects.exists(), model
    dump = StringIO()
    call_command("dumpdata", stdout=dump)
    assert address not in dump.getvalue()
    assert "Locking out" in caplog.text and address not in caplog.text


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_forwarded_address_counts(editors):
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    fail_five_times(Client(), HTTP_X_FORWARDED_FOR="203.0.113.77", **proxy)

    assert login(Client(), "redakteurin", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.77", **proxy).status_code == 429
    # Same proxy, another visitor behind it: not locked.
    assert logged_in(login(Client(), "redakteurin", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.9", **proxy))


def test_the_administration_can_lift_a_lockout(editors):
    client = Client()
    fail_five_times(client)
    call_command("axes_reset_ip_username", "127.0.0.1", "redakteurin", stdout=StringIO())
    assert logged_in(login(client, "redakteurin", PASSWORD))


def test_the_addresses_of_one_ipv6_64_are_one_client(editors):
    for n in range(1, 6):
        login(Client(REMOTE_ADDR=f"2001:db8:1:2::{n}"), "redakteurin", "falsch")
    assert login(Client(REMOTE_ADDR="2001:db8:1:2::99"), "redakteurin", PASSWORD).status_code == 429
    assert logged_in(login(Client(REMOTE_ADDR="2001:db8:1:3::1"), "redakteurin", PASSWORD))


@pytest.fixture
def redis_down():
    with override_settings(CACHES=REDIS_DOWN, PAGE_CACHE_SECONDS=0):
        AxesProxyHandler.get_implementation(force=True)  # as a server started with Redis configured
        yield
    AxesProxyHandler.get_implementation(force=True)


def test_with_redis_down_a_wrong_password_gets_the_form_and_the_lockout_still_counts(editors, redis_down):
    client = Client(REMOTE_ADDR="203.0.113.77")
    wrong = login(client, "redakteurin", "falsch")
    assert wrong.status_code == 200  # the form again, not a 500
    assert logged_in(login(client, "redakteurin", PASSWORD))
    assert fail_five_times(client).status_code == 429  # counted in this process meanwhile
    assert logged_in(login(Client(REMOTE_ADDR="203.0.113.78"), "kollege", PASSWORD))
