"""For newcomers: the office directory, the emergency link on every page, events as iCalendar."""

import re
from datetime import UTC, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.directory import build_directory
from home.models import ContactOffice, HomePage, OfficeDirectoryPage, PortalSettings, TopicPage, TopicPageOffice
from home.navigation import emergency_link
from tests.conftest import home_as_site_root, rendered
from tests.factories import (
    ChapterPageFactory,
    ConceptPageFactory,
    ContactOfficeFactory,
    EventIndexPageFactory,
    EventPageFactory,
    OfficeDirectoryPageFactory,
    StandardPageFactory,
    TopicPageFactory,
)

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def fresh_cache():
    """The navigation cache outlives each test's transaction; start and end every test without it."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def directory(home):
    return OfficeDirectoryPageFactory(parent=home, slug="beratungsstellen")


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def status_text(html):
    match = re.search(r'<p role="status">(.*?)</p>', html, re.S)
    assert match, "no role=status element"
    return match.group(1).strip()


def offices_shown(html):
    return re.findall(r'<h3 id="office-\d+">(.*?)</h3>', html)


# -- the directory: page tree and editing ------------------------------------------------


class DirectoryPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = home_as_site_root()

    def setUp(self):
        self.login()

    def test_sits_under_the_start_page_without_children(self):
        self.assertAllowedParentPageTypes(OfficeDirectoryPage, {HomePage})
        self.assertAllowedSubpageTypes(OfficeDirectoryPage, set())
        self.assertCanCreateAt(HomePage, OfficeDirectoryPage)
        self.assertCanNotCreateAt(TopicPage, OfficeDirectoryPage)

    def test_created_through_the_admin_form(self):
        self.assertCanCreate(
            self.home,
            OfficeDirectoryPage,
            nested_form_data(
                {
                    "title": "Beratungsstellen finden",
                    "slug": "beratungsstellen",
                    "intro": rich_text("<p>Alle Beratungsstellen im Kreis.</p>"),
                }
            ),
        )
        page = OfficeDirectoryPage.objects.get(slug="beratungsstellen")
        self.assertIn("Alle Beratungsstellen", page.intro)

    def test_renders_and_previews(self):
        ContactOfficeFactory(name="Migrationsberatung Schleswig")
        page = OfficeDirectoryPageFactory(parent=self.home)
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(page)
        self.assertContains(self.client.get(page.url), "Migrationsberatung Schleswig")

    def test_search_and_api_fields(self):
        self.assertIn("intro", [field.field_name for field in OfficeDirectoryPage.search_fields])
        self.assertEqual([field.name for field in OfficeDirectoryPage.api_fields], ["intro"])


# -- the directory: listing and filters --------------------------------------------------


@pytest.fixture
def offices(home):
    """Two offices in two topics: one speaks Arabic, the other Ukrainian; and a topic without offices."""
    arabic = ContactOfficeFactory(name="Migrationsberatung Kappeln", languages=["de", "ar"])
    ukrainian = ContactOfficeFactory(
        name="Jobcenter Schleswig", languages=["de", "uk"], phone="", email="", opening_hours="Mo 8–12\nDo 14–18"
    )
    language = TopicPageFactory(parent=home, title="Sprache lernen", slug="sprache")
    work = TopicPageFactory(parent=home, title="Arbeit", slug="arbeit")
    TopicPageFactory(parent=home, title="Wohnen ohne Beratung", slug="wohnen")
    TopicPageOffice.objects.create(page=language, office=arabic)
    TopicPageOffice.objects.create(page=work, office=ukrainian)
    return {"arabic": arabic, "ukrainian": ukrainian, "language": language, "work": work}


def test_lists_every_office_with_count_and_filter_options(client, directory, offices):
    html = get(client, directory.url)
    assert offices_shown(html) == ["Jobcenter Schleswig", "Migrationsberatung Kappeln"]
    assert status_text(html) == "2 Beratungsstellen gefunden."
    assert '<select id="directory-thema" name="thema">' in html
    assert '<select id="directory-sprache" name="sprache">' in html
    # Only topics that link offices; language labels in German with the native name.
    assert f'<option value="{offices["language"].pk}">Sprache lernen</option>' in html
    assert f'<option value="{offices["work"].pk}">Arbeit</option>' in html
    assert "Wohnen ohne Beratung" not in html
    for code, label in [("ar", "Arabisch (العربية)"), ("de", "Deutsch"), ("uk", "Ukrainisch (Українська)")]:
        assert f'<option value="{code}">{label}</option>' in html
    assert 'value="en"' not in html  # nobody speaks English here
    assert "<script" not in html.split("<main", 1)[1]  # the form works without JavaScript


def test_unpublished_topics_are_not_offered(client, directory, offices):
    offices["work"].unpublish()
    html = get(client, directory.url)
    assert f'value="{offices["work"].pk}"' not in html
    assert len(offices_shown(html)) == 2


def test_filter_by_language(client, directory, offices):
    html = get(client, directory.url, sprache="ar")
    assert offices_shown(html) == ["Migrationsberatung Kappeln"]
    assert status_text(html) == "1 Beratungsstelle gefunden."
    assert '<option value="ar" selected>' in html
    assert "Alle Beratungsstellen zeigen" in html


def test_filter_by_topic(client, directory, offices):
    html = get(client, directory.url, thema=offices["work"].pk)
    assert offices_shown(html) == ["Jobcenter Schleswig"]
    assert f'<option value="{offices["work"].pk}" selected>' in html


def test_filter_by_topic_and_language(client, directory, offices):
    assert offices_shown(get(client, directory.url, thema=offices["work"].pk, sprache="uk")) == ["Jobcenter Schleswig"]
    html = get(client, directory.url, thema=offices["work"].pk, sprache="ar")
    assert offices_shown(html) == []
    assert status_text(html).startswith("Keine Beratungsstelle gefunden.")


@pytest.mark.parametrize(
    "query",
    [
        "thema=abc",
        "thema=999999999",
        "thema=-1",
        "thema=1.5",
        "thema=%D9%A1",  # an Arabic-Indic digit one
        "thema=" + "9" * 400,
        "sprache=xx",
        "sprache=%3Cscript%3E",
        "sprache=AR",
        "sprache=en",  # a real language no office speaks
        "thema=&sprache=",
        "thema=1&thema=2&sprache=ar&sprache=uk",
    ],
)
def test_garbage_filter_values_answer_normally(client, directory, offices, query):
    # Control characters (thema=%00) get a 400 before any view: tests/comments/test_control_characters.py
    response = client.get(f"{directory.url}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>" not in html
    assert status_text(html)
    # Unknown values are ignored: the list is never emptied by a value nobody could choose.
    if "sprache=ar&" not in query:
        assert len(offices_shown(html)) == 2


def test_contact_links_without_third_party_requests(client, directory, offices):
    html = get(client, directory.url)
    assert html.count('href="tel:') == 1  # the office without a phone has no telephone line
    assert 'href="tel:04621870"' in html
    assert html.count('href="mailto:') == 1
    assert 'href="mailto:beratung@example.org"' in html
    assert ">Telefon</dt>" in html and html.count(">Telefon</dt>") == 1
    assert html.count(">E-Mail</dt>") == 1
    assert "Mo 8–12<br>Do 14–18" in html  # opening hours, one line per period
    osm = re.findall(r'href="(https://www\.openstreetmap\.org/search\?query=[^"]+)"', html)
    assert len(osm) == 2
    assert "Flensburger+Stra%C3%9Fe+7%2C+24837+Schleswig" in osm[0]
    for embedded in ("<iframe", "<embed", "<object", "<video", "<audio"):
        assert embedded not in html
    for attribute in ('src="http', 'src="//', 'srcset="http', 'href="//', "@import", "url(http"):
        assert attribute not in html
    # Nothing the browser fetches by itself comes from another host (rel="alternate" is not fetched).
    for tag in re.findall(r"<(?:script|img|source|link)\b[^>]*>", html):
        if tag.startswith("<link") and not re.search(r'rel="[^"]*(?:stylesheet|icon|preload|prefetch|preconnect)', tag):
            continue
        assert not re.search(r'(?:src|href|srcset)="(?:https?:)?//', tag), tag


def test_offices_of_the_page_language_with_fallback_to_german(home, directory):
    english = Locale.objects.get_or_create(language_code="en")[0]
    translated = ContactOfficeFactory(name="Migrationsberatung Kappeln", languages=["de", "ar"])
    untranslated = ContactOfficeFactory(name="Ausländerbehörde", languages=["de", "en"])
    english_office = translated.copy_for_translation(english)
    english_office.name = "Migration counselling Kappeln"
    english_office.save()
    english_directory = directory.copy_for_translation(english, copy_parents=True)
    english_directory.save_revision().publish()

    german = build_directory(directory, {})
    assert [office.pk for office in german.offices] == [untranslated.pk, translated.pk]
    result = build_directory(english_directory, {})
    assert [office.name for office in result.offices] == ["Ausländerbehörde", "Migration counselling Kappeln"]
    assert [office.name for office in build_directory(english_directory, {"sprache": "en"}).offices] == [
        "Ausländerbehörde"
    ]


@override_settings(PAGE_CACHE_SECONDS=0)  # the cost of rendering, not of a cached copy
def count_queries(client, url):
    # Warm the navigation cache: the first view of a new site also creates its settings row,
    # which starts a new cache generation.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert rendered(client.get(url)).status_code == 200
    assert len(queries) > 0
    return len(queries)


def test_query_count_does_not_grow_with_the_offices(client, home, directory):
    topic = TopicPageFactory(parent=home, slug="beratung")

    def add_offices(number):
        for _ in range(number):
            TopicPageOffice.objects.create(page=topic, office=ContactOfficeFactory(languages=["de", "ar", "fa"]))

    urls = [directory.url, f"{directory.url}?sprache=ar&thema={topic.pk}"]
    add_offices(2)
    few = [count_queries(client, url) for url in urls]
    add_offices(18)
    assert ContactOffice.objects.count() == 20
    many = [count_queries(client, url) for url in urls]
    assert many == few
    # Beyond what a topic page costs (with its breadcrumbs and its offices): the topics and their
    # view restrictions, and the chosen topic's offices.
    baseline = count_queries(client, TopicPageFactory(parent=home, slug="vergleich").url)
    assert max(many) <= baseline + 3
    assert len(offices_shown(get(client, urls[1]))) == 20


# -- the emergency link ------------------------------------------------------------------


@pytest.fixture
def emergency(home):
    page = TopicPageFactory(parent=home, title="Notfall", slug="notfall")
    portal_settings = PortalSettings.for_site(home.get_site())
    portal_settings.emergency_page = page
    portal_settings.save()
    return page


EMERGENCY_LINK = re.compile(r'<a class="emergency-link[^"]*" href="([^"]+)"[^>]*>(.*?)</a>', re.S)


def every_page_type(home):
    concept = ConceptPageFactory(parent=home)
    index = EventIndexPageFactory(parent=home)
    return [
        home,
        TopicPageFactory(parent=home),
        StandardPageFactory(parent=home),
        index,
        EventPageFactory(parent=index),
        concept,
        ChapterPageFactory(parent=concept),
        OfficeDirectoryPageFactory(parent=home),
    ]


def test_emergency_link_on_every_page(client, home, emergency):
    """Needs ``{% emergency_link %}`` in templates/base.html."""
    urls = [page.url for page in every_page_type(home)] + ["/de/search/?q=Notruf"]
    for url in urls:
        html = client.get(url).content.decode()
        links = EMERGENCY_LINK.findall(html)
        assert len(links) == 1, url
        href, text = links[0]
        assert href == "/de/notfall/"
        assert text.startswith("Notfall: 112")
    not_found = client.get("/de/gibt-es-nicht/")
    assert not_found.status_code == 404
    assert len(EMERGENCY_LINK.findall(not_found.content.decode())) == 1


def render_tag(request, page=None):
    context = {"request": request}
    if page is not None:
        context["page"] = page
    return Template("{% load emergency_tags %}{% emergency_link %}").render(Context(context))


def page_request(path="/de/"):
    request = RequestFactory().get(path, HTTP_HOST="localhost")
    request.LANGUAGE_CODE = "de"
    return request


def test_emergency_link_names_where_it_leads(home, emergency):
    html = render_tag(page_request())
    href, text = EMERGENCY_LINK.findall(html)[0]
    assert href == emergency.url
    # The accessible name begins with the visible text and says where the link leads.
    assert re.sub(r"<[^>]+>", "", text) == "Notfall: 112 – zu allen Notrufnummern und Hilfetelefonen"
    assert "aria-current" not in html
    assert 'aria-current="page"' in render_tag(page_request(), page=emergency)


def test_no_emergency_link_while_none_is_set(client, home):
    assert render_tag(page_request()).strip() == ""
    for page in every_page_type(home):
        assert "emergency-link" not in client.get(page.url).content.decode()


def test_emergency_link_is_read_from_the_cache(client, home, emergency, django_capture_on_commit_callbacks):
    request = page_request()
    Site.find_for_request(request)  # every page request finds its site anyway
    render_tag(request)
    with CaptureQueriesContext(connection) as queries:
        assert "/de/notfall/" in render_tag(request)
    assert len(queries) == 0
    # Unset, too, is cached ({} rather than None).
    portal_settings = PortalSettings.for_site(home.get_site())
    portal_settings.emergency_page = None
    with django_capture_on_commit_callbacks(execute=True):
        portal_settings.save()
    render_tag(request)
    with CaptureQueriesContext(connection) as queries:
        assert render_tag(request).strip() == ""
    assert len(queries) == 0
    # A whole page view reads no portal settings once the cache is warm.
    topic = TopicPageFactory(parent=home)
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get(topic.url)
        with CaptureQueriesContext(connection) as queries:
            rendered(client.get(topic.url))
    assert queries.captured_queries  # rendered: a stored copy reads nothing at all
    assert not [query for query in queries if "home_portalsettings" in query["sql"]]


def test_emergency_link_follows_settings_and_publishing(home, emergency, django_capture_on_commit_callbacks):
    assert emergency_link(page_request())["url"] == "/de/notfall/"
    other = StandardPageFactory(parent=home, title="Hilfe", slug="hilfe")
    portal_settings = PortalSettings.for_site(home.get_site())
    portal_settings.emergency_page = other
    # The cache follows once the change is committed, as it is at the end of a request.
    with django_capture_on_commit_callbacks(execute=True):
        portal_settings.save()
    assert emergency_link(page_request())["url"] == "/de/hilfe/"
    with django_capture_on_commit_callbacks(execute=True):
        other.unpublish()
    assert emergency_link(page_request()) == {}


# -- events as iCalendar -----------------------------------------------------------------


@pytest.fixture
def index(home):
    return EventIndexPageFactory(parent=home, title="Veranstaltungen", slug="veranstaltungen")


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_event_as_ics(client, index):
    event = EventPageFactory(
        parent=index,
        title="Sprachcafé",
        slug="sprachcafe",
        starts_at=datetime(2027, 2, 18, 18, 0, tzinfo=BERLIN),
        ends_at=datetime(2027, 2, 18, 20, 0, tzinfo=BERLIN),
        location="Stadtbücherei Schleswig, Lollfuß 1",
        summary="Deutsch sprechen bei Kaffee und Kuchen",
        body__0__heading__value="Für alle",
        body__1__paragraph__value="<p>Eintritt frei &amp; ohne Anmeldung.</p><ul><li>Kinder willkommen</li></ul>",
    )
    html = get(client, event.url)
    assert 'href="/de/veranstaltungen/sprachcafe/ics/"' in html
    assert "In meinen Kalender (.ics)" in html

    response = client.get(f"{event.url}ics/")
    cal = parse(response)
    assert response["Content-Disposition"] == 'attachment; filename="sprachcafe.ics"'
    # The second download comes from the page cache, as a download still.
    again = client.get(f"{event.url}ics/")
    assert again["X-Page-Cache"] == "hit"
    assert (again.content, again["Content-Type"], again["Content-Disposition"]) == (
        response.content,
        response["Content-Type"],
        response["Content-Disposition"],
    )
    assert str(cal["VERSION"]) == "2.0"
    assert "Kreis Schleswig-Flensburg" in str(cal["PRODID"])
    assert str(cal["X-WR-CALNAME"]) == "Sprachcafé"
    (timezone_component,) = cal.walk("VTIMEZONE")
    assert str(timezone_component["TZID"]) == "Europe/Berlin"
    (vevent,) = cal.walk("VEVENT")
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert b"DTSTART;TZID=Europe/Berlin:20270218T180000" in response.content
    start = vevent.decoded("DTSTART")
    assert (start.hour, start.minute) == (18, 0)
    assert start.astimezone(UTC) == datetime(2027, 2, 18, 17, 0, tzinfo=UTC)
    assert vevent.decoded("DTEND").astimezone(UTC) == datetime(2027, 2, 18, 19, 0, tzinfo=UTC)
    assert str(vevent["SUMMARY"]) == "Sprachcafé"
    assert str(vevent["LOCATION"]) == "Stadtbücherei Schleswig, Lollfuß 1"
    assert str(vevent["UID"]) == f"event-{event.pk}@localhost"
    assert vevent.decoded("DTSTAMP").tzinfo is not None
    assert str(vevent["URL"]) == f"http://testserver{event.url}"
    description = str(vevent["DESCRIPTION"])
    assert description.startswith("Deutsch sprechen bei Kaffee und Kuchen\n\nFür alle\n\n")
    assert "Eintritt frei & ohne Anmeldung.\n- Kinder willkommen" in description
    assert "<" not in description


def test_summer_time_event(client, index):
    event = EventPageFactory(
        parent=index,
        starts_at=datetime(2027, 7, 1, 18, 0, tzinfo=BERLIN),
        ends_at=datetime(2027, 7, 1, 19, 0, tzinfo=BERLIN),
    )
    (vevent,) = parse(client.get(f"{event.url}ics/")).walk("VEVENT")
    assert vevent.decoded("DTSTART").hour == 18
    assert vevent.decoded("DTSTART").astimezone(UTC).hour == 16


def test_feed_has_only_upcoming_events(client, home, index):
    now = timezone.now()
    EventPageFactory(parent=index, title="Vorbei", starts_at=now - timedelta(days=2), ends_at=now - timedelta(days=1))
    running = EventPageFactory(
        parent=index, title="Läuft gerade", starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1)
    )
    later = EventPageFactory(parent=index, title="Nächste Woche")
    draft = EventPageFactory(parent=index, title="Noch nicht veröffentlicht")
    draft.unpublish()
    private = EventPageFactory(parent=index, title="Nur mit Passwort")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    other_index = EventIndexPageFactory(parent=home, slug="andere-termine")
    EventPageFactory(parent=other_index, title="Woanders")

    html = get(client, index.url)
    assert 'href="/de/veranstaltungen/feed/"' in html
    assert "Alle kommenden Termine als Kalender-Abo (.ics)" in html
    assert "http://testserver/de/veranstaltungen/feed/" in html

    response = client.get(f"{index.url}feed/")
    cal = parse(response)
    assert response["Content-Disposition"] == 'attachment; filename="veranstaltungen.ics"'
    assert str(cal["X-WR-CALNAME"]) == "Veranstaltungen – Kreis Schleswig-Flensburg"
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT12H" in response.content
    events = cal.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Läuft gerade", "Nächste Woche"]
    assert [str(event["UID"]) for event in events] == [f"event-{running.pk}@localhost", f"event-{later.pk}@localhost"]
    assert all(event["DTSTART"].params["TZID"] == "Europe/Berlin" for event in events)
    assert len(cal.walk("VTIMEZONE")) == 1


def test_empty_feed_is_a_valid_calendar(client, index):
    cal = parse(client.get(f"{index.url}feed/"))
    assert cal.walk("VEVENT") == []
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]


def test_feed_query_count_does_not_grow_with_the_events(client, index):
    EventPageFactory(parent=index)
    few = count_queries(client, f"{index.url}feed/")
    for _ in range(10):
        EventPageFactory(parent=index)
    assert count_queries(client, f"{index.url}feed/") == few


def test_restricted_event_is_not_downloadable(client, index):
    event = EventPageFactory(parent=index, slug="intern")
    PageViewRestriction.objects.create(page=event, restriction_type="password", password="geheim")
    response = client.get(f"{event.url}ics/")
    assert response["Content-Type"] != "text/calendar; charset=utf-8"
    assert b"BEGIN:VCALENDAR" not in response.content


def test_event_slug_of_the_feed_is_refused(index):
    with pytest.raises(ValidationError) as error:
        EventPageFactory(parent=index, slug="feed")
    assert "slug" in error.value.message_dict


def test_unknown_subpage_is_404(client, index):
    event = EventPageFactory(parent=index)
    assert client.get(f"{event.url}kalender/").status_code == 404
    assert client.get(f"{index.url}feed/extra/").status_code == 404


# -- the demo ------------------------------------------------------------------------------


def test_demo_has_directory_and_emergency_page(client, demo_content):
    site = Site.objects.get(is_default_site=True)
    assert PortalSettings.for_site(site).emergency_page.slug == "notfall"
    directory = OfficeDirectoryPage.objects.live().get(slug="beratungsstellen")
    assert directory.show_in_menus
    everything = offices_shown(get(client, directory.url))
    assert len(everything) == ContactOffice.objects.count()
    arabic = offices_shown(get(client, directory.url, sprache="ar"))
    assert 0 < len(arabic) < len(everything)
    out = StringIO()
    call_command("load_initial_data", stdout=out)
    assert "0 Objekte neu angelegt." in out.getvalue()
