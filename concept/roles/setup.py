"""One function sets up an office for a page subtree: its four groups (each with a one-line
description), Wagtail's page and collection permissions, the portal's own roles (``RoleGrant``)
and the workflow "Freigabe durch die Amtsleitung".

The district is its first user (migration ``concept.0009_district_office``, on the whole tree);
an organisation later gets the same set on its own subtree, with its name as ``prefix``.
It works with the real models and, inside a migration, with the historical ones (``apps``), and
is idempotent: what exists is kept, what is missing is added.
"""

from django.apps import apps as global_apps
from django.utils.translation import gettext_noop

SACHBEARBEITUNG, AMTSLEITUNG, MODERATION, UEBERSETZUNG = "Sachbearbeitung", "Amtsleitung", "Moderation", "Übersetzung"
WORKFLOW_NAME = "Freigabe durch die Amtsleitung"

ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin")
SUBMIT_TRANSLATION = ("wagtail_localize", "translation", "submit_translation")
OFFICES = [
    ("home", "contactoffice", "add_contactoffice"),
    ("home", "contactoffice", "change_contactoffice"),
]
DELETE_OFFICE = ("home", "contactoffice", "delete_contactoffice")
MEDIA = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]

# name: (description, model permissions, page permissions on the subtree, media, roles)
GROUPS = {
    SACHBEARBEITUNG: (
        gettext_noop(
            "Bearbeitet Seiten, Konzepte und Kapitel und reicht sie zur Freigabe ein (veröffentlicht nicht "
            "selbst); moderiert Kommentare und entwirft Stellungnahmen."
        ),
        [ACCESS_ADMIN, *OFFICES],
        ["add_page", "change_page"],
        True,
        ["moderate", "respond"],
    ),
    AMTSLEITUNG: (
        gettext_noop(
            "Gibt eingereichte Seiten frei und veröffentlicht sie; gibt Stellungnahmen frei, einzeln oder "
            "alle auf einmal."
        ),
        [ACCESS_ADMIN, *OFFICES, DELETE_OFFICE, SUBMIT_TRANSLATION],
        ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        True,
        ["moderate", "respond", "release"],
    ),
    MODERATION: (
        gettext_noop(
            "Moderiert die Kommentare der Beteiligung (freigeben, ausblenden, Meldungen); bearbeitet keine Seiten."
        ),
        [ACCESS_ADMIN],
        [],
        False,
        ["moderate"],
    ),
    UEBERSETZUNG: (
        gettext_noop("Reicht Seiten zur Übersetzung ein und übersetzt sie; veröffentlicht nicht selbst."),
        [ACCESS_ADMIN, SUBMIT_TRANSLATION],
        ["change_page"],
        False,
        [],
    ),
}


def _permission(apps, using, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.using(using).get_or_create(app_label=app_label, model=model)
    permission = Permission.objects.using(using).filter(content_type=content_type, codename=codename).first()
    if permission is None:  # created by Django only after the last migration of a run
        permission = Permission.objects.using(using).create(
            content_type=content_type, codename=codename, name=codename.replace("_", " ").capitalize()
        )
    return permission


def create_office(page, *, prefix="", collection=None, apps=global_apps, using="default"):
    """Creates (or completes) the four groups, their permissions and roles on ``page``'s subtree and
    the approval workflow on ``page``; images and documents in ``collection`` (the root collection
    by default); returns {base name: group}."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    RoleGrant = apps.get_model("concept", "RoleGrant")
    GroupDescription = apps.get_model("concept", "GroupDescription")
    root_collection = collection or Collection.objects.using(using).filter(depth=1).order_by("path").first()

    groups = {}
    for name, (description, model_permissions, page_permissions, media, roles) in GROUPS.items():
        group, _ = Group.objects.using(using).get_or_create(name=f"{prefix}{name}")
        groups[name] = group
        GroupDescription.objects.using(using).get_or_create(group=group, defaults={"text": description})
        group.permissions.add(*(_permission(apps, using, *spec) for spec in model_permissions))
        for codename in page_permissions:
            GroupPagePermission.objects.using(using).get_or_create(
                group=group, page_id=page.pk, permission=_permission(apps, using, "wagtailcore", "page", codename)
            )
        if media and root_collection is not None:
            for app_label, model, codenames in MEDIA:
                for codename in codenames:
                    GroupCollectionPermission.objects.using(using).get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=_permission(apps, using, app_label, model, codename),
                    )
        for role in roles:
            RoleGrant.objects.using(using).get_or_create(group=group, role=role, page_id=page.pk)
    _create_workflow(apps, using, page, groups[AMTSLEITUNG], f"{prefix}{WORKFLOW_NAME}")
    return groups


def _create_workflow(apps, using, page, approvers, name):
    """A one-step workflow: the group ``approvers`` approves; assigned to ``page`` (and so to its
    subtree, unless a page below has a workflow of its own)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    # The portal's approval task (home/publishing.py: it asks before publishing what warns); the
    # migrations before it exists (0009) make Wagtail's, which migration 0018 turns into ours.
    try:
        ApprovalTask, app_label, model = apps.get_model("home", "ApprovalTask"), "home", "approvaltask"
    except LookupError:
        ApprovalTask, app_label, model = GroupApprovalTask, "wagtailcore", "groupapprovaltask"
    task_type, _ = ContentType.objects.using(using).get_or_create(app_label=app_label, model=model)
    task = ApprovalTask.objects.using(using).filter(name=name).first()
    if task is None:
        # Task is polymorphic: its content type names the specific class.
        task = ApprovalTask.objects.using(using).create(name=name, active=True, content_type=task_type)
    task.groups.add(approvers)
    workflow, _ = Workflow.objects.using(using).get_or_create(name=name, defaults={"active": True})
    if not WorkflowTask.objects.using(using).filter(workflow=workflow, task_id=task.pk).exists():
        base_task = Task.objects.using(using).get(pk=task.pk)
        WorkflowTask.objects.using(using).create(workflow=workflow, task=base_task, sort_order=0)
    WorkflowPage.objects.using(using).update_or_create(page_id=page.pk, defaults={"workflow": workflow})
    return workflow
