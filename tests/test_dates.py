"""Dates in the visitor's language (issue 16): day, month name, year in every language, Western
digits, isolated in a <time> that carries the interface's direction; month names for Tigrinya and
Kurmancî, which Django lacks; "Uhr" only in German; phone numbers left to right."""

import datetime
import re
import zoneinfo

import pytest

from django.template import Context, Template
from django.utils import translation

from tests.factories import ContactOfficeFactory, EventIndexPageFactory, EventPageFactory

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
EVENING = datetime.datetime(2027, 2, 18, 18, 30, tzinfo=BERLIN)

EXPECTED = {
    "de": ("18. Februar 2027 18:30", None),
    "en": ("18 February 2027, 18:30", 'lang="en" dir="ltr"'),
    "ar": ("18 فبراير 2027، 18:30", 'lang="ar" dir="rtl"'),
    "fa": ("18 فوریه 2027، 18:30", 'lang="fa" dir="rtl"'),
    "uk": ("18 лютого 2027, 18:30", 'lang="uk" dir="ltr"'),
    "ti": ("18 ለካቲት 2027, 18:30", 'lang="ti" dir="ltr"'),
    "kmr": ("18 Sibat 2027, 18:30", 'lang="kmr" dir="ltr"'),
}


def time_tag(language, value=EVENING, format_name="DATETIME_FORMAT"):
    with translation.override(language):
        template = Template("{% load navigation_tags %}{% local_time value format_name %}")
        return template.render(Context({"value": value, "format_name": format_name}))


@pytest.mark.parametrize("language", list(EXPECTED))
def test_day_month_year_with_the_month_named_in_the_language(language):
    text, attributes = EXPECTED[language]
    html = time_tag(language)
    assert re.fullmatch(r'<time datetime="2027-02-18T18:30:00\+01:00"( [^>]*)?>(.*)</time>', html), html
    shown = re.search(r">(.*)</time>", html).group(1)
    assert shown == text
    # Western digits only: never Arabic-Indic or Persian ones.
    assert not re.search(r"[\u0660-\u0669\u06f0-\u06f9]", shown)
    if attributes:
        assert attributes in html


@pytest.mark.parametrize("language", ["en", "ar", "fa", "uk", "ti", "kmr", "ru", "tr", "fr"])
def test_no_english_month_and_no_uhr_outside_german(language):
    shown = time_tag(language)
    assert "Uhr" not in shown
    if language != "en":
        assert "February" not in shown


def test_german_time_says_uhr_in_the_report_line_only_in_german(client):
    with translation.override("ar"):
        assert "Uhr" not in translation.gettext("Stand: %(moment)s Uhr")


@pytest.mark.django_db
def test_event_list_under_arabic_keeps_the_date_in_arabic_inside_german_text(client, home):
    from tests.test_menu_languages import translate_home

    translate_home(home, "ar")
    events = EventIndexPageFactory(parent=home, slug="veranstaltungen")
    EventPageFactory(parent=events, title="Sprachcafé", slug="sprachcafe", starts_at=EVENING.replace(year=2099))
    html = client.get("/ar/veranstaltungen/").content.decode()
    assert '<ul class="event-list" lang="de" dir="ltr">' in html
    assert '<time datetime="2099-02-18T18:30:00+01:00" lang="ar" dir="rtl">18 فبراير 2099، 18:30</time>' in html


@pytest.mark.django_db
def test_phone_numbers_are_isolated_left_to_right(client, home):
    from home.models import OfficeDirectoryPage  # noqa: F401 - the page type the office shows on

    office = ContactOfficeFactory(phone="04621 87-0")
    with translation.override("ar"):
        html = Template("{% include 'includes/office.html' %}").render(Context({"office": office}))
    assert re.search(r'<a href="tel:[^"]+" dir="ltr">04621 87-0</a>', html), html
