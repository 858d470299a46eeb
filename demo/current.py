"""A few contributions on the open participation, so a visitor of the demo sees comments, a reply
and supports there and can support one (the 2017 participation in history.py is closed).

Called by load_initial_data; does nothing once the open concept has comments.
"""

import json
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType

from concept.comments.keys import supporter_key
from concept.comments.models import ChapterComment, CommentSupport
from concept.comments.services import participant_key
from concept.models import ChapterPage
from demo.content import fortschreibung as data
from demo.history import block_target


def load(concept, stdout):
    """Returns the number of objects created."""
    chapters = {chapter.number: chapter for chapter in ChapterPage.objects.child_of(concept).live()}
    if ChapterComment.objects.filter(object_pk__in=[str(c.pk) for c in chapters.values()]).exists():
        return 0
    chapter_type = ContentType.objects.get_for_model(ChapterPage)
    comments = {}
    for item in data.CONTRIBUTIONS:
        chapter = chapters.get(item["chapter"])
        if chapter is None:
            continue
        revision = chapter.live_revision
        body = revision.content["body"]
        body = json.loads(body) if isinstance(body, str) else body
        when = concept.opens_at + timedelta(days=item["days"], hours=10)
        parent = comments.get(item["reply_to"])
        comment = ChapterComment.objects.create(
            content_type=chapter_type,
            object_pk=str(chapter.pk),
            site_id=1,
            user_name=item["name"],
            user_email=item["email"],
            comment=item["text"],
            parent_id=parent.pk if parent else 0,
            paragraph_id=block_target(body, item["paragraph"]),
            revision_id=revision.pk,
            submit_date=when,
            confirmed_at=when + timedelta(minutes=5),
            seen_at=when + timedelta(hours=3),
            is_public=True,
            participant_key=participant_key(item["email"]),
            language="de",
            support_count=item["supports"],
        )
        CommentSupport.objects.bulk_create(
            CommentSupport(
                comment=comment,
                supporter_key=supporter_key(f"unterstuetzung{number}.{item['key']}@example.org"),
                created_at=when + timedelta(days=1),
                confirmed_at=when + timedelta(days=1, minutes=5),
            )
            for number in range(item["supports"])
        )
        comments[item["key"]] = comment
    stdout.write(f"  + {len(comments)} Beiträge zur laufenden Beteiligung")
    return len(comments)
