"""Which organisation a page belongs to, for what leaves the request: links in mails and the
mail's sender (issue 22). Each organisation is a Wagtail site; the district is the default site.

A mail's links start at the organisation's own address: ``PORTAL_BASE_URL`` for the district (set
by the operator, never the request's Host header), the site's ``root_url`` (its hostname and
port, https on 443) for every other organisation.
"""

from django.conf import settings

# The default site's id, per generation of the ``site`` tag (bumped by every site change).
_default = {}


def _default_site_id():
    from wagtail.models import Site

    from caching import page_cache

    generation = page_cache.generations([page_cache.SITE])[page_cache.SITE]
    known = _default.get("id")
    if known is None or known[0] != generation:
        known = (generation, Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first())
        _default["id"] = known
    return known[1]


def site_id_of(page):
    """The id of the site (organisation) ``page`` belongs to: the site whose start page, or a
    translation of it, is above the page, as Wagtail finds it for the page's URL (None outside
    every site). The page decides, never the Host header a request came with; no query while
    Wagtail's root paths are cached (they are dropped on every site change)."""
    from wagtail.models import Site

    if page is None:
        return None
    for root in Site.get_site_root_paths():  # the longest root path first
        if page.url_path.startswith(root.root_path):
            return root.site_id
    return None


def base_url_for(page):
    """Where links about ``page`` start (the district's PORTAL_BASE_URL without a page)."""
    parts = page.get_url_parts() if page is not None else None
    if not parts:
        return settings.PORTAL_BASE_URL
    site_id, root_url, _path = parts
    return settings.PORTAL_BASE_URL if site_id == _default_site_id() else root_url.rstrip("/")


def site_for_base_url(base_url):
    """The site whose mails start at ``base_url`` (the default site otherwise): its sender and
    signature go with its links."""
    from wagtail.models import Site

    if base_url and base_url != settings.PORTAL_BASE_URL:
        for root in Site.get_site_root_paths():
            if root.root_url.rstrip("/") == base_url.rstrip("/"):
                return Site.objects.filter(pk=root.site_id).first()
    return Site.objects.filter(is_default_site=True).first()


def base_url_for_site(site):
    """Where links in mails about this site's pages start."""
    if site is None or site.is_default_site:
        return settings.PORTAL_BASE_URL
    return site.root_url.rstrip("/")


def absolute_url(request, path):
    """An absolute URL in an API answer: as Wagtail's API v2 builds its own (WAGTAILAPI_BASE_URL,
    else the site's root_url), but on another organisation's host from that site's own address,
    where its pages answer (never the request's Host header itself)."""
    from wagtail.api.utils import get_full_url
    from wagtail.models import Site

    if path.startswith(("http://", "https://")):
        return path
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and not site.is_default_site:
        return site.root_url.rstrip("/") + path
    return get_full_url(request, path)


def absolute_url_for(page, path):
    """An absolute URL in an API answer about ``page`` when there is no request at hand: on the
    page's own organisation's address (WAGTAILAPI_BASE_URL for the district)."""
    from wagtail.api.utils import get_full_url

    if path.startswith(("http://", "https://")):
        return path
    parts = page.get_url_parts() if page is not None else None
    if parts and parts[0] != _default_site_id():
        return parts[1].rstrip("/") + path
    return get_full_url(None, path)


def site_start_pages():
    """Every site with the tree paths of its start page and the start page's translations (one
    tree per language), by tree order of the start pages: [(site, paths)]. Two queries."""
    from wagtail.models import Page, Site

    sites = list(Site.objects.select_related("root_page").order_by("root_page__path"))
    keys = {site.root_page.translation_key for site in sites}
    paths = {}
    for key, path in (
        Page.objects.filter(translation_key__in=keys).order_by("path").values_list("translation_key", "path")
    ):
        paths.setdefault(key, []).append(path)
    return [(site, tuple(paths.get(site.root_page.translation_key, [site.root_page.path]))) for site in sites]


def granted_sites(paths):
    """The one rule for which organisations someone works for (issue 22): the sites on whose start
    page in any language, a page below it or a page above it (the whole tree, as the district's
    office has while it is alone) one of the granted tree ``paths`` lies; each with its start
    pages' paths: [(site, paths)]. Callers say what grants: page permissions here, page
    permissions and participation roles in ``concept.roles.organisations``."""
    paths = set(paths)
    if not paths:
        return []
    return [
        (site, starts)
        for site, starts in site_start_pages()
        if any(start.startswith(path) or path.startswith(start) for start in starts for path in paths)
    ]


def editable_sites(user):
    """The sites (organisations) ``user`` works for by Wagtail's page permissions (``granted_sites``).
    None for superusers (no limit), [] for anyone else without one. What an organisation keeps
    outside its page tree (its counselling offices) is limited by this rule; concept's
    ``user_sites`` adds the participation roles to it."""
    from wagtail.models import GroupPagePermission

    if not (user.is_authenticated and user.is_active):
        return []
    if user.is_superuser:
        return None
    cached = getattr(user, "_editable_sites", None)
    if cached is None:
        granted = GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True)
        cached = user._editable_sites = [site for site, _starts in granted_sites(granted)]
    return cached


def within_sites(queryset, user, field="site"):
    """``queryset`` limited to the rows of the organisations ``user`` works for (all for superusers)."""
    sites = editable_sites(user)
    if sites is None:
        return queryset
    return queryset.filter(**{f"{field}__in": [site.pk for site in sites]})
