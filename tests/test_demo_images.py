"""The demo's images (demo/images.py): three topics and an event show a picture the demo drew itself,
as a responsive, lazily loaded <picture> with an alt text in the page's language (or alt="" when
marked decorative); API v2 gives the same renditions as absolute URLs; the editor requires an alt
text unless the image is marked decorative; a second demo run adds nothing."""

import html
import re
from io import StringIO
from urllib.parse import urlsplit

import pytest

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command

from wagtail.images import get_image_model

from demo.images import PICTURES
from home.blocks import IMAGE_SPECS, ImageWithCaptionBlock
from home.models import EventPage, TopicPage

pytestmark = pytest.mark.django_db


def page(model, slug, language="de"):
    return model.objects.live().get(slug=slug, locale__language_code=language)


def img_tag(content):
    match = re.search(r"<picture>(.*?)</picture>", content, re.S)
    assert match, "no <picture> in the page"
    return match.group(1)


def attributes(tag):
    return {name: html.unescape(value) for name, value in re.findall(r'([a-z-]+)="([^"]*)"', tag)}


def test_topics_and_an_event_show_a_responsive_lazy_picture_with_alt_text(demo_content, client):
    pages = [(model, slug) for model, slug, *_rest in PICTURES]
    assert len([1 for model, _slug in pages if model is TopicPage]) >= 3 and (EventPage, pages[-1][1]) in pages
    for model, slug in pages:
        content = client.get(page(model, slug).url).content.decode()
        picture = img_tag(content)
        sources = re.findall(r"<source ([^>]*)>", picture)
        assert [attributes(source)["type"] for source in sources] == ["image/avif", "image/webp"]
        for source in sources:
            srcset = attributes(source)["srcset"]
            assert re.fullmatch(r"\S+ 400w, \S+ 800w", srcset), srcset
            assert attributes(source)["sizes"] == "(max-width: 50rem) 100vw, 50rem"
        img = attributes(re.search(r"<img ([^>]*)>", picture).group(1))
        assert img["loading"] == "lazy" and img["decoding"] == "async"
        assert int(img["width"]) > 0 and int(img["height"]) > 0
        assert "alt" in img
        if model is TopicPage:
            assert img["alt"].startswith("Kartenskizze: der Kreis Schleswig-Flensburg")
        else:
            assert img["alt"] == ""  # marked decorative: screen readers skip it


def test_a_translated_topic_has_the_picture_with_an_alt_text_in_its_language(demo_content, client):
    arabic = page(TopicPage, "ankommen", "ar")
    img = attributes(re.search(r"<img ([^>]*)>", img_tag(client.get(arabic.url).content.decode())).group(1))
    assert re.search(r"[\u0600-\u06ff]", img["alt"]) and "Ankommen" in img["alt"]


def test_api_gives_the_pages_renditions_as_absolute_urls(demo_content, client):
    base = settings.WAGTAILAPI_BASE_URL
    for model, slug, *_rest in PICTURES:
        german = page(model, slug)
        body = client.get(f"/api/v2/pages/{german.pk}/").json()["body"]
        image = next(block["value"]["image"] for block in body if block["type"] == "image")
        assert image["title"].startswith("Kartenskizze")
        assert image["width"] == 1200 and image["height"] == 675
        assert [(r["format"], r["width"]) for r in image["renditions"]] == [
            (spec.split("|")[0][7:], int(spec.split("-")[-1])) for spec in IMAGE_SPECS
        ]
        content = client.get(german.url).content.decode()
        for rendition in image["renditions"]:
            assert rendition["url"].startswith(f"{base}/media/"), rendition["url"]
            # The page shows exactly these files.
            assert urlsplit(rendition["url"]).path in content
        img = attributes(re.search(r"<img ([^>]*)>", img_tag(content)).group(1))
        assert image["alt"] == img["alt"] and image["decorative"] == (img["alt"] == "")
    listed = client.get("/api/v2/images/", {"limit": 20}).json()
    assert listed["meta"]["total_count"] >= len(PICTURES)


def test_the_demo_pictures_are_small_pngs(demo_content):
    for image in get_image_model().objects.filter(title__startswith="Kartenskizze"):
        assert image.file.size < 80_000 and (image.width, image.height) == (1200, 675)


def test_a_second_demo_run_adds_no_image_and_no_block(demo_content):
    count = get_image_model().objects.count()
    call_command("load_initial_data", stdout=StringIO())
    assert get_image_model().objects.count() == count
    body = page(TopicPage, "ankommen").body
    assert [block.block_type for block in body].count("image") == 1


def test_the_editor_requires_an_alt_text_unless_the_image_is_decorative(demo_content):
    block = ImageWithCaptionBlock()
    image = get_image_model().objects.filter(title__startswith="Kartenskizze").first()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": False}, "caption": ""}))
    decorative = block.clean(
        block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": True}, "caption": ""})
    )
    assert decorative["image"].decorative
    described = block.clean(
        block.to_python({"image": {"image": image.pk, "alt_text": "Ein Plan", "decorative": False}, "caption": ""})
    )
    assert described["image"].contextual_alt_text == "Ein Plan"
