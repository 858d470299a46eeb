"""python manage.py import_concept FILE.docx --parent <page id or URL path> [--title "…"]

Turns a Word document into a draft concept with one draft chapter per top-level heading
(see ``concept/wordimport/importer.py``). Nothing is published; nothing is created when anything fails.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.utils import get_admin_base_url
from wagtail.models import Locale, Page, Site

from concept.models import ConceptPage
from concept.wordimport.importer import ConceptImportError, import_concept


def resolve_parent(value):
    """A page by id, or by the URL path a visitor sees (``/``, ``/de/``, ``/de/…/``),
    or by its Wagtail ``url_path`` (``/willkommen/``)."""
    value = value.strip()
    if value.isdigit():
        page = Page.objects.filter(pk=int(value)).first()
        if page is None:
            raise CommandError(f"Es gibt keine Seite mit der ID {value}.")
        return page.specific

    path = urlsplit(value).path or "/"
    segments = [segment for segment in path.split("/") if segment]
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    page = None
    if site is not None:
        page = site.root_page.specific
        languages = {code for code, _name in settings.LANGUAGES}
        if segments and segments[0] in languages:
            language = segments.pop(0)
            if page.locale.language_code != language:
                locale = Locale.objects.filter(language_code=language).first()
                page = page.get_translation_or_none(locale) if locale else None
        for segment in segments:
            if page is None:
                break
            page = page.get_children().filter(slug=segment).first()
    if page is None:
        page = Page.objects.filter(url_path="/" + "".join(f"{segment}/" for segment in segments)).first()
    if page is None:
        raise CommandError(f"Unter der Adresse {value!r} gibt es keine Seite.")
    return page.specific


class Command(BaseCommand):
    help = (
        "Importiert ein Word-Dokument (.docx) als Konzept im Entwurf: ein Kapitel je Überschrift "
        "der obersten Ebene. Der Beteiligungszeitraum muss danach in der Redaktion eingestellt werden."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="Word-Dokument (.docx)")
        parser.add_argument(
            "--parent",
            required=True,
            help="Seite, unter der das Konzept entsteht: Seiten-ID oder URL-Pfad wie / oder /de/",
        )
        parser.add_argument("--title", help="Titel des Konzepts (sonst aus dem Dokument oder dem Dateinamen)")

    def handle(self, *args, **options):
        parent = resolve_parent(options["parent"])
        if not ConceptPage.can_create_at(parent):
            raise CommandError(
                f"Unter „{parent.title}“ ({parent.specific_class._meta.verbose_name}) kann kein Konzept "
                "angelegt werden. Wählen Sie eine Startseite, z. B. --parent /de/."
            )
        try:
            with open(options["file"], "rb") as fileobj:
                concept = import_concept(fileobj, parent, title=options["title"], progress=self.stdout.write)
        except FileNotFoundError as error:
            raise CommandError(f"Die Datei {options['file']!r} gibt es nicht.") from error
        except IsADirectoryError as error:
            raise CommandError(f"{options['file']!r} ist ein Verzeichnis, keine Datei.") from error
        except ConceptImportError as error:
            raise CommandError(error.message) from error

        chapters = concept.get_children().count()
        opens_at, closes_at = timezone.localtime(concept.opens_at), timezone.localtime(concept.closes_at)
        window = f"{opens_at:%d.%m.%Y %H:%M} – {closes_at:%d.%m.%Y %H:%M}"
        self.stdout.write(
            self.style.SUCCESS(
                f"„{concept.title}“ mit {chapters} Kapiteln als Entwurf angelegt (nicht veröffentlicht)."
            )
        )
        self.stdout.write(
            self.style.WARNING(
                f"Beteiligungszeitraum vorläufig {window}: bitte vor dem Veröffentlichen in der Redaktion anpassen."
            )
        )
        self.stdout.write(get_admin_base_url() + reverse("wagtailadmin_pages:edit", args=[concept.pk]))
