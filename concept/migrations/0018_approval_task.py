"""The workflow "Freigabe durch die Amtsleitung" (of the district and of every organisation) gets the
portal's approval task (home/publishing.py: ApprovalTask, which asks before it publishes what warns).

The existing task is turned into one in place (a row in the subclass's table, the task's content type
changed): its groups, its workflows and the pages waiting in it stay as they are."""

from django.db import migrations

from concept.roles.setup import WORKFLOW_NAME


def promote(apps, schema_editor):
    using = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ApprovalTask = apps.get_model("home", "ApprovalTask")
    ours, _ = ContentType.objects.using(using).get_or_create(app_label="home", model="approvaltask")
    promoted = ApprovalTask.objects.using(using).values_list("pk", flat=True)
    for task in GroupApprovalTask.objects.using(using).filter(name__endswith=WORKFLOW_NAME).exclude(pk__in=promoted):
        child = ApprovalTask(groupapprovaltask_ptr_id=task.pk)
        for field in GroupApprovalTask._meta.concrete_fields:
            setattr(child, field.attname, getattr(task, field.attname))
        child.save_base(raw=True, using=using)  # raw: the parents' rows exist and stay
        Task.objects.using(using).filter(pk=task.pk).update(content_type=ours)


def demote(apps, schema_editor):
    using = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    ApprovalTask = apps.get_model("home", "ApprovalTask")
    wagtails, _ = ContentType.objects.using(using).get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    ids = list(ApprovalTask.objects.using(using).values_list("pk", flat=True))
    ApprovalTask.objects.using(using).filter(pk__in=ids)._raw_delete(using)  # only the subclass's rows
    Task.objects.using(using).filter(pk__in=ids).update(content_type=wagtails)


class Migration(migrations.Migration):
    dependencies = [
        ("concept", "0017_merge_20261207_1700"),
        ("home", "0008_approval_task"),
    ]

    operations = [migrations.RunPython(promote, demote)]
