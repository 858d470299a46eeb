from django.urls import path

from concept import version_views

from . import views

app_name = "comments"

urlpatterns = [
    path("kapitel/<id:chapter_id>/kommentieren/", views.post_comment, name="post"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("kommentar/<id:comment_id>/", views.permalink, name="permalink"),
    path("kommentar/<id:comment_id>/melden/", views.report, name="report"),
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("kapitel/<id:chapter_id>/fassung/<id:number>/", version_views.version, name="version"),
    path("kapitel/<id:chapter_id>/vergleich/", version_views.compare_versions, name="compare"),
]
