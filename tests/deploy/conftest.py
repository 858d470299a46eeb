import pytest

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection


@pytest.fixture
def clean_slate(django_db_setup, django_db_blocker):
    """An empty database for the serialised initial data (root page, site, locales, groups) to
    be loaded into. A transactional test without ``serialized_rollback`` that ran before leaves
    content types and permissions behind under other ids, and loading the initial data on top
    of them would collide."""
    with django_db_blocker.unblock():
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)


@pytest.fixture
def initial_data_settled(transactional_db):
    """After the initial data came back with its own ids: the sequences continue after them
    (as after loaddata), and the content types this process cached by id are read again."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(sql)
    ContentType.objects.clear_cache()
