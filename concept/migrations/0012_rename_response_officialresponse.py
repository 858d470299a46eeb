"""The model of the district's responses is called OfficialResponse: ``Response`` read as Django
REST framework's response class in every module that used both. The table becomes
``concept_officialresponse`` (a rename, no data moves); Django renames the content type, so the
custom permission ``concept.respond_chaptercomment`` keeps its groups; the default permissions
keep their rows under their new codenames (``add_officialresponse`` …) instead of being doubled."""

from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")


def rename_codenames(old, new):
    def rename(apps, schema_editor):
        Permission = apps.get_model("auth", "Permission")
        for action in ACTIONS:
            stale = Permission.objects.filter(content_type__app_label="concept", codename=f"{action}_{old}")
            if Permission.objects.filter(content_type__app_label="concept", codename=f"{action}_{new}").exists():
                stale.delete()  # already created under the new name: the old row would be a duplicate
            else:
                stale.update(codename=f"{action}_{new}")

    return rename


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("concept", "0011_window_provisional"),
    ]

    operations = [
        migrations.RenameModel("Response", "OfficialResponse"),
        migrations.RunPython(
            rename_codenames("response", "officialresponse"), rename_codenames("officialresponse", "response")
        ),
    ]
