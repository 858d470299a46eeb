"""Published versions of a chapter, and a readable comparison between two of them.

Every publication of a chapter is recorded as a ChapterVersion (from Wagtail's
``page_published`` signal) with the editor's public change note. Versions are
compared block by block through the stable block ids, and word by word inside a
block.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.html import strip_tags

from concept.models import ChapterPage

from .models import ChapterVersion


def record_publication(sender, instance, revision, **kwargs):
    """page_published handler: a new public version, numbered, with the note if it is new."""
    if not isinstance(instance, ChapterPage) or revision is None:
        return
    if ChapterVersion.objects.filter(revision=revision).exists():
        return
    previous = ChapterVersion.objects.filter(chapter=instance).order_by("-number").first()
    note = instance.change_note.strip()
    if previous and note == previous.note:
        note = ""  # the note of the last version was left in the form; it does not describe this one
    ChapterVersion.objects.create(
        chapter=instance,
        revision=revision,
        number=(previous.number + 1) if previous else 1,
        published_at=timezone.now(),
        note=note,
    )


# -- comparison --------------------------------------------------------------------


@dataclass
class Piece:
    kind: str  # "same", "inserted", "deleted"
    text: str


@dataclass
class BlockChange:
    block_id: str
    block_type: str
    state: str  # "unchanged", "changed", "added", "removed"
    pieces: list = field(default_factory=list)

    @property
    def old_pieces(self):
        """The older text, for the left column: what stayed and what was deleted."""
        return [piece for piece in self.pieces if piece.kind != "inserted"]

    @property
    def new_pieces(self):
        """The newer text, for the right column: what stayed and what was inserted."""
        return [piece for piece in self.pieces if piece.kind != "deleted"]


def block_texts(page):
    """{block id: (type, plain text)} for every paragraph-level block, in order."""
    texts = {}
    for block in page.body:
        if block.block_type in {"goals", "indicators", "measures"}:
            for item in block.value.bound_blocks:
                value = item.value
                if block.block_type == "measures":
                    value = " · ".join(
                        part
                        for part in (value["measure"], value["responsible"], value["partners"], value["timeframe"])
                        if part
                    )
                texts[item.id] = (block.block_type, str(value))
        else:
            texts[block.id] = (block.block_type, _plain(block.value))
    return texts


def _plain(value):
    text = getattr(value, "source", value)
    return re.sub(r"\s+", " ", strip_tags(str(text))).strip()


TOKENS = re.compile(r"\w+|[^\w\s]|\s+")


def word_diff(old, new):
    """Pieces of text, word by word; punctuation and spaces are tokens of their own, so
    "Schleswig." → "Schleswig und Kappeln." marks only " und Kappeln" as inserted."""
    old_tokens, new_tokens = TOKENS.findall(old), TOKENS.findall(new)
    pieces = []
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece("same", "".join(old_tokens[i1:i2])))
            continue
        if tag in {"delete", "replace"}:
            pieces.append(Piece("deleted", "".join(old_tokens[i1:i2])))
        if tag in {"insert", "replace"}:
            pieces.append(Piece("inserted", "".join(new_tokens[j1:j2])))
    return pieces


def compare(old_page, new_page):
    """Block changes in the order of the newer version, removed blocks where they stood."""
    old, new = block_texts(old_page), block_texts(new_page)
    changes = []
    old_order = list(old)
    for block_id, (block_type, text) in new.items():
        if block_id not in old:
            changes.append(BlockChange(block_id, block_type, "added", [Piece("inserted", text)]))
        elif old[block_id][1] == text:
            changes.append(BlockChange(block_id, block_type, "unchanged", [Piece("same", text)]))
        else:
            changes.append(BlockChange(block_id, block_type, "changed", word_diff(old[block_id][1], text)))
    # Removed blocks go after the block that preceded them in the older version.
    for index, block_id in enumerate(old_order):
        if block_id in new:
            continue
        block_type, text = old[block_id]
        removed = BlockChange(block_id, block_type, "removed", [Piece("deleted", text)])
        position = 0
        for earlier in reversed(old_order[:index]):
            found = next((n for n, change in enumerate(changes) if change.block_id == earlier), None)
            if found is not None:
                position = found + 1
                break
        changes.insert(position, removed)
    return changes
