"""The moderation queue says what to do (issue 15): "Zu prüfen", "Neu seit letzter Sichtung" with
"gesichtet", "Unbestätigt (keine Aktion nötig)" apart; each entry names its concept, a reply the
comment it answers, and links to its place."""

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from concept.comments.models import ChapterComment, CommentReport, ModerationLog
from tests.comments.conftest import make_comment
from tests.factories import ChapterPageFactory, ConceptPageFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/kommentare/"


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderatorin", email="moderation@kreis.example", password="x")
    user.groups.add(Group.objects.get(name="Moderation"))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def test_new_tab_lists_public_comments_nobody_has_looked_at(moderator_client, chapter):
    new = make_comment(chapter, "Gleich öffentlich, noch nicht gesichtet.")
    make_comment(chapter, "Schon gesichtet.", seen_at=timezone.now())
    make_comment(chapter, "Von der Redaktion.", by_staff=True)
    make_comment(chapter, "Wartet auf Freigabe.", is_public=False)
    make_comment(chapter, "Nicht bestätigt.", confirmed_at=None, is_public=False)
    page = html(moderator_client.get(QUEUE + "?ansicht=neu"))
    assert "Gleich öffentlich, noch nicht gesichtet." in page
    for other in ("Schon gesichtet.", "Von der Redaktion.", "Wartet auf Freigabe.", "Nicht bestätigt."):
        assert other not in page
    assert "Neu seit letzter Sichtung (1)" in page
    assert f'action="{QUEUE}{new.pk}/gesichtet/"' in page


def test_gesichtet_takes_a_comment_out_of_new_and_logs_it(moderator_client, moderator, chapter):
    comment = make_comment(chapter, "Bitte lesen.")
    response = moderator_client.post(f"{QUEUE}{comment.pk}/gesichtet/", {"next": QUEUE + "?ansicht=neu"})
    assert response.status_code == 302 and response["Location"] == QUEUE + "?ansicht=neu"
    comment.refresh_from_db()
    assert comment.seen_at is not None
    assert ModerationLog.objects.get(comment=comment).action == ModerationLog.SEEN
    page = html(moderator_client.get(QUEUE + "?ansicht=neu"))
    assert "Bitte lesen." not in page and "Neu seit letzter Sichtung (0)" in page
    # Twice is harmless: a warning, no second log entry.
    moderator_client.post(f"{QUEUE}{comment.pk}/gesichtet/")
    assert ModerationLog.objects.filter(comment=comment).count() == 1


def test_mark_all_shown_as_seen_only_touches_what_was_shown_and_may_be_moderated(
    moderator_client, moderator, chapter, home
):
    shown = [make_comment(chapter, f"Neu {number}.") for number in range(3)]
    not_shown = make_comment(chapter, "Erst nach dem Laden gekommen.")
    page = html(moderator_client.get(QUEUE + "?ansicht=neu"))
    assert "Alle 4 angezeigten als gesichtet markieren" in page
    response = moderator_client.post(
        QUEUE + "gesichtet/", {"kommentar": [c.pk for c in shown] + ["unsinn", "99999999999"], "next": QUEUE}
    )
    assert response.status_code == 302
    assert all(ChapterComment.objects.get(pk=c.pk).seen_at for c in shown)
    assert ChapterComment.objects.get(pk=not_shown.pk).seen_at is None
    assert ModerationLog.objects.filter(action=ModerationLog.SEEN).count() == 3


def test_mark_all_seen_ignores_comments_outside_the_users_scope(client, django_user_model, chapter, home):
    from wagtail.models import Page

    from concept.roles.models import RoleGrant

    other_concept = ConceptPageFactory(parent=home, title="Seniorenplan", slug="seniorenplan")
    other_chapter = ChapterPageFactory(parent=other_concept, title="Wohnen", number=1)
    group = Group.objects.create(name="Moderation Integration")
    group.permissions.add(*Group.objects.get(name="Moderation").permissions.all())
    RoleGrant.objects.create(group=group, role="moderate", page=Page.objects.get(pk=chapter.concept.pk))
    user = django_user_model.objects.create_user("nur-integration", password="x")
    user.groups.add(group)
    client.force_login(user)
    mine = make_comment(chapter, "Meins.")
    foreign = make_comment(other_chapter, "Fremd.")
    client.post(QUEUE + "gesichtet/", {"kommentar": [mine.pk, foreign.pk]})
    assert ChapterComment.objects.get(pk=mine.pk).seen_at is not None
    assert ChapterComment.objects.get(pk=foreign.pk).seen_at is None


def test_approving_hiding_and_resolving_count_as_seen(moderator_client, concept, chapter):
    concept.pre_moderation = True
    concept.save()
    waiting = make_comment(chapter, "Vorab moderiert.", is_public=False)
    moderator_client.post(f"{QUEUE}{waiting.pk}/freigeben/")
    rude = make_comment(chapter, "Unhöflich.")
    moderator_client.post(f"{QUEUE}{rude.pk}/ausblenden/", {"reason": "Beleidigung"})
    reported = make_comment(chapter, "Gemeldet, aber in Ordnung.")
    CommentReport.objects.create(comment=reported, reason="Falsch")
    moderator_client.post(f"{QUEUE}{reported.pk}/meldungen-erledigt/")
    for comment in (waiting, rude, reported):
        assert ChapterComment.objects.get(pk=comment.pk).seen_at is not None, comment.comment
    assert "Neu seit letzter Sichtung (0)" in html(moderator_client.get(QUEUE))


def test_a_comment_confirmed_under_post_moderation_arrives_in_new(moderator_client, chapter):
    from tests.comments.conftest import confirm, post_comment
    from tests.conftest import CommittingClient

    visitor = CommittingClient()
    post_comment(visitor, chapter, comment="Frisch bestätigt und öffentlich.")
    confirm(visitor)
    page = html(moderator_client.get(QUEUE + "?ansicht=neu"))
    assert "Frisch bestätigt und öffentlich." in page


def test_each_entry_names_concept_reply_and_place(moderator_client, chapter):
    first = make_comment(chapter, "Erster Beitrag.")
    reply = make_comment(chapter, "Eine Antwort darauf.", parent=first)
    page = html(moderator_client.get(QUEUE + "?ansicht=neu"))
    entry = page[page.index(f'id="kommentar-{reply.pk}"') :]
    entry = entry[: entry.index("</article>")]
    assert f"Antwort auf Nr. {first.pk}" in entry
    assert "<dt>Konzept</dt><dd>Integrationskonzept</dd>" in entry
    assert "3. Sprache" in entry
    assert f'href="/de/beteiligung/kommentar/{reply.pk}/"' in entry or f"/kommentar/{reply.pk}/" in entry
    assert "Im Kapitel ansehen" in entry
    first_entry = page[page.index(f'id="kommentar-{first.pk}"') :]
    assert "Antwort auf Nr." not in first_entry[: first_entry.index("</h3>")]


def test_hide_is_a_button_that_opens_the_reason(moderator_client, chapter):
    make_comment(chapter, "Gemeldet.", is_public=True)
    CommentReport.objects.create(comment=ChapterComment.objects.get(comment="Gemeldet."), reason="Spam")
    page = html(moderator_client.get(QUEUE))
    assert '<summary class="button button-small button-secondary">Ausblenden …' in page
    assert 'href="/static/css/admin.css"' in page or "css/admin" in page
