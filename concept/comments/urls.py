from django.urls import path

from . import views
from .paths import PERMALINK, REPORT, SUPPORT

app_name = "comments"

urlpatterns = [
    path("kapitel/<id:chapter_id>/kommentieren/", views.post_comment, name="post"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path(PERMALINK.format("<id:comment_id>"), views.permalink, name="permalink"),
    path(REPORT.format("<id:comment_id>"), views.report, name="report"),
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(SUPPORT.format("<id:comment_id>"), views.support, name="support"),
    path("zustimmung/bestaetigen/<str:token>/", views.confirm_support, name="support_confirm"),
    path("meine-beitraege/", views.mine_request, name="mine_request"),
    path("meine-beitraege/<str:token>/", views.my_contributions, name="mine"),
]
