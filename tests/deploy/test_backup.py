"""Backup and restore as docs/deployment.md describes them: `pg_dump --format=custom`, then
`createdb` and `pg_restore` into a new database. Every contribution and every official
response must come back exactly: text, place in its thread, visibility, confirmation.
"""

import secrets
import shutil
import subprocess

import psycopg
import pytest
from psycopg.rows import dict_row

from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from concept.comments import services
from concept.comments.models import ChapterComment, CommentReport, ModerationLog
from concept.models import ChapterPage
from concept.responses import services as responses
from concept.responses.models import Outcome, Response
from tests.comments.conftest import make_comment
from tests.deploy.support import NOT_POSTGRES, TRANSACTIONAL, database_url
from tests.factories import ChapterPageFactory

TOOLS = ("pg_dump", "pg_restore", "createdb", "dropdb")
MISSING_TOOLS = [tool for tool in TOOLS if shutil.which(tool) is None]
BASE_URL = "https://beteiligung.example.org"

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason=f"backup and restore with pg_dump, PostgreSQL only: {NOT_POSTGRES}"
    ),
    pytest.mark.skipif(
        bool(MISSING_TOOLS),
        reason=f"{', '.join(MISSING_TOOLS)} not found: apt-get install postgresql-client",
    ),
    # pg_dump reads what is committed.
    TRANSACTIONAL,
]

COMMENT_FIELDS = [
    "pk",
    "object_pk",
    "user_name",
    "user_email",
    "comment",
    "submit_date",
    "thread_id",
    "parent_id",
    "level",
    "order",
    "paragraph_id",
    "revision_id",
    "language",
    "by_staff",
    "followup",
    "is_public",
    "is_removed",
    "confirmed_at",
    "token_hash",
    "token_expires_at",
    "participant_key",
    "hidden_at",
    "hidden_reason",
]
RESPONSE_FIELDS = ["pk", "comment_id", "outcome", "text", "taken_up_in_id", "responded_by_id", "responded_at"]


def run(*command):
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, f"{command[0]} failed:\n{result.stderr}"


@pytest.fixture
def contributions(concept, django_user_model):
    """A chapter's discussion as it looks during a participation: threads with replies three
    levels deep, a hidden contribution, one still waiting for its confirmation, a report,
    the moderation log and official responses."""
    chapter = ChapterPageFactory(parent=concept, title="Arbeit", number=4)
    moderator = django_user_model.objects.create_user("moderation", password="x")
    paragraph = chapter.body[1].id
    root = make_comment(chapter, "Mehr Sprachkurse am Abend, bitte.", paragraph_id=paragraph, followup=True)
    reply = make_comment(chapter, "Und mit Kinderbetreuung!", parent=root, user_name="Elif")
    deeper = make_comment(chapter, "Gibt es in Schleswig schon, dienstags.", parent=reply, user_name="Kurs-Team")
    make_comment(chapter, "Ganz unten im Thread.", parent=deeper, user_name="Jonas P.")
    rude = make_comment(chapter, "Etwas Beleidigendes.", parent=root, user_name="Troll")
    services.hide(rude, moderator, "Beleidigend; von der Moderation ausgeblendet.", base_url=BASE_URL)
    second = make_comment(chapter, "Anerkennung ausländischer Abschlüsse beschleunigen.", user_name="Oksana")
    pending = ChapterComment(
        content_type=ContentType.objects.get_for_model(ChapterPage),
        object_pk=str(chapter.pk),
        site_id=1,
        user_name="Neu hier",
        user_email="neu@example.com",
        comment="Noch nicht bestätigt.",
    )
    services.submit(pending, chapter=chapter, user=AnonymousUser(), base_url=BASE_URL)
    services.report(second, "Doppelt eingereicht?")
    responses.respond(
        root, outcome=Outcome.CONSIDERED, text="Wird als Maßnahme 3 aufgenommen.", user=moderator, base_url=BASE_URL
    )
    responses.respond(
        second,
        outcome=Outcome.PARTLY,
        text="Die Anerkennung liegt beim Land; wir beraten.",
        user=moderator,
        base_url=BASE_URL,
    )
    return chapter


@pytest.fixture
def restored_database():
    """The name of a new database on the same server; dropped at the end whatever happened."""
    name = f"kp_restore_{secrets.token_hex(4)}"
    source = database_url()
    try:
        yield name
    finally:
        subprocess.run(
            ["dropdb", f"--maintenance-db={source}", "--if-exists", name], capture_output=True, timeout=60, check=False
        )


def fetch(queryset, database):
    """The ORM's SQL for ``queryset``, run on ``database`` (rows as dicts by column name)."""
    sql, params = queryset.query.sql_with_params()
    with psycopg.connect(database_url(database), row_factory=dict_row) as db:
        return db.execute(sql, params).fetchall()


def test_pg_dump_and_pg_restore_bring_back_every_contribution_and_response(contributions, restored_database, tmp_path):
    dump = tmp_path / "kreisportal.dump"
    # The commands of docs/deployment.md, word for word.
    run("pg_dump", "--format=custom", f"--file={dump}", database_url())
    run("createdb", f"--maintenance-db={database_url()}", "--template=template0", restored_database)
    run(
        "pg_restore",
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        f"--dbname={database_url(restored_database)}",
        str(dump),
    )

    original = connection.settings_dict["NAME"]
    all_comments = ChapterComment.objects.order_by("pk").values(*COMMENT_FIELDS)
    restored = fetch(all_comments, restored_database)
    assert len(restored) == 7
    assert restored == fetch(all_comments, original)
    all_responses = Response.objects.order_by("pk").values(*RESPONSE_FIELDS)
    assert len(fetch(all_responses, restored_database)) == 2
    assert fetch(all_responses, restored_database) == fetch(all_responses, original)

    # What a visitor and a moderator look for first, read from the restored database.
    by_name = {row["user_name"]: row for row in restored}
    assert sorted(row["level"] for row in restored) == [0, 0, 0, 1, 1, 2, 3]
    assert by_name["Troll"]["hidden_reason"] == "Beleidigend; von der Moderation ausgeblendet."
    assert by_name["Troll"]["hidden_at"] is not None
    waiting = by_name["Neu hier"]
    assert waiting["confirmed_at"] is None and not waiting["is_public"] and len(waiting["token_hash"]) == 64
    assert len(fetch(ChapterComment.objects.visible().values("pk"), restored_database)) == 6
    assert [row["action"] for row in fetch(ModerationLog.objects.values("action"), restored_database)] == ["hide"]
    answer = fetch(Response.objects.filter(comment__user_name="Oksana").values("outcome", "text"), restored_database)
    assert answer == [{"outcome": Outcome.PARTLY, "text": "Die Anerkennung liegt beim Land; wir beraten."}]

    # The sequences came along: the restored portal takes new data without key collisions.
    with psycopg.connect(database_url(restored_database)) as db:
        new_id = db.execute(
            f"INSERT INTO {CommentReport._meta.db_table} (comment_id, reason, created_at) "  # noqa: S608
            "VALUES (%s, %s, now()) RETURNING id",
            [by_name["Troll"]["pk"], "Nach dem Restore"],
        ).fetchone()[0]
    assert new_id > CommentReport.objects.get().pk
