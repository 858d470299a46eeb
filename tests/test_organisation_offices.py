"""Counselling offices per organisation (issue 22): each office is kept by one organisation (a
Wagtail site); in the admin its office roles list, edit, copy, delete and choose their own offices
only, and another organisation's office answers 404. The public directory on a town's host lists
the town's offices and the district's."""

import importlib

import pytest

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Site

from concept.roles.organisations import create_organisation
from home.models import ContactOffice
from tests.factories import ContactOfficeFactory, OfficeDirectoryPageFactory

pytestmark = pytest.mark.django_db

TOWN = "Stadt Schleswig"
HOST = "schleswig.example.org"


@pytest.fixture
def world(home):
    town = create_organisation(TOWN, HOST)
    district = Site.objects.get(is_default_site=True)
    return {
        "town": town,
        "district": district,
        "district_office": ContactOfficeFactory(name="Ausländerbehörde des Kreises", site=district),
        "town_office": ContactOfficeFactory(name="Bürgerbüro der Stadt", site=town),
    }


def member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


def url(name, office=None):
    args = [office.pk] if office is not None else []
    return reverse(f"wagtailsnippets_home_contactoffice:{name}", args=args)


def form_data(office, site, name):
    return {
        "site": site.pk,
        "name": name,
        "description": "",
        "street": office.street,
        "postcode": office.postcode,
        "city": office.city,
        "phone": office.phone,
        "email": office.email,
        "website": "",
        "opening_hours": "",
        "languages": ["de"],
        "locale": office.locale_id,
    }


@pytest.mark.parametrize(
    ("group", "own", "other"),
    [
        (f"{TOWN}: Sachbearbeitung", "town_office", "district_office"),
        ("Sachbearbeitung", "district_office", "town_office"),
    ],
)
def test_an_office_role_works_on_its_own_offices_only(client, world, django_user_model, group, own, other):
    client.force_login(member(django_user_model, "sb", group))
    mine, theirs = world[own], world[other]
    site = mine.site

    listing = client.get(url("list"))
    assert listing.status_code == 200
    assert mine.name in listing.content.decode()
    assert theirs.name not in listing.content.decode()

    for view in ("edit", "delete", "copy", "usage", "history"):
        assert client.get(url(view, theirs)).status_code == 404, view
    assert client.post(url("edit", theirs), form_data(theirs, site, "Übernommen")).status_code == 404
    assert client.post(url("delete", theirs)).status_code == 404
    bulk = reverse("wagtail_bulk_action", args=["home", "contactoffice", "delete"])
    client.post(f"{bulk}?id={theirs.pk}&next=/admin/")
    theirs.refresh_from_db()
    assert theirs.name == world[other].name and theirs.site_id == world[other].site_id

    # Not even by filing an office under another organisation.
    other_site = theirs.site
    response = client.post(url("edit", mine), form_data(mine, other_site, "Verschoben"))
    mine.refresh_from_db()
    assert response.status_code == 200 and mine.site_id == site.pk

    assert client.get(url("edit", mine)).status_code == 200
    response = client.post(url("edit", mine), form_data(mine, site, "Neuer Name"))
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.name == "Neuer Name"


@pytest.mark.parametrize(
    ("group", "own", "other"),
    [(f"{TOWN}: Amtsleitung", "town_office", "district_office"), ("Amtsleitung", "district_office", "town_office")],
)
def test_the_amtsleitung_deletes_its_own_offices_only(client, world, django_user_model, group, own, other):
    client.force_login(member(django_user_model, "al", group))
    bulk = reverse("wagtail_bulk_action", args=["home", "contactoffice", "delete"])
    assert client.post(url("delete", world[other])).status_code == 404
    client.post(f"{bulk}?id={world[other].pk}&next=/admin/")
    assert ContactOffice.objects.filter(pk=world[other].pk).exists()
    client.post(f"{bulk}?id={world[own].pk}&next=/admin/")
    assert not ContactOffice.objects.filter(pk=world[own].pk).exists()


def test_a_new_office_is_its_authors_organisations(client, world, django_user_model):
    client.force_login(member(django_user_model, "sb", f"{TOWN}: Sachbearbeitung"))
    form = client.get(url("add")).context["form"]
    assert form.initial["site"] == world["town"].pk
    assert list(form.fields["site"].queryset) == [world["town"]]


@pytest.mark.parametrize(
    ("group", "own", "other"),
    [
        (f"{TOWN}: Sachbearbeitung", "town_office", "district_office"),
        ("Sachbearbeitung", "district_office", "town_office"),
    ],
)
def test_the_chooser_offers_own_offices_only(client, world, django_user_model, group, own, other):
    client.force_login(member(django_user_model, "sb", group))
    chooser = reverse("wagtailsnippetchoosers_home_contactoffice:choose")
    text = client.get(chooser).json()["html"]
    assert world[own].name in text and world[other].name not in text
    results = reverse("wagtailsnippetchoosers_home_contactoffice:choose_results")
    text = client.get(results).content.decode()
    assert world[own].name in text and world[other].name not in text
    chosen = reverse("wagtailsnippetchoosers_home_contactoffice:chosen", args=[world[other].pk])
    assert client.get(chosen).status_code == 404


def test_a_superuser_sees_every_office(client, world, admin_user):
    client.force_login(admin_user)
    text = client.get(url("list")).content.decode()
    assert world["town_office"].name in text and world["district_office"].name in text


def test_a_translation_keeps_its_sources_organisation(world):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    office = world["town_office"]
    translation = office.copy_for_translation(english)
    translation.site = None
    translation.save()
    assert translation.site_id == world["town"].pk
    office.site = world["district"]
    office.save()
    translation.refresh_from_db()
    assert translation.site_id == world["district"].pk


def test_the_migration_gives_existing_offices_to_the_district(world):
    ContactOffice.objects.update(site=None)
    migration = importlib.import_module("home.migrations.0010_contactoffice_site")
    migration.to_the_default_site(apps, None)
    assert set(ContactOffice.objects.values_list("site_id", flat=True)) == {world["district"].pk}


def test_the_directory_on_each_host(world):
    from home.directory import build_directory

    other_town = create_organisation("Stadt Kappeln", "kappeln.example.org")
    ContactOfficeFactory(name="Bürgerbüro Kappeln", site=other_town)
    town_directory = OfficeDirectoryPageFactory(parent=world["town"].root_page, slug="beratung")
    district_directory = OfficeDirectoryPageFactory(parent=world["district"].root_page, slug="beratung")

    town = [office.name for office in build_directory(town_directory, {}).offices]
    assert town == ["Ausländerbehörde des Kreises", "Bürgerbüro der Stadt"]
    district = [office.name for office in build_directory(district_directory, {}).offices]
    assert district == ["Ausländerbehörde des Kreises", "Bürgerbüro der Stadt", "Bürgerbüro Kappeln"]
