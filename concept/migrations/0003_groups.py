"""The two groups of the district's admin: "Redaktion" (editors) and "Moderation" (moderators).

Editors edit and publish every page, upload images and documents, maintain the counselling
offices and moderate comments; moderators only moderate comments. Existing groups of the same
name keep what they have and get what is missing.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS, MODERATORS = "Redaktion", "Moderation"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]
MODERATE = ("concept", "chaptercomment", "moderate_chaptercomment")
ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin")
EDITOR_MODEL_PERMISSIONS = [
    ("home", "contactoffice", "add_contactoffice"),
    ("home", "contactoffice", "change_contactoffice"),
    ("home", "contactoffice", "delete_contactoffice"),
]


def create_all_permissions(apps, using):
    """Permissions of models created by earlier migrations of this run do not exist yet
    (Django creates them after the last migration); create them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = None


def get_permission(apps, using, app_label, model, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.using(using).get(
        content_type__app_label=app_label, content_type__model=model, codename=codename
    )


def create_groups(apps, schema_editor):
    using = schema_editor.connection.alias
    create_all_permissions(apps, using)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    access_admin = get_permission(apps, using, *ACCESS_ADMIN)
    moderate = get_permission(apps, using, *MODERATE)

    moderators, _ = Group.objects.using(using).get_or_create(name=MODERATORS)
    moderators.permissions.add(access_admin, moderate)

    editors, _ = Group.objects.using(using).get_or_create(name=EDITORS)
    editors.permissions.add(
        access_admin, moderate, *(get_permission(apps, using, *spec) for spec in EDITOR_MODEL_PERMISSIONS)
    )

    root_page = Page.objects.using(using).filter(depth=1).order_by("path").first()
    if root_page is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.using(using).get_or_create(
                group=editors, page=root_page, permission=get_permission(apps, using, "wagtailcore", "page", codename)
            )

    root_collection = Collection.objects.using(using).filter(depth=1).order_by("path").first()
    if root_collection is not None:
        for app_label, model, codenames in COLLECTION_PERMISSIONS:
            for codename in codenames:
                GroupCollectionPermission.objects.using(using).get_or_create(
                    group=editors,
                    collection=root_collection,
                    permission=get_permission(apps, using, app_label, model, codename),
                )


def delete_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    # Page and collection permissions go with their group (on_delete=CASCADE).
    Group.objects.using(schema_editor.connection.alias).filter(name__in=[EDITORS, MODERATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("concept", "0002_conceptpage_pre_moderation_chaptercomment_and_more"),
        ("home", "0002_alter_eventpage_location"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
