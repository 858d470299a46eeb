"""Builds the demo site from the case of Kreis Schleswig-Flensburg: the draft Integrationskonzept of
2017 and its current Fortschreibung (what a visitor can try: docs/features.md; the texts: demo/content/).

Idempotent: every object is looked up first and only created when missing, so a
second run changes nothing and never overwrites what an editor changed.
Block ids are derived from where a block stands, so they are the same on every
machine and in every later version of a chapter.
"""

import io
import os
from datetime import datetime, time, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify

from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site, WorkflowState

from concept.blocks import raw_stream
from concept.models import ChapterPage, ConceptPage
from concept.roles.organisations import create_organisation
from concept.roles.setup import AMTSLEITUNG, MODERATION, SACHBEARBEITUNG, UEBERSETZUNG
from demo import current as current_participation
from demo import history, images, pictures, translate
from demo.content import concept_2017, fortschreibung, schleswig, welcome
from home.models import (
    ContactOffice,
    EventIndexPage,
    EventPage,
    FeaturedParticipation,
    HomePage,
    OfficeDirectoryPage,
    PortalSettings,
    StandardPage,
    TopicPage,
    TopicPageOffice,
)

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_EMAIL = "admin@example.org"
# One user per office role (concept/roles/setup.py); the same password as the administrator.
DEMO_OFFICE_USERS = [
    ("sachbearbeitung", SACHBEARBEITUNG, "Sam"),
    ("amtsleitung", AMTSLEITUNG, "Alex"),
    ("moderation", MODERATION, "Mo"),
    ("uebersetzung", UEBERSETZUNG, "Ülkü"),
]
DEMO_SUBMITTED_CHAPTER = 1  # the number of the open concept's chapter waiting for approval
TOWN_PREFIX = "schleswig-"  # the town's logins: schleswig-moderation, …


def demo_password():
    return os.environ.get("DEMO_ADMIN_PASSWORD", "demo-kreis-2017")


def berlin(value):
    """'2017-10-11T15:00' in Europe/Berlin as an aware datetime."""
    return timezone.make_aware(datetime.fromisoformat(value))


class Command(BaseCommand):
    help = "Lädt die Demo-Inhalte (idempotent: ein zweiter Lauf ändert nichts)."

    def handle(self, *args, **options):
        with transaction.atomic():
            self.created = 0
            self.locale = Locale.get_default()
            home = self.load_home()
            offices = self.load_offices()
            self.load_topics(home, offices)
            self.load_office_directory(home)
            self.link_emergency_page(home)
            legal = self.load_legal_pages(home)
            self.load_events(home)
            concept_2017_page = self.load_concept(home, concept_2017.CONCEPT, self.window_2017(), show_in_menus=True)
            current = self.load_concept(home, fortschreibung.CONCEPT, self.window_from_today(), show_in_menus=True)
            self.link_home(home, current, legal)
            self.attach_draft_document(concept_2017_page, concept_2017.CONCEPT)
            admin = self.load_admin()
            office = self.load_office_users()
            self.submit_for_approval(current, office[SACHBEARBEITUNG])
            self.created += history.load(concept_2017_page, admin, self.stdout)
            self.created += current_participation.load(current, self.stdout)
            self.created += translate.load(home, self.stdout)
            self.created += images.load(home, self.stdout)
            town = self.load_organisation()
        self.stdout.write(f"{self.created} Objekte neu angelegt.")
        self.stdout.write("Suchindex und Referenzindex werden neu aufgebaut …")
        call_command("update_index", stdout=self.stdout, verbosity=0)
        call_command("rebuild_references_index", stdout=self.stdout, verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte sind geladen."))
        password = demo_password()
        self.stdout.write(
            self.style.WARNING(
                f"Demo-Anmeldung unter /admin/: Benutzername {DEMO_ADMIN_USERNAME!r}, "
                f"Passwort {password!r} (sofern nicht geändert)."
            )
        )
        self.stdout.write(self.style.WARNING("Je eine Anmeldung pro Rolle, mit demselben Passwort:"))
        for username, group_name, _first_name in DEMO_OFFICE_USERS:
            self.stdout.write(self.style.WARNING(f"  {username!r} ({group_name})"))
        self.stdout.write(self.style.WARNING(f"Zweite Organisation: {town.site_name}, {town.root_url}/"))
        for username, group_name, _first_name in DEMO_OFFICE_USERS:
            self.stdout.write(self.style.WARNING(f"  {TOWN_PREFIX + username!r} ({town.site_name}: {group_name})"))

    # -- helpers -------------------------------------------------------------

    def child(self, parent, model, slug, **fields):
        """The live child page with this slug, created and published when missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = model(slug=slug, locale=self.locale, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        self.stdout.write(f"  + {model._meta.verbose_name}: {page.title}")
        return page

    # -- the welcome portal --------------------------------------------------

    def load_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            home = root.add_child(
                instance=HomePage(
                    title=welcome.HOME["title"], slug="willkommen", intro=welcome.HOME["intro"], locale=self.locale
                )
            )
            home.save_revision().publish()
            self.created += 1
            self.stdout.write(f"  + Startseite: {home.title}")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None or site.root_page_id != home.pk:
            placeholder = site.root_page if site else None
            site = site or Site(is_default_site=True)
            # The address the portal is served at (make run: 127.0.0.1:8000), for absolute URLs.
            base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.hostname, site.port, site.root_page = base.hostname or "localhost", base.port or 80, home
            site.site_name = "Kreis Schleswig-Flensburg"
            site.save()
            # Wagtail's migration leaves a "Welcome to your new Wagtail site!" page behind.
            if placeholder and placeholder.pk != home.pk and placeholder.specific_class != HomePage:
                placeholder.delete()
        return home

    def load_offices(self):
        offices = {}
        for data in welcome.OFFICES:
            fields = {key: value for key, value in data.items() if key != "key"}
            office = ContactOffice.objects.filter(name=data["name"], locale=self.locale).first()
            if office is None:
                office = ContactOffice(locale=self.locale, site=Site.objects.get(is_default_site=True), **fields)
                office.full_clean()
                office.save()
                self.created += 1
                self.stdout.write(f"  + Beratungsstelle: {office.name}")
            offices[data["key"]] = office
        return offices

    def load_topics(self, home, offices):
        for data in welcome.TOPICS:
            existed = home.get_children().filter(slug=data["slug"]).exists()
            topic = self.child(
                home,
                TopicPage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                body=raw_stream(data["body"], "topic", data["slug"]),
            )
            if not existed:
                for key in data["offices"]:
                    TopicPageOffice.objects.create(page=topic, office=offices[key])
                topic.save_revision().publish()

    def load_office_directory(self, home):
        return self.child(
            home,
            OfficeDirectoryPage,
            "beratungsstellen",
            title="Beratungsstellen finden",
            intro=(
                "<p>Hier finden Sie alle Beratungsstellen im Kreis mit Adresse, Öffnungszeiten, "
                "Telefon und E-Mail. Wählen Sie ein Thema oder die Sprache, in der Sie beraten "
                "werden möchten.</p>"
            ),
            show_in_menus=True,
        )

    def link_emergency_page(self, home):
        """The topic "Notfall" is the page every page links to with "Notfall: 112"."""
        portal_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
        if portal_settings.emergency_page_id is None:
            portal_settings.emergency_page = home.get_children().get(slug="notfall")
            portal_settings.save()
            self.created += 1

    def load_legal_pages(self, home, pages=welcome.LEGAL, id_prefix="legal"):
        return {
            data["slug"]: self.child(
                home,
                StandardPage,
                data["slug"],
                title=data["title"],
                body=raw_stream(data["body"], id_prefix, data["slug"]),
            )
            for data in pages
        }

    def load_events(self, home):
        index = self.child(home, EventIndexPage, "veranstaltungen", title="Veranstaltungen", show_in_menus=True)
        for data in welcome.EVENTS:
            self.child(
                index,
                EventPage,
                data["slug"],
                title=data["title"],
                starts_at=berlin(data["start"]),
                ends_at=berlin(data["end"]),
                location=data["place"],
                summary=data["summary"],
                body=raw_stream(data["body"], "event", data["slug"]),
            )

    def link_home(self, home, featured_concept, legal):
        if not home.featured_participations.exists():
            home.featured_participations = [FeaturedParticipation(page=featured_concept)]
            home.save_revision().publish()
            self.created += 1
        portal_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
        if portal_settings.pk is None or portal_settings.imprint_page_id is None:
            portal_settings.imprint_page = legal["impressum"]
            portal_settings.privacy_page = legal["datenschutz"]
            portal_settings.accessibility_page = legal["barrierefreiheit"]
            portal_settings.save()
            self.created += 1

    # -- the concepts --------------------------------------------------------

    @staticmethod
    def window_2017():
        # 1 October 2017, 0:00 to 31 October 2017, 24:00 (Europe/Berlin).
        return berlin("2017-10-01T00:00"), berlin("2017-11-01T00:00")

    @staticmethod
    def window_from_today():
        # Open on the day the demo is loaded: from two weeks ago to three months ahead.
        today = timezone.localdate()
        opens = timezone.make_aware(datetime.combine(today - timedelta(days=14), time()))
        return opens, opens + timedelta(days=14 + 90)

    def load_concept(self, home, data, window, show_in_menus):
        opens_at, closes_at = window
        concept = self.child(
            home,
            ConceptPage,
            data["slug"],
            title=data["title"],
            summary=data["summary"],
            intro=data["intro"],
            opens_at=opens_at,
            closes_at=closes_at,
            show_in_menus=show_in_menus,
        )
        for chapter in data["chapters"]:
            self.child(
                concept,
                ChapterPage,
                chapter["slug"],
                title=chapter["title"],
                number=chapter["number"],
                summary=chapter["summary"],
                body=raw_stream(chapter["body"], data["slug"], chapter["number"]),
            )
        return concept

    def attach_draft_document(self, concept, data):
        """The draft as a plain-text download (readable by any device and screen reader)."""
        if concept.draft_document_id:
            return
        lines = [data["title"], "Entwurf zur Bürgerbeteiligung, Oktober 2017", ""]
        for chapter in data["chapters"]:
            lines += ["", f"{chapter['number']}. {chapter['title']}", ""]
            for block_type, value in chapter["body"]:
                if block_type == "heading":
                    lines += ["", value.upper()]
                elif block_type == "paragraph":
                    lines.append(strip_tags(value))
                elif block_type == "measures":
                    lines += [f"- {m['measure']} (Verantwortlich: {m['responsible']})" for m in value]
                else:
                    lines += [f"- {item}" for item in value]
        document = Document(title=f"{data['title']} (Entwurf 2017)")
        document.file.save("integrationskonzept-entwurf-2017.txt", ContentFile("\n".join(lines).encode()), save=False)
        document.save()
        concept.draft_document = document
        concept.save_revision().publish()
        self.created += 1

    # -- the second organisation ---------------------------------------------

    def load_organisation(self):
        """Stadt Schleswig beside the district (issue 22): its own host, start page (German, English,
        Arabic), three topics, legal pages, one open participation and one login per office role."""
        port = urlsplit(settings.WAGTAILADMIN_BASE_URL).port or 80
        known = Site.objects.filter(hostname=schleswig.HOST, port=port).exists()
        site = create_organisation(
            schleswig.NAME,
            schleswig.HOST,
            port=port,
            languages=schleswig.LANGUAGES,
            title=schleswig.HOME_TITLE,
            intro=schleswig.HOME_INTRO,
        )
        if not known:
            self.created += 1
            self.stdout.write(f"  + Organisation: {site.site_name} ({site.root_url}/)")
        home = site.root_page.specific
        # The town keeps its own offices; the district's serve its residents too (home/directory.py).
        names = [data["name"] for data in welcome.OFFICES if data["key"] in schleswig.OFFICES]
        keys = ContactOffice.objects.filter(name__in=names).values("translation_key")
        ContactOffice.objects.filter(translation_key__in=keys).exclude(site=site).update(site=site)
        for data in schleswig.TOPICS:
            self.child(
                home,
                TopicPage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                body=raw_stream(data["body"], "schleswig", data["slug"]),
            )
        legal = self.load_legal_pages(home, schleswig.LEGAL, "schleswig")
        concept = self.load_concept(home, schleswig.CONCEPT, self.window_from_today(), show_in_menus=True)
        if not home.featured_participations.exists():
            home.featured_participations = [FeaturedParticipation(page=concept)]
            home.save_revision().publish()
        # The start page in English and Arabic (drafts from create_organisation), announcing the
        # participation as the German one does.
        for code, fields in schleswig.HOME_TRANSLATIONS.items():
            translation = home.get_translation_or_none(Locale.objects.get(language_code=code))
            if translation is not None and translation.first_published_at is None:
                translation = translation.specific
                translation.title, translation.intro = fields["title"], fields["intro"]
                translation.featured_participations = [FeaturedParticipation(page=concept)]
                translation.save_revision().publish()
                self.created += 1
        portal_settings = PortalSettings.for_site(site)
        if portal_settings.imprint_page_id is None:
            portal_settings.imprint_page = legal["impressum"]
            portal_settings.privacy_page = legal["datenschutz"]
            portal_settings.accessibility_page = legal["barrierefreiheit"]
            portal_settings.address = schleswig.ADDRESS
            portal_settings.save()
        if portal_settings.logo_id is None and not portal_settings.accent_colour:
            portal_settings.accent_colour = schleswig.ACCENT
            portal_settings.logo = self.organisation_logo(site.site_name, schleswig.ACCENT, schleswig.LOGO_LETTER)
            portal_settings.mail_sender_address = portal_settings.mail_sender_address or schleswig.SENDER_ADDRESS
            portal_settings.save()
            self.created += 1
        user_model = get_user_model()
        for username, group_name, first_name in DEMO_OFFICE_USERS:
            login = f"{TOWN_PREFIX}{username}"
            if not user_model.objects.filter(username=login).exists():
                user = user_model.objects.create_user(
                    login, f"{login}@example.org", demo_password(), first_name=first_name, last_name=group_name
                )
                user.groups.add(Group.objects.get(name=f"{site.site_name}: {group_name}"))
                self.created += 1
                self.stdout.write(f"  + Anmeldung {site.site_name}: {group_name}: {login}")
        return site

    def organisation_logo(self, name, accent, letter):
        """The organisation's logo, drawn by the demo, in the organisation's own collection."""
        Image = get_image_model()
        title = f"Logo: {name}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            colour = tuple(int(accent[i : i + 2], 16) for i in (1, 3, 5))
            image = Image(
                title=title,
                collection=Collection.objects.filter(name=name).first() or Collection.get_first_root_node(),
                file=ImageFile(io.BytesIO(pictures.logo(letter, colour)), name=f"logo-{slugify(name)}.png"),
            )
            image.save()
        return image

    # -- the demo editor -----------------------------------------------------

    def load_admin(self):
        password = demo_password()
        user_model = get_user_model()
        admin = user_model.objects.filter(username=DEMO_ADMIN_USERNAME).first()
        if admin is None:
            admin = user_model.objects.create_superuser(
                DEMO_ADMIN_USERNAME, DEMO_ADMIN_EMAIL, password, first_name="Redaktion", last_name="Kreis"
            )
            self.created += 1
            self.stdout.write(f"  + Administrator: {DEMO_ADMIN_USERNAME}")
        return admin

    def load_office_users(self):
        """One user per office group ({group name: user}); the groups come from the migration."""
        user_model = get_user_model()
        users = {}
        for username, group_name, first_name in DEMO_OFFICE_USERS:
            user = user_model.objects.filter(username=username).first()
            if user is None:
                user = user_model.objects.create_user(
                    username, f"{username}@example.org", demo_password(), first_name=first_name, last_name=group_name
                )
                user.groups.add(Group.objects.get(name=group_name))
                self.created += 1
                self.stdout.write(f"  + Anmeldung {group_name}: {username}")
            users[group_name] = user
        return users

    def submit_for_approval(self, concept, clerk):
        """A chapter of the open concept, changed by the Sachbearbeitung and waiting in the workflow
        "Freigabe durch die Amtsleitung" (once: a chapter that was ever submitted is left alone)."""
        chapter = ChapterPage.objects.child_of(concept).filter(number=DEMO_SUBMITTED_CHAPTER).first()
        if chapter is None or WorkflowState.objects.for_instance(chapter).exists():
            return
        workflow = chapter.get_workflow()
        if workflow is None:
            return
        chapter.summary = f"{chapter.summary} Ergänzt um die Ergebnisse der Lotsenbefragung."
        chapter.save_revision(user=clerk, log_action=True)
        workflow.start(chapter, clerk)
        self.created += 1
        self.stdout.write(f"  + Zur Freigabe eingereicht: {chapter.title}")
