"""The admin's password-reset form, with limits: otherwise anyone could have the portal mail
reset links to an address as often as they like."""

import logging

from django.conf import settings

from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from concept.comments import ratelimit

logger = logging.getLogger(__name__)


class PasswordResetForm(WagtailPasswordResetForm):
    def save(self, *args, request=None, **kwargs):
        email = self.cleaned_data["email"]
        # For the whole installation (site=None), not per organisation: there is one admin and
        # one account per person for every organisation, reached on any host.
        try:
            ratelimit.check_client(request, "password_reset", settings.PASSWORD_RESET_RATE_PER_CLIENT, site=None)
            ratelimit.check_email(email, "password_reset_email", settings.PASSWORD_RESET_RATE_PER_EMAIL, site=None)
        except ratelimit.RateLimited:
            # The page after it stays the same, as for an address without an account: the one asking
            # learns nothing, the address's owner has had the earlier mails.
            logger.warning("Password reset: rate limit reached, no mail sent")
            return
        super().save(*args, request=request, **kwargs)
