"""Documents: a restricted collection's files are never reachable by a public URL; public ones still download."""

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.http import Http404
from django.test import RequestFactory
from django.views.static import serve

from wagtail.documents.models import Document
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media")]
ROOT = Path(__file__).resolve().parents[1]
SECRET = b"Vertraulich: Raumplanung der Sammelunterkunft"


@pytest.fixture
def restricted(db):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=BaseViewRestriction.LOGIN)
    return collection


def upload(title, filename, content, collection=None):
    document = Document(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def downloaded(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def served_as_media(name):
    """What /media/<name> answers where Django serves the media (make run) or a web server serves MEDIA_ROOT."""
    try:
        return downloaded(serve(RequestFactory().get(f"/media/{name}"), name, document_root=settings.MEDIA_ROOT))
    except Http404:
        return None


def test_a_document_of_a_login_restricted_collection_has_no_public_url(client, restricted, django_user_model):
    document = upload("Raumplanung", "raumplanung.txt", SECRET, restricted)

    assert served_as_media(document.file.name) is None
    assert not list(Path(settings.MEDIA_ROOT).rglob("raumplanung*"))
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]

    client.force_login(django_user_model.objects.create_user("mitarbeiterin", password="x"))
    assert downloaded(client.get(document.url)) == SECRET


def test_a_document_of_a_password_restricted_collection_asks_for_the_password(client):
    collection = Collection.get_first_root_node().add_child(name="Arbeitsgruppe")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=BaseViewRestriction.PASSWORD, password="geheim"
    )
    document = upload("Protokoll", "protokoll.txt", SECRET, collection)

    assert served_as_media(document.file.name) is None
    response = client.get(document.url)
    assert SECRET not in downloaded(response)
    assert 'name="password"' in response.content.decode()


def test_a_public_document_still_downloads_and_only_through_the_serve_view(client):
    document = upload("Entwurf", "entwurf.txt", b"Entwurf des Integrationskonzepts")

    response = client.get(document.url)
    assert response.status_code == 200
    assert downloaded(response) == b"Entwurf des Integrationskonzepts"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_api_neither_lists_nor_links_private_documents(client, restricted):
    public = upload("Entwurf", "entwurf.txt", b"Entwurf")
    private = upload("Raumplanung", "raumplanung.txt", SECRET, restricted)

    listing = client.get("/api/v2/documents/").json()
    assert [item["title"] for item in listing["items"]] == ["Entwurf"]
    assert listing["items"][0]["meta"]["download_url"].endswith(public.url)
    assert client.get(f"/api/v2/documents/{private.pk}/").status_code == 404
    assert client.get("/api/v2/documents/?search=Raumplanung").json()["items"] == []
    assert "raumplanung" not in json.dumps(client.get("/api/v2/pages/?fields=*").json())


def test_sitemap_and_search_do_not_name_private_documents(client, home, restricted):
    document = upload("Raumplanung", "raumplanung.txt", SECRET, restricted)

    assert "raumplanung" not in client.get("/sitemap.xml").content.decode().lower()
    results = client.get("/de/search/?query=Raumplanung").content.decode()
    assert "/documents/" not in results and document.filename not in results


def test_existing_documents_move_out_of_the_public_media_and_keep_downloading(client):
    """The data migration for documents uploaded while they were stored in MEDIA_ROOT."""
    media, private = storages["media"], storages["documents"]
    name = media.save("documents/alt.txt", ContentFile(b"Alter Entwurf"))
    document = Document.objects.create(title="Alt", file=name, collection=Collection.get_first_root_node())
    assert served_as_media(name) == b"Alter Entwurf"

    migration = importlib.import_module("home.migrations.0004_documents_out_of_public_media")
    migration.to_private(apps, None)

    assert served_as_media(name) is None
    assert not media.exists(name) and private.exists(name)
    assert downloaded(client.get(document.url)) == b"Alter Entwurf"


def test_on_object_storage_documents_go_to_a_private_bucket_or_prefix():
    """Checked in the production settings without touching S3 (boto3 connects lazily)."""
    script = (
        "import json; from django.core.files.storage import storages as s; d = s['documents']; m = s['media'];"
        "print(json.dumps([d.bucket_name, d.location, d.querystring_auth, d.custom_domain, m.bucket_name]))"
    )
    env = {
        "PATH": "",
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "test-only-0123456789abcdefghijklmnopqrstuvwxyzABCDEF",
        "AWS_STORAGE_BUCKET_NAME": "kreis-media",
        "AWS_S3_CUSTOM_DOMAIN": "cdn.kreis.example",
    }

    def storages_with(**extra):
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-v0", "-c", script],
            cwd=ROOT,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    # Signed URLs only, never the CDN's public host; the public images stay where they were.
    assert storages_with() == ["kreis-media", "private", True, None, "kreis-media"]
    separate = storages_with(AWS_DOCUMENTS_BUCKET_NAME="kreis-dokumente")
    assert separate == ["kreis-dokumente", "", True, None, "kreis-media"]
