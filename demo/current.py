"""A few contributions on the open participation, so a visitor of the demo sees comments, a reply
and supports there and can support one (the 2017 participation in history.py is closed).

Called by load_initial_data; does nothing once the open concept has comments.
"""

import json
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType

from concept.comments.keys import supporter_key
from concept.comments.models import ChapterComment, CommentSupport
from concept.models import ChapterPage
from demo.content import fortschreibung as data
from demo.history import block_target, confirmed_comment


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
        comment = confirmed_comment(
            chapter,
            item,
            chapter_type=chapter_type,
            parent=parent,
            paragraph_id=block_target(body, item["paragraph"]),
            revision_id=revision.pk,
            when=when,
            confirmed_after=timedelta(minutes=5),
            seen_after=timedelta(hours=3),
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
