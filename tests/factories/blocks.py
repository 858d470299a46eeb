"""What the per-app block factories share: simple blocks built from their stored value, and
page factories whose StreamField has default content unless the test gives its own."""

import uuid

from wagtail_factories.blocks import BlockFactory


class ValueBlockFactory(BlockFactory):
    """A simple block (heading, paragraph, list item) from its stored value: wagtail-factories'
    own BlockFactory cleans the value as a form would, which a rich-text string does not survive."""

    class Meta:
        abstract = True

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return block_class().to_python(kwargs.get("value", ""))


class StreamDefaults:
    """Mixin for a page factory: ``_stream_defaults`` (``body__0__heading__value`` …) fill the
    StreamField only when the test passes nothing for it, so that a test's own blocks are never
    mixed with the defaults at the same position."""

    _stream_defaults = {}

    @classmethod
    def _generate(cls, strategy, params):
        fields = {name.split("__")[0] for name in cls._stream_defaults}
        if not any(name.split("__")[0] in fields for name in params):
            params = {**cls._stream_defaults, **params}
        return super()._generate(strategy, params)


def raw_block(block_type, value, block_id=None):
    """A block in its stored form with an id the test knows beforehand: only for tests whose
    subject is the block id itself (versions that keep a paragraph, answers that point at one)."""
    return {"type": block_type, "value": value, "id": block_id or str(uuid.uuid4())}
