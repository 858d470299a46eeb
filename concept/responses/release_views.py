"""The release of official responses in the admin (Amtsleitung): one, or every draft of a concept
at once (in practice after the committee or the Kreistag has decided). Needs the role "release"
(``concept.roles``) on the contribution's chapter or the concept; answers 403 otherwise. Only POST.
The authors are mailed on release (``services.release``), never on saving a draft.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail.admin import messages

from concept.admin_helpers import forbidden
from concept.comments.chapters import chapter_of_comment
from concept.models import ChapterPage, ConceptPage
from concept.roles.access import has_role
from concept.roles.models import Role
from home.organisations import base_url_for

from . import services
from .admin_views import contributions
from .models import OfficialResponse


def may_release(user, page=None):
    return has_role(user, Role.RELEASE, page)


def _forbidden(request):
    return forbidden(request, _("Sie haben keine Berechtigung, Stellungnahmen freizugeben."), icon="clipboard-list")


def _back(request, default):
    value = request.POST.get("next", "")
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(value)
    return redirect(default)


@require_POST
def release_one(request, comment_id):
    chapter = chapter_of_comment(comment_id)
    if chapter is None:
        raise Http404
    if not may_release(request.user, chapter):
        return _forbidden(request)
    drafts = OfficialResponse.objects.filter(comment__in=contributions(with_response=False).filter(pk=comment_id))
    count = services.release(drafts, request.user, base_url=base_url_for(chapter))
    number = {"number": comment_id}
    if count:
        messages.success(request, _("Die Stellungnahme zu Beitrag Nr. %(number)s ist freigegeben.") % number)
    else:
        messages.warning(request, _("Zu Beitrag Nr. %(number)s gibt es keinen Entwurf zum Freigeben.") % number)
    return _back(request, reverse("concept_responses:contribution", args=[comment_id]))


@require_POST
def release_all(request, concept_id):
    concept = get_object_or_404(ConceptPage, pk=concept_id)
    if not may_release(request.user, concept):
        return _forbidden(request)
    chapter_ids = [str(pk) for pk in ChapterPage.objects.child_of(concept).values_list("pk", flat=True)]
    drafts = OfficialResponse.objects.filter(
        comment__in=contributions(with_response=False).filter(object_pk__in=chapter_ids)
    )
    count = services.release(drafts, request.user, base_url=base_url_for(concept))
    if count:
        messages.success(
            request,
            ngettext("%(count)s Stellungnahme ist freigegeben.", "%(count)s Stellungnahmen sind freigegeben.", count)
            % {"count": count},
        )
    else:
        messages.warning(request, _("Es gibt keine Entwürfe zum Freigeben."))
    return _back(request, reverse("concept_responses:contributions", args=[concept_id]))


app_name = "concept_release"
urlpatterns = [
    path("beitrag/<id:comment_id>/", release_one, name="one"),
    path("konzept/<id:concept_id>/", release_all, name="all"),
]
