from django.core.management.base import BaseCommand

from concept.follow import services


class Command(BaseCommand):
    help = (
        "Benachrichtigt, wer ein Konzept verfolgt: Beteiligung beginnt, endet bald, neue Fassungen "
        "(gesammelt), Bericht vollständig. Alle paar Minuten ausführen (kreisportal-follow.timer)."
    )

    def handle(self, *args, **options):
        queued = services.run_due()
        self.stdout.write(f"{queued} Benachrichtigungen in die Warteschlange gestellt.")
