"""What the comments package adds to a chapter page: its threads in the page's context and its figures
in the API's ``participation`` field; registered as Wagtail hooks in concept/wagtail_hooks.py."""

from django.urls import reverse

from wagtail.api.utils import get_full_url

from concept.models import ChapterPage
from concept.visibility import contribution_count

from .threads import chapter_thread_context


def page_context(chapter, request):
    return chapter_thread_context(chapter, request)


def api_participation(chapter):
    # Absolute, from the configured base URL (WAGTAILAPI_BASE_URL), as every other URL of API v2.
    return {
        "comment_count": contribution_count(ChapterPage.objects.filter(pk=chapter.pk)),
        "comments_url": get_full_url(None, reverse("comments-api:chapter-comments", args=[chapter.pk])),
        "comment_token_url": get_full_url(None, f"{reverse('comments-api:token')}?chapter={chapter.pk}"),
        "versions_url": get_full_url(None, reverse("versions-api:list", args=[chapter.pk])),
        "compare_url": get_full_url(None, reverse("versions-api:compare", args=[chapter.pk])),
    }
