"""What publishing a page asks first, on every path that publishes (issue 15).

One function, ``publish_warnings(page)``, says what an editor should confirm before ``page`` (the
page as it would go live: a revision's object) is published: what the page itself says
(``page.publish_warnings(at=...)``, a concept's window, ``concept/window.py``) and, for a
translation, how much of it is untranslated (``translation_admin.partial_translation``). The paths
that publish ask it:

* the edit form ("Veröffentlichen", "Freigeben und veröffentlichen"): ``concept/window.py`` for the
  window as typed, ``translation_admin.confirm_partial_publish`` for a translation;
* the approval from the dashboard or the page list: ``ApprovalTask``, the workflow's task, whose
  approve form shows the warnings and asks for a tick when approving publishes;
* bulk "Veröffentlichen" in the page list: ``confirm_bulk_publish`` (``before_bulk_action``);
* scheduled publishing (``go_live_at``) is publishing: the warnings are judged at the moment the
  page goes live and said at scheduling.

Imports nothing of ``concept/``: a concept brings its warnings through its own method.
"""

from datetime import timedelta

from django import forms
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import GroupApprovalTask, Page, Task
from wagtail.models.workflows import TaskStateCommentForm

BULK_CONFIRM_FIELD = "hinweise_bestaetigt"


def going_live_at(page, now=None):
    """When ``page`` goes live if published now: its ``go_live_at`` when that lies ahead."""
    now = now or timezone.now()
    go_live_at = getattr(page, "go_live_at", None)
    return go_live_at if go_live_at and go_live_at > now else now


def publish_warnings(page, *, at=None):
    """What to confirm before publishing ``page`` (as it would go live), in words; [] when nothing."""
    from .translation_admin import partial_translation

    specific = page.specific if type(page) is Page else page
    scheduled = at or going_live_at(specific)
    warnings = []
    own = getattr(specific, "publish_warnings", None)
    if callable(own):
        warnings.extend(own(at=scheduled))
    partial = partial_translation(specific)
    if partial is not None:
        warnings.append(partial.message)
    if warnings and scheduled > timezone.now() + timedelta(minutes=1):
        warnings.insert(0, scheduled_note(scheduled))
    return warnings


def scheduled_note(at):
    """The line before the warnings of a scheduled publication: they are judged at that moment."""
    return _("Geplante Veröffentlichung am %(moment)s Uhr; die Hinweise gelten für diesen Zeitpunkt.") % {
        "moment": timezone.localtime(at).strftime("%d.%m.%Y %H:%M")
    }


def approval_publishes(page):
    """Whether approving the task ``page`` waits in now publishes it (no task of the workflow left)."""
    state = page.current_workflow_state
    if state is None or state.current_task_state is None:
        return False
    return not (
        Task.objects.filter(workflow_tasks__workflow=state.workflow, active=True)
        .exclude(task_states__in=state.successful_task_states)
        .exclude(pk=state.current_task_state.task_id)
        .exists()
    )


def approval_warnings(page):
    """``publish_warnings`` of the revision an approval of ``page`` would publish; [] when it would not."""
    if not approval_publishes(page):
        return []
    revision = page.current_workflow_state.current_task_state.revision
    return publish_warnings(revision.as_object())


# The workflow's task ------------------------------------------------------------------------


class ApproveForm(TaskStateCommentForm):
    """The approve form of ``ApprovalTask``: the comment, and when approving would publish something
    that warns, the warnings and a tick that must be set."""

    warnings = ()
    confirmed = forms.BooleanField(label=_("Trotz der Hinweise freigeben und veröffentlichen"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.warnings:
            self.fields["confirmed"].required = True
            self.fields["confirmed"].error_messages["required"] = _(
                "Bitte bestätigen Sie die Hinweise oder geben Sie nicht frei."
            )
        else:
            del self.fields["confirmed"]


class ApprovalTask(GroupApprovalTask):
    """Wagtail's group approval ("Freigabe durch die Amtsleitung"), asking before it publishes what
    ``publish_warnings`` warns about.

    Wagtail gives a task's form no object (``get_form_for_action(action)``); its views ask
    ``get_actions(obj, user)`` first (the permission check in ``dispatch``) on the same task
    instance, so that is where the page's warnings are learnt and the form built afterwards
    carries them. While they stand only the approval with the form (the modal) is offered, so
    the one-click "Freigeben" cannot skip them."""

    _warnings = ()

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        self._warnings = approval_warnings(obj) if actions else ()
        if self._warnings:
            actions = [
                (name, _("Freigeben (mit Hinweisen)") if name == "approve" else label, modal)
                for name, label, modal in actions
                if name != "approve" or modal
            ]
        return actions

    def get_form_for_action(self, action):
        if action != "approve":
            return super().get_form_for_action(action)
        task = self

        class Form(ApproveForm):
            def __init__(self, *args, **kwargs):
                self.warnings = list(task._warnings)
                super().__init__(*args, **kwargs)

        return Form

    def get_template_for_action(self, action):
        return (
            "home/admin/workflow_approve_modal.html" if action == "approve" else super().get_template_for_action(action)
        )

    def on_action(self, task_state, user, action_name, **kwargs):
        kwargs.pop("confirmed", None)  # asked by the form; the task state knows only the comment
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Mitglieder der gewählten Gruppen geben frei; vor dem Veröffentlichen nennt die Freigabe, was zu "
            "prüfen ist (Beteiligungszeitraum, unvollständige Übersetzung)."
        )

    class Meta:
        verbose_name = _("Freigabe durch eine Gruppe")
        verbose_name_plural = _("Freigaben durch eine Gruppe")


# Bulk "Veröffentlichen" ---------------------------------------------------------------------


def confirm_bulk_publish(request, action_type, objects, action):
    """``before_bulk_action``: publishing pages of which some warn shows which and why and asks;
    the confirmation posts the same form again with ``BULK_CONFIRM_FIELD``."""
    if action_type != "publish" or request.POST.get(BULK_CONFIRM_FIELD):
        return None
    pages = [page for page in objects if isinstance(page, Page)]
    if request.POST.get("include_descendants"):
        for page in list(pages):
            pages.extend(
                descendant
                for descendant in page.get_descendants().not_live().specific()
                if descendant.permissions_for_user(request.user).can_publish()
            )
    concerns = []
    for page in pages:
        warnings = publish_warnings(page.specific.get_latest_revision_as_object())
        if warnings:
            concerns.append((page.specific, warnings))
    if not concerns:
        return None
    posted = [
        (name, value)
        for name in request.POST
        if name not in ("csrfmiddlewaretoken", BULK_CONFIRM_FIELD)
        for value in request.POST.getlist(name)
    ]
    return TemplateResponse(
        request,
        "home/admin/confirm_bulk_publish.html",
        {
            "concerns": concerns,
            "posted": posted,
            "confirm_field": BULK_CONFIRM_FIELD,
            "action_url": request.get_full_path(),
            "back_url": action.next_url,
        },
    )
