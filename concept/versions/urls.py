"""A chapter's published versions and their comparison, under ``/<language>/beteiligung/``."""

from django.urls import path

from . import views

app_name = "versions"

urlpatterns = [
    path("kapitel/<id:chapter_id>/fassung/<id:number>/", views.version, name="version"),
    path("kapitel/<id:chapter_id>/vergleich/", views.compare_versions, name="compare"),
]
