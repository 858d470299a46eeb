"""The offline URLs under each language prefix (home/offline.py); ``/sw.js`` is wired in portal/urls.py."""

from django.urls import path

from . import offline

app_name = "offline"

urlpatterns = [
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("offline/", offline.offline_page, name="page"),
    path("offline/pack.json", offline.pack, name="pack"),
]
