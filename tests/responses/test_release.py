"""The release step: Sachbearbeitung drafts, Amtsleitung releases (one or all at once); a draft is
nowhere public and mails nobody; "open" means "no released response" everywhere."""

import importlib
from types import SimpleNamespace

import pytest

from django.apps import apps
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection

from concept.responses import services
from concept.responses.models import OfficialResponse, Outcome
from tests.comments.conftest import make_comment
from tests.factories import ChapterPageFactory

pytestmark = pytest.mark.django_db

ADMIN = "/admin/stellungnahmen/"
AUTHOR = "erika.antwort@example.org"


@pytest.fixture
def chapter(concept):
    return ChapterPageFactory(parent=concept, title="Sprache", number=3)


def member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username, email=f"{username}@kreis.example", password="x", first_name=username.title(), last_name="Kreis"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def answer(client, comment, *buttons, outcome=Outcome.CONSIDERED, text="Wir nehmen das auf."):
    data = {"outcome": outcome, "text": text, "version": "", "block": "", **dict.fromkeys(buttons, "")}
    return client.post(f"{ADMIN}beitrag/{comment.pk}/", data)


def public_texts(client, chapter, concept):
    """What an anonymous visitor reads: the chapter page, the report, its CSV and the comments API."""
    return "".join(
        client.get(url).content.decode("utf-8-sig")
        for url in (
            chapter.url,
            f"/de/beteiligung/bericht/{concept.pk}/",
            f"/de/beteiligung/bericht/{concept.pk}/abwaegungstabelle.csv",
            f"/api/comments/chapters/{chapter.pk}/",
            f"/api/v2/pages/{chapter.pk}/",
        )
    )


def test_a_draft_is_invisible_and_unmailed_until_the_amtsleitung_releases_it(
    client, concept, chapter, django_user_model
):
    clerk = member(django_user_model, "sachbearbeiterin", "Sachbearbeitung")
    head = member(django_user_model, "amtsleiter", "Amtsleitung")
    comment = make_comment(chapter, "Mehr Sprachkurse am Abend.", user_email=AUTHOR, followup=True)
    mail.outbox.clear()

    client.force_login(clerk)
    assert "Speichern und freigeben" not in client.get(f"{ADMIN}beitrag/{comment.pk}/").content.decode()
    # Sachbearbeitung cannot release, not even by sending the button's name.
    assert answer(client, comment, "freigeben", text="Entwurf: Sprachkurse kommen.").status_code == 302
    draft = OfficialResponse.objects.get(comment=comment)
    assert draft.released_at is None
    assert client.post(f"{ADMIN}freigabe/beitrag/{comment.pk}/").status_code == 403
    assert client.post(f"{ADMIN}freigabe/konzept/{concept.pk}/").status_code == 403
    assert mail.outbox == []
    listing = client.get(f"{ADMIN}{concept.pk}/").content.decode()
    assert "1 Entwurf wartet auf Freigabe." in listing and "davon 0 beantwortet und 1 offen." in listing

    client.logout()
    assert "Entwurf: Sprachkurse kommen." not in public_texts(client, chapter, concept)

    client.force_login(head)
    listing = client.get(f"{ADMIN}{concept.pk}/").content.decode()
    assert "1 Entwurf freigeben und die Verfasser benachrichtigen" in listing
    client.post(f"{ADMIN}freigabe/konzept/{concept.pk}/")
    draft.refresh_from_db()
    assert draft.released_at is not None and draft.released_by == head
    assert [message.to for message in mail.outbox] == [[AUTHOR]]
    assert "Entwurf: Sprachkurse kommen." in mail.outbox[0].body

    client.logout()
    assert public_texts(client, chapter, concept).count("Entwurf: Sprachkurse kommen.") >= 3  # page, report, CSV


def test_release_one_by_one_a_change_is_a_draft_again_and_only_a_new_outcome_mails_again(
    client, concept, chapter, django_user_model
):
    head = member(django_user_model, "amtsleiter", "Amtsleitung")
    comment = make_comment(chapter, "Busse am Wochenende.", user_email=AUTHOR, followup=True)
    mail.outbox.clear()
    client.force_login(head)

    answer(client, comment, "freigeben", outcome=Outcome.NOTED, text="Zur Kenntnis.")
    assert len(mail.outbox) == 1
    answer(client, comment, "speichern", outcome=Outcome.NOTED, text="Zur Kenntnis genommen.")
    response = OfficialResponse.objects.get(comment=comment)
    assert response.released_at is None  # the changed text waits for its release
    assert "Zur Kenntnis" not in client.get(chapter.url).content.decode()
    client.post(f"{ADMIN}freigabe/beitrag/{comment.pk}/")
    response.refresh_from_db()
    assert response.released_at is not None
    assert len(mail.outbox) == 1  # same outcome: no second mail
    answer(client, comment, "freigeben", outcome=Outcome.CONSIDERED, text="Wird aufgenommen.")
    assert len(mail.outbox) == 2 and "Wird aufgenommen." in mail.outbox[1].body


def test_open_means_no_released_response_in_the_admin_the_dashboard_and_the_report(
    client, concept, chapter, django_user_model
):
    head = member(django_user_model, "amtsleiter", "Amtsleitung")
    drafted, released, untouched = (make_comment(chapter, f"Beitrag {n}") for n in range(3))
    services.respond(drafted, outcome=Outcome.NOTED, text="Entwurf.", user=head, base_url="")
    services.respond(released, outcome=Outcome.NOTED, text="Fertig.", user=head, base_url="", release=True)
    client.force_login(head)

    concepts = client.get(ADMIN).content.decode()
    assert '<td class="responses-answered">1</td>' in concepts
    assert f'href="{ADMIN}{concept.pk}/?ergebnis=offen">2<' in concepts
    dashboard = client.get("/admin/").content.decode()
    assert "2 Beiträge noch ohne Stellungnahme" in dashboard
    report = client.get(f"/de/beteiligung/bericht/{concept.pk}/").content.decode()
    assert "Fertig." in report and "Entwurf." not in report
    drafts = client.get(f"{ADMIN}{concept.pk}/?ergebnis=entwurf").content.decode()
    assert f'id="beitrag-{drafted.pk}"' in drafts and f'id="beitrag-{released.pk}"' not in drafts
    assert f'id="beitrag-{untouched.pk}"' not in drafts


def test_existing_responses_migrate_as_released(chapter):
    comment = make_comment(chapter, "Vor der Freigabe geschrieben.")
    old = OfficialResponse.objects.create(comment=comment, outcome=Outcome.PARTLY, text="Teilweise.")
    assert old.released_at is None
    migration = importlib.import_module("concept.migrations.0010_response_release")
    # The model that migration knew as Response was renamed OfficialResponse later (0012).
    renamed = SimpleNamespace(
        get_model=lambda app, name: apps.get_model(app, "OfficialResponse" if name == "Response" else name)
    )
    migration.mark_existing_released(renamed, SimpleNamespace(connection=connection))
    old.refresh_from_db()
    assert old.released_at == old.responded_at
    assert old.mailed_outcome == Outcome.PARTLY  # its author was told on saving, as it was then
