"""Where uploads live: documents apart from the public media, so only Wagtail's serve view hands them out.

Wagtail stores every document under `documents/` in the default storage, the same one as images, and
gives no setting for a storage of their own. The default storage is therefore this router: names under
`documents/` go to the storage `documents` (a directory outside MEDIA_ROOT, or a private bucket or
prefix), everything else (images and their renditions) to the public storage `media`. A document is
then reachable only through `/documents/<id>/<file name>` (WAGTAILDOCS_SERVE_METHOD = "serve_view"),
which checks its collection's view restrictions (login, password, groups) on every download.
"""

from django.core.files.storage import Storage, storages

DOCUMENTS_PREFIX = "documents/"


def is_document(name):
    return str(name).replace("\\", "/").startswith(DOCUMENTS_PREFIX)


class PortalStorage(Storage):
    def storage_for(self, name):
        return storages["documents" if is_document(name) else "media"]

    def generate_filename(self, filename):
        return self.storage_for(filename).generate_filename(filename)

    def get_available_name(self, name, max_length=None):
        return self.storage_for(name).get_available_name(name, max_length=max_length)

    def save(self, name, content, max_length=None):
        return self.storage_for(name).save(name, content, max_length=max_length)

    def open(self, name, mode="rb"):
        return self.storage_for(name).open(name, mode)

    def delete(self, name):
        return self.storage_for(name).delete(name)

    def exists(self, name):
        return self.storage_for(name).exists(name)

    def size(self, name):
        return self.storage_for(name).size(name)

    def path(self, name):
        return self.storage_for(name).path(name)

    def listdir(self, path):
        return self.storage_for(path).listdir(path)

    def get_accessed_time(self, name):
        return self.storage_for(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self.storage_for(name).get_created_time(name)

    def get_modified_time(self, name):
        return self.storage_for(name).get_modified_time(name)

    def url(self, name):
        if is_document(name):
            # No storage URL that would bypass the collection's restrictions; Wagtail's serve view
            # expects NotImplementedError from storages without one.
            raise NotImplementedError("Documents are served by /documents/<id>/<file name> only.")
        return storages["media"].url(name)
