"""API v2 in /api/schema/ (portal/api_schema.py), against real answers over the demo: every page's
detail, the listing, images and documents carry exactly the documented fields (each documented field
present, none undocumented), of the documented types; every page type of the demo is described and
every described type occurs; the refusals are the documented ones."""

import pytest

from wagtail.models import Page

from portal.api_schema import PAGE_TYPES

pytestmark = pytest.mark.django_db

SCALARS = {"integer": int, "string": str, "boolean": bool}


@pytest.fixture(scope="module")
def schema(demo_content, django_db_blocker):
    from django.test import Client

    with django_db_blocker.unblock():
        return Client().get("/api/schema/", HTTP_ACCEPT="application/json").json()


def resolve(schema, node):
    """``node`` with its ``$ref`` and one-element ``allOf`` (a nullable reference) replaced by the target."""
    while "$ref" in node or "allOf" in node:
        rest = {key: value for key, value in node.items() if key not in ("$ref", "allOf")}
        if "$ref" in node:
            node = {**schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]], **rest}
        else:
            (inner,) = node["allOf"]
            node = {**resolve(schema, inner), **rest}
    return node


def check(schema, value, node, where, *, exact=True):
    """``value`` fits ``node``: the documented keys exactly (``exact``) and the documented types."""
    node = resolve(schema, node)
    if value is None:
        assert node.get("nullable"), f"{where}: null, but not nullable"
        return
    if "oneOf" in node:
        name = "ApiV2" + value["meta"]["type"].split(".")[1]
        node = resolve(schema, {"$ref": f"#/components/schemas/{name}"})
    kind = node.get("type")
    if kind == "object":
        properties = node.get("properties", {})
        if exact:
            assert set(value) == set(properties), f"{where}: {sorted(set(value) ^ set(properties))}"
        for name, item in value.items():
            if name in properties:
                check(schema, item, properties[name], f"{where}.{name}", exact=exact)
    elif kind == "array":
        assert isinstance(value, list), where
        for index, item in enumerate(value):
            check(schema, item, node["items"], f"{where}[{index}]", exact=exact)
    elif kind in SCALARS:
        assert isinstance(value, SCALARS[kind]) and not (kind == "integer" and isinstance(value, bool)), where
        if "enum" in node:
            assert value in node["enum"], f"{where}: {value!r}"


def operation(schema, path):
    return schema["paths"][path]["get"]


def ok_schema(schema, path):
    return operation(schema, path)["responses"]["200"]["content"]["application/json"]["schema"]


def test_every_public_page_of_the_demo_answers_as_documented(schema, client):
    detail = ok_schema(schema, "/api/v2/pages/{id}/")
    listing = client.get("/api/v2/pages/", {"limit": 100}).json()
    assert listing["meta"]["total_count"] <= 100
    check(schema, listing, ok_schema(schema, "/api/v2/pages/"), "pages")  # the default fields, exactly
    seen = set()
    for item in listing["items"]:
        answer = client.get(f"/api/v2/pages/{item['id']}/").json()
        check(schema, answer, detail, f"page {item['id']} ({item['meta']['type']})")
        seen.add(item["meta"]["type"])
    # Every type the demo shows is described, and every described type occurs in the demo.
    assert seen == set(PAGE_TYPES)
    assert Page.objects.live().public().count() > len(listing["items"]) - 1


def test_images_and_documents_answer_as_documented(schema, client):
    for endpoint in ("images", "documents"):
        listing = client.get(f"/api/v2/{endpoint}/").json()
        assert listing["items"], endpoint
        check(schema, listing, ok_schema(schema, f"/api/v2/{endpoint}/"), endpoint)
        for item in listing["items"]:
            answer = client.get(f"/api/v2/{endpoint}/{item['id']}/").json()
            check(schema, answer, ok_schema(schema, f"/api/v2/{endpoint}/{{id}}/"), f"{endpoint} {item['id']}")


def test_body_images_carry_the_documented_fields(schema, client):
    topic = client.get("/api/v2/pages/", {"type": "home.TopicPage", "slug": "ankommen", "locale": "de"}).json()
    body = client.get(f"/api/v2/pages/{topic['items'][0]['id']}/").json()["body"]
    image = next(block["value"]["image"] for block in body if block["type"] == "image")
    check(schema, image, {"$ref": "#/components/schemas/ApiV2BlockImage"}, "body image")


def test_listing_with_fields_stays_within_the_schema(schema, client):
    answer = client.get("/api/v2/pages/", {"type": "concept.ChapterPage", "fields": "number,-title"}).json()
    check(schema, answer, ok_schema(schema, "/api/v2/pages/"), "chapters", exact=False)
    assert all("number" in item and "title" not in item for item in answer["items"])


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?limit=abc",
        "/api/v2/pages/?limit=101",
        "/api/v2/pages/?offset=99999999999999999999",  # was a 500
        "/api/v2/pages/?order=",
        "/api/v2/pages/?type=",
        "/api/v2/pages/?type=home.Nichts",
        "/api/v2/pages/?child_of=999999",
        "/api/v2/pages/?unbekannt=1",
        "/api/v2/images/?offset=-1",
        "/api/v2/documents/?order=",
    ],
)
def test_refusals_are_documented_json(schema, client, url):
    response = client.get(url)
    assert response.status_code == 400
    path = url.split("?")[0]
    assert "400" in operation(schema, path)["responses"]
    check(schema, response.json(), {"$ref": "#/components/schemas/ApiV2Error"}, url, exact=False)


def test_missing_items_are_documented_404s(schema, client):
    for path in ("/api/v2/pages/{id}/", "/api/v2/images/{id}/", "/api/v2/documents/{id}/"):
        response = client.get(path.replace("{id}", "2147483647"))
        assert response.status_code == 404 and "404" in operation(schema, path)["responses"]
        assert response.json()
