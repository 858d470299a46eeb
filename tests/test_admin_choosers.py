"""The admin's choosers and API show a moderator only what the public may see or what the group may edit."""

import pytest
import wagtail_factories

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media")]


@pytest.fixture
def pages(home):
    public = StandardPageFactory(parent=home, title="Sprachkurse", slug="sprachkurse")
    draft = StandardPageFactory(parent=home, title="Geheimer Entwurf", slug="entwurf", live=False)
    restricted = StandardPageFactory(parent=home, title="Nur intern", slug="intern")
    PageViewRestriction.objects.create(page=restricted, restriction_type=BaseViewRestriction.LOGIN)
    below = StandardPageFactory(parent=restricted, title="Dienstanweisung", slug="dienstanweisung")
    return {"public": public, "draft": draft, "restricted": restricted, "below": below}


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=BaseViewRestriction.LOGIN)
    return collection


@pytest.fixture
def private_document(private_collection):
    document = Document(title="Raumplanung", collection=private_collection)
    document.file.save("raumplanung-unterkunft.txt", ContentFile(b"vertraulich"), save=False)
    document.save()
    return document


def logged_in(client, django_user_model, group):
    user = django_user_model.objects.create_user(group.lower(), password="x")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


@pytest.fixture
def moderator_client(client, django_user_model):
    return logged_in(client, django_user_model, "Moderation")


@pytest.fixture
def editor_client(client, django_user_model):
    return logged_in(client, django_user_model, "Sachbearbeitung")


def chooser_titles(client, url):
    html = client.get(url).content.decode()
    return {title for title in ("Sprachkurse", "Geheimer Entwurf", "Nur intern", "Dienstanweisung") if title in html}


def test_the_page_chooser_shows_a_moderator_only_public_pages(moderator_client, home, pages):
    assert chooser_titles(moderator_client, f"/admin/choose-page/{home.pk}/") == {"Sprachkurse"}
    # Ids typed into the URL: the chooser does not browse below a page the moderator may not see.
    for hidden in ("draft", "restricted", "below"):
        assert moderator_client.get(f"/admin/choose-page/{pages[hidden].pk}/").status_code == 404, hidden
    assert moderator_client.get(f"/admin/choose-page/{pages['public'].pk}/").status_code == 200
    for title in ("Geheimer Entwurf", "Nur intern", "Dienstanweisung", "Sprachkurse"):
        found = chooser_titles(moderator_client, f"/admin/choose-page/search/?q={title}")
        assert found == ({title} if title == "Sprachkurse" else set()), title


def test_the_page_chooser_still_shows_editors_every_page_they_may_edit(editor_client, home, pages):
    assert chooser_titles(editor_client, f"/admin/choose-page/{home.pk}/") == {
        "Sprachkurse",
        "Geheimer Entwurf",
        "Nur intern",
    }
    assert "Dienstanweisung" in chooser_titles(editor_client, f"/admin/choose-page/{pages['restricted'].pk}/")
    assert "Dienstanweisung" in chooser_titles(editor_client, "/admin/choose-page/search/?q=Dienstanweisung")


def test_the_admin_api_names_no_private_document_to_a_moderator(moderator_client, private_document):
    listing = moderator_client.get("/admin/api/main/documents/")
    assert listing.status_code == 200
    assert "Raumplanung" not in listing.content.decode() and "raumplanung" not in listing.content.decode()
    assert moderator_client.get(f"/admin/api/main/documents/{private_document.pk}/").status_code == 404
    assert moderator_client.get(f"/admin/api/main/documents/find/?id={private_document.pk}").status_code == 404


def test_the_admin_api_still_lists_documents_for_editors(editor_client, private_document):
    listing = editor_client.get("/admin/api/main/documents/").json()
    assert [item["title"] for item in listing["items"]] == ["Raumplanung"]


def test_the_admin_api_names_no_private_image_to_a_moderator(moderator_client, private_collection):
    image = wagtail_factories.ImageFactory(title="Grundriss Unterkunft", collection=private_collection)

    assert "Grundriss" not in moderator_client.get("/admin/api/main/images/").content.decode()
    assert moderator_client.get(f"/admin/api/main/images/{image.pk}/").status_code == 404


def test_the_document_chooser_shows_a_moderator_no_private_document(moderator_client, private_document):
    assert "Raumplanung" not in moderator_client.get("/admin/documents/chooser/").content.decode()
    found = moderator_client.get("/admin/documents/chooser/results/?q=Raumplanung").content.decode()
    assert private_document.filename not in found and private_document.url not in found


def test_the_page_chooser_hides_the_chapters_of_a_withdrawn_concept_from_a_moderator(moderator_client, home):
    from tests.factories import ChapterPageFactory, ConceptPageFactory

    withdrawn = ConceptPageFactory(parent=home, slug="alt", title="Altes Konzept")
    ChapterPageFactory(parent=withdrawn, slug="k", title="Kapitel Zurückgezogen")
    withdrawn.unpublish()
    html = moderator_client.get("/admin/choose-page/search/?q=Zurückgezogen").content.decode()
    assert "Kapitel Zurückgezogen" not in html
