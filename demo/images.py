"""The demo's images: three topics and an event get a picture the demo draws itself (demo/pictures.py),
as an image block after their first paragraph, in German and in every translation (with the alt text
in the page's language). Idempotent: an image that exists is left alone, and a page only gets its
block in the run that created the image (an editor who removed it later keeps it removed)."""

import io

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from concept.blocks import stable_block_id
from home.models import EventPage, TopicPage

from .pictures import picture

# (model, slug, label in the picture, colour, seed, marker position, decorative)
PICTURES = [
    (TopicPage, "ankommen", "Ankommen", (0, 102, 153), 3, (0.45, 0.42), False),
    (TopicPage, "sprache-lernen", "Sprache lernen", (176, 68, 24), 7, (0.33, 0.36), False),
    (TopicPage, "wohnen", "Wohnen", (46, 125, 50), 11, (0.52, 0.58), False),
    # The event's picture repeats its title and place: decorative, alt="" (screen readers skip it).
    (EventPage, "informationsabend-fortschreibung-integrationskonzept", "Informationsabend", (106, 27, 154), 5,
     (0.36, 0.3), True),
]  # fmt: skip

# The alt text in the page's language: what the picture shows, and its German label with the page's title.
ALT = {
    "de": "Kartenskizze: der Kreis Schleswig-Flensburg zwischen Nord- und Ostsee, mit einer Markierung. "
    "Aufschrift: „{label}“",
    "en": "Sketch map: the district of Schleswig-Flensburg between the North Sea and the Baltic Sea, with a marker. "
    "Label in German: “{label}” ({title})",
    "ar": "خريطة تخطيطية: مقاطعة شليسفيغ-فلنسبورغ بين بحر الشمال وبحر البلطيق، مع علامة. "
    "الكتابة بالألمانية: «{label}» ({title})",
    "fa": "نقشهٔ طرح‌گونه: ناحیهٔ شلزویگ-فلنسبورگ میان دریای شمال و دریای بالتیک، با یک نشانگر. "
    "نوشته به آلمانی: «{label}» ({title})",
    "uk": "Схематична карта: район Шлезвіг-Фленсбург між Північним і Балтійським морями, з позначкою. "
    "Напис німецькою: «{label}» ({title})",
}


def image_title(label):
    return f"Kartenskizze: {label}"


def ensure_image(label, colour, seed, marker):
    """The picture as a Wagtail image, and whether it was created now."""
    Image = get_image_model()
    title = image_title(label)
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing, False
    slug = label.lower().replace(" ", "-")
    image = Image(
        title=title,
        description=ALT["de"].format(label=label, title=label),
        file=ImageFile(io.BytesIO(picture(label, colour, seed, marker)), name=f"demo-{slug}.png"),
    )
    image.save()
    return image, True


def add_block(page, image, label, decorative, kind):
    """The image block after the page's first paragraph (its id does not move the other blocks' ids)."""
    language = page.locale.language_code
    alt = "" if decorative else ALT.get(language, ALT["de"]).format(label=label, title=page.title)
    raw = list(page.body.raw_data)
    position = next((index + 1 for index, block in enumerate(raw) if block["type"] == "paragraph"), 0)
    raw.insert(
        position,
        {
            "type": "image",
            "value": {"image": {"image": image.pk, "alt_text": alt, "decorative": decorative}, "caption": ""},
            "id": stable_block_id(kind, page.slug, "image"),
        },
    )
    page.body = raw
    page.save_revision().publish()


def load(home, stdout):
    created = 0
    for model, slug, label, colour, seed, marker, decorative in PICTURES:
        image, new = ensure_image(label, colour, seed, marker)
        if not new:
            continue
        created += 1
        page = model.objects.descendant_of(home).filter(slug=slug, locale=home.locale).first()
        if page is None:
            continue
        kind = "topic" if model is TopicPage else "event"
        for version in [page, *page.get_translations().specific()]:
            add_block(version, image, label, decorative, kind)
        stdout.write(f"  + Bild: {image.title}")
    return created
