"""The versions of a chapter as JSON, under /api/chapters/ (concept/versions/api.py)."""

from django.urls import path

from . import api

app_name = "versions-api"

urlpatterns = [
    path("chapters/<id:chapter_id>/versions/", api.VersionListView.as_view(), name="list"),
    path("chapters/<id:chapter_id>/versions/compare/", api.VersionCompareView.as_view(), name="compare"),
    path("chapters/<id:chapter_id>/versions/<id:number>/", api.VersionDetailView.as_view(), name="version"),
]
