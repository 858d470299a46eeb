"""The imported Word file, kept privately: a Wagtail document in the collection "Word-Importe (intern)".

A Word draft can carry author names, tracked changes and internal comments, so the file the
import read is kept (``ConceptPage.source_document``) where the public never reaches it:

- the collection has a view restriction (login), so Wagtail's API v2 leaves its documents out
  and Wagtail's own serve view would ask for a login;
- ``refuse_outsiders`` answers 404 before that for everybody without access to the admin (no
  login form for citizens, nothing said about the file);
- only when an editor ticks "Word-Datei öffentlich zum Herunterladen anbieten" on the concept and
  publishes it does the file move to the public root collection (``sync_on_publish``); publishing
  without the tick, or unpublishing the concept, moves it back.
"""

from pathlib import PurePath

from django.core.files.base import ContentFile
from django.http import Http404

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

PRIVATE_COLLECTION_NAME = "Word-Importe (intern)"


def private_collection():
    """The collection of imported Word files, created with its login restriction on first use."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PRIVATE_COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=PRIVATE_COLLECTION_NAME)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


def is_private(document):
    return document.collection.name == PRIVATE_COLLECTION_NAME and document.collection.depth == 2


def keep_source(data, filename, title, user=None):
    """Stores the uploaded bytes as a document in the private collection and returns it."""
    name = PurePath(filename or "").name or "konzept.docx"
    document = get_document_model()(
        title=title,
        file=ContentFile(data, name=name),
        collection=private_collection(),
        uploaded_by_user=user,
    )
    document._set_document_file_metadata()
    document.save()
    return document


def move(document, collection):
    if document.collection_id != collection.pk:
        document.collection = collection
        document.save(update_fields=["collection"])


def sync_on_publish(sender, instance, **kwargs):
    """On publication: the source file public only when the editor chose so; back to private otherwise."""
    document = getattr(instance, "source_document", None)
    if document is None:
        return
    if instance.offer_source_document:
        if is_private(document):
            move(document, Collection.get_first_root_node())
    elif not is_private(document):
        move(document, private_collection())


def sync_on_unpublish(sender, instance, **kwargs):
    document = getattr(instance, "source_document", None)
    if document is not None and not is_private(document):
        move(document, private_collection())


def refuse_outsiders(document, request):
    """``before_serve_document``: a private import is a 404 for everybody outside the admin."""
    if is_private(document) and not request.user.has_perm("wagtailadmin.access_admin"):
        raise Http404
