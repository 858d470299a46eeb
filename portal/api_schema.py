"""Wagtail's API v2 (pages, images, documents) in the OpenAPI schema at /api/schema/: a hand-kept
description merged in by a drf-spectacular postprocessing hook (SPECTACULAR_SETTINGS), so that the
schema documents every endpoint under /api/ and schemathesis (.ci/schemathesis) checks these too.

What is described is what the portal's endpoints answer (portal/api.py, home/api.py): the listing's
default fields, every page type's detail with all its fields, the images' and documents' fields,
and the refusals (400 with Wagtail's ``{"message": …}``, 404). tests/test_api_schema_v2.py checks the
description against real answers for every page of the demo (every documented field present and no
field undocumented), so it cannot drift from the code unnoticed.
"""

from django.conf import settings

MAX_ID = 2**31 - 1
TAG = "API v2 (Wagtail)"


def _string(**extra):
    return {"type": "string", **extra}


def _url(nullable=False):
    schema = {"type": "string", "format": "uri"}
    return {**schema, "nullable": True} if nullable else schema


def _object(properties, *, strict=True, description=None):
    schema = {"type": "object", "properties": properties}
    if strict:
        schema["required"] = list(properties)
        schema["additionalProperties"] = False
    if description:
        schema["description"] = description
    return schema


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(name):
    return {"allOf": [_ref(name)], "nullable": True}  # OpenAPI 3.0 (drf-spectacular's default)


DATETIME = {"type": "string", "format": "date-time"}

# Page types and the fields of their detail (besides id, meta and title), as their api_fields say.
PAGE_TYPES = {
    "home.HomePage": {
        "intro": _string(description="HTML"),
        "featured_participations": {"type": "array", "items": _ref("ApiV2PageLink")},
    },
    "home.TopicPage": {
        "summary": _string(),
        "body": _ref("ApiV2StreamField"),
        "offices": {"type": "array", "items": _ref("ApiV2Office")},
    },
    "home.OfficeDirectoryPage": {"intro": _string(description="HTML")},
    "home.StandardPage": {"body": _ref("ApiV2StreamField")},
    "home.EventIndexPage": {"intro": _string(description="HTML")},
    "home.EventPage": {
        "starts_at": DATETIME,
        "ends_at": {"type": "string", "format": "date-time", "nullable": True},
        "location": _string(),
        "summary": _string(),
        "body": _ref("ApiV2StreamField"),
        "ics_url": _url(),
    },
    "concept.ConceptPage": {
        "summary": _string(),
        "intro": _string(description="HTML"),
        "easy_read_summary": _string(description="HTML, in Leichte Sprache"),
        "draft_document": _nullable("ApiV2DocumentLink"),
        "source_document": _nullable("ApiV2DocumentLink"),
        "opens_at": DATETIME,
        "closes_at": DATETIME,
        "participation_state": {"type": "string", "enum": ["before", "open", "closed"]},
        "report_url": _url(),
    },
    "concept.ChapterPage": {
        "number": {"type": "integer"},
        "summary": _string(),
        "body": _ref("ApiV2StreamField"),
        "participation": _ref("ApiV2Participation"),
    },
}


def _schema_name(page_type):
    return "ApiV2" + page_type.split(".")[1]


def components():
    page_meta_link = _object({"type": _string(), "detail_url": _url(), "html_url": _url(nullable=True)})
    schemas = {
        "ApiV2Error": {
            "type": "object",
            "description": "A refusal: Wagtail's `message`, or `detail` for a path or address the API never "
            "reached (a control character, a malformed id).",
            "properties": {"message": _string(), "detail": _string()},
            "minProperties": 1,
        },
        "ApiV2PageLink": _object({"id": {"type": "integer"}, "meta": page_meta_link, "title": _string()}),
        "ApiV2DocumentLink": _object(
            {
                "id": {"type": "integer"},
                "title": _string(),
                "meta": _object({"type": _string(), "download_url": _url()}),
            }
        ),
        "ApiV2Translation": _object(
            {
                "id": {"type": "integer"},
                "locale": _string(),
                "title": _string(),
                "html_url": _url(nullable=True),
                "detail_url": _url(),
            }
        ),
        "ApiV2StreamField": {
            "type": "array",
            "description": "The page's blocks in order. Each has a stable `id` (the website's anchor "
            "`#b-<id>`); `value` depends on `type`: HTML for `paragraph`, text for `heading` and `note`, "
            "for `image` an object `{image, caption}` whose `image` is an `ApiV2BlockImage`; lists "
            "(`goals`, `measures`, `indicators`) are arrays of `{id, value}`.",
            "items": _object({"type": _string(), "value": {}, "id": _string()}),
        },
        "ApiV2BlockImage": _object(
            {
                "id": {"type": "integer"},
                "title": _string(),
                "alt": _string(description="the alt text the page shows; empty when decorative"),
                "decorative": {"type": "boolean"},
                "width": {"type": "integer"},
                "height": {"type": "integer"},
                "renditions": {
                    "type": "array",
                    "items": _object(
                        {
                            "url": _url(),
                            "format": {"type": "string", "enum": ["avif", "webp", "jpeg"]},
                            "width": {"type": "integer"},
                            "height": {"type": "integer"},
                        }
                    ),
                },
            },
            description="An image in a page's body, with the renditions the page uses (its `srcset`).",
        ),
        "ApiV2Office": _object(
            {
                "id": {"type": "integer"},
                "name": _string(),
                "description": _string(),
                "street": _string(),
                "postcode": _string(),
                "city": _string(),
                "phone": _string(),
                "email": _string(description="the office's public address"),
                "website": _string(),
                "opening_hours": _string(),
                "languages": {"type": "array", "items": _string()},
            }
        ),
        "ApiV2Participation": _object(
            {
                "opens_at": DATETIME,
                "closes_at": DATETIME,
                "is_open": {"type": "boolean"},
                "comment_count": {"type": "integer"},
                "comments_url": _url(),
                "comment_token_url": _url(),
                "versions_url": _url(),
                "compare_url": _url(),
                "report_url": _url(),
            },
            description="The window of the chapter's concept and where to read and write its comments.",
        ),
        "ApiV2PageListMeta": _object(
            {
                "type": _string(),
                "detail_url": _url(),
                "html_url": _url(nullable=True),
                "slug": _string(),
                "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
                "locale": _string(),
            },
            strict=False,
        ),
        "ApiV2PageListItem": _object(
            {"id": {"type": "integer"}, "meta": _ref("ApiV2PageListMeta"), "title": _string()},
            strict=False,
            description="These fields by default; `fields` adds a type's fields (with `type`) or removes some.",
        ),
        "ApiV2PageList": _object(
            {
                "meta": _object({"total_count": {"type": "integer"}}),
                "items": {"type": "array", "items": _ref("ApiV2PageListItem")},
            }
        ),
        "ApiV2FileMeta": _object(
            {
                "type": _string(),
                "detail_url": _url(),
                "tags": {"type": "array", "items": _string()},
                "download_url": _url(),
            },
        ),  # fmt: skip
        "ApiV2Image": _object(
            {
                "id": {"type": "integer"},
                "meta": _ref("ApiV2FileMeta"),
                "title": _string(),
                "width": {"type": "integer"},
                "height": {"type": "integer"},
            }
        ),
        "ApiV2Document": _object({"id": {"type": "integer"}, "meta": _ref("ApiV2FileMeta"), "title": _string()}),
    }
    for name in ("Image", "Document"):
        # The listing's default fields: an image's width and height only in its detail (or with `fields`).
        schemas[f"ApiV2{name}ListItem"] = _object(
            {"id": {"type": "integer"}, "meta": _ref("ApiV2FileMeta"), "title": _string()},
            strict=False,
            description="These fields by default; `fields` adds or removes some.",
        )
        schemas[f"ApiV2{name}List"] = _object(
            {
                "meta": _object({"total_count": {"type": "integer"}}),
                "items": {"type": "array", "items": _ref(f"ApiV2{name}ListItem")},
            }
        )
    for page_type, fields in PAGE_TYPES.items():
        meta = _object(
            {
                "type": {"type": "string", "enum": [page_type]},
                "detail_url": _url(),
                "html_url": _url(nullable=True),
                "slug": _string(),
                "show_in_menus": {"type": "boolean"},
                "seo_title": _string(),
                "search_description": _string(),
                "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
                "alias_of": _nullable("ApiV2PageLink"),
                "parent": _nullable("ApiV2PageLink"),
                "locale": _string(),
                "translations": {"type": "array", "items": _ref("ApiV2Translation")},
            }
        )
        schemas[_schema_name(page_type)] = _object(
            {"id": {"type": "integer"}, "meta": meta, "title": _string(), **fields},
            description=f"The detail of a page of type `{page_type}`.",
        )
    return schemas


def _query(name, schema, description):
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
# A field name, or a minus and a field name (descending).
ORDER = {"type": "string", "pattern": r"^-?[a-z][a-z_]*$", "example": "title"}
# Field names separated by commas; `*` all, `_` none, `-name` without that one.
FIELDS = {"type": "string", "pattern": r"^(\*|_|-?[a-z][a-z_]*)(,(\*|_|-?[a-z][a-z_]*))*$", "example": "title"}


def _paging():
    return [
        _query("limit", {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
               f"items per answer (default 20, at most {settings.WAGTAILAPI_LIMIT_MAX})"),
        _query("offset", {"type": "integer", "minimum": 0, "maximum": MAX_ID}, "items to skip"),
        _query("order", ORDER, "a field to order by, `-field` descending, or `random` (not with `offset`)"),
        _query("fields", FIELDS, "fields to add (`summary,body`), remove (`-title`), all (`*`) or none (`_`)"),
    ]  # fmt: skip


def _responses(ok_schema, ok_description, *, listing):
    responses = {
        "200": {"description": ok_description, "content": {"application/json": {"schema": _ref(ok_schema)}}},
        "404": {
            "description": "no such public item" if not listing else "`locale` names no language of the site",
            "content": {"application/json": {"schema": _ref("ApiV2Error")}},
        },
    }
    if listing:
        responses["400"] = {
            "description": "a parameter is not valid: an unknown parameter or field, an empty value, a page "
            "named by `child_of` and the like that does not exist, `random` with `offset`; or the address "
            "holds a control character",
            "content": {"application/json": {"schema": _ref("ApiV2Error")}},
        }
    else:
        # portal.middleware.ControlCharacterMiddleware answers before the API sees the address.
        responses["400"] = {
            "description": "the address holds a control character (refused with `detail`)",
            "content": {"application/json": {"schema": _ref("ApiV2Error")}},
        }
    return responses


def paths():
    page_types = list(PAGE_TYPES)
    languages = [code for code, _name in settings.LANGUAGES]
    pages_list = {
        "get": {
            "operationId": "api_v2_pages_list",
            "summary": "Live public pages (Wagtail's API v2)",
            "description": "`search` finds what the site search finds (German word handling, the site's "
            "ranking unless `order` is given). Besides the parameters below, a page type's own fields "
            "filter by equality (`slug=wohnen`).",
            "tags": [TAG],
            "parameters": [
                _query("type", {"type": "string", "enum": page_types}, "only pages of this type"),
                *_paging(),
                _query("search", _string(), "words to search for, as on the website"),
                _query("locale", {"type": "string", "enum": languages}, "only pages in this language"),
                _query("child_of", ID, "only the children of this page"),
                _query("descendant_of", ID, "only pages below this page"),
                _query("ancestor_of", ID, "only the pages above this page"),
                _query("translation_of", ID, "only the translations of this page"),
                _query("show_in_menus", {"type": "boolean"}, "only pages shown (or not) in the menus"),
                _query("slug", _string(), "only pages with this slug"),
            ],
            "responses": _responses("ApiV2PageList", "a page of the list", listing=True),
        }
    }
    page_detail = {
        "get": {
            "operationId": "api_v2_pages_retrieve",
            "summary": "One page with all its fields; the fields depend on its type (`meta.type`)",
            "tags": [TAG],
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": ID, "description": "the page's id"}
            ],
            "responses": {
                **_responses("ApiV2HomePage", "the page", listing=False),
                "200": {
                    "description": "the page",
                    "content": {
                        "application/json": {
                            "schema": {"oneOf": [_ref(_schema_name(page_type)) for page_type in page_types]}
                        }
                    },
                },
            },
        }
    }
    result = {"/api/v2/pages/": pages_list, "/api/v2/pages/{id}/": page_detail}
    for endpoint, name in (("images", "Image"), ("documents", "Document")):
        result[f"/api/v2/{endpoint}/"] = {
            "get": {
                "operationId": f"api_v2_{endpoint}_list",
                "summary": f"The {endpoint} of collections without a view restriction",
                "tags": [TAG],
                "parameters": [*_paging(), _query("title", _string(), "only those with this title")],
                "responses": _responses(f"ApiV2{name}List", "a page of the list", listing=True),
            }
        }
        result[f"/api/v2/{endpoint}/{{id}}/"] = {
            "get": {
                "operationId": f"api_v2_{endpoint}_retrieve",
                "summary": f"One of the {endpoint}",
                "tags": [TAG],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": ID}],
                "responses": _responses(f"ApiV2{name}", f"the {name.lower()}", listing=False),
            }
        }
    return result


def add_api_v2(result, generator, request, public):
    """drf-spectacular postprocessing hook: API v2's paths and schemas added to ours."""
    result.setdefault("paths", {}).update(paths())
    result.setdefault("components", {}).setdefault("schemas", {}).update(components())
    return result
