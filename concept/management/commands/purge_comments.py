from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from concept.comments import mail, mine, services, support
from concept.follow import services as follow


class Command(BaseCommand):
    help = (
        "Löscht unbestätigte Kommentare mit abgelaufenem Link, löscht E-Mail-Adressen nach ihrer "
        "Aufbewahrungsfrist und leert die Warteschlange der E-Mails von allem Persönlichen "
        "(docs/privacy.md). Täglich ausführen."
    )

    def handle(self, *args, **options):
        deleted, erased = services.purge()
        self.stdout.write(f"{deleted} unbestätigte Kommentare gelöscht, {erased} E-Mail-Adressen gelöscht.")
        supports, links = support.purge(), mine.purge()
        self.stdout.write(f"{supports} unbestätigte Zustimmungen gelöscht, {links} persönliche Links gelöscht.")
        followers = follow.purge()
        self.stdout.write(f"{followers} Benachrichtigungen (Konzept verfolgen) gelöscht.")
        call_command("clearsessions")  # expired editor sessions
        if isinstance(task_backends["mail"], DatabaseBackend):
            # Sent mails keep no arguments or traceback (mail.forget_arguments does it as each
            # finishes; this catches any it missed), and go after MAIL_TASK_RESULTS_DAYS.
            mail.forget_finished_tasks()
            call_command(
                "prune_db_task_results",
                "--backend=mail",
                "--queue-name=*",
                f"--min-age-days={settings.MAIL_TASK_RESULTS_DAYS}",
                verbosity=options["verbosity"],
            )
