"""The headless API (wagtail.api.v2): pages, images, documents. Read-only, public pages only (home/access.py);
``?search=`` with the site search's German handling (search/api.py)."""

from wagtail.api.v2.router import WagtailAPIRouter

from home.api import PortalDocumentsAPIViewSet, PortalImagesAPIViewSet
from search.api import SearchingPagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", SearchingPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
