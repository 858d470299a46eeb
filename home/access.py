"""Whether a page is public: used by the page cache and by the participation rules."""


def is_restricted(page):
    """Whether the page or an ancestor has a view restriction (password, login, groups).
    One query, remembered on the page object for the rest of the request."""
    from wagtail.models import PageViewRestriction

    if not hasattr(page, "_is_restricted"):
        ancestor_paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
        page._is_restricted = PageViewRestriction.objects.filter(page__path__in=ancestor_paths).exists()
    return page._is_restricted
