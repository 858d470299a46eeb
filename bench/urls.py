"""The project's URLs plus django-comments-xtd's, so the stock comment tree can reverse
its reply and permalink URLs. Used only by bench/comments.py, through override_settings."""

from django.urls import include, path

from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [*portal_urlpatterns, path("comments/", include("django_comments_xtd.urls"))]
