from drf_spectacular.views import SpectacularAPIView

from django.urls import path

from .api import ChapterCommentsView

app_name = "comments-api"

urlpatterns = [
    path("comments/chapters/<id:chapter_id>/", ChapterCommentsView.as_view(), name="chapter-comments"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
]
