"""Each organisation's look, sender address and API links on its own host (issue 22): the logo and
accent colour of its portal settings (checked against WCAG AA, set by a stylesheet of its host, never
inline), its own sender address on its mails, and API v2 links on its own host."""

import io
import re

import pytest
from PIL import Image as PILImage

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.test import TestCase

from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from concept.roles.organisations import create_organisation
from home import theme
from home.models import PortalSettings
from tests.factories import ChapterPageFactory, ConceptPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

TOWN = "Stadt Schleswig"
TOWN_HOST = {"HTTP_HOST": "schleswig.example.org"}
RED = "#8a1538"


@pytest.fixture
def town(home):
    Locale.objects.get_or_create(language_code="en")
    return create_organisation(TOWN, "schleswig.example.org", port=80, languages=("de", "en"))


def town_settings(town, **fields):
    """The town's portal settings changed as the settings form would (validated, committed)."""
    row = PortalSettings.for_site(town)
    for name, value in fields.items():
        setattr(row, name, value)
    row.full_clean()
    with TestCase.captureOnCommitCallbacks(execute=True):
        row.save()
    return row


def small_png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 160), (138, 21, 56)).save(buffer, format="PNG")
    return buffer.getvalue()


# -- the colour ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("#ffcc00", "Zu wenig Kontrast: 1,5 : 1"),  # yellow: white text unreadable
        ("#3d8fd1", "Zu wenig Kontrast"),  # a light blue, about 3.5:1 with white
        ("rot", "Hex-Wert mit sechs Stellen"),
        ("#abc", "Hex-Wert mit sechs Stellen"),
        ("#0b5394; }", "Hex-Wert mit sechs Stellen"),  # no way into the stylesheet
    ],
)
def test_a_colour_too_light_or_not_a_colour_is_refused_in_german(town, value, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        town_settings(town, accent_colour=value)
    assert PortalSettings.for_site(town).accent_colour == ""


def test_the_contrast_figures_are_wcags():
    assert round(theme.contrast("#ffffff", "#000000"), 1) == 21.0
    assert round(theme.contrast("#0b5394", "#ffffff"), 2) == 7.84
    # Every accept reaches 4.5:1 with white text and as text on its own tint.
    theme.validate_accent(RED)
    assert theme.contrast(RED, theme.tint(RED)) >= 4.5


def test_the_town_pages_link_its_stylesheet_and_the_district_keeps_its_blue(client, home, town):
    town_settings(town, accent_colour="#8A1538")
    assert PortalSettings.for_site(town).accent_colour == RED
    page = client.get("/de/", **TOWN_HOST).content.decode()
    link = re.search(r'<link rel="stylesheet" href="(/theme\.css\?v=\w+)">', page)
    assert link, "the town's page links its colours"
    assert "style=" not in page and "<style" not in page  # nothing inline (CSP style-src 'self')

    css = client.get(link.group(1), **TOWN_HOST)
    assert css.status_code == 200 and css["Content-Type"].startswith("text/css")
    assert f"--brand: {RED};" in css.content.decode()
    assert "--tint: #f6ecef;" in css.content.decode()
    assert "immutable" in css["Cache-Control"]

    district = client.get("/de/").content.decode()
    assert "theme.css" not in district
    assert client.get("/theme.css").content == b""  # the district's host: no colours of the town


def test_a_new_colour_is_a_new_stylesheet_address(client, home, town):
    town_settings(town, accent_colour=RED)
    first = re.search(r"theme\.css\?v=(\w+)", client.get("/de/", **TOWN_HOST).content.decode()).group(1)
    town_settings(town, accent_colour="#1b5e20")
    second = re.search(r"theme\.css\?v=(\w+)", client.get("/de/", **TOWN_HOST).content.decode()).group(1)
    assert first != second
    # An old address still answers, with the current colours, but is not kept for long.
    old = client.get(f"/theme.css?v={first}", **TOWN_HOST)
    assert "--brand: #1b5e20;" in old.content.decode() and "max-age=60" in old["Cache-Control"]


def test_the_cached_page_of_one_host_never_shows_on_the_other(client, home, town):
    """The page cache is keyed by host: the town's colour and logo stay on the town's host."""
    image = get_image_model().objects.create(title="Logo", file=ImageFile(io.BytesIO(small_png()), name="logo.png"))
    town_settings(town, accent_colour=RED, logo=image)
    for _ in range(3):  # the last answer of each host from the cache
        town_page = client.get("/de/", **TOWN_HOST)
        district_page = client.get("/de/")
    assert town_page.get("X-Page-Cache") == "hit" and district_page.get("X-Page-Cache") == "hit"
    assert "theme.css" in town_page.content.decode() and 'alt="Stadt Schleswig"' in town_page.content.decode()
    assert "theme.css" not in district_page.content.decode()
    assert 'alt="Stadt Schleswig"' not in district_page.content.decode()
    assert "/static/img/logo.svg" in district_page.content.decode()


# -- the logo -----------------------------------------------------------------


def test_the_logo_is_in_the_header_named_by_the_organisation(client, home, town):
    image = get_image_model().objects.create(title="Logo", file=ImageFile(io.BytesIO(small_png()), name="logo.png"))
    town_settings(town, logo=image)
    page = client.get("/en/", **TOWN_HOST).content.decode()
    header = page.split('<header class="site-header">')[1].split("</header>")[0]
    logo = re.search(r'<img class="site-header__logo" src="([^"]+)" alt="Stadt Schleswig" width="30" height="40"',
                     header)  # fmt: skip
    assert logo, header
    assert "/static/img/logo.svg" not in header
    # The name beside the logo is not read a second time: the link's name is the logo's alt text.
    assert '<span class="site-header__name" aria-hidden="true"' in header
    assert client.get(logo.group(1)).status_code in (200, 404)  # media served by the web server in production


def test_a_logo_whose_file_is_gone_leaves_the_districts_logo(client, home, town):
    image = get_image_model().objects.create(title="Logo", file=ImageFile(io.BytesIO(small_png()), name="logo.png"))
    town_settings(town, logo=image)
    image.file.storage.delete(image.file.name)
    response = client.get("/de/", **TOWN_HOST)
    assert response.status_code == 200
    assert "/static/img/logo.svg" in response.content.decode()


# -- the town's sender address ------------------------------------------------


def test_the_towns_mails_come_from_its_own_address(client, home, town, mailoutbox, settings):
    from tests.comments.conftest import filled_form, form_url

    town_settings(town, mail_sender_address="beteiligung@schleswig.example.org")
    chapter = ChapterPageFactory(parent=ConceptPageFactory(parent=town.root_page, slug="plan"), slug="k1")
    client.defaults.update(TOWN_HOST)
    client.post(form_url(chapter), filled_form(client, chapter))
    mail = mailoutbox[-1]
    assert mail.from_email == "Stadt Schleswig <beteiligung@schleswig.example.org>"
    assert mail.extra_headers["Message-ID"].endswith("@schleswig.example.org>")
    assert settings.DEFAULT_FROM_EMAIL not in mail.from_email


def test_without_an_address_of_its_own_the_town_uses_the_portals(client, home, town, mailoutbox, settings):
    from email.utils import parseaddr

    from tests.comments.conftest import filled_form, form_url

    chapter = ChapterPageFactory(parent=ConceptPageFactory(parent=town.root_page, slug="plan"), slug="k1")
    district_chapter = ChapterPageFactory(parent=ConceptPageFactory(parent=home, slug="plan"), slug="k1")
    town_settings(town, mail_sender_address="beteiligung@schleswig.example.org")
    client.post(form_url(district_chapter), filled_form(client, district_chapter))
    assert parseaddr(mailoutbox[-1].from_email)[1] == parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    town_settings(town, mail_sender_address="")
    client.defaults.update(TOWN_HOST)
    client.post(form_url(chapter), filled_form(client, chapter))
    assert mailoutbox[-1].from_email == f"Stadt Schleswig <{parseaddr(settings.DEFAULT_FROM_EMAIL)[1]}>"


def test_a_sender_address_must_be_an_address(town):
    with pytest.raises(ValidationError):
        town_settings(town, mail_sender_address="schleswig")


# -- API v2 on the town's host ------------------------------------------------


def urls_in(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from urls_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from urls_in(item)
    elif isinstance(value, str) and value.startswith(("http://", "https://")):
        yield value


@pytest.fixture
def town_pages(town):
    Locale.objects.get_or_create(language_code="en")
    topic = TopicPageFactory(parent=town.root_page, slug="ankommen", title="Ankommen in Schleswig")
    concept = ConceptPageFactory(parent=town.root_page, slug="plan")
    chapter = ChapterPageFactory(parent=concept, slug="k1")
    return topic, concept, chapter


def test_every_url_in_the_towns_api_answers_is_on_the_towns_host(client, home, town, town_pages):
    topic, concept, chapter = town_pages
    answers = [
        client.get("/api/v2/pages/", **TOWN_HOST),
        client.get("/api/v2/pages/?fields=*", **TOWN_HOST),
        client.get(f"/api/v2/pages/{topic.pk}/", **TOWN_HOST),
        client.get(f"/api/v2/pages/{concept.pk}/", **TOWN_HOST),
        client.get(f"/api/v2/pages/{chapter.pk}/", **TOWN_HOST),
    ]
    found = []
    for answer in answers:
        assert answer.status_code == 200
        found += list(urls_in(answer.json()))
    assert found
    assert [url for url in found if not url.startswith("http://schleswig.example.org/")] == []
    listing = answers[0].json()["items"]
    assert {item["meta"]["detail_url"] for item in listing} >= {
        f"http://schleswig.example.org/api/v2/pages/{topic.pk}/"
    }
    detail = answers[2].json()
    assert detail["meta"]["html_url"] == "http://schleswig.example.org/de/ankommen/"
    assert detail["meta"]["parent"]["meta"]["detail_url"] == (
        f"http://schleswig.example.org/api/v2/pages/{town.root_page_id}/"
    )
    # What a detail_url names answers on the town's host.
    assert client.get(detail["meta"]["detail_url"].removeprefix("http://schleswig.example.org"), **TOWN_HOST).json()[
        "title"
    ] == ("Ankommen in Schleswig")


def test_the_districts_api_answers_keep_the_configured_address(client, home, town, settings):
    topic = TopicPageFactory(parent=home, slug="ankommen")
    detail = client.get(f"/api/v2/pages/{topic.pk}/").json()
    assert detail["meta"]["detail_url"] == f"{settings.WAGTAILAPI_BASE_URL}/api/v2/pages/{topic.pk}/"
    assert "schleswig" not in str(detail)


def test_find_redirects_to_the_detail_on_the_towns_host(client, home, town, town_pages):
    topic, _concept, _chapter = town_pages
    response = client.get("/api/v2/pages/find/?html_path=/ankommen/", **TOWN_HOST)
    assert response.status_code == 302
    assert response["Location"] == f"http://schleswig.example.org/api/v2/pages/{topic.pk}/"


def test_images_and_documents_of_the_api_on_the_towns_host(client, home, town):
    image = get_image_model().objects.create(title="Bild", file=ImageFile(io.BytesIO(small_png()), name="b.png"))
    answer = client.get(f"/api/v2/images/{image.pk}/", **TOWN_HOST).json()
    assert answer["meta"]["detail_url"] == f"http://schleswig.example.org/api/v2/images/{image.pk}/"
    assert answer["meta"]["download_url"].startswith("http://schleswig.example.org/")
    assert Site.objects.get(is_default_site=True).hostname != "schleswig.example.org"
