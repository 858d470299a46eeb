"""Issue 15's import polish: whole-day window, German parent only, the Word file kept privately
(never reachable anonymously, offered only after the editor's explicit choice), the prompt after
publishing a concept."""

from datetime import time

import pytest

from django.utils import timezone

from wagtail.models import Collection, Locale, Page

from concept.models import ConceptPage
from concept.wordimport.importer import import_concept
from concept.wordimport.private import PRIVATE_COLLECTION_NAME
from home.models import FeaturedParticipation
from tests.factories import ConceptPageFactory, HomePageFactory
from tests.test_import import IMPORT_URL, concept_document, docx_bytes, post_upload, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def concept_docx():
    return docx_bytes(concept_document)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")


def test_the_provisional_window_is_whole_days(home, concept_docx):
    concept = import_concept(upload(concept_docx), home)
    opens, closes = timezone.localtime(concept.opens_at), timezone.localtime(concept.closes_at)
    assert opens.time() == time(0, 0) and closes.time() == time(0, 0)
    assert opens.date() == timezone.localdate()
    assert (closes.date() - opens.date()).days == 56
    assert concept.window_provisional


def test_only_the_german_start_page_is_offered(client, home, superuser):
    locale = Locale.objects.get_or_create(language_code="en")[0]
    english = HomePageFactory(parent=Page.get_first_root_node(), slug="en", title="Welcome", locale=locale)
    client.force_login(superuser)
    html = client.get(IMPORT_URL).content.decode()
    assert f'<option value="{home.pk}"' in html
    assert f'<option value="{english.pk}"' not in html
    response = post_upload(client, b"egal", english)
    assert response.status_code == 400
    assert "Unter dieser Seite können Sie kein Konzept anlegen." in response.content.decode()


@pytest.fixture
def imported(client, home, superuser, concept_docx):
    client.force_login(superuser)
    post_upload(client, concept_docx, home, name="Entwurf_mit_Kommentaren.docx")
    client.logout()
    return ConceptPage.objects.get()


def publish(concept):
    concept = ConceptPage.objects.get(pk=concept.pk)
    concept.window_provisional = False
    concept.save_revision().publish()
    return ConceptPage.objects.get(pk=concept.pk)


def test_the_word_file_is_kept_in_the_private_collection(imported, concept_docx):
    document = imported.source_document
    assert document is not None
    assert document.collection.name == PRIVATE_COLLECTION_NAME
    assert document.collection.get_view_restrictions().exists()
    with document.open_file() as handle:
        assert handle.read() == concept_docx
    assert imported.draft_document is None  # nothing offered for download


def test_the_private_word_file_is_never_reachable_anonymously(client, imported, superuser):
    document = imported.source_document
    concept = publish(imported)
    assert client.get(document.url).status_code == 404
    assert client.get(f"/documents/{document.pk}/{document.filename}").status_code == 404
    listing = client.get("/api/v2/documents/").json()
    assert document.pk not in [item["id"] for item in listing["items"]]
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    page_api = client.get(f"/api/v2/pages/{concept.pk}/").json()
    assert page_api["source_document"] is None
    assert document.filename not in client.get("/sitemap.xml").content.decode()
    html = client.get(concept.url).content.decode()
    assert "Entwurf herunterladen" not in html and f"/documents/{document.pk}/" not in html
    # Editors still open it from the admin.
    client.force_login(superuser)
    assert client.get(document.url).status_code == 200


def test_the_word_file_is_public_only_after_the_editors_choice(client, imported):
    document = imported.source_document
    concept = ConceptPage.objects.get(pk=imported.pk)
    concept.offer_source_document = True
    concept.window_provisional = False
    revision = concept.save_revision()
    # Ticked but not yet published: still private.
    assert client.get(document.url).status_code == 404
    revision.publish()
    document.refresh_from_db()
    assert document.collection == Collection.get_first_root_node()
    assert client.get(document.url).status_code == 200
    html = client.get(concept.url).content.decode()
    assert f'href="{document.url}"' in html and "Entwurf herunterladen" in html
    assert client.get(f"/api/v2/pages/{concept.pk}/").json()["source_document"]["id"] == document.pk

    # Untick and publish again: private again.
    concept = ConceptPage.objects.get(pk=concept.pk)
    concept.offer_source_document = False
    concept.save_revision().publish()
    document.refresh_from_db()
    assert document.collection.name == PRIVATE_COLLECTION_NAME
    assert client.get(document.url).status_code == 404


# The start page features several participations --------------------------------------------


def test_the_start_page_announces_every_featured_participation(client, home):
    first = ConceptPageFactory(parent=home, title="Integrationskonzept 2030", slug="konzept-2030")
    second = ConceptPageFactory(parent=home, title="Seniorenplan", slug="seniorenplan")
    draft = ConceptPageFactory(parent=home, title="Noch geheim", slug="geheim", live=False)
    home.featured_participations = [
        FeaturedParticipation(page=second),
        FeaturedParticipation(page=first),
        FeaturedParticipation(page=draft),
    ]
    home.save_revision().publish()

    html = client.get("/de/").content.decode()
    assert html.count('class="teaser__item"') == 2
    assert html.index("Seniorenplan") < html.index("Integrationskonzept 2030")
    assert "Noch geheim" not in html
    api = client.get(f"/api/v2/pages/{home.pk}/").json()
    assert [item["title"] for item in api["featured_participations"]] == ["Seniorenplan", "Integrationskonzept 2030"]


# After publishing: where the concept is still missing -----------------------------------------


def _published_messages(rf, user, concept):
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage

    from concept.wagtail_hooks import point_to_menu_and_start_page

    request = rf.get("/admin/")
    request.user = user
    request.session = {}
    request._messages = FallbackStorage(request)
    point_to_menu_and_start_page(request, concept)
    return [str(message) for message in get_messages(request)]


def test_publishing_a_concept_points_to_the_menu_and_the_start_page(rf, home, superuser):
    concept = ConceptPageFactory(parent=home, title="Seniorenplan", slug="seniorenplan", show_in_menus=False)
    [message] = _published_messages(rf, superuser, concept)
    assert "„Seniorenplan“ ist veröffentlicht" in message
    assert "Im Menü anzeigen" in message and "Hervorgehobene Beteiligungen" in message
    assert f"/admin/pages/{home.pk}/edit/" in message and f"/admin/pages/{concept.pk}/edit/" in message

    concept.show_in_menus = True
    concept.save()
    home.featured_participations = [FeaturedParticipation(page=concept)]
    home.save()
    assert _published_messages(rf, superuser, concept) == []
