"""The district's operator (issue 22): the group "Betrieb", allowed into the admin and nothing
else: no page, collection or model permission and no role (concept/operations.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OPERATOR_GROUP = "Betrieb"


def create_group(apps, schema_editor):
    using = schema_editor.connection.alias
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.using(using).get(
        content_type__app_label="wagtailadmin", content_type__model="admin", codename="access_admin"
    )
    group, _ = Group.objects.using(using).get_or_create(name=OPERATOR_GROUP)
    group.permissions.add(access_admin)
    apps.get_model("concept", "GroupDescription").objects.using(using).get_or_create(
        group=group,
        defaults={
            "text": "Betrieb der Installation: sieht den technischen Stand aller Organisationen "
            "(Admin-Ansicht „Betrieb“), keine Beiträge, Namen oder Adressen."
        },
    )


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.using(schema_editor.connection.alias).filter(name=OPERATOR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("concept", "0017_merge_20261207_1700"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
