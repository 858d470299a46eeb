"""The worked example of docs/api.md (docs/examples/headless_client.py) runs against a live test
server: it lists the chapters, reads one with its comments and responses, and posts a comment,
without ever loading an HTML page."""

import importlib.util
from pathlib import Path

import pytest
import requests

from django.core import mail
from django.utils import timezone

from concept.comments.models import ChapterComment
from concept.responses.models import OfficialResponse
from tests.comments.conftest import make_comment
from tests.factories import ChapterPageFactory

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "headless_client.py"


def load_example():
    spec = importlib.util.spec_from_file_location("headless_client", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.django_db(transaction=True)
def test_the_worked_example_reads_and_posts_through_the_api(live_server, concept, settings, capsys):
    settings.WAGTAILAPI_BASE_URL = live_server.url  # the absolute URLs in answers point at this server
    chapter = ChapterPageFactory(parent=concept, title="Sprache", number=3)
    comment = make_comment(chapter, "Mehr Abendkurse, bitte.")
    OfficialResponse.objects.create(
        comment=comment, outcome="considered", text="Wird aufgenommen.", released_at=timezone.now()
    )
    client = load_example()
    session = requests.Session()

    listed = client.concepts_with_chapters(session, live_server.url)
    assert (concept.title, [(chapter.pk, 3, "Sprache", 1)]) in listed

    _chapter, first, comments = client.chapter_with_comments(session, live_server.url, chapter.pk)
    assert first["comment_count"] == 1
    assert comments[0]["text"] == "Mehr Abendkurse, bitte."
    assert comments[0]["response"]["outcome_label"] == "berücksichtigt"

    assert client.main(["x", live_server.url, str(chapter.pk)]) == 0
    assert "Stellungnahme (berücksichtigt): Wird aufgenommen." in capsys.readouterr().out

    status, answer = client.post_comment(session, live_server.url, chapter.pk, "Leyla", "leyla@example.com", "Danke!")
    assert (status, answer) == (201, {"status": "pending"})
    assert ChapterComment.objects.filter(comment="Danke!", confirmed_at__isnull=True).exists()
    assert [message.to for message in mail.outbox] == [["leyla@example.com"]]
    assert not session.cookies  # no cookie was ever needed
