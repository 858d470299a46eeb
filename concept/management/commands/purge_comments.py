from django.core.management.base import BaseCommand

from concept.comments import services


class Command(BaseCommand):
    help = (
        "Löscht unbestätigte Kommentare mit abgelaufenem Link und löscht E-Mail-Adressen, "
        "wenn die Aufbewahrungsfrist nach dem Ende der Beteiligung vorbei ist. Täglich ausführen."
    )

    def handle(self, *args, **options):
        deleted, erased = services.purge()
        self.stdout.write(f"{deleted} unbestätigte Kommentare gelöscht, {erased} E-Mail-Adressen gelöscht.")
