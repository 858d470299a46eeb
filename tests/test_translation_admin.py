"""Translating in the admin (issue 15): the editor lands in the translation after submitting,
the coverage view (pages × languages, "veraltet"), and publishing a partial translation asks first."""

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from wagtail.models import Locale, Page

from home.translation_admin import COMPLETE, MISSING, PARTIAL, STALE, coverage
from tests.factories import ConceptPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("chefin", "chefin@kreis.example", "x")


@pytest.fixture
def english(home):
    locale = Locale.objects.get_or_create(language_code="en")[0]
    home.copy_for_translation(locale).save_revision().publish()
    return locale


@pytest.fixture
def topic(home):
    return TopicPageFactory(parent=home, title="Wohnen", summary="Eine Wohnung finden.")


def submit(client, page, locale):
    return client.post(
        f"/admin/localize/submit/page/{page.pk}/?next=/admin/pages/{page.get_parent().pk}/",
        {"locales": [locale.pk]},
    )


def test_after_submitting_one_language_the_editor_lands_in_the_translation(client, superuser, topic, english):
    client.force_login(superuser)
    response = submit(client, topic, english)
    translated = topic.get_translation(english)
    assert response.status_code == 302
    assert response.url == f"/admin/pages/{translated.pk}/edit/"  # not the page list of ?next=


def translate_all(translation):
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.update_or_create(
            translation_of_id=segment.string_id,
            context_id=segment.context_id,
            locale=translation.target_locale,
            defaults={"data": f"EN {segment.string.data}"},
        )


def test_the_coverage_view_counts_pages_per_language_and_marks_stale_ones(client, superuser, home, topic, english):
    other = TopicPageFactory(parent=home, title="Arbeit", summary="Arbeit finden.")
    ConceptPageFactory(parent=home, title="Integrationskonzept", slug="konzept")  # German only: not listed
    client.force_login(superuser)
    submit(client, topic, english)
    submit(client, other, english)
    translation = Translation.objects.get(source__object_id=other.translation_key, target_locale=english)
    translate_all(translation)

    report = coverage()
    states = {row.page.title: row.cells[report.locales.index(english)].state for row in report.rows}
    assert states["Wohnen"] == PARTIAL and states["Arbeit"] == COMPLETE
    assert report.totals["en"][PARTIAL] == 1 and report.totals["en"][COMPLETE] == 1
    assert [row.page.title for row in report.rows] == [home.title, "Wohnen", "Arbeit"]

    # The German page changes after the last sync: its translation is "veraltet".
    other.summary = "Arbeit und Ausbildung finden."
    other.save_revision().publish()
    report = coverage()
    states = {row.page.title: row.cells[report.locales.index(english)].state for row in report.rows}
    assert states["Arbeit"] == STALE
    assert report.totals["en"][STALE] == 1

    html = client.get("/admin/uebersetzungen/").content.decode()
    assert "Englisch (English)" in html and "veraltet" in html and "teilweise übersetzt" in html
    assert report.totals["en"][MISSING] == 0  # the start page and both topics are translated


def test_publishing_a_partial_translation_asks_first_and_shows_its_coverage(client, superuser, topic, english):
    client.force_login(superuser)
    submit(client, topic, english)
    translated = topic.get_translation(english)
    total = StringSegment.objects.filter(source__object_id=topic.translation_key).count()
    assert total > 0
    published = Page.objects.get(pk=translated.pk).last_published_at

    response = client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Unvollständige Übersetzung veröffentlichen?" in html
    assert f"0 von {total} Textabschnitten sind übersetzt (0 %)" in html
    assert 'name="teilweise_veroeffentlichen"' in html
    assert Page.objects.get(pk=translated.pk).last_published_at == published  # nothing published yet

    client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish", "teilweise_veroeffentlichen": "1"})
    assert Page.objects.get(pk=translated.pk).last_published_at != published


def test_a_complete_translation_publishes_without_asking(client, superuser, topic, english):
    client.force_login(superuser)
    submit(client, topic, english)
    translated = topic.get_translation(english)
    translate_all(Translation.objects.get(source__object_id=topic.translation_key, target_locale=english))
    published = Page.objects.get(pk=translated.pk).last_published_at
    response = client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish"})
    assert "Unvollständige Übersetzung" not in response.content.decode()
    assert Page.objects.get(pk=translated.pk).last_published_at != published


# The public page: untranslated blocks marked German, phone numbers isolated ------------------


def test_a_block_left_wholly_untranslated_is_marked_german_left_to_right(client, topic, english):
    translated = topic.copy_for_translation(english)
    body = list(translated.body.raw_data)
    body[0] = {**body[0], "value": "Integration course"}  # the heading translated, the paragraph left German
    translated.body = body
    translated.title, translated.slug = "Housing", "housing"
    translated.save_revision().publish()

    html = client.get("/en/housing/").content.decode()
    assert "Integration course" in html
    assert '<div lang="de" dir="ltr">' in html
    marked = html.split('<div lang="de" dir="ltr">', 1)[1]
    assert marked.lstrip().find("Der Sprachkurs dauert.") < marked.find("</div>")
    assert html.count('<div lang="de" dir="ltr">') == 1  # only the German paragraph, not the heading
    # The German page itself marks nothing.
    assert '<div lang="de" dir="ltr">' not in client.get(topic.url).content.decode()


def test_office_phone_numbers_are_isolated_left_to_right_on_arabic_pages():
    from django.template.loader import render_to_string
    from django.utils import translation

    from tests.factories import ContactOfficeFactory

    office = ContactOfficeFactory(name="Migrationsberatung Schleswig", phone="04621 87-8140")
    with translation.override("ar"):
        html = render_to_string("includes/office.html", {"office": office})
    assert 'dir="ltr">04621 87-8140</a>' in html
