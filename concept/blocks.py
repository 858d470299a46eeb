"""The chapter vocabulary: sections of paragraphs, goals, measures and indicators.

Built on the shared blocks in ``home.blocks``. Every paragraph, goal, measure and
indicator keeps a stable Wagtail block id, rendered as the anchor ``b-<id>``.
"""

import uuid

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import HeadingBlock, IdentifiedListBlock, ParagraphBlock


class MeasureBlock(blocks.StructBlock):
    measure = blocks.TextBlock(label=_("Maßnahme"))
    responsible = blocks.CharBlock(label=_("Verantwortlich"), max_length=255)
    partners = blocks.CharBlock(label=_("Partner"), max_length=255, required=False)
    timeframe = blocks.CharBlock(label=_("Zeitrahmen"), max_length=100, required=False)

    class Meta:
        icon = "tasks"
        label = _("Maßnahme")


class GoalsBlock(IdentifiedListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.TextBlock(label=_("Ziel")), **kwargs)

    class Meta:
        icon = "flag"
        label = _("Ziele")
        template = "blocks/goals.html"
        description = _("Die Ziele eines Handlungsfelds, je Ziel ein Eintrag.")
        preview_value = ["Ehrenamtliche Lotsinnen und Lotsen sind in jeder Gemeinde erreichbar."]


class MeasuresBlock(IdentifiedListBlock):
    def __init__(self, **kwargs):
        super().__init__(MeasureBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Maßnahmen")
        template = "blocks/measures.html"
        description = _("Maßnahmen mit Verantwortlichen, Partnern und Zeitrahmen.")
        preview_value = [
            {
                "measure": "Aufbau eines Dolmetscherpools für Beratungsgespräche",
                "responsible": "Kreis Schleswig-Flensburg, Koordinierungsstelle IAF",
                "partners": "Migrationsberatung, Wohlfahrtsverbände",
                "timeframe": "2018–2019",
            }
        ]


class IndicatorsBlock(IdentifiedListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.TextBlock(label=_("Indikator")), **kwargs)

    class Meta:
        icon = "success"
        label = _("Indikatoren")
        template = "blocks/indicators.html"
        description = _("Woran der Erfolg gemessen wird.")
        preview_value = ["Zahl der aktiven Ehrenamtlichen in der Flüchtlingshilfe"]


class ChapterBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    goals = GoalsBlock()
    measures = MeasuresBlock()
    indicators = IndicatorsBlock()


# Content written by code (the demo loader, the Word import) must not get fresh
# random ids on every save, or comments would lose their paragraph.
BLOCK_ID_NAMESPACE = uuid.UUID("6f1c1a52-3a53-4a4e-9a0b-5b0c2a1e7d10")


def stable_block_id(*parts):
    """A block id derived from where the block stands, e.g. (concept slug, chapter, position)."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, "/".join(str(part) for part in parts)))


LIST_BLOCKS = {"goals", "measures", "indicators"}


def raw_stream(blocks, *id_parts):
    """Raw StreamField data from (type, value) pairs, with a stable id for every block and
    list item derived from ``id_parts`` and its position (demo loader, Word import)."""
    data = []
    for position, (block_type, value) in enumerate(blocks):
        if block_type in LIST_BLOCKS:
            value = [
                {"type": "item", "value": item, "id": stable_block_id(*id_parts, position, index)}
                for index, item in enumerate(value)
            ]
        data.append({"type": block_type, "value": value, "id": stable_block_id(*id_parts, position)})
    return data
