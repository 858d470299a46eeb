"""Following a concept and its feed, under ``/<language>/beteiligung/``."""

from django.urls import path

from . import views

app_name = "follow"

urlpatterns = [
    path("konzept/<id:concept_id>/benachrichtigen/", views.follow, name="follow"),
    path("konzept/<id:concept_id>/neuigkeiten.atom", views.atom_feed, name="feed"),
    path("benachrichtigen/bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("benachrichtigen/abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
