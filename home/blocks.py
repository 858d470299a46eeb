"""The StreamField vocabulary shared by the welcome portal and the concept.

Every block has a template, an icon and a preview value, so the editor's block
preview works. Paragraph-level blocks render their Wagtail block id as an HTML
anchor (``id="b-<uuid>"``): comments point at it and links to it survive edits.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.models import SourceImageIOError

from .organisations import absolute_url

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


# The renditions of an image in a page (templates/blocks/image.html writes the same as
# ``format-{avif,webp,jpeg} width-{400,800}``) and in the API: AVIF and WebP for today's browsers,
# JPEG for the rest, 400 px for phones and 800 px for wide screens and high-density phones.
IMAGE_FORMATS = ("avif", "webp", "jpeg")
IMAGE_WIDTHS = (400, 800)
IMAGE_SPECS = [f"format-{fmt}|width-{width}" for fmt in IMAGE_FORMATS for width in IMAGE_WIDTHS]


class PrefetchingImageChooserBlock(ImageChooserBlock):
    """The images of a whole StreamField in one query, with their renditions in one more
    (the page's query count does not grow with its images)."""

    def bulk_to_python(self, values):
        images = get_image_model().objects.prefetch_renditions().in_bulk([value for value in values if value])
        return [images.get(value) for value in values]


class AccessibleImageBlock(ImageBlock):
    """Wagtail's ImageBlock: an alt text is required unless the image is marked as decorative (then
    ``alt=""``). Its images come with their renditions (one query each for a whole page), and the API
    shows the renditions' absolute URLs. Stored and migrated as Wagtail's ImageBlock."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        chooser = PrefetchingImageChooserBlock(required=required)
        chooser.set_name("image")
        self.child_blocks["image"] = chooser

    def get_api_representation(self, value, context=None):
        if not value:
            return None
        request = (context or {}).get("request")
        try:
            renditions = value.get_renditions(*IMAGE_SPECS)
        except SourceImageIOError:  # the original file is missing: the page shows a placeholder, the API none
            renditions = {}
        # The alt text as the page writes it: "" when decorative, the block's text, else the image's own.
        alt = "" if value.decorative else (value.contextual_alt_text or value.default_alt_text)
        return {
            "id": value.pk,
            "title": value.title,
            "alt": alt,
            "decorative": bool(value.decorative),
            "width": value.width,
            "height": value.height,
            "renditions": [
                {
                    "url": absolute_url(request, rendition.url),
                    "format": spec.split("|")[0].removeprefix("format-"),
                    "width": rendition.width,
                    "height": rendition.height,
                }
                for spec, rendition in renditions.items()
            ],
        }


class ImageWithCaptionBlock(blocks.StructBlock):
    image = AccessibleImageBlock(label=_("Bild"))
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
