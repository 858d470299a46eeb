"""Chapters published before versions were recorded get their live revision as version 1,
and both editorial groups may write official responses."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def backfill(apps, schema_editor):
    ChapterPage = apps.get_model("concept", "ChapterPage")
    ChapterVersion = apps.get_model("concept", "ChapterVersion")
    for chapter in ChapterPage.objects.filter(live=True, live_revision__isnull=False):
        if not ChapterVersion.objects.filter(chapter=chapter).exists():
            ChapterVersion.objects.create(
                chapter=chapter,
                revision_id=chapter.live_revision_id,
                number=1,
                published_at=chapter.last_published_at or chapter.first_published_at,
            )


def grant_respond(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(content_type__app_label="concept", codename="respond_chaptercomment").first()
    if permission is None:
        return
    for group in Group.objects.filter(name__in=["Redaktion", "Moderation"]):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("concept", "0004_versions_and_responses")]

    operations = [
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.RunPython(grant_respond, migrations.RunPython.noop),
    ]
