from django.urls import path

from concept import version_views

from . import views

app_name = "comments"

urlpatterns = [
    path("kapitel/<int:chapter_id>/kommentieren/", views.post_comment, name="post"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("kommentar/<int:comment_id>/", views.permalink, name="permalink"),
    path("kommentar/<int:comment_id>/melden/", views.report, name="report"),
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("kapitel/<int:chapter_id>/fassung/<int:number>/", version_views.version, name="version"),
    path("kapitel/<int:chapter_id>/vergleich/", version_views.compare_versions, name="compare"),
]
