"""What outdates every cached page at once: a new generation of the ``site`` tag whenever Wagtail
publishes, unpublishes, moves or deletes a page, or a site or view restriction changes. The apps add
their own senders (home: the portal settings and the offices; concept: comments and responses)."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from . import page_cache


def site_changed(**kwargs):
    page_cache.bump_on_commit(page_cache.SITE)


def site_changed_now(**kwargs):
    """For changes that take effect without a publication (a view restriction, a site): bumped
    at once, so this process's next lookup sees them, and again after the commit."""
    page_cache.bump(page_cache.SITE)
    page_cache.bump_on_commit(page_cache.SITE)


def connect():
    from wagtail.models import Page, PageViewRestriction, Site

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(site_changed, dispatch_uid=f"caching-site-{signal}")
    post_delete.connect(site_changed, sender=Page, dispatch_uid="caching-site-delete")
    for signal in (post_save, post_delete):
        # Sites are remembered per generation (home/navigation.py); restrictions decide who may read.
        signal.connect(site_changed_now, sender=Site, dispatch_uid=f"caching-site-{signal}")
        signal.connect(site_changed_now, sender=PageViewRestriction, dispatch_uid=f"caching-restriction-{signal}")
