"""The portal's own rights in Wagtail's group editor: a panel with the group's one-line description
and its roles (moderate, draft responses, release responses), each on a page and its subtree.

Imported by ``concept/wagtail_hooks.py`` (Wagtail only looks for hooks in that module).
"""

from django import forms
from django.contrib.auth.models import Group
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import AdminPageChooser

from .models import GroupDescription, RoleGrant


class DescriptionForm(forms.Form):
    description = forms.CharField(
        label=_("Beschreibung"),
        help_text=_("Ein Satz, der sagt, wofür die Gruppe da ist."),
        max_length=300,
        required=False,
    )


RoleGrantFormSet = forms.inlineformset_factory(
    Group,
    RoleGrant,
    fields=["role", "page"],
    extra=2,
    can_delete=True,
    widgets={"page": AdminPageChooser(show_edit_link=False)},
)


class RolePanel:
    """The interface Wagtail's group views expect of a permission panel: built with the POST data
    and the group, ``is_valid()``, ``save()`` after the group is saved, ``media``, ``as_admin_panel()``."""

    prefix = "concept_roles"

    def __init__(self, data=None, files=None, instance=None, prefix=None):
        self.instance = instance if instance is not None else Group()
        initial = {}
        if self.instance.pk is not None:
            description = GroupDescription.objects.filter(group=self.instance).first()
            initial["description"] = description.text if description is not None else ""
        self.description_form = DescriptionForm(data, prefix=f"{self.prefix}-description", initial=initial)
        self.formset = RoleGrantFormSet(data, files, instance=self.instance, prefix=self.prefix)

    @property
    def media(self):
        return self.formset.media

    def is_valid(self):
        return self.description_form.is_valid() and self.formset.is_valid()

    @transaction.atomic
    def save(self):
        self.formset.instance = self.instance  # saved by now (Wagtail saves the group first)
        for form in self.formset.forms:
            if form.instance.pk is None:
                form.instance.group = self.instance
        grants = self.formset.save(commit=False)
        for grant in self.formset.deleted_objects:
            grant.delete()
        for grant in grants:
            RoleGrant.objects.get_or_create(group=self.instance, role=grant.role, page=grant.page)
        GroupDescription.objects.update_or_create(
            group=self.instance, defaults={"text": self.description_form.cleaned_data["description"]}
        )

    def as_admin_panel(self):
        return render_to_string(
            "concept/roles/group_panel.html", {"formset": self.formset, "description_form": self.description_form}
        )


@hooks.register("register_group_permission_panel")
def register_role_panel():
    return RolePanel
