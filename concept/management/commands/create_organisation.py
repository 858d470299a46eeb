"""manage.py create_organisation "Stadt Schleswig" schleswig.example.org --languages de,en,ar

A town or Amt on the district's installation: its site, start page, settings, collection and
office (concept/roles/organisations.py). Idempotent: a second run changes nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from concept.roles.organisations import create_organisation, office_groups


class Command(BaseCommand):
    help = "Legt eine Organisation an (Website, Startseite, Einstellungen, Gruppen); idempotent."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Name der Organisation, z. B. „Stadt Schleswig“")
        parser.add_argument("hostname", help="Hostname, unter dem sie erreichbar ist, z. B. beteiligung.schleswig.de")
        parser.add_argument("--port", type=int, default=443, help="Port der öffentlichen Adresse (Standard 443)")
        parser.add_argument("--languages", default="de", help="Sprachen der Startseite, kommagetrennt (Standard: de)")

    def handle(self, name, hostname, port, languages, **options):
        codes = [code.strip() for code in languages.split(",") if code.strip()]
        offered = {code for code, _name in settings.LANGUAGES}
        unknown = [code for code in codes if code not in offered]
        if unknown or "de" not in codes:
            raise CommandError(
                f"Sprachen müssen „de“ enthalten und aus {', '.join(sorted(offered))} stammen; unbekannt: "
                f"{', '.join(unknown) or '–'}"
            )
        if not name.strip() or len(name) > 80:
            raise CommandError("Bitte einen Namen mit 1 bis 80 Zeichen angeben.")
        site = create_organisation(name.strip(), hostname.strip().lower(), port=port, languages=codes)
        self.stdout.write(self.style.SUCCESS(f"Organisation „{site.site_name}“: {site.root_url}/"))
        for group in office_groups(f"{site.site_name}: "):
            self.stdout.write(f"  Gruppe: {group.name}")
