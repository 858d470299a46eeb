"""The reading rule for pages: may the public see this page?

A page is public when it is live, every ancestor is live, and neither it nor an ancestor has a
view restriction (password, login, groups); asked for a request, it must also belong to the
request's site: each organisation is a Wagtail site (its hostname, its start page and the start
page's translations), and nothing of one shows on another's host. Wagtail's ``live().public()`` checks the page's own
``live`` flag only: unpublishing a concept leaves its chapters live, and Wagtail's router would
still serve them. Every public path asks this module (``public_pages`` for querysets,
``is_public`` for one page, the serve hook in ``home/wagtail_hooks.py`` for Wagtail's router), so
withdrawing a page withdraws its subtree everywhere at once, without touching the pages below
it (no new revisions nobody wrote), and republishing it brings them back.

The comment-level rules build on this one: ``concept/visibility.py``.
"""

from django.db.models import Q

from caching import page_cache

# Paths of the offline pages that have pages below them, per generation of the ``site`` tag
# (bumped by every publication, unpublication, move and deletion): few, so kept in the process.
_withdrawn = {}


def withdrawn_paths(request=None):
    """Tree paths of the pages that are not live and have children: everything below them is offline."""
    from wagtail.models import Page

    tags = [page_cache.SITE]
    current = page_cache.request_generations(request, tags) if request else page_cache.generations(tags)
    generation = current[page_cache.SITE]
    known = _withdrawn.get("paths")
    if known is not None and known[0] == generation:
        return known[1]
    paths = tuple(Page.objects.filter(live=False, numchild__gt=0).values_list("path", flat=True))
    _withdrawn["paths"] = (generation, paths)
    return paths


def exclude_below(pages, paths):
    """``pages`` without those at or below any of the given tree paths."""
    if not paths:
        return pages
    condition = Q(path__startswith=paths[0])
    for path in paths[1:]:
        condition |= Q(path__startswith=path)
    return pages.exclude(condition)


# Tree paths of each site's start pages, by the ``site`` generation (bumped by every publication,
# move, deletion and site change) and their URL paths: few, so kept in the process.
_site_trees = {}


def site_paths(request):
    """Tree paths of the request's site: its start page and the start page's translations (no
    query when warm). None without a request or a site (a management command, a mail task): no
    site limit then."""
    from wagtail.models import Page, Site

    if request is None:
        return None
    site = getattr(request, "_wagtail_site", None) or Site.find_for_request(request)
    if site is None:
        return None
    url_paths = tuple(root.root_path for root in Site.get_site_root_paths() if root.site_id == site.pk)
    tags = [page_cache.SITE]
    current = page_cache.request_generations(request, tags)[page_cache.SITE]
    key = (current, url_paths)  # a move or a new site starts a new generation
    paths = _site_trees.get(key)
    if paths is None:
        paths = tuple(Page.objects.filter(url_path__in=url_paths).values_list("path", flat=True))
        if len(_site_trees) > 200:
            _site_trees.clear()
        _site_trees[key] = paths
    return paths


def in_site(pages, request):
    """``pages`` limited to the request's site (all of them without a request)."""
    paths = site_paths(request)
    if paths is None:
        return pages
    if not paths:
        return pages.none()
    condition = Q(path__startswith=paths[0])
    for path in paths[1:]:
        condition |= Q(path__startswith=path)
    return pages.filter(condition)


def is_in_site(page, request):
    paths = site_paths(request)
    return paths is None or any(page.path.startswith(path) for path in paths)


def public_pages(queryset=None, request=None):
    """The pages the public may see, from ``queryset`` (any page queryset; all pages by default);
    with a request, only those of its site."""
    from wagtail.models import Page

    pages = Page.objects.all() if queryset is None else queryset
    return in_site(exclude_below(pages.live().public(), withdrawn_paths(request)), request)


def _ancestor_paths(page):
    return [page.path[:end] for end in range(page.steplen, len(page.path), page.steplen)]


def is_withdrawn(page, request=None):
    """Whether an ancestor of the page is offline (the page's own ``live`` flag aside)."""
    return any(page.path.startswith(path) and page.path != path for path in withdrawn_paths(request))


def is_restricted(page):
    """Whether the page or an ancestor has a view restriction (password, login, groups).
    One query, remembered on the page object for the rest of the request."""
    from wagtail.models import PageViewRestriction

    if not hasattr(page, "_is_restricted"):
        ancestor_paths = [*_ancestor_paths(page), page.path]
        page._is_restricted = PageViewRestriction.objects.filter(page__path__in=ancestor_paths).exists()
    return page._is_restricted


def is_public(page, request=None):
    """May the public see this page: live, every ancestor live, no view restriction on the way;
    with a request, a page of its site."""
    return (
        page is not None
        and page.live
        and is_in_site(page, request)
        and not is_withdrawn(page, request)
        and not is_restricted(page)
    )


def forget_withdrawn(**kwargs):
    """A publication, unpublication, move or deletion in this process: ask the database again at
    once (other processes follow the ``site`` generation, bumped after the commit)."""
    _withdrawn.clear()


def connect():
    from django.db.models.signals import post_delete

    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget_withdrawn, dispatch_uid=f"access-{signal}")
    post_delete.connect(forget_withdrawn, sender=Page, dispatch_uid="access-delete")


class KnownRestrictions:
    """For page models: Wagtail's serve hook asks ``get_view_restrictions()`` on every request
    (two queries: the ancestors, then their restrictions). ``is_restricted`` has already asked
    (one query, in the serve hook of ``home/wagtail_hooks.py``); an unrestricted page answers from
    that (issue 21). Alias pages take their source's restrictions: Wagtail's own lookup for them."""

    def get_view_restrictions(self):
        if self.alias_of_id is None and not is_restricted(self):
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
