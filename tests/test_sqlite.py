"""SQLite (a single machine): WAL and a busy timeout, so a long write neither stops readers
(search answering 503) nor kills the mail worker with "database is locked"."""

import threading
import time

import pytest

from django.conf import settings
from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite settings only")


@pytest.fixture(autouse=True)
def _files_allowed(django_db_blocker):
    # Connections of our own to a file in tmp_path, not to the test database.
    with django_db_blocker.unblock():
        yield


def file_connection(path):
    return DatabaseWrapper({**settings.DATABASES["default"], "NAME": str(path)}, alias="sqlite-file")


def test_a_database_file_is_opened_in_wal_mode_with_a_busy_timeout(tmp_path):
    wrapper = file_connection(tmp_path / "portal.sqlite3")
    with wrapper.cursor() as cursor:
        assert cursor.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert cursor.execute("PRAGMA busy_timeout").fetchone() == (
            settings.DATABASES["default"]["OPTIONS"]["timeout"] * 1000,
        )
    wrapper.close()


def test_readers_go_on_and_a_second_writer_waits_while_one_writes(tmp_path):
    path = tmp_path / "portal.sqlite3"
    setup = file_connection(path)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE mail (id INTEGER PRIMARY KEY, sent INTEGER)")
        cursor.execute("INSERT INTO mail (sent) VALUES (0)")
    setup.close()

    importer, reader, worker = file_connection(path), file_connection(path), file_connection(path)
    importer.set_autocommit(False)  # Django's atomic(): BEGIN IMMEDIATE, the write lock at once
    importer.cursor().execute("UPDATE mail SET sent = sent")
    importer.inc_thread_sharing()  # committed from the thread below
    released = threading.Event()

    def finish_the_import():
        time.sleep(1)
        importer.commit()
        released.set()

    threading.Thread(target=finish_the_import).start()
    with reader.cursor() as cursor:  # search during the import
        assert cursor.execute("SELECT count(*) FROM mail").fetchone() == (1,)
    assert not released.is_set()
    with worker.cursor() as cursor:  # the mail worker marks a mail as sent: waits, does not fail
        cursor.execute("UPDATE mail SET sent = 1")
    assert released.is_set()
    importer.dec_thread_sharing()
    for wrapper in (importer, reader, worker):
        wrapper.close()
