"""The admin's password reset mails a link: not as often as anyone likes, to any address."""

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors():
    User = get_user_model()
    return [User.objects.create_user(name, f"{name}@example.org", "lang-genug-1234") for name in ("a", "b", "c", "d")]


def ask_for_reset(client, email):
    response = client.post("/admin/password_reset/", {"email": email})
    # The same answer whether a mail went out or not: nobody learns whether an account exists.
    assert response.status_code == 302 and response["Location"] == "/admin/password_reset/done/"
    return response


def test_an_address_gets_three_reset_mails_an_hour(editors):
    for n in range(5):
        ask_for_reset(Client(REMOTE_ADDR=f"198.51.100.{n}"), "a@example.org")
    assert [message.to for message in mail.outbox] == [["a@example.org"]] * 3


def test_one_client_cannot_mail_every_editor_again_and_again(editors, settings):
    settings.PASSWORD_RESET_RATE_PER_CLIENT = 2
    client = Client(REMOTE_ADDR="2001:db8:1:2::1")
    for editor in editors:
        ask_for_reset(client, editor.email)
    assert len(mail.outbox) == 2
    # Another address in the same /64 is the same client; another network is not.
    ask_for_reset(Client(REMOTE_ADDR="2001:db8:1:2::2"), "d@example.org")
    assert len(mail.outbox) == 2
    ask_for_reset(Client(REMOTE_ADDR="198.51.100.1"), "d@example.org")
    assert len(mail.outbox) == 3
