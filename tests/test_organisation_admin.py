"""The admin per organisation (issue 22): a moderator or the Amtsleitung of a town sees and touches
nothing of the district's.

The admin URLs of our apps come from the resolver (every pattern below ``admin/`` whose view lives
in ``concept``, ``home`` or ``search``: the moderation queue and its actions, the responses and
their release, the internal export, the Word import, the translation admin, the admin API our hooks
register), so a view added tomorrow is walked too; Wagtail's own views where the district's pages
could show (dashboard, page search, page chooser, explorer, reports) are named here. Each is
requested (GET and POST) with the ids of the district's concept, chapter, comment and page, and no
answer may show the district's comment, its author or address, a draft response, a chapter's or
page's title; afterwards the district's comment, response and pages are as they were.
"""

import re

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale, Page, Site

from concept.comments.models import ChapterComment, CommentReport
from concept.responses.models import OfficialResponse, Outcome
from concept.roles.organisations import create_organisation
from tests.comments.conftest import make_comment
from tests.factories import ChapterPageFactory, ConceptPageFactory, ContactOfficeFactory, TopicPageFactory
from tests.url_walk import readable_text, url_routes

pytestmark = pytest.mark.django_db

TOWN = "Stadt Schleswig"
HOST = "schleswig.example.org"
OUR_APPS = ("concept", "home", "search")
ROUTE_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")
WORD = "Gemeinsam"  # in the titles of both organisations: what the searches look for

DISTRICT_SECRETS = [
    "Geheim5100",  # the district's start page
    "Geheim5101",  # its concept
    "Geheim5102",  # its chapter
    "Geheim5103",  # a comment's text
    "Geheim5104",  # the comment's author
    "geheim5105@example.org",  # the author's address
    "Geheim5106",  # a draft response
    "Geheim5107",  # a topic
    "Geheim5108",  # a counselling office (a snippet, translated by wagtail-localize)
]


@pytest.fixture
def world(home):
    # A start page in two languages: Wagtail's dashboard would name the tree's root (the district).
    town = create_organisation(TOWN, HOST, languages=("de", "en"))
    home.title = f"{WORD} im Kreis Geheim5100"
    home.save_revision().publish()
    concept = ConceptPageFactory(parent=home, slug="kreiskonzept", title=f"{WORD}: Kreiskonzept Geheim5101")
    chapter = ChapterPageFactory(parent=concept, slug="kapitel", title=f"{WORD}: Kreiskapitel Geheim5102")
    comment = make_comment(
        chapter,
        "Kreisbeitrag Geheim5103",
        user_name="Autorin Geheim5104",
        user_email="geheim5105@example.org",
        is_public=False,
    )
    CommentReport.objects.create(comment=comment, reason="Kreismeldung Geheim5103")
    answered = make_comment(chapter, "Ein Beitrag im Kreis Geheim5103", user_email="geheim5105@example.org")
    response = OfficialResponse.objects.create(comment=answered, outcome=Outcome.NOTED, text="Kreisantwort Geheim5106")
    TopicPageFactory(parent=home, slug="kreisthema", title=f"{WORD}: Kreisthema Geheim5107")

    town_concept = ConceptPageFactory(parent=town.root_page, slug="stadtkonzept", title=f"{WORD}: Stadtkonzept")
    town_chapter = ChapterPageFactory(parent=town_concept, slug="kapitel", title=f"{WORD}: Stadtkapitel")
    make_comment(town_chapter, "Stadtbeitrag Sichtbar5203", is_public=False)
    TopicPageFactory(parent=town.root_page, slug="stadtthema", title=f"{WORD}: Stadtthema")
    from wagtail_localize.models import Translation, TranslationSource
    from wagtail_localize.operations import translate_object

    source, _created = TranslationSource.get_or_create_from_instance(chapter)
    office = ContactOfficeFactory(name="Ausländerbehörde Geheim5108", site=Site.objects.get(is_default_site=True))
    translate_object(office, [Locale.objects.get(language_code="en")])
    return {
        "office": office,
        "office_translation": Translation.objects.get(source__object_id=office.translation_key),
        "source": source,
        "home": home,
        "concept": concept,
        "chapter": chapter,
        "comment": comment,
        "answered": answered,
        "response": response,
        "town": town,
        "town_concept": town_concept,
    }


def town_user(django_user_model, group):
    user = django_user_model.objects.create_user(f"schleswig-{group.lower()}", password="x")
    user.groups.add(Group.objects.get(name=f"{TOWN}: {group}"))
    return user


def our_admin_routes():
    """Every admin URL pattern whose view is one of ours."""
    return sorted(
        route for route, module in url_routes() if route.startswith("admin/") and module.split(".")[0] in OUR_APPS
    )


def concrete(route, world):
    values = {
        "pk": world["comment"].pk,  # the moderation actions
        "comment_id": world["answered"].pk,  # a contribution with a draft response
        "concept_id": world["concept"].pk,
        "page_id": world["chapter"].pk,
        "translation_source_id": world["source"].pk,  # wagtail-localize's update, taken over by home
        # wagtail-localize's screens for a snippet (the district's counselling office), taken over too
        "app_label": "home",
        "model_name": "contactoffice",
        "translation_id": world["office_translation"].pk,
        "string_segment_id": segment_of(world["office_translation"]).pk,
        "overridable_segment_id": segment_of(world["office_translation"]).pk,
    }

    def value(match):
        name = match.group(1)
        if name not in values:
            raise AssertionError(f"The walk does not know the URL parameter {name!r} of {route!r}: teach it.")
        return str(values[name])

    url = "/" + ROUTE_PARAMETER.sub(value, route).replace("^", "").replace("$", "")
    assert not re.search(r"[()<>\\{}]", url), f"The walk cannot fill {route!r}: teach it this shape."
    return url


def wagtail_urls(world):
    """Wagtail's own admin views where the district's pages could show."""
    home, chapter = world["home"].pk, world["chapter"].pk
    root = Page.get_first_root_node().pk
    return [
        reverse("wagtailadmin_home"),
        f"{reverse('wagtailadmin_pages:search')}?q={WORD}",
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=[root]),
        reverse("wagtailadmin_choose_page_child", args=[home]),
        f"{reverse('wagtailadmin_choose_page_search')}?q={WORD}",
        f"{reverse('wagtailadmin_choose_page')}?page_type=concept.chapterpage",
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[home]),
        reverse("wagtailadmin_pages:edit", args=[chapter]),
        f"{reverse('wagtailadmin_api:pages:listing')}?child_of=root&for_explorer=1",
        f"{reverse('wagtailadmin_api:pages:listing')}?child_of={home}&for_explorer=1",
        f"{reverse('wagtailadmin_api:pages:listing')}?search={WORD}",
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtail_localize:translations_report"),
        reverse("wagtail_localize:translations_report_results"),
    ]


def state(world):
    """What must stay as it was: the district's comments, its draft response, its pages."""
    comments = ChapterComment.objects.filter(object_pk=str(world["chapter"].pk)).order_by("pk")
    return (
        list(comments.values_list("pk", "comment", "is_public", "is_removed", "hidden_at", "seen_at")),
        list(CommentReport.objects.filter(comment=world["comment"]).values_list("resolved_at", flat=True)),
        list(OfficialResponse.objects.filter(pk=world["response"].pk).values_list("text", "released_at")),
        list(Page.objects.filter(path__startswith=world["home"].path).values_list("pk", "title", "live", "locked")),
        Page.objects.count(),
    )


POST_DATA = {"reason": "x", "text": "Übernommen", "outcome": "noted", "title": "x", "next": "/admin/"}


@pytest.mark.parametrize("group", ["Moderation", "Amtsleitung"])
def test_a_town_user_sees_and_touches_nothing_of_the_district_in_the_admin(client, world, django_user_model, group):
    routes = our_admin_routes()
    assert "admin/kommentare/<id:pk>/freigeben/" in routes and "admin/konzept-import/" in routes  # the walk sees ours
    client.force_login(town_user(django_user_model, group))
    # The premise: the town's own comment is there for the town's user.
    assert "Sichtbar5203" in client.get(reverse("concept_moderation:index")).content.decode()

    before = state(world)
    leaks, errors = [], []
    urls = [concrete(route, world) for route in routes] + wagtail_urls(world)
    for url in urls:
        for method in ("get", "post"):
            response = getattr(client, method)(url, POST_DATA if method == "post" else None)
            if response.status_code >= 500:
                errors.append(f"{method.upper()} {url}: {response.status_code}")
                continue
            found = [secret for secret in DISTRICT_SECRETS if secret in readable_text(response)]
            if found:
                leaks.append(f"{method.upper()} {url} ({response.status_code}) shows {found}")
    assert not errors, "\n".join(errors)
    assert not leaks, "\n".join(leaks)
    assert state(world) == before


def test_the_district_moderator_sees_the_district_not_the_town(client, world, django_user_model):
    """The same walk's premise from the other side: the district's own people see the district's."""
    user = django_user_model.objects.create_user("kreis-moderation", password="x")
    user.groups.add(Group.objects.get(name="Moderation"))
    client.force_login(user)
    queue = client.get(reverse("concept_moderation:index")).content.decode()
    assert "Geheim5103" in queue and "Sichtbar5203" not in queue
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Kreiskonzept Geheim5101" in dashboard and "Stadtkonzept" not in dashboard


def test_the_town_moderators_page_chooser_offers_the_towns_pages_only(client, world, django_user_model):
    client.force_login(town_user(django_user_model, "Moderation"))
    top = client.get(reverse("wagtailadmin_choose_page")).content.decode()
    assert TOWN in top  # the premise: the town's start page is there to browse into
    town_pages = client.get(reverse("wagtailadmin_choose_page_child", args=[world["town"].root_page_id]))
    assert "Stadtthema" in town_pages.content.decode()
    search = client.get(f"{reverse('wagtailadmin_choose_page_search')}?q={WORD}").content.decode()
    assert "Stadtthema" in search and "Kreisthema" not in search
    assert client.get(reverse("wagtailadmin_choose_page_child", args=[world["home"].pk])).status_code == 404


def test_the_town_amtsleitung_imports_below_the_towns_start_page_only(client, world, django_user_model):
    client.force_login(town_user(django_user_model, "Amtsleitung"))
    form = client.get(reverse("concept_import:upload")).content.decode()
    options = re.findall(r'<option value="(\d+)"', form)
    assert options == [str(world["town"].root_page_id)]


def test_the_admin_search_finds_the_towns_pages_not_the_districts(client, world, django_user_model):
    client.force_login(town_user(django_user_model, "Amtsleitung"))
    found = client.get(f"{reverse('wagtailadmin_pages:search')}?q={WORD}").content.decode()
    assert "Stadtthema" in found
    assert "Kreisthema" not in found and "Kreiskonzept" not in found


@pytest.mark.parametrize("group", ["Moderation", "Sachbearbeitung", "Amtsleitung", "Übersetzung"])
def test_the_dashboard_names_the_users_organisation(client, world, django_user_model, group):
    client.force_login(town_user(django_user_model, group))
    heading = re.search(r'<h1 class="w-h1[^"]*">\s*(.*?)\s*</h1>', client.get("/admin/").content.decode()).group(1)
    assert heading == TOWN


def test_the_district_dashboard_keeps_the_district_name(client, world, django_user_model, settings):
    user = django_user_model.objects.create_user("kreis-moderation", password="x")
    user.groups.add(Group.objects.get(name="Moderation"))
    client.force_login(user)
    heading = re.search(r'<h1 class="w-h1[^"]*">\s*(.*?)\s*</h1>', client.get("/admin/").content.decode()).group(1)
    assert heading == settings.WAGTAIL_SITE_NAME


def test_the_dashboard_counts_the_towns_pages_under_the_towns_name(client, world, django_user_model):
    """Wagtail counts below the common ancestor of the pages one may edit (the tree's root for a
    town's start pages) and names WAGTAIL_SITE_NAME: the town's office reads its own pages."""
    client.force_login(town_user(django_user_model, "Amtsleitung"))
    dashboard = client.get("/admin/").content.decode()
    town_root = world["town"].root_page
    link = rf'href="/admin/pages/{town_root.pk}/">\s*(\d+) Seiten?\s*<span class="w-sr-only">(.*?)<'
    summary = re.search(link, dashboard)
    assert summary, "the summary links to the town's start page"
    pages = sum(Page.objects.descendant_of(page, inclusive=True).count() for page in town_root.get_translations(True))
    assert int(summary.group(1)) == pages
    assert int(summary.group(1)) == 5  # two start pages, the concept, its chapter, a topic
    assert TOWN in summary.group(2)


def test_the_mail_texts_show_the_towns_concept_sender_and_address(client, world, django_user_model):
    client.force_login(town_user(django_user_model, "Moderation"))
    page = client.get(reverse("concept_mail_texts")).content.decode()
    assert "Stadtkonzept" in page
    assert f"http://{HOST}/de/" in page and "http://testserver/" not in page
    assert f"{TOWN} &lt;" in page  # the sender


def test_the_translation_coverage_lists_the_towns_pages(client, world, django_user_model):
    client.force_login(town_user(django_user_model, "Übersetzung"))
    page = client.get(reverse("translation_coverage")).content.decode()
    assert "Stadtthema" in page and "Kreisthema" not in page
    district_topic = Page.objects.get(slug="kreisthema")
    refused = client.get(f"/admin/localize/submit/page/{district_topic.pk}/")
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))  # Wagtail's "no permission"


def test_a_town_user_cannot_update_the_districts_translations(client, world, django_user_model):
    """wagtail-localize's update view asks only for the model permission, which the town holds."""
    from wagtail_localize.models import TranslationSource

    district_topic = Page.objects.get(slug="kreisthema").specific
    source, _created = TranslationSource.get_or_create_from_instance(district_topic)
    client.force_login(town_user(django_user_model, "Übersetzung"))
    refused = client.get(f"/admin/localize/update/{source.pk}/")
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))  # Wagtail's "no permission"
    client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert TranslationSource.objects.get(pk=source.pk).last_updated_at == source.last_updated_at


def segment_of(translation):
    from wagtail_localize.models import StringSegment

    return StringSegment.objects.filter(source=translation.source).order_by("pk").first()


def office_screens(world):
    """wagtail-localize's screens for the district's counselling office and its English translation:
    (method, URL, data) of each."""
    office, translation = world["office"], world["office_translation"]
    translated = translation.get_target_instance()
    snippet = ["home", "contactoffice"]
    string = [translation.pk, segment_of(translation).pk]
    return [
        ("get", reverse("wagtail_localize:submit_snippet_translation", args=[*snippet, office.pk]), None),
        ("get", reverse("wagtail_localize:update_translations", args=[translation.source_id]), None),
        ("get", reverse("wagtailsnippets_home_contactoffice:edit", args=[translated.pk]), None),
        ("get", reverse("wagtail_localize:download_pofile", args=[translation.pk]), None),
        ("get", reverse("wagtail_localize:snippets_api_detail", args=[*snippet, office.pk]), None),
        ("get", reverse("wagtail_localize:snippets_api_listing", args=snippet), None),
        ("get", reverse("wagtail_localize:translations_report"), None),
        ("get", reverse("wagtail_localize:translations_report_results"), None),
        ("post", reverse("wagtail_localize:submit_snippet_translation", args=[*snippet, office.pk]), {"locales": []}),
        ("post", reverse("wagtail_localize:update_translations", args=[translation.source_id]), {}),
        ("put", reverse("wagtail_localize:edit_string_translation", args=string), {"value": "Geändert"}),
        ("post", reverse("wagtail_localize:stop_translation", args=[translation.pk]), {}),
        ("post", reverse("wagtail_localize:machine_translate", args=[translation.pk]), {}),
        ("post", reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {}),
    ]


def translation_state(world):
    """What the town's user must not change: the translation, its strings, the offices."""
    from wagtail_localize.models import StringTranslation, Translation

    from home.models import ContactOffice

    return (
        Translation.objects.get(pk=world["office_translation"].pk).enabled,
        StringTranslation.objects.count(),
        list(ContactOffice.objects.order_by("pk").values_list("pk", "name", "locale_id", "site_id")),
    )


def test_a_town_user_opens_no_translation_screen_of_the_districts_office(client, world, django_user_model):
    """wagtail-localize asks for the snippet model's permission alone, which every organisation's
    office holds: the town's Amtsleitung gets 403 or 404 from each screen (the snippet listing of
    its API and the translations report: without the district's office), never a form, and changes
    nothing."""
    client.force_login(town_user(django_user_model, "Amtsleitung"))
    client.raise_request_exception = False  # an error past the permission check is an opened screen too
    before = translation_state(world)
    lists = {
        reverse("wagtail_localize:snippets_api_listing", args=["home", "contactoffice"]),
        reverse("wagtail_localize:translations_report"),
        reverse("wagtail_localize:translations_report_results"),
    }
    opened = []
    for method, url, data in office_screens(world):
        extra = {"content_type": "application/json"} if method == "put" else {}
        response = getattr(client, method)(url, data, **extra)
        refused = response.status_code in (403, 404, 405) or (url in lists and response.status_code == 200)
        if "Geheim5108" in readable_text(response) or not refused:
            opened.append(f"{method.upper()} {url}: {response.status_code}")
    assert not opened, "\n".join(opened)
    assert translation_state(world) == before


def test_the_districts_amtsleitung_opens_the_translation_screens_of_its_office(client, world, django_user_model):
    """The premise of the test above: the same screens open for the office's own organisation."""
    user = django_user_model.objects.create_user("kreis-amtsleitung", password="x")
    user.groups.add(Group.objects.get(name="Amtsleitung"))
    client.force_login(user)
    for method, url, _data in office_screens(world):
        if method == "get":
            response = client.get(url)
            assert response.status_code == 200, url
            assert "Geheim5108" in readable_text(response) or "pofile" in url, url
