"""Mails the moderators what waits (``concept/comments/digest.py``): run every 5 minutes from a timer
(docs/deploy/kreisportal-digest.timer); each concept's digest and report alert decide themselves
whether they are due, so running it more often sends nothing more."""

from django.core.management.base import BaseCommand

from concept.comments import digest


class Command(BaseCommand):
    help = "Sendet der Moderation die fälligen Zusammenfassungen und Hinweise auf Meldungen."

    def handle(self, *args, **options):
        alerts, digests = digest.run()
        self.stdout.write(
            f"{alerts} Hinweise auf Meldungen, {digests} Zusammenfassungen in die Mail-Warteschlange gestellt."
        )
