"""Moves the files of existing documents from the public media storage to the private one
(home/documents.py), so they stop being reachable under /media/documents/ and keep downloading
through /documents/<id>/<file name>. Files already moved or missing are left alone."""

from django.core.files.storage import storages
from django.db import migrations


def move(apps, source, target):
    Document = apps.get_model("wagtaildocs", "Document")
    for name in Document.objects.values_list("file", flat=True).iterator():
        if not name or target.exists(name) or not source.exists(name):
            continue
        with source.open(name) as content:
            target.save(name, content)
        source.delete(name)


def to_private(apps, schema_editor):
    move(apps, storages["media"], storages["documents"])


def to_public(apps, schema_editor):
    move(apps, storages["documents"], storages["media"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_officedirectorypage_portalsettings_emergency_page"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(to_private, to_public)]
