from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("kapitel/<id:chapter_id>/kommentieren/", views.post_comment, name="post"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("kommentar/<id:comment_id>/", views.permalink, name="permalink"),
    path("kommentar/<id:comment_id>/melden/", views.report, name="report"),
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
