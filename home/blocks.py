"""The StreamField vocabulary shared by the welcome portal and the concept.

Every block has a template, an icon and a preview value, so the editor's block
preview works. Paragraph-level blocks render their Wagtail block id as an HTML
anchor (``id="b-<uuid>"``): comments point at it and links to it survive edits.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Zwischenüberschrift")
        template = "blocks/heading.html"
        form_classname = "title"
        description = _("Gliedert den Text in Abschnitte.")
        preview_value = "Ausgangslage"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Absatz")
        template = "blocks/paragraph.html"
        description = _("Ein Absatz Fließtext; kann einzeln kommentiert werden.")
        preview_value = (
            "<p>Der Kreis Schleswig-Flensburg erarbeitet ein Integrationskonzept "
            "und bittet alle Bürgerinnen und Bürger um ihre Beteiligung.</p>"
        )


class NoteBlock(blocks.TextBlock):
    class Meta:
        icon = "info-circle"
        label = _("Hinweis")
        template = "blocks/note.html"
        description = _("Ein hervorgehobener Hinweis.")
        preview_value = "Diese Informationen ersetzen keine persönliche Beratung."


class IdentifiedListBlock(blocks.ListBlock):
    """A ListBlock whose API output keeps each item's id, so clients can link to one item."""

    def get_api_representation(self, value, context=None):
        return [
            {"id": child.id, "value": self.child_block.get_api_representation(child.value, context)}
            for child in value.bound_blocks
        ]


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Bild"))
    caption = blocks.CharBlock(label=_("Bildunterschrift"), required=False)

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/image.html"
        description = _("Ein Bild mit Alternativtext und optionaler Bildunterschrift.")


class WelcomeBodyBlock(blocks.StreamBlock):
    """The body of welcome-portal pages (topics, events, legal pages)."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    note = NoteBlock()
    image = ImageWithCaptionBlock()
