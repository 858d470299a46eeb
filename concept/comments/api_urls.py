from drf_spectacular.views import SpectacularAPIView

from django.urls import path, re_path

from .api import ChapterCommentsView, CommentSupportView, CommentTokenView, NotFoundView

app_name = "comments-api"

urlpatterns = [
    path("comments/chapters/<id:chapter_id>/", ChapterCommentsView.as_view(), name="chapter-comments"),
    path("comments/<id:comment_id>/support/", CommentSupportView.as_view(), name="comment-support"),
    path("comments/token/", CommentTokenView.as_view(), name="token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Last: anything else under /api/ (API v2 is matched before this URLconf) is a JSON 404.
    re_path(r"^.*$", NotFoundView.as_view(), name="not-found"),
]
