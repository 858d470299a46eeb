"""What a change to comments or official responses makes stale: the chapter's cached pages
(every language prefix, every ?page=), the pages showing participation figures, and, when
one is configured, the copies in a CDN or reverse proxy (Wagtail's frontend cache)."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from caching import page_cache


def chapter_changed(page_id):
    page_cache.bump_on_commit(page_cache.page_tag(page_id), page_cache.PARTICIPATION)
    if settings.WAGTAILFRONTENDCACHE:
        transaction.on_commit(lambda: purge_from_frontend_cache(page_id))


def purge_from_frontend_cache(page_id):
    """The chapter and its concept under every language prefix: both are German pages served
    under each prefix, which Wagtail's own purge on publication does not know about."""
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    chapter = Page.objects.filter(pk=page_id).first()
    if chapter is None:
        return
    german = f"/{settings.LANGUAGE_CODE}/"
    urls = []
    for page in (chapter, chapter.get_parent()):
        url = page.get_full_url()
        if url and german in url:
            urls += [url.replace(german, f"/{code}/", 1) for code, _name in settings.LANGUAGES]
    purge_urls_from_cache(urls)


def _comment_changed(sender, instance, created=False, **kwargs):
    # A new comment that nobody sees yet (waiting for its confirmation or the moderation)
    # changes no page: pages show neither pending comments nor thread positions.
    if created and not instance.is_public:
        return
    chapter_changed(instance.object_pk)
    thread_changed(instance)


def _response_changed(sender, instance, **kwargs):
    chapter_changed(instance.comment.object_pk)
    thread_changed(instance.comment)


def thread_changed(comment):
    """The rendered thread this comment is in (its HTML is kept apart from the page). Its thread
    is read at the commit: a new reply learns its thread only after the first insert."""
    transaction.on_commit(lambda: page_cache.bump(page_cache.thread_tag(comment.thread_id)))


def _concept_published_or_withdrawn(sender, instance, **kwargs):
    """A concept taken offline takes its chapters with it (home/access.py), and brings them back
    when published again: the ``site`` tag already outdates every cached page, but a CDN only
    forgets what it is told, and Wagtail tells it about the concept alone."""
    from .models import ChapterPage, ConceptPage

    if not settings.WAGTAILFRONTENDCACHE or not isinstance(instance, ConceptPage):
        return
    chapter_ids = list(ChapterPage.objects.child_of(instance).values_list("pk", flat=True))
    transaction.on_commit(lambda: [purge_from_frontend_cache(chapter_id) for chapter_id in chapter_ids])


def connect():
    from .comments.models import ChapterComment
    from .responses.models import OfficialResponse

    for signal in (post_save, post_delete):
        signal.connect(_comment_changed, sender=ChapterComment, dispatch_uid=f"invalidate-comment-{signal}")
        signal.connect(_response_changed, sender=OfficialResponse, dispatch_uid=f"invalidate-response-{signal}")
    for signal in (page_published, page_unpublished):
        signal.connect(_concept_published_or_withdrawn, dispatch_uid=f"invalidate-concept-{signal}")
