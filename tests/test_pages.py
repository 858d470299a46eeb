"""Page tree rules, creation through the admin form, and rendering of every page type."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from concept.models import ChapterPage, ConceptPage
from home.models import (
    EventIndexPage,
    EventPage,
    FeaturedParticipation,
    HomePage,
    OfficeDirectoryPage,
    StandardPage,
    TopicPage,
    TopicPageOffice,
)
from tests.conftest import home_as_site_root
from tests.factories import (
    ChapterPageFactory,
    ConceptPageFactory,
    ContactOfficeFactory,
    EventIndexPageFactory,
    EventPageFactory,
    StandardPageFactory,
    TopicPageFactory,
)


def date_field(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


class PortalTestCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = home_as_site_root()

    def setUp(self):
        self.login()


class PageTreeTests(PortalTestCase):
    def test_home_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_children(self):
        self.assertAllowedSubpageTypes(
            HomePage, {TopicPage, StandardPage, EventIndexPage, OfficeDirectoryPage, ConceptPage}
        )

    def test_topics_nest_under_home_or_topics(self):
        self.assertAllowedParentPageTypes(TopicPage, {HomePage, TopicPage})
        self.assertAllowedSubpageTypes(TopicPage, {TopicPage})

    def test_standard_pages_are_leaves_under_home(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage})
        self.assertAllowedSubpageTypes(StandardPage, set())

    def test_events_only_under_their_index(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_chapters_only_under_a_concept(self):
        self.assertAllowedParentPageTypes(ConceptPage, {HomePage})
        self.assertAllowedSubpageTypes(ConceptPage, {ChapterPage})
        self.assertAllowedParentPageTypes(ChapterPage, {ConceptPage})
        self.assertAllowedSubpageTypes(ChapterPage, set())
        self.assertCanNotCreateAt(HomePage, ChapterPage)
        self.assertCanNotCreateAt(TopicPage, ConceptPage)


class AdminCreationTests(PortalTestCase):
    """Each page type can be created through the editor's form, as an editor would."""

    def test_topic_page(self):
        office = ContactOfficeFactory()
        self.assertCanCreate(
            self.home,
            TopicPage,
            nested_form_data(
                {
                    "title": "Sprache lernen",
                    "slug": "sprache-lernen",
                    "summary": "Kurse und Sprachcafés",
                    "body": streamfield(
                        [("heading", "Integrationskurs"), ("paragraph", rich_text("<p>Ein Kurs für alle.</p>"))]
                    ),
                    "office_links": inline_formset([{"office": office.pk}]),
                }
            ),
        )
        topic = TopicPage.objects.get(slug="sprache-lernen")
        self.assertEqual(topic.offices, [office])

    def test_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {"title": "Impressum", "slug": "impressum", "body": streamfield([("note", "Angaben nach § 5 DDG")])}
            ),
        )

    def test_event_pages(self):
        index = EventIndexPageFactory(parent=self.home)
        start = timezone.now() + timedelta(days=3)
        self.assertCanCreate(
            index,
            EventPage,
            nested_form_data(
                {
                    "title": "Sprachcafé",
                    "slug": "sprachcafe",
                    "starts_at": date_field(start),
                    "ends_at": date_field(start + timedelta(hours=2)),
                    "location": "Stadtbücherei Schleswig",
                    "summary": "Deutsch sprechen bei Kaffee und Kuchen",
                    "body": streamfield([]),
                }
            ),
        )

    def test_event_index(self):
        self.assertCanCreate(
            self.home, EventIndexPage, nested_form_data({"title": "Termine", "slug": "termine", "intro": rich_text("")})
        )

    def test_concept_and_chapter(self):
        now = timezone.now()
        self.assertCanCreate(
            self.home,
            ConceptPage,
            nested_form_data(
                {
                    "title": "Integrationskonzept",
                    "slug": "integrationskonzept",
                    "summary": "Entwurf",
                    "intro": rich_text("<p>Bitte kommentieren Sie.</p>"),
                    "opens_at": date_field(now),
                    "closes_at": date_field(now + timedelta(days=30)),
                }
            ),
        )
        concept = ConceptPage.objects.get(slug="integrationskonzept")
        self.assertCanCreate(
            concept,
            ChapterPage,
            nested_form_data(
                {
                    "title": "Sprache",
                    "slug": "sprache",
                    "number": "3",
                    "summary": "Deutsch lernen von Anfang an",
                    "body": streamfield(
                        [
                            ("heading", "Ausgangslage"),
                            ("paragraph", rich_text("<p>Viele Kurse sind voll.</p>")),
                            ("goals", streamfield([("item", "Kurse für alle")])),
                            (
                                "measures",
                                streamfield(
                                    [
                                        (
                                            "item",
                                            {
                                                "measure": "Sprachcafés fördern",
                                                "responsible": "Kreis",
                                                "partners": "VHS",
                                                "timeframe": "2018",
                                            },
                                        )
                                    ]
                                ),
                            ),
                            ("indicators", streamfield([("item", "Zahl der Kursplätze")])),
                        ]
                    ),
                }
            ),
        )
        chapter = ChapterPage.objects.get(slug="sprache")
        self.assertEqual([block.block_type for block in chapter.body][:2], ["heading", "paragraph"])
        self.assertEqual(chapter.body[3].value[0]["responsible"], "Kreis")

    def test_window_must_end_after_it_begins(self):
        now = timezone.now()
        response = self.client.post(
            f"/admin/pages/add/concept/conceptpage/{self.home.pk}/",
            nested_form_data(
                {
                    "title": "Falsch herum",
                    "slug": "falsch",
                    "summary": "",
                    "intro": rich_text(""),
                    "opens_at": date_field(now),
                    "closes_at": date_field(now - timedelta(days=1)),
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Das Ende muss nach dem Beginn liegen.")
        self.assertFalse(ConceptPage.objects.filter(slug="falsch").exists())


class RenderingTests(PortalTestCase):
    def test_every_page_type_renders_and_previews(self):
        concept = ConceptPageFactory(parent=self.home)
        index = EventIndexPageFactory(parent=self.home)
        pages = [
            self.home,
            TopicPageFactory(parent=self.home),
            StandardPageFactory(parent=self.home),
            index,
            EventPageFactory(parent=index),
            concept,
            ChapterPageFactory(parent=concept),
        ]
        for page in pages:
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)
                # StreamField editors are built by JavaScript, so their form data is given here.
                post_data = None
                if hasattr(page, "body"):
                    fields = {"title": page.title, "slug": page.slug, "body": streamfield([("heading", "Vorschau")])}
                    for name in ("number", "location", "starts_at", "ends_at"):
                        if hasattr(page, name):
                            value = getattr(page, name)
                            fields[name] = date_field(value) if name.endswith("_at") else value
                    if isinstance(page, TopicPage):
                        fields["office_links"] = inline_formset([])
                    post_data = nested_form_data(fields)
                self.assertPageIsPreviewable(page, post_data=post_data)

    def test_chapter_renders_block_ids_as_anchors(self):
        concept = ConceptPageFactory(parent=self.home)
        chapter = ChapterPageFactory(parent=concept)
        response = self.client.get(chapter.url)
        paragraph = chapter.body[1]
        measure = chapter.body[3].value.bound_blocks[0]
        self.assertContains(response, f'id="b-{paragraph.id}"')
        self.assertContains(response, f'id="b-{measure.id}"')

    def test_event_index_separates_past_and_upcoming(self):
        index = EventIndexPageFactory(parent=self.home)
        past_start = timezone.now() - timedelta(days=30)
        EventPageFactory(parent=index, title="Auftakt 2017", starts_at=past_start, ends_at=past_start)
        EventPageFactory(parent=index, title="Infoabend")
        response = self.client.get(index.url)
        upcoming, past = response.context["upcoming_events"], response.context["past_events"]
        self.assertEqual([e.title for e in upcoming], ["Infoabend"])
        self.assertEqual([e.title for e in past], ["Auftakt 2017"])

    def test_home_shows_topics_teaser_and_upcoming_events(self):
        topic = TopicPageFactory(parent=self.home, title="Wohnen")
        concept = ConceptPageFactory(parent=self.home, title="Fortschreibung")
        self.home.featured_participations = [FeaturedParticipation(page=concept)]
        self.home.save_revision().publish()
        index = EventIndexPageFactory(parent=self.home)
        EventPageFactory(parent=index, title="Sprachcafé am Samstag")
        self.client.logout()
        response = self.client.get("/de/")
        self.assertContains(response, topic.title)
        self.assertContains(response, "Fortschreibung")
        self.assertContains(response, "Die Beteiligung läuft.")
        self.assertContains(response, "Sprachcafé am Samstag")

    def test_topic_lists_its_offices_with_languages_and_links(self):
        office = ContactOfficeFactory(
            name="Migrationsberatung Kappeln", phone="04642 123-45", languages=["de", "ar", "ti"]
        )
        topic = TopicPageFactory(parent=self.home)
        TopicPageOffice.objects.create(page=topic, office=office)
        response = self.client.get(topic.url)
        self.assertContains(response, "Migrationsberatung Kappeln")
        self.assertContains(response, 'href="tel:0464212345"')
        self.assertContains(response, "Arabisch (العربية)")
        self.assertContains(response, "openstreetmap.org")


class HomePageCreationTests(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_home_page_through_the_admin_form(self):
        root = Page.get_first_root_node()
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data(
                {
                    "title": "Willkommen",
                    "slug": "start",
                    "intro": rich_text("<p>Hallo!</p>"),
                    "featured_participations": inline_formset([]),
                }
            ),
        )
