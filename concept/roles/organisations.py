"""Organisations on one installation: the district and its towns and Ämter (issue 22).

An organisation is a Wagtail site: its hostname, its start page (and the start page's
translations, one tree per language), its portal settings (legal pages, emergency page, mail
sender and signature) and its office, the four groups of ``setup.create_office`` named
"<organisation>: Sachbearbeitung" and so on, with their page permissions, roles and workflow on
its own trees and its images and documents in its own collection. What the public may see on a
host is limited to that host's site by the reading rule (``home/access.py``); what an office may
do is limited to its trees by its grants.

The district's office is created by migration 0009 on the whole page tree (before any start page
exists). ``create_organisation`` narrows it to the district's own site the first time another
organisation is added, so the district's moderators do not see a town's participants.
"""

from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Collection, GroupPagePermission, Locale, Page, Site, WorkflowPage

from home.models import HomePage, PortalSettings
from home.organisations import granted_sites

from .models import RoleGrant
from .setup import GROUPS, create_office


def site_roots(site):
    """The site's start page and its translations: the trees an office of the site works on."""
    return list(site.root_page.get_translations(inclusive=True).order_by("path"))


def office_groups(prefix):
    from django.contrib.auth.models import Group

    return list(Group.objects.filter(name__in=[f"{prefix}{name}" for name in GROUPS]))


@transaction.atomic
def create_organisation(name, hostname, *, port=80, languages=("de",), title="", intro=""):
    """The organisation's site, start page (with a translated start page per further language),
    portal settings, collection and office; idempotent: what exists is kept. Returns the site."""
    german = Locale.objects.get(language_code="de")
    site = Site.objects.filter(hostname=hostname, port=port).select_related("root_page").first()
    if site is None:
        root = Page.get_first_root_node()
        slug = slugify(name)
        home = HomePage.objects.filter(depth=2, slug=slug, locale=german).first()
        if home is None:
            home = root.add_child(instance=HomePage(title=title or name, slug=slug, intro=intro, locale=german))
            home.save_revision().publish()
        site = Site.objects.create(hostname=hostname, port=port, root_page=home, site_name=name)
    home = site.root_page.specific
    for code in languages:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        if code != "de" and home.get_translation_or_none(locale) is None:
            # A draft to translate (Übersetzung); until it is published, visitors in that language
            # get the German start page with a note, never German text marked as Arabic.
            home.copy_for_translation(locale)

    settings = PortalSettings.for_site(site)
    if not settings.organisation_name or not settings.mail_sender_name:
        settings.organisation_name = settings.organisation_name or name
        settings.mail_sender_name = settings.mail_sender_name or name
        settings.save()

    root_collection = Collection.get_first_root_node()
    collection = root_collection.get_children().filter(name=name).first()
    if collection is None:
        collection = root_collection.add_child(instance=Collection(name=name))
    for root in site_roots(site):
        create_office(root, prefix=f"{name}: ", collection=collection)
    narrow_district_office()
    return site


def narrow_district_office():
    """Moves the district's grants (the unprefixed groups) from the whole tree to the default site's
    trees, once there is more than one site; nothing happens while the district is alone."""
    default = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if default is None or Site.objects.count() < 2:
        return
    tree_root = Page.get_first_root_node()
    groups = office_groups("")
    on_tree = GroupPagePermission.objects.filter(group__in=groups, page=tree_root)
    if not on_tree.exists() and not RoleGrant.objects.filter(group__in=groups, page=tree_root).exists():
        return
    for root in site_roots(default):
        create_office(root)
    on_tree.delete()
    RoleGrant.objects.filter(group__in=groups, page=tree_root).delete()
    # The district's workflow moves with its office; a page outside every site has none.
    WorkflowPage.objects.filter(page=tree_root).delete()


def follow_translated_start_page(sender, instance, created, **kwargs):
    """A start page translated later (an editor adds Farsi) joins its organisation's office: the
    grants, roles and workflow of the start page it translates are given on the new tree too."""
    if not created or instance.depth != 2 or kwargs.get("raw"):
        return
    source = Page.objects.filter(depth=2, translation_key=instance.translation_key).exclude(pk=instance.pk).first()
    if source is None:
        return
    for permission in GroupPagePermission.objects.filter(page=source):
        GroupPagePermission.objects.get_or_create(
            group_id=permission.group_id, page=instance, permission_id=permission.permission_id
        )
    for grant in RoleGrant.objects.filter(page=source):
        RoleGrant.objects.get_or_create(group_id=grant.group_id, role=grant.role, page=instance)
    assignment = WorkflowPage.objects.filter(page=source).first()
    if assignment is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow_id": assignment.workflow_id})


def connect():
    from django.db.models.signals import post_save

    post_save.connect(follow_translated_start_page, sender=HomePage, dispatch_uid="organisation-translations")


def _organisations(user):
    """[(site, start page paths)] of the organisations ``user`` works for: home's one rule
    (``granted_sites``) asked with the page permissions and the roles of the user's groups. Read
    once per user object."""
    cached = getattr(user, "_organisations", None)
    if cached is None:
        granted = {
            *GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True),
            *RoleGrant.objects.filter(group__user=user).values_list("page__path", flat=True),
        }
        cached = user._organisations = granted_sites(granted)
    return cached


def user_trees(user):
    """Tree paths of the start pages (every language) of the organisations ``user`` works for:
    the sites on whose trees the user's groups hold a page permission or a role, or, for a grant
    above the sites (the district's office while it is alone, on the whole tree), every site. None
    for superusers (no limit); () for a user of no organisation."""
    if not (user.is_authenticated and user.is_active):
        return ()
    if user.is_superuser:
        return None
    return tuple(sorted(path for _site, starts in _organisations(user) for path in starts))


def user_sites(user):
    """The sites of the organisations ``user`` works for (every site for superusers), by tree order
    of their start pages."""
    trees = user_trees(user)
    if trees is None:
        return list(Site.objects.select_related("root_page").order_by("root_page__path"))
    return [site for site, _starts in _organisations(user)] if trees else []


def organisation_name(user):
    """The name of the one organisation ``user`` works for, as its public pages name it (its portal
    settings' name; the site's name; the installation's for the district): the admin's dashboard
    says whose admin it is. None for superusers and for users of several or no organisations."""
    from django.conf import settings

    if user_trees(user) is None:
        return None
    sites = user_sites(user)
    if len(sites) != 1:
        return None
    site = sites[0]
    row = PortalSettings.objects.filter(site=site).first()  # read only: a GET creates no settings
    name = row.organisation_name if row else ""
    return name or ("" if site.is_default_site else site.site_name) or settings.WAGTAIL_SITE_NAME
