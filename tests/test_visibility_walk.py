"""Every public URL pattern, walked with what the public must not see (issue 11).

The patterns come from Django's URL resolver and the comments API's OpenAPI schema, not from a
hand list: a view added tomorrow is walked too, and a URL shape the walk cannot fill fails the
test instead of being skipped. Each pattern is requested with the ids and paths of

- a hidden comment on a public chapter (its text and author must not show),
- a response not yet released (a draft) to a public comment (its text must not show: not on a
  page, in the API, the report or its exports, nor in a cached page),
- comments on a login-restricted, a password-protected, a never-published and an unpublished
  chapter, and on a chapter of a withdrawn (unpublished) concept (their text, author and the
  chapters' own titles and text must not show),
- an event below a withdrawn event index,
- a chapter, comment and topic of another organisation (a second Wagtail site with its own host:
  nothing of it may show on this host, issue 22),

with the query parameters that take ids or paths, and every answer (after redirects) is searched
for their secrets. The admin (``admin/``, ``django-admin/``) is left out: nothing there answers
without a login.
"""

import re
from dataclasses import dataclass

import pytest

from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, Site

from concept.comments.models import ChapterComment
from concept.responses import services as responses
from concept.responses.models import OfficialResponse, Outcome
from home.models import FeaturedParticipation
from tests.comments.conftest import make_comment
from tests.factories import (
    ChapterPageFactory,
    ConceptPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    HomePageFactory,
    TopicPageFactory,
)
from tests.url_walk import readable_text, url_routes

ADMIN_PREFIXES = ("admin/", "django-admin/")
ROUTE_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")
SCHEMA_PARAMETER = re.compile(r"\{(\w+)\}")
WAGTAIL_PAGE_PATH = r"((?:[\w\-]+/)*)"


@dataclass
class Subject:
    name: str
    page: object  # the chapter (or event) whose id and path are used
    concept: object
    comment: object
    secrets: list

    @property
    def path(self):
        return self.page.url_path.split("/", 2)[2]  # below the site root: "konzept/k2/"


# In every secret text, so that search finds them; the markers are what must not show (a search
# word echoed in a page is no leak).
SEARCH_WORD = "Zwiebelkuchen"


def _secret_chapter(parent, marker, **kwargs):
    return ChapterPageFactory(
        parent=parent,
        title=f"Kapitel {marker}",
        body__0__paragraph__value=f"<p>{SEARCH_WORD} {marker}</p>",
        **kwargs,
    )


def _secret_comment(chapter, marker, **fields):
    return make_comment(chapter, text=f"{SEARCH_WORD} {marker}", user_name=f"Autorin {marker}", **fields)


@pytest.fixture
def subjects(home, concept):
    subjects = []

    public = ChapterPageFactory(parent=concept, slug="offen", title="Offenes Kapitel")
    hidden = _secret_comment(public, "Versteckt4711", hidden_at=timezone.now(), hidden_reason="Beleidigung")
    make_comment(public, "Eine sichtbare Antwort", parent=hidden)
    subjects.append(Subject("hidden comment", public, concept, hidden, ["Versteckt4711"]))

    answered = make_comment(public, "Ein Beitrag mit Entwurf")
    OfficialResponse.objects.create(comment=answered, outcome=Outcome.NOTED, text=f"{SEARCH_WORD} Entwurfsantwort4719")
    subjects.append(Subject("draft response", public, concept, answered, ["Entwurfsantwort4719"]))

    for name, marker, restriction in [
        ("login-restricted chapter", "Anmeldung4712", PageViewRestriction.LOGIN),
        ("password-protected chapter", "Passwort4713", PageViewRestriction.PASSWORD),
    ]:
        chapter = _secret_chapter(concept, marker, slug=marker.lower())
        PageViewRestriction.objects.create(page=chapter, restriction_type=restriction, password="geheim")
        subjects.append(Subject(name, chapter, concept, _secret_comment(chapter, marker), [marker]))

    # Offline pages' addresses are secrets too (a link would confirm they exist); restricted ones
    # are not: their login redirect names them to whoever asks.
    draft = _secret_chapter(concept, "Entwurf4714", slug="entwurf-s4714", live=False)
    subjects.append(
        Subject(
            "never-published chapter",
            draft,
            concept,
            _secret_comment(draft, "Entwurf4714"),
            ["Entwurf4714", "/entwurf-s4714/"],
        )
    )

    gone = _secret_chapter(concept, "Zurueck4715", slug="zurueck-s4715")
    gone_comment = _secret_comment(gone, "Zurueck4715")
    gone.unpublish()
    subjects.append(Subject("unpublished chapter", gone, concept, gone_comment, ["Zurueck4715", "/zurueck-s4715/"]))

    withdrawn = ConceptPageFactory(parent=home, slug="abgezogen-s4716", title="Konzept Abgezogen4716")
    orphan = _secret_chapter(withdrawn, "Verwaist4717", slug="verwaist-s4717")
    orphan_comment = _secret_comment(orphan, "Verwaist4717")
    # The start page still points to it: its API must not name it.
    home.featured_participations = [FeaturedParticipation(page=withdrawn)]
    home.save()
    withdrawn.unpublish()
    subjects.append(
        Subject(
            "chapter of a withdrawn concept",
            orphan,
            withdrawn,
            orphan_comment,
            ["Verwaist4717", "Abgezogen4716", "/abgezogen-s4716/"],
        )
    )

    events = EventIndexPageFactory(parent=home, slug="termine", title="Termine")
    event = EventPageFactory(parent=events, slug="fest", title=f"{SEARCH_WORD}fest Verschoben4718")
    events.unpublish()
    subjects.append(Subject("event of a withdrawn index", event, concept, hidden, ["Verschoben4718"]))

    # Same slugs as this site's concept, so its paths exist here too: only the host tells them apart.
    town_home = HomePageFactory(parent=Page.get_first_root_node(), slug="stadt-s4720", title="Stadt Andersort4720")
    Site.objects.create(hostname="andersort.example.org", port=80, root_page=town_home, site_name="Andersort")
    TopicPageFactory(parent=town_home, slug="thema-s4720", title=f"{SEARCH_WORD} Stadtthema4720")
    town_concept = ConceptPageFactory(parent=town_home, slug="konzept", title="Konzept Andersort4720")
    town_chapter = _secret_chapter(town_concept, "Andersort4720", slug="offen")
    subjects.append(
        Subject(
            "chapter of another organisation",
            town_chapter,
            town_concept,
            _secret_comment(town_chapter, "Andersort4720"),
            ["Andersort4720", "Stadtthema4720"],
        )
    )
    return subjects


def public_patterns(client):
    """Every URL pattern outside the admin, and every path of the API schema (ours and API v2's)."""
    patterns = {route for route, _module in url_routes() if not route.startswith(ADMIN_PREFIXES)}
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    for path in schema["paths"]:
        patterns.add(SCHEMA_PARAMETER.sub(r"<\1>", path.lstrip("/")))
    return sorted(patterns)


def _value(name, subject):
    values = {
        "comment_id": subject.comment.pk,
        "chapter_id": subject.page.pk,
        "concept_id": subject.concept.pk,
        "pk": subject.page.pk,
        "id": subject.page.pk,  # API v2's detail paths in the schema (pages, images, documents)
        "page_id": subject.page.pk,
        "number": 1,
        "token": "x" * 32,
        "restriction_id": 1,
        "page_view_restriction_id": 1,
    }
    if name not in values:
        raise AssertionError(f"The walk does not know the URL parameter {name!r}: teach it what to send.")
    return values[name]


def concrete(pattern, subject):
    url = pattern.replace("^", "").replace("$", "")
    url = ROUTE_PARAMETER.sub(lambda match: str(_value(match.group(1), subject)), url)
    url = url.replace(WAGTAIL_PAGE_PATH, subject.path).replace(r"(\d+)", str(subject.page.pk)).replace("(.*)", "x")
    assert not re.search(r"[()<>\\{}]", url), f"The walk cannot fill {pattern!r}: teach it this shape."
    return "/" + url


def queries(subject):
    """The query parameters of our views and of API v2 that take an id, a path or a search word
    (``id`` and ``html_path`` apart: API v2's find answers the first it finds)."""
    ids = f"antwort={subject.comment.pk}&reply_to={subject.comment.pk}&page=1"
    tree = f"child_of={subject.concept.pk}&descendant_of={subject.concept.pk}&fields=*"
    return [
        f"?{ids}&{tree}",
        f"?id={subject.page.pk}",
        f"?html_path=/de/{subject.path}",
        f"?q={SEARCH_WORD}&search={SEARCH_WORD}",
        "?type=home.HomePage&fields=*",
        "?type=concept.ConceptPage&fields=*",
    ]


def test_no_public_path_shows_what_the_public_must_not_see(client, subjects):
    patterns = public_patterns(client)
    assert any("kommentar/<id:comment_id>/melden/" in pattern for pattern in patterns)  # the walk sees our views
    secrets = [secret for subject in subjects for secret in subject.secrets]
    leaks, walked = [], set()
    for subject in subjects:
        for pattern in patterns:
            base = concrete(pattern, subject)
            for query in ["", *queries(subject)]:
                if base + query in walked:
                    continue
                walked.add(base + query)
                response = client.get(base + query, follow=True)
                if response.status_code == 200:
                    # Links to the same page in other languages repeat the query: no leak.
                    text = readable_text(response).replace(query[1:].replace("&", "&amp;"), "").replace(query[1:], "")
                    found = [secret for secret in secrets if secret in text]
                    if found:
                        leaks.append(f"{subject.name}: {base}{query} shows {found}")
                elif not query and response.status_code == 404:
                    break  # no such thing: its query parameters change nothing
    assert len(walked) > 150
    assert not leaks, "\n".join(leaks)


def test_the_walk_reaches_the_public_pages_it_guards(client, subjects, django_capture_on_commit_callbacks):
    """The premise of the walk: the same URLs answer 200 for what the public may see."""
    hidden = subjects[0]
    page = client.get(f"/de/{hidden.path}")
    assert page.status_code == 200
    assert "Eine sichtbare Antwort" in page.content.decode()
    assert "Beleidigung" in page.content.decode()  # the hidden comment keeps its place, with the reason
    assert client.get(f"/de/beteiligung/kommentar/{hidden.comment.pk}/melden/").status_code == 200
    assert client.get(f"/api/comments/chapters/{hidden.page.pk}/").status_code == 200
    # Released, the draft response shows at once, also where the page was cached without it.
    draft = subjects[1]
    assert "Entwurfsantwort4719" not in client.get(f"/de/{draft.path}").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        responses.release(OfficialResponse.objects.filter(comment=draft.comment), None, base_url="http://testserver")
    assert "Entwurfsantwort4719" in client.get(f"/de/{draft.path}").content.decode()
    report = client.get(f"/de/beteiligung/bericht/{draft.concept.pk}/").content.decode()
    assert "Entwurfsantwort4719" in report


# -- withdrawing a concept ------------------------------------------------------------------


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("redaktion", "r@example.org", "x"))
    return client


def test_withdrawing_a_concept_takes_its_chapters_offline_and_publishing_it_brings_them_back(
    admin_client, home, concept, django_capture_on_commit_callbacks
):
    chapter = ChapterPageFactory(parent=concept, slug="sprache", title="Sprache")
    comment = make_comment(chapter, "Mehr Kurse")
    visitor = type(admin_client)()
    urls = [
        chapter.url,
        f"/de/beteiligung/kommentar/{comment.pk}/melden/",
        f"/api/v2/pages/{chapter.pk}/",
        f"/api/comments/chapters/{chapter.pk}/",
    ]
    assert [visitor.get(url).status_code for url in urls] == [200, 200, 200, 200]
    revisions = chapter.revisions.count()

    confirmation = admin_client.get(f"/admin/pages/{concept.pk}/unpublish/")
    assert "gehen mit ihm offline" in confirmation.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/pages/{concept.pk}/unpublish/")  # Wagtail's form, subpages not ticked
    chapter.refresh_from_db()
    assert chapter.live  # the chapter itself is untouched: no revision nobody wrote
    assert [visitor.get(url).status_code for url in urls] == [404, 404, 404, 404]

    with django_capture_on_commit_callbacks(execute=True):
        concept.save_revision().publish()
    assert [visitor.get(url).status_code for url in urls] == [200, 200, 200, 200]
    assert chapter.revisions.count() == revisions


@pytest.mark.parametrize("action", ["unpublish", "publish"])
def test_a_configured_cdn_forgets_the_chapters_of_a_withdrawn_or_returning_concept(
    concept, action, monkeypatch, settings, django_capture_on_commit_callbacks
):
    from django.conf import settings as conf

    chapter = ChapterPageFactory(parent=concept, slug="sprache", title="Sprache")
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://cdn"}
    }
    purged = []
    monkeypatch.setattr("wagtail.contrib.frontend_cache.utils.purge_urls_from_cache", purged.extend)
    with django_capture_on_commit_callbacks(execute=True):
        concept.unpublish() if action == "unpublish" else concept.save_revision().publish()
    expected = {chapter.full_url.replace("/de/", f"/{code}/", 1) for code, _name in conf.LANGUAGES}
    assert expected <= set(purged)


def test_a_cached_chapter_goes_offline_with_its_concept(client, concept, django_capture_on_commit_callbacks):
    from home.models import PortalSettings

    PortalSettings.for_site(Site.objects.get(is_default_site=True))  # created by the first view otherwise: a change
    chapter = ChapterPageFactory(parent=concept, slug="sprache", title="Sprache")
    client.get(chapter.url)
    assert client.get(chapter.url).get("X-Page-Cache") == "hit"  # the premise: it was cached
    with django_capture_on_commit_callbacks(execute=True):
        concept.unpublish()
    assert client.get(chapter.url).status_code == 404


# -- hidden comments on the URLs that take their id -----------------------------------------


def test_a_hidden_comment_can_be_neither_reported_nor_answered(client, concept):
    from tests.comments.conftest import filled_form, form_url

    chapter = ChapterPageFactory(parent=concept, slug="sprache", title="Sprache")
    hidden = make_comment(chapter, "Beleidigender Text", user_name="Rüpel", hidden_at=timezone.now())
    report = client.get(f"/de/beteiligung/kommentar/{hidden.pk}/melden/")
    assert report.status_code == 200
    assert "bereits ausgeblendet" in report.content.decode()
    assert "Rüpel" not in report.content.decode()
    assert 'name="reason"' not in report.content.decode()
    client.post(f"/de/beteiligung/kommentar/{hidden.pk}/melden/", {"reason": "Spam"})
    assert not hidden.reports.exists()

    reply_form = client.get(form_url(chapter, antwort=hidden.pk)).content.decode()
    assert "Rüpel" not in reply_form and "Beleidigender" not in reply_form
    answer = client.post(form_url(chapter), filled_form(client, chapter, reply_to=str(hidden.pk)))
    assert answer.status_code == 400
    assert "ausgeblendeten Kommentar kann nicht geantwortet" in answer.content.decode()
    assert not ChapterComment.objects.filter(parent_id=hidden.pk).exclude(pk=hidden.pk).exists()


def test_a_refused_form_keeps_the_text_and_links_no_offline_chapter(client, concept):
    from tests.comments.conftest import filled_form, form_url

    chapter = ChapterPageFactory(parent=concept, slug="geheim-s4719", title="Sprache")
    data = filled_form(client, chapter, comment="Mein langer Text über Sprachkurse.")
    concept.unpublish()
    response = client.post(form_url(chapter), data)
    html = response.content.decode()
    assert response.status_code == 403
    assert "Mein langer Text über Sprachkurse." in html  # shown back to copy, not lost unseen
    assert "geheim-s4719" not in html
