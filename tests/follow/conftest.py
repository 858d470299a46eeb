import re

from django.core import mail
from django.utils import timezone

from concept.follow.models import Follower
from concept.follow.services import email_key


def follow_url(concept):
    return f"/de/beteiligung/konzept/{concept.pk}/benachrichtigen/"


def follow(client, concept, email="mara@example.com", language="de", **fields):
    data = {"email": email, "consent": "on", **fields}
    return client.post(follow_url(concept).replace("/de/", f"/{language}/", 1), data)


def confirmation_link(message):
    return re.search(r"http://testserver(/\S+/benachrichtigen/bestaetigen/\S+/)", message.body).group(1)


def confirmed_follower(concept, email, language="de"):
    """A follower who confirmed, stored as the service would."""
    return Follower.objects.create(
        concept=concept, email=email, email_key=email_key(email), language=language, confirmed_at=timezone.now()
    )


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]
