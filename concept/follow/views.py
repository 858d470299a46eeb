"""Following a concept without JavaScript: the form (also on the concept page), its confirmation,
unsubscribing, and the concept's Atom feed.

The form, confirmation and unsubscribe pages are never cached. The concept page is, for everybody,
so its form carries no CSRF token: the follow view accepts a POST without one. That is safe here
because nothing is done for the sender's browser: the only effect is a confirmation mail to the
address typed (double opt-in), which a forged request could as well send itself, under the same
rate limits.
"""

from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from caching import page_cache
from concept.comments import ratelimit
from concept.visibility import public_concept_or_404
from home.navigation import privacy_url
from home.organisations import site_id_of

from . import feed, mail, services
from .forms import FollowForm

CONCLUDED_MESSAGE = gettext_lazy(
    "Zu diesem Konzept gibt es keine Benachrichtigungen mehr: die Beteiligung ist abgeschlossen "
    "und der Beteiligungsbericht vollständig."
)


def check_limits(request, concept, email=None):
    """The comments' limits (concept/comments/ratelimit.py), counted under their own names, for
    the concept's organisation."""
    site = site_id_of(concept)
    ratelimit.check_client(request, kind="follow-client", site=site)
    if email:
        ratelimit.check_email(email, kind="follow-email", site=site)


@csrf_exempt  # see the module's docstring: the cached concept page's form has no token
@never_cache
@require_http_methods(["GET", "POST"])
def follow(request, concept_id):
    concept = public_concept_or_404(concept_id, request)
    context = {"concept": concept, "page": concept}
    if services.is_concluded(concept):
        context["concluded"] = CONCLUDED_MESSAGE
        status = 403 if request.method == "POST" else 200
        return TemplateResponse(request, "concept/follow/form.html", context, status=status)
    if request.method == "GET":
        context["form"] = FollowForm(privacy_url=privacy_url(request))
        return TemplateResponse(request, "concept/follow/form.html", context)
    form = context["form"] = FollowForm(request.POST, privacy_url=privacy_url(request))
    try:
        check_limits(request, concept, form.cleaned_data["email"] if form.is_valid() else None)
    except ratelimit.RateLimited as error:
        context["rate_limited"] = _(
            "Sie haben in kurzer Zeit sehr viele Anfragen gestellt. Bitte versuchen Sie es in "
            "%(minutes)s Minuten noch einmal."
        ) % {"minutes": max(1, error.retry_after // 60)}
        response = TemplateResponse(request, "concept/follow/form.html", context, status=429)
        response["Retry-After"] = str(error.retry_after)
        return response
    if not form.is_valid():
        return TemplateResponse(request, "concept/follow/form.html", context, status=400)
    services.subscribe(concept, form.cleaned_data["email"], get_language())
    # The same page whether the address already follows, waits or is new (no oracle).
    return TemplateResponse(request, "concept/follow/sent.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """The link from the mail opens a page with one button; only its POST confirms."""
    token = token[:100]
    if request.method != "POST":
        state = services.confirmation_state(token)
        follower = None
    else:
        state, follower = services.confirm(token)
    status = {services.PENDING: 200, services.CONFIRMED: 200, services.INVALID: 404, services.EXPIRED: 410}[state]
    context = {"state": state, "concept": follower.concept if follower else None}
    return TemplateResponse(request, "concept/follow/confirm.html", context, status=status)


@csrf_exempt  # the token in the path is the secret; mail providers POST without a cookie (RFC 8058)
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """The page behind every follow mail's link, and the one-click target of its List-Unsubscribe
    header: a POST erases the subscription at once."""
    follower_id = mail.follower_from_unsubscribe_token(token[:200])
    if follower_id is None:
        return TemplateResponse(request, "concept/follow/unsubscribe.html", {"invalid": True}, status=400)
    done = request.method == "POST"
    if done:
        services.unsubscribe(follower_id)
    return TemplateResponse(request, "concept/follow/unsubscribe.html", {"done": done})


@require_GET
def atom_feed(request, concept_id):
    """What happened to a concept, as Atom: cached like pages, new with every event."""
    concept = public_concept_or_404(concept_id, request)
    page_cache.mark(request, [services.feed_tag(concept.pk)])
    return feed.response(request, concept, services.feed_notices(concept))
