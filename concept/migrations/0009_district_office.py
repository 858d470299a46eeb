"""The district's office: the four groups Sachbearbeitung, Amtsleitung, Moderation and Übersetzung
on the whole page tree, with the workflow "Freigabe durch die Amtsleitung" (``concept.roles.setup``).

The groups an office does not recognise go, their members kept: Wagtail's "Editors" join the
Sachbearbeitung; Wagtail's "Moderators" and the old "Redaktion" (who could publish and answer)
join the Amtsleitung, so nobody loses what they could do. "Moderation" stays, for comments only
(it no longer writes responses). Wagtail's default workflow "Moderators approval" is switched off.
The model permissions "moderate/respond chaptercomment" are gone: the roles replace them.
"""

from django.db import migrations

from concept.roles.setup import AMTSLEITUNG, MODERATION, SACHBEARBEITUNG, create_office

MOVED = {"Editors": SACHBEARBEITUNG, "Moderators": AMTSLEITUNG, "Redaktion": AMTSLEITUNG}
OLD_PERMISSIONS = ["moderate_chaptercomment", "respond_chaptercomment"]


def district_office(apps, schema_editor):
    using = schema_editor.connection.alias
    Page = apps.get_model("wagtailcore", "Page")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    root = Page.objects.using(using).filter(depth=1).order_by("path").first()
    if root is None:
        return
    Permission.objects.using(using).filter(content_type__app_label="concept", codename__in=OLD_PERMISSIONS).delete()
    moderation = Group.objects.using(using).filter(name=MODERATION).first()
    if moderation is not None:  # comments only from now on
        moderation.permissions.clear()
    groups = create_office(root, apps=apps, using=using)
    for old_name, new_name in MOVED.items():
        old = Group.objects.using(using).filter(name=old_name).first()
        if old is not None:
            groups[new_name].user_set.add(*old.user_set.all())
            old.delete()  # its page and collection permissions go with it
    Workflow.objects.using(using).filter(name="Moderators approval").update(active=False)
    Task.objects.using(using).filter(name="Moderators approval").update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("concept", "0008_roles"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("home", "0004_documents_out_of_public_media"),
    ]

    operations = [migrations.RunPython(district_office, migrations.RunPython.noop)]
