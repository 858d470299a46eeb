"""Moderation in the Wagtail admin: groups, queue, filters, actions, log; never an e-mail address."""

import pytest

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.utils import timezone

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from concept.comments.models import ChapterComment, CommentReport, ModerationLog
from concept.models import ChapterPage
from tests.factories import ChapterPageFactory, ConceptPageFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/kommentare/"
SECRET_EMAIL = "erika.geheim@example.org"


def make_comment(chapter, text, *, parent=None, **fields):
    comment = ChapterComment(
        content_type=ContentType.objects.get_for_model(ChapterPage),
        object_pk=str(chapter.pk),
        site_id=1,
        user_name=fields.pop("user_name", "Erika M."),
        user_email=fields.pop("user_email", SECRET_EMAIL),
        comment=text,
        parent_id=parent.pk if parent else 0,
        **{"confirmed_at": timezone.now(), "is_public": True, **fields},
    )
    comment.save()
    return comment


def action_url(comment, action):
    return f"{QUEUE}{comment.pk}/{action}/"


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "moderatorin", email="moderation@kreis.example", password="x", first_name="Mia", last_name="Moderatorin"
    )
    user.groups.add(Group.objects.get(name="Moderation"))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def html_of(response):
    return response.content.decode()


# Groups -------------------------------------------------------------------------------------


def codenames(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def test_migrations_create_the_office_groups():
    moderators = Group.objects.get(name="Moderation")
    assert codenames(moderators) == {"wagtailadmin.access_admin"}  # its rights are roles (tests/test_roles.py)
    assert not GroupPagePermission.objects.filter(group=moderators).exists()

    editors = Group.objects.get(name="Sachbearbeitung")
    assert codenames(editors) >= {
        "wagtailadmin.access_admin",
        "home.add_contactoffice",
        "home.change_contactoffice",
    }
    root_page = Page.objects.get(depth=1)
    page_permissions = GroupPagePermission.objects.filter(group=editors)
    assert {p.page_id for p in page_permissions} == {root_page.pk}
    assert {p.permission.codename for p in page_permissions} == {"add_page", "change_page"}
    root_collection = Collection.get_first_root_node()
    collection_permissions = GroupCollectionPermission.objects.filter(group=editors)
    assert {p.collection_id for p in collection_permissions} == {root_collection.pk}
    assert {f"{p.permission.content_type.app_label}.{p.permission.codename}" for p in collection_permissions} == {
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    }


# Access -------------------------------------------------------------------------------------


def test_moderator_and_editor_see_the_queue_and_the_menu_item(client, moderator, django_user_model):
    editor = django_user_model.objects.create_user("redakteur", password="x")
    editor.groups.add(Group.objects.get(name="Sachbearbeitung"))
    for user in (moderator, editor):
        client.force_login(user)
        response = client.get(QUEUE)
        assert response.status_code == 200
        assert "Kommentare" in html_of(response)
        assert QUEUE in html_of(client.get("/admin/"))  # the menu item
        assert client.get(f"{QUEUE}protokoll/").status_code == 200


def test_admin_user_without_the_permission_gets_403_and_no_menu_item(client, chapter, django_user_model):
    comment = make_comment(chapter, "Bleibt, wie er ist.", confirmed_at=None, is_public=False)
    CommentReport.objects.create(comment=comment, reason="Spam")
    staff = django_user_model.objects.create_user("praktikant", password="x", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200
    assert QUEUE not in html_of(client.get("/admin/"))
    for url in (QUEUE, f"{QUEUE}protokoll/", action_url(comment, "loeschen/bestaetigen")):
        assert client.get(url).status_code == 403
    for action in ("freigeben", "ausblenden", "einblenden", "loeschen", "meldungen-erledigt"):
        assert client.post(action_url(comment, action), {"reason": "Weil"}).status_code == 403
    comment.refresh_from_db()
    assert not comment.is_public and comment.hidden_at is None
    assert comment.reports.filter(resolved_at__isnull=True).count() == 1
    assert not ModerationLog.objects.exists()


def test_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# Queue and filters --------------------------------------------------------------------------


@pytest.fixture
def queue(chapter):
    public = make_comment(chapter, "Öffentlich und unauffällig.")
    unconfirmed = make_comment(chapter, "Noch nicht bestätigt.", confirmed_at=None, is_public=False)
    waiting = make_comment(chapter, "Wartet auf die Freigabe.", is_public=False)
    reported = make_comment(chapter, "Wurde gemeldet.")
    CommentReport.objects.create(comment=reported, reason="Beleidigt andere")
    resolved = make_comment(chapter, "Meldung schon erledigt.")
    CommentReport.objects.create(comment=resolved, reason="Alte Meldung", resolved_at=timezone.now())
    hidden = make_comment(chapter, "Ausgeblendeter Text.", hidden_at=timezone.now(), hidden_reason="Werbung")
    return {
        "public": public,
        "unconfirmed": unconfirmed,
        "waiting": waiting,
        "reported": reported,
        "resolved": resolved,
        "hidden": hidden,
    }


def shown(html, queue):
    return {key for key, comment in queue.items() if comment.comment in html}


def test_to_review_is_the_default_and_shows_waiting_and_reported_comments(moderator_client, queue):
    html = html_of(moderator_client.get(QUEUE))
    assert shown(html, queue) == {"waiting", "reported"}
    # The old addresses of the first two tabs lead there too.
    for old in ("wartend", "gemeldet"):
        assert shown(html_of(moderator_client.get(f"{QUEUE}?ansicht={old}")), queue) == {"waiting", "reported"}
    assert "wartet auf Freigabe" in html
    assert "Beleidigt andere" in html  # the open report's reason
    assert "Alte Meldung" not in html
    assert '<h2 class="moderation-count-heading">Zu prüfen: 2 Kommentare</h2>' in html


def test_unconfirmed_comments_wait_apart_with_nothing_to_do(moderator_client, queue):
    html = html_of(moderator_client.get(QUEUE + "?ansicht=unbestaetigt"))
    assert shown(html, queue) == {"unconfirmed"}
    assert "Unbestätigt (keine Aktion nötig) (1)" in html
    assert "Sie müssen nichts tun" in html


def test_all_view_shows_every_comment_with_its_state(moderator_client, queue):
    html = html_of(moderator_client.get(QUEUE + "?ansicht=alle"))
    assert shown(html, queue) == set(queue)
    assert "öffentlich" in html
    assert "ausgeblendet: Werbung" in html


def test_all_view_links_the_comments_the_public_can_see_to_their_place_on_the_site(moderator_client, queue):
    html = html_of(moderator_client.get(QUEUE + "?ansicht=alle"))
    linked = {key for key, comment in queue.items() if f"/kommentar/{comment.pk}/" in html}
    # A hidden comment keeps its place (with the moderation's reason), so it is linked too.
    assert linked == {"public", "reported", "resolved", "hidden"}


def test_chapter_filter(moderator_client, concept, chapter, home):
    other = ChapterPageFactory(parent=concept, title="Arbeit", number=4)
    other_concept = ConceptPageFactory(parent=home, title="Fortschreibung", slug="fortschreibung")
    third = ChapterPageFactory(parent=other_concept, title="Wohnen", number=1)
    make_comment(chapter, "Zum Kapitel Sprache.")
    make_comment(other, "Zum Kapitel Arbeit.")
    make_comment(third, "Zum Kapitel Wohnen.")

    html = html_of(moderator_client.get(f"{QUEUE}?ansicht=alle&kapitel={other.pk}"))
    assert "Zum Kapitel Arbeit." in html
    assert "Zum Kapitel Sprache." not in html and "Zum Kapitel Wohnen." not in html
    assert f'<option value="{other.pk}" selected>' in html
    assert '<optgroup label="Integrationskonzept">' in html and '<optgroup label="Fortschreibung">' in html
    assert '<label for="id_kapitel">' in html

    everything = html_of(moderator_client.get(f"{QUEUE}?ansicht=alle&kapitel=unsinn"))
    assert all(text in everything for text in ("Zum Kapitel Arbeit.", "Zum Kapitel Sprache.", "Zum Kapitel Wohnen."))


def test_queue_shows_number_chapter_paragraph_author_and_report_count(moderator_client, chapter):
    paragraph = chapter.body[1]
    comment = make_comment(chapter, "Zum ersten Absatz.", paragraph_id=paragraph.id, user_name="Karl K.")
    CommentReport.objects.create(comment=comment, reason="Eins")
    CommentReport.objects.create(comment=comment, reason="Zwei")
    html = html_of(moderator_client.get(QUEUE + "?ansicht=gemeldet"))
    assert f"Nr. {comment.pk}</h3>" in html
    assert "3. Sprache" in html
    assert "Absatz 1 (Ausgangslage)" in html
    assert "Karl K." in html
    assert '<span class="moderation-count">2</span> offene Meldungen' in html  # two open reports
    assert "Eins" in html and "Zwei" in html


def test_queue_is_paginated_by_50(moderator_client, chapter):
    for number in range(51):
        make_comment(chapter, f"Kommentar Nummer {number}.", is_public=False)
    first = html_of(moderator_client.get(QUEUE))
    second = html_of(moderator_client.get(QUEUE + "?p=2"))
    assert first.count('class="moderation-card"') == 50
    assert second.count('class="moderation-card"') == 1
    assert "Seite 2 von 2" in second


def test_queue_and_its_pages_never_show_a_commenters_email(moderator_client, chapter):
    comment = make_comment(chapter, "Mit Adresse.", is_public=False)
    CommentReport.objects.create(comment=comment, reason="Prüfen")
    make_comment(chapter, "Antwort mit Adresse.", parent=comment, user_email="zweite.person@example.org")
    pages = [
        moderator_client.get(QUEUE),
        moderator_client.get(QUEUE + "?ansicht=gemeldet"),
        moderator_client.get(QUEUE + "?ansicht=alle"),
        moderator_client.get(f"{QUEUE}?ansicht=alle&kapitel={chapter.pk}"),
        moderator_client.get(action_url(comment, "loeschen/bestaetigen")),
        moderator_client.post(action_url(comment, "ausblenden"), {"reason": ""}),
        moderator_client.get(f"{QUEUE}protokoll/"),
    ]
    for response in pages:
        html = html_of(response)
        assert "Mit Adresse." in html or "Moderationsprotokoll" in html
        assert SECRET_EMAIL not in html and "erika.geheim" not in html
        assert "zweite.person" not in html


# Actions ------------------------------------------------------------------------------------


def test_approve_publishes_a_pre_moderated_comment(moderator_client, moderator, concept, chapter):
    concept.pre_moderation = True
    concept.save()
    comment = make_comment(chapter, "Bitte mehr Sprachkurse am Abend.", is_public=False)
    assert "Bitte mehr Sprachkurse am Abend." not in html_of(moderator_client.get(chapter.url))

    response = moderator_client.post(action_url(comment, "freigeben"), {"next": QUEUE + "?ansicht=wartend"})
    assert response.status_code == 302
    assert response["Location"] == QUEUE + "?ansicht=wartend"
    assert f"Kommentar Nr. {comment.pk} ist freigegeben." in html_of(moderator_client.get(response["Location"]))

    comment.refresh_from_db()
    assert comment.is_public
    assert "Bitte mehr Sprachkurse am Abend." in html_of(moderator_client.get(chapter.url))
    entry = ModerationLog.objects.get()
    assert (entry.action, entry.comment_id, entry.actor) == (ModerationLog.APPROVE, comment.pk, moderator)


def test_unconfirmed_comment_cannot_be_approved(moderator_client, chapter):
    comment = make_comment(chapter, "Nicht bestätigt.", confirmed_at=None, is_public=False)
    response = moderator_client.post(action_url(comment, "freigeben"), follow=True)
    assert "noch nicht bestätigt" in html_of(response)
    comment.refresh_from_db()
    assert not comment.is_public
    assert not ModerationLog.objects.exists()


def test_hide_shows_the_reason_keeps_replies_mails_the_author_and_logs(moderator_client, moderator, chapter):
    comment = make_comment(chapter, "Unsachlicher Beitrag.")
    reply = make_comment(chapter, "Eine sachliche Antwort.", parent=comment, user_email="")
    CommentReport.objects.create(comment=comment, reason="Beleidigend")
    mail.outbox.clear()

    # The client of tests/conftest.py runs on_commit callbacks (the mail) after each request.
    response = moderator_client.post(action_url(comment, "ausblenden"), {"reason": "Beleidigung anderer"})
    assert response.status_code == 302
    assert response["Location"] == QUEUE

    comment.refresh_from_db()
    assert comment.hidden_at is not None and comment.hidden_reason == "Beleidigung anderer"
    assert not comment.reports.filter(resolved_at__isnull=True).exists()
    html = html_of(moderator_client.get(chapter.url))
    assert "Unsachlicher Beitrag." not in html
    assert "Beleidigung anderer" in html
    assert reply.comment in html

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [SECRET_EMAIL]
    entry = ModerationLog.objects.get()
    assert (entry.action, entry.comment_number, entry.actor, entry.reason) == (
        ModerationLog.HIDE,
        comment.pk,
        moderator,
        "Beleidigung anderer",
    )


def test_hide_without_reason_changes_nothing_and_shows_an_error(moderator_client, chapter):
    comment = make_comment(chapter, "Harmlos.")
    mail.outbox.clear()
    response = moderator_client.post(action_url(comment, "ausblenden"), {"reason": "   "})
    assert response.status_code == 400
    html = html_of(response)
    assert "Bitte geben Sie einen Grund für das Ausblenden an." in html
    assert 'aria-invalid="true"' in html
    comment.refresh_from_db()
    assert comment.hidden_at is None and comment.hidden_reason == ""
    assert not ModerationLog.objects.exists()
    assert mail.outbox == []


def test_unconfirmed_comment_is_not_hidden_and_its_address_gets_no_mail(moderator_client, chapter):
    comment = make_comment(chapter, "Nie bestätigt.", confirmed_at=None, is_public=False)
    mail.outbox.clear()
    response = moderator_client.post(action_url(comment, "ausblenden"), {"reason": "Spam"}, follow=True)
    assert "bitte löschen statt ausblenden" in html_of(response)
    comment.refresh_from_db()
    assert comment.hidden_at is None
    assert mail.outbox == []
    assert not ModerationLog.objects.exists()


def test_unhide_shows_the_text_again(moderator_client, chapter):
    comment = make_comment(chapter, "Wieder da.", hidden_at=timezone.now(), hidden_reason="Versehen")
    response = moderator_client.post(action_url(comment, "einblenden"))
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.hidden_at is None
    assert "Wieder da." in html_of(moderator_client.get(chapter.url))
    assert ModerationLog.objects.get().action == ModerationLog.UNHIDE


def test_delete_of_a_comment_with_replies_is_refused(moderator_client, chapter):
    comment = make_comment(chapter, "Hat eine Antwort.")
    make_comment(chapter, "Die Antwort.", parent=comment)

    confirm = html_of(moderator_client.get(action_url(comment, "loeschen/bestaetigen")))
    assert "bitte ausblenden statt löschen" in confirm
    response = moderator_client.post(action_url(comment, "loeschen"), follow=True)
    assert response.status_code == 200
    assert "Kommentar hat Antworten; bitte ausblenden statt löschen." in html_of(response)
    assert ChapterComment.objects.filter(pk=comment.pk).exists()
    assert not ModerationLog.objects.exists()


def test_an_unconfirmed_reply_does_not_keep_its_parent_from_being_deleted(moderator_client, chapter):
    """Anyone can write a reply and never confirm it; it must not protect what it answers."""
    comment = make_comment(chapter, "Soll gelöscht werden.")
    pending = make_comment(chapter, "Unbestätigte Antwort.", parent=comment, confirmed_at=None, is_public=False)

    confirm = html_of(moderator_client.get(action_url(comment, "loeschen/bestaetigen")))
    assert "bitte ausblenden statt löschen" not in confirm
    response = moderator_client.post(action_url(comment, "loeschen"), follow=True)
    assert f"Kommentar Nr. {comment.pk} ist gelöscht." in html_of(response)
    assert not ChapterComment.objects.filter(pk__in=[comment.pk, pending.pk]).exists()  # the reply goes with it
    assert ModerationLog.objects.get().action == ModerationLog.DELETE


def test_delete_without_replies_removes_and_logs(moderator_client, moderator, chapter):
    comment = make_comment(chapter, "Doppelt gepostet.")
    number = comment.pk
    confirm = moderator_client.get(
        action_url(comment, "loeschen/bestaetigen") + "?next=/admin/kommentare/?ansicht=alle"
    )
    assert confirm.status_code == 200
    assert f'action="{action_url(comment, "loeschen")}"' in html_of(confirm)

    response = moderator_client.post(action_url(comment, "loeschen"), {"reason": "Doppelt", "next": QUEUE})
    assert response.status_code == 302
    assert not ChapterComment.objects.filter(pk=number).exists()
    entry = ModerationLog.objects.get()
    assert (entry.action, entry.comment_number, entry.comment_id, entry.actor, entry.reason) == (
        ModerationLog.DELETE,
        number,
        None,
        moderator,
        "Doppelt",
    )
    assert f"Kommentar Nr. {number} ist gelöscht." in html_of(moderator_client.get(QUEUE))


def test_resolve_reports(moderator_client, chapter):
    comment = make_comment(chapter, "Gemeldet, aber in Ordnung.")
    CommentReport.objects.create(comment=comment, reason="Zu lang")
    CommentReport.objects.create(comment=comment, reason="Off-Topic")

    response = moderator_client.post(action_url(comment, "meldungen-erledigt"), {"next": QUEUE + "?ansicht=gemeldet"})
    assert response.status_code == 302
    assert not comment.reports.filter(resolved_at__isnull=True).exists()
    assert ModerationLog.objects.get().action == ModerationLog.RESOLVE
    html = html_of(moderator_client.get(response["Location"]))
    assert "Gemeldet, aber in Ordnung." not in html
    assert "sind erledigt" in html
    comment.refresh_from_db()
    assert comment.is_public and comment.hidden_at is None


def test_get_on_an_action_does_nothing(moderator_client, chapter):
    comment = make_comment(chapter, "Wartet.", is_public=False)
    CommentReport.objects.create(comment=comment, reason="Spam")
    for action in ("freigeben", "ausblenden", "einblenden", "loeschen", "meldungen-erledigt"):
        assert moderator_client.get(action_url(comment, action)).status_code == 405
    comment.refresh_from_db()
    assert not comment.is_public and comment.hidden_at is None
    assert comment.reports.filter(resolved_at__isnull=True).exists()
    assert not ModerationLog.objects.exists()


def test_actions_never_redirect_to_another_host(moderator_client, chapter):
    comment = make_comment(chapter, "Wartet.", is_public=False)
    response = moderator_client.post(action_url(comment, "freigeben"), {"next": "https://evil.example/"})
    assert response["Location"] == QUEUE


def test_log_lists_who_did_what_when_and_why(moderator_client, chapter):
    comment = make_comment(chapter, "Werbung für einen Shop.")
    moderator_client.post(action_url(comment, "ausblenden"), {"reason": "Werbung"})
    html = html_of(moderator_client.get(f"{QUEUE}protokoll/"))
    assert "Mia Moderatorin" in html
    assert "ausgeblendet" in html
    assert f"<td>{comment.pk}</td>" in html
    assert "Werbung" in html
    assert "<caption>" in html
