"""The 2017 participation as it happened: the December 2016 draft, the comments of
October 2017, the district's responses and the revised chapters of 2018.

Called by load_initial_data; does nothing once the 2017 concept has comments.
"""

import copy
import json
from datetime import datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.models import Revision

from concept.blocks import stable_block_id
from concept.comments.models import ChapterComment, ModerationLog
from concept.comments.services import participant_key
from concept.models import ChapterPage, ChapterVersion, OfficialResponse
from demo.content import participation_2017 as data


def berlin(value):
    return timezone.make_aware(datetime.fromisoformat(value))


def raw_body(version):
    """The StreamField data of a version as a list (revisions store it as a JSON string)."""
    body = version.revision.content["body"]
    return json.loads(body) if isinstance(body, str) else body


def block_target(body, target):
    """The block id of ("paragraph", n) or ("measure", n) (1-based) in raw StreamField data."""
    if target is None:
        return ""
    kind, number = target
    if kind == "paragraph":
        paragraphs = [block for block in body if block["type"] == "paragraph"]
        return paragraphs[number - 1]["id"]
    measures = next(block for block in body if block["type"] == "measures")
    return measures["value"][number - 1]["id"]


def revise(body, changes, id_parts):
    """The 2018 body: the 2017 blocks with their ids, changed as listed (numbers refer to 2017)."""
    new = copy.deepcopy(body)
    paragraph_ids = [block["id"] for block in body if block["type"] == "paragraph"]
    measures = next((block for block in new if block["type"] == "measures"), None)
    original_measure_ids = [item["id"] for item in measures["value"]] if measures else []
    for index, change in enumerate(changes):
        action = change[0]
        new_id = stable_block_id(*id_parts, "2018", index)
        if action == "replace_paragraph":
            block = next(block for block in new if block["id"] == paragraph_ids[change[1] - 1])
            block["value"] = change[2]
        elif action == "remove_paragraph":
            new = [block for block in new if block["id"] != paragraph_ids[change[1] - 1]]
        elif action == "add_paragraph_after":
            position = next(n for n, block in enumerate(new) if block["id"] == paragraph_ids[change[1] - 1])
            new.insert(position + 1, {"type": "paragraph", "value": change[2], "id": new_id})
        elif action == "replace_measure":
            measures = next(block for block in new if block["type"] == "measures")
            item = next(item for item in measures["value"] if item["id"] == original_measure_ids[change[1] - 1])
            item["value"] = change[2]
        elif action == "add_measure":
            measures = next(block for block in new if block["type"] == "measures")
            measures["value"].append({"type": "item", "value": change[1], "id": new_id})
    return new


def confirmed_comment(chapter, item, *, chapter_type, parent, when, confirmed_after, seen_after, **fields):
    """A demo contribution as a confirmed participant's: shown, read by the moderation, keyed by its
    address as the form keys it (``item`` carries name, email and text)."""
    return ChapterComment.objects.create(
        content_type=chapter_type,
        object_pk=str(chapter.pk),
        site_id=1,
        user_name=item["name"],
        user_email=item["email"],
        comment=item["text"],
        parent_id=parent.pk if parent else 0,
        submit_date=when,
        confirmed_at=when + confirmed_after,
        seen_at=when + seen_after,
        is_public=True,
        participant_key=participant_key(item["email"]),
        language="de",
        **fields,
    )


def load(concept, admin, stdout):
    """Returns the number of objects created."""
    chapters = {chapter.number: chapter for chapter in ChapterPage.objects.child_of(concept)}
    chapter_type = ContentType.objects.get_for_model(ChapterPage)
    if ChapterComment.objects.filter(object_pk__in=[str(c.pk) for c in chapters.values()]).exists():
        return 0
    created = 0

    drafts = {}
    for number, chapter in chapters.items():
        draft = ChapterVersion.objects.filter(chapter=chapter).order_by("number").first()
        draft.published_at = berlin(data.DRAFT_2016["date"])
        draft.note = data.DRAFT_2016["note"]
        draft.save(update_fields=["published_at", "note"])
        Revision.objects.filter(pk=draft.revision_id).update(created_at=draft.published_at)
        drafts[number] = draft

    comments = {}
    for item in data.CONTRIBUTIONS:
        chapter, draft = chapters[item["chapter"]], drafts[item["chapter"]]
        when = berlin(item["date"])
        parent = comments.get(item["reply_to"])
        comment = confirmed_comment(
            chapter,
            item,
            chapter_type=chapter_type,
            parent=parent,
            paragraph_id=block_target(raw_body(draft), item["paragraph"]),
            revision_id=draft.revision_id,
            when=when,
            confirmed_after=timedelta(minutes=7),
            seen_after=timedelta(hours=2),  # the moderation read them in 2017
            followup=item["followup"],
        )
        if item["hidden_reason"]:
            comment.hidden_at = when + timedelta(hours=15)
            comment.hidden_reason = item["hidden_reason"]
            comment.save(update_fields=["hidden_at", "hidden_reason"])
            ModerationLog.objects.create(
                comment=comment,
                comment_number=comment.pk,
                action=ModerationLog.HIDE,
                actor=admin,
                reason=item["hidden_reason"],
                created_at=comment.hidden_at,
            )
        comments[item["key"]] = comment
        created += 1
    stdout.write(f"  + {len(comments)} Beiträge vom Oktober 2017")

    revised = {}
    for number, revision in data.REVISIONS_2018.items():
        chapter = chapters[number]
        chapter.body = revise(raw_body(drafts[number]), revision["changes"], (concept.slug, number))
        chapter.change_note = revision["note"]
        chapter.save_revision(user=admin).publish(user=admin)
        version = ChapterVersion.objects.filter(chapter=chapter).order_by("number").last()
        version.published_at = berlin(revision["date"])
        version.save(update_fields=["published_at"])
        Revision.objects.filter(pk=version.revision_id).update(created_at=version.published_at)
        revised[number] = version
        stdout.write(f"  + Fassung 2018: {chapter.title}")
        created += 1

    for item in data.CONTRIBUTIONS:
        answer = item["response"]
        if not answer:
            continue
        version = revised.get(item["chapter"]) if answer["taken_up"] else None
        comment = comments[item["key"]]
        # Answered shortly before the chapter's 2018 version; chapters not revised in spring 2018.
        published = revised[item["chapter"]].published_at if item["chapter"] in revised else berlin("2018-03-02T12:00")
        OfficialResponse.objects.create(
            comment=comment,
            outcome=answer["outcome"],
            text=answer["text"],
            taken_up_in=version,
            taken_up_block_id=block_target(raw_body(version), answer["taken_up"]) if version else "",
            responded_by=admin,
            responded_at=published - timedelta(days=2),
            released_by=admin,
            released_at=published - timedelta(days=2),
            mailed_outcome=answer["outcome"],
        )
        created += 1
    stdout.write("  + Stellungnahmen des Kreises")
    return created
