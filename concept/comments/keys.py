"""The keyed hashes that stand for a person without their address (the secret key is
``SECRET_KEY``): ``participant_key`` counts participants and finds one's own contributions
("Meine Beiträge"), ``supporter_key`` counts a support once per mailbox."""

import hashlib
import hmac

from django.conf import settings

from .ratelimit import normalise_email


def _keyed(value):
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()


def participant_key(email):
    """Counts distinct participants without keeping their address."""
    return _keyed(email.strip().lower())


def supporter_key(email):
    """One mailbox, one key: the address normalised as the rate limits count it."""
    return _keyed(normalise_email(email))
