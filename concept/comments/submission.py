"""One submission path for the form page and the API: same form, window, limits and rules."""

from concept.models import ChapterPage
from concept.participation import may_comment
from home.organisations import site_id_of
from ops import metrics

from . import ratelimit, services, threads
from .forms import CommentForm


def base_url(request=None):
    """Links in mails start here: the configured address of the request's organisation (a Wagtail
    site, home/organisations.py), never the request's Host header (which a client chooses, port
    included; an unknown host gets the default site)."""
    from wagtail.models import Site

    from home.organisations import base_url_for_site

    return base_url_for_site(Site.find_for_request(request) if request is not None else None)


def make_form(request, chapter: ChapterPage, data=None, initial=None, labels=None, privacy_url=""):
    return CommentForm(
        chapter,
        data=data,
        initial=initial,
        user=request.user,
        privacy_url=privacy_url,
        paragraph_ids=threads.paragraph_labels(chapter) if labels is None else labels,
    )


class Refused(Exception):
    """The chapter takes no comment now (the window, or a page the public may not see)."""

    def __init__(self, decision):
        super().__init__(decision.reason)
        self.decision = decision


def accept(request, chapter, form):
    """Validates and stores; returns the comment, or None when the form has errors.
    Raises Refused when ``may_comment`` says no, and ratelimit.RateLimited, both before anything
    is validated, stored or mailed: every caller gets the window and the limits."""
    decision = may_comment(request.user, chapter, request=request)
    if not decision:
        metrics.comment("refused", decision.code)
        raise Refused(decision)
    site = site_id_of(chapter)  # the chapter's organisation counts, whatever the Host header
    try:
        ratelimit.check_client(request, site=site)
    except ratelimit.RateLimited:
        metrics.comment("refused", "rate_limit")
        raise
    if not form.is_valid():
        metrics.comment("refused", "invalid")
        return None
    if not request.user.is_authenticated:
        try:
            ratelimit.check_email(form.cleaned_data["email"], site=site)
        except ratelimit.RateLimited:
            metrics.comment("refused", "rate_limit")
            raise
    comment = services.submit(
        form.build_comment(request), chapter=chapter, user=request.user, base_url=base_url(request)
    )
    metrics.comment("submitted")
    return comment
