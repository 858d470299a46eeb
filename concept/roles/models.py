"""The portal's own rights per page subtree: "group X has role Y on the subtree of page Z".

Wagtail's page permissions say who may edit and publish pages; these grants say who may
moderate comments, draft responses and release them, on the same kind of subtree (a concept
and its chapters, or the whole tree). ``concept.roles.access.has_role`` reads them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    MODERATE = "moderate", _("Kommentare moderieren")
    RESPOND = "respond", _("Stellungnahmen entwerfen")
    RELEASE = "release", _("Stellungnahmen freigeben")


class RoleGrant(models.Model):
    group = models.ForeignKey(
        "auth.Group", verbose_name=_("Gruppe"), on_delete=models.CASCADE, related_name="role_grants"
    )
    role = models.CharField(_("Aufgabe"), max_length=20, choices=Role.choices)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite (mit allen Unterseiten)"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Aufgabe einer Gruppe")
        verbose_name_plural = _("Aufgaben der Gruppen")
        constraints = [models.UniqueConstraint(fields=["group", "role", "page"], name="unique_role_grant")]

    def __str__(self):
        return f"{self.group} · {self.get_role_display()} · {self.page_id}"


class GroupDescription(models.Model):
    """One line that says what a group is for (Wagtail's groups have no description)."""

    group = models.OneToOneField(
        "auth.Group", on_delete=models.CASCADE, related_name="office_description", primary_key=True
    )
    text = models.CharField(_("Beschreibung"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("Beschreibung einer Gruppe")
        verbose_name_plural = _("Beschreibungen der Gruppen")

    def __str__(self):
        return self.text
