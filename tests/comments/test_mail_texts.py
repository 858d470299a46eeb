"""Citizens' mails name the concept they are about, come from the sender name and end with the
signature the district sets; editors see every text in the admin."""

import pytest

from django.core import mail

from wagtail.models import Site

from concept.comments import mail as comment_mail
from home.models import PortalSettings
from tests.comments.conftest import confirm, make_comment, post_comment
from tests.factories import ChapterPageFactory, ConceptPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_chapters(home):
    integration = ConceptPageFactory(parent=home, slug="integration", title="Integrationskonzept 2027")
    seniors = ConceptPageFactory(parent=home, slug="senioren", title="Seniorenplan Schleswig-Flensburg")
    return (
        ChapterPageFactory(parent=integration, title="Sprache", number=1),
        ChapterPageFactory(parent=seniors, title="Wohnen im Alter", number=1),
    )


def test_each_confirmation_mail_names_its_own_concept(client, two_chapters):
    integration, seniors = two_chapters
    post_comment(client, integration)
    post_comment(client, seniors, email="ruth@example.com")
    first, second = mail.outbox
    assert "„Integrationskonzept 2027“" in first.body
    assert "Seniorenplan" not in first.body
    assert "„Seniorenplan Schleswig-Flensburg“" in second.body
    assert "Integrationskonzept" not in second.body


def test_reply_and_hidden_mails_name_the_concept(client, two_chapters):
    integration, seniors = two_chapters
    parent = make_comment(seniors, "Mehr Bänke am Markt.", followup=True, user_email="eltern@example.com")
    post_comment(client, seniors, query={"antwort": parent.pk}, reply_to=str(parent.pk))
    confirm(client)
    notice = next(message for message in mail.outbox if message.to == ["eltern@example.com"])
    assert "zum Konzept „Seniorenplan Schleswig-Flensburg“ geantwortet" in notice.body

    hidden = make_comment(integration, "Unsachlich.", user_email="x@example.com", hidden_reason="Beleidigung")
    comment_mail.send_hidden_notification(hidden, "http://testserver")
    assert "Ihren Kommentar zum Konzept „Integrationskonzept 2027“ ausgeblendet" in mail.outbox[-1].body


def test_sender_name_and_signature_come_from_the_portal_settings(client, two_chapters, settings):
    integration, _seniors = two_chapters
    post_comment(client, integration)
    default = mail.outbox[-1]
    assert default.from_email == f'"{settings.WAGTAIL_SITE_NAME}" <{settings.DEFAULT_FROM_EMAIL}>' or (
        default.from_email == f"{settings.WAGTAIL_SITE_NAME} <{settings.DEFAULT_FROM_EMAIL}>"
    )
    assert "Kreis Schleswig-Flensburg · Beteiligungsportal" in default.body

    row = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    row.mail_sender_name = "Fachdienst Integration"
    row.mail_signature = "Fachdienst Integration · Flensburger Straße 7 · Tel. 04621 87-0"
    row.save()
    post_comment(client, integration, email="ruth@example.com")
    mine = mail.outbox[-1]
    assert mine.from_email == f"Fachdienst Integration <{settings.DEFAULT_FROM_EMAIL}>"
    assert mine.body.rstrip().endswith("Fachdienst Integration · Flensburger Straße 7 · Tel. 04621 87-0")
    assert "Beteiligungsportal" not in mine.body


def test_a_sender_name_cannot_add_a_header(client, two_chapters):
    row = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    row.mail_sender_name = "Kreis\r\nBcc: alle@example.org"
    row.save()
    post_comment(client, two_chapters[0])
    message = mail.outbox[-1].message()
    assert message["Bcc"] is None
    assert "\n" not in mail.outbox[-1].from_email


def test_the_admin_shows_every_mail_text_for_the_chosen_concept(client, two_chapters, django_user_model):
    _integration, seniors = two_chapters
    client.force_login(django_user_model.objects.create_superuser("chefin", "chefin@example.org", "x"))
    page = client.get(f"/admin/mailtexte/?konzept={seniors.get_parent().pk}")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Absender:" in html and "Kreis Schleswig-Flensburg &lt;" in html
    for subject in (
        "Bitte bestätigen Sie Ihren Kommentar",
        "Neue Antwort auf Ihren Kommentar",
        "Ihr Kommentar wurde ausgeblendet",
        "Stellungnahme des Kreises zu Ihrem Kommentar",
        "Ihr Kommentar ist bereits veröffentlicht",
        "Bitte bestätigen Sie Ihre Zustimmung",
        "Ihre Zustimmung ist bereits gezählt",
        "Ihr Link zu „Meine Beiträge“",
    ):
        assert subject in html
    assert html.count("„Seniorenplan Schleswig-Flensburg“") == 7  # every mail but the new personal link's
    assert "„Integrationskonzept 2027“" not in html


def test_the_mail_texts_are_for_staff_only(client, two_chapters, django_user_model):
    response = client.get("/admin/mailtexte/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    client.force_login(django_user_model.objects.create_user("buerger", "b@example.org", "x"))
    assert client.get("/admin/mailtexte/").status_code in (302, 403)
