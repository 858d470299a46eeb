"""Official responses (Stellungnahmen) in the Wagtail admin: the concepts, the contributions
of one concept with filters, and the form that answers one contribution after another.

Every view needs the role "respond" (``concept.roles``: groups Sachbearbeitung and Amtsleitung,
superusers) on the concept or the contribution's chapter, and answers 403 otherwise; the list of
concepts shows only those the role covers. A contribution is a confirmed, approved comment or
reply by a participant (comments of the Redaktion are the district's own voice and need
no response); hidden ones are listed and marked. E-mail addresses are never loaded here.
"""

from functools import wraps

from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from wagtail.admin import messages
from wagtail.models import Page

from concept.admin_helpers import (
    annotate_rows,
    base_url,
    concept_label,
    forbidden,
    query,
    return_url,
)
from concept.comments.chapters import chapter_of_comment
from concept.comments.models import ChapterComment
from concept.models import ChapterPage, ConceptPage
from concept.roles.access import has_role, in_scope
from concept.roles.models import Role

from . import services
from .forms import ResponseForm
from .models import OPEN_LEGEND, Outcome, is_answered, is_contribution, is_open

PER_PAGE = 50
PRIVATE_FIELDS = ("user_email", "user_url", "ip_address", "token_hash", "participant_key")

OPEN, ANSWERED, DRAFTS = "offen", "beantwortet", "entwurf"
DRAFT = Q(response__isnull=False, response__released_at__isnull=True)
NEXT_OPEN = "weiter"
RELEASE_NOW = "freigeben"


def states():
    """The choices of the filter "Stellungnahme": all, open, answered, answered with one outcome."""
    return [
        ("", _("Alle Beiträge")),
        (OPEN, _("Noch nicht beantwortet (ohne freigegebene Stellungnahme)")),
        (DRAFTS, _("Entwurf, noch nicht freigegeben")),
        (ANSWERED, _("Beantwortet (alle Ergebnisse)")),
        *((value, _("Beantwortet: %(outcome)s") % {"outcome": label}) for value, label in Outcome.choices),
    ]


def may_respond(user, page=None):
    """The role "respond" on ``page``'s concept (without a page: on any)."""
    return has_role(user, Role.RESPOND, page)


def _page_of(kwargs):
    """The page a view's URL names: a concept (``concept_id``) or a contribution's chapter."""
    if "concept_id" in kwargs:
        return ConceptPage.objects.filter(pk=kwargs["concept_id"]).only("path").first()
    if "comment_id" in kwargs:
        return chapter_of_comment(kwargs["comment_id"])
    return None


def responder_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not may_respond(request.user, _page_of(kwargs)):
            message = _("Sie haben keine Berechtigung, Stellungnahmen zu Beiträgen zu schreiben.")
            return forbidden(request, message, icon="clipboard-list")
        return view(request, *args, **kwargs)

    return wrapped


def contributions(with_response=True):
    """Every contribution that can be answered, without the author's address."""
    queryset = ChapterComment.objects.visible().on_chapters().filter(by_staff=False)
    if with_response:
        return queryset.defer(*PRIVATE_FIELDS).select_related("response", "response__taken_up_in")
    return queryset.select_related(None).only("pk", "object_pk", "thread_id", "order")


def _chapters(concept):
    return list(ChapterPage.objects.child_of(concept).order_by("number", "path").only("id", "title", "number", "path"))


def _in_order(queryset, chapters):
    """Contributions of these chapters ordered by chapter (number), then thread order."""
    if not chapters:
        return queryset.none()
    position = Case(
        *(When(object_pk=str(chapter.pk), then=Value(index)) for index, chapter in enumerate(chapters)),
        output_field=IntegerField(),
    )
    return (
        queryset.filter(object_pk__in=[str(chapter.pk) for chapter in chapters])
        .annotate(chapter_position=position)
        .order_by("chapter_position", "thread_id", "order")
    )


def _unanswered(queryset):
    """ "Noch nicht beantwortet": the one "offen" of the dashboard and the report (a hidden contribution
    is not open; it stays under "Alle" and can still be answered)."""
    return queryset.filter(is_contribution() & is_open())


def _undrafted(queryset):
    """Contributions nobody has written a response to yet (not even a draft): the working queue
    of "Als Entwurf speichern und nächster offener Beitrag"."""
    return queryset.filter(response__isnull=True)


def next_open(comment, chapters):
    """The next unanswered contribution after ``comment`` (chapter number, then thread order);
    when there is none after it, the first unanswered one before it."""
    ordered = _undrafted(_in_order(contributions(with_response=False), chapters)).exclude(pk=comment.pk)
    position = next((i for i, chapter in enumerate(chapters) if str(chapter.pk) == comment.object_pk), -1)
    after = (
        Q(chapter_position__gt=position)
        | Q(chapter_position=position, thread_id__gt=comment.thread_id)
        | Q(chapter_position=position, thread_id=comment.thread_id, order__gt=comment.order)
    )
    return ordered.filter(after).first() or ordered.first()


def _counts(chapter_ids):
    """{chapter id: (contributions, answered, open)} in one query; "open" as the report and the
    dashboard count it (``is_contribution() & is_open()``; the caller keeps public chapters only)."""
    rows = (
        ChapterComment.objects.visible()
        .on_chapters(chapter_ids)
        .filter(by_staff=False)
        .values("object_pk")
        .annotate(
            total=Count("pk"),
            answered=Count("pk", filter=is_answered()),
            open=Count("pk", filter=is_contribution() & is_open()),
        )
        .order_by()
    )
    return {int(row["object_pk"]): (row["total"], row["answered"], row["open"]) for row in rows}


def _open_count(chapters):
    """The concept's open contributions, as the report and the dashboard count them: on its live,
    public chapters only."""
    public = set(
        ChapterPage.objects.live().public().filter(pk__in=[c.pk for c in chapters]).values_list("pk", flat=True)
    )
    counts = _counts(list(public))
    return sum(row[2] for row in counts.values())


@responder_required
@require_GET
def concepts(request):
    concepts_in_scope = in_scope(ConceptPage.objects.select_related("locale"), request.user, Role.RESPOND)
    concept_list = list(concepts_in_scope.order_by("path").only("path", "title", "locale"))
    chapters = list(ChapterPage.objects.order_by("path").only("id", "path"))
    counts = _counts([chapter.pk for chapter in chapters])
    public = set(ChapterPage.objects.live().public().values_list("pk", flat=True))
    by_path = {concept.path: concept for concept in concept_list}
    for concept in concept_list:
        concept.label = concept_label(concept)
        concept.total = concept.answered = concept.open = 0
    for chapter in chapters:
        concept = by_path.get(chapter.path[: -Page.steplen])
        if concept is not None:
            total, answered, open_count = counts.get(chapter.pk, (0, 0, 0))
            concept.total += total
            concept.answered += answered
            if chapter.pk in public:
                concept.open += open_count
    context = {"concepts": concept_list, "open_legend": OPEN_LEGEND}
    return TemplateResponse(request, "concept/responses/admin/concept_list.html", context)


BY_SUPPORT = "zustimmung"


def _selected_chapter(request, chapters):
    value = request.GET.get("kapitel", "")
    return next((chapter.pk for chapter in chapters if str(chapter.pk) == value), None)


@responder_required
@require_GET
def contribution_list(request, concept_id):
    concept = get_object_or_404(ConceptPage.objects.select_related("locale"), pk=concept_id)
    chapters = _chapters(concept)
    chapter_id = _selected_chapter(request, chapters)
    choices = states()
    state = request.GET.get("ergebnis", "")
    if state not in dict(choices):
        state = ""
    queryset = _in_order(contributions(), chapters)
    totals = queryset.aggregate(
        total=Count("pk"), answered=Count("pk", filter=is_answered()), drafts=Count("pk", filter=DRAFT)
    )
    if chapter_id is not None:
        queryset = queryset.filter(object_pk=str(chapter_id))
    if state == OPEN:
        queryset = _unanswered(queryset)
    elif state == ANSWERED:
        queryset = queryset.filter(is_answered())
    elif state == DRAFTS:
        queryset = queryset.filter(DRAFT)
    elif state:
        queryset = queryset.filter(is_answered(), response__outcome=state)
    # "reihenfolge=zustimmung": the most supported first (ties in the chapters' order).
    by_support = request.GET.get("reihenfolge", "") == BY_SUPPORT
    if by_support:
        queryset = queryset.order_by("-support_count", "chapter_position", "thread_id", "order")
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("p"))
    rows = list(page.object_list)
    annotate_rows(rows, chapters)
    first_open = _undrafted(_in_order(contributions(with_response=False), chapters)).first()
    return TemplateResponse(
        request,
        "concept/responses/admin/contribution_list.html",
        {
            "concept": concept,
            "concept_label": concept_label(concept),
            "chapters": chapters,
            "chapter_id": chapter_id,
            "states": choices,
            "state": state,
            "state_label": dict(choices)[state],
            "by_support": by_support,
            "page_obj": page,
            "comments": rows,
            "total": totals["total"],
            "answered": totals["answered"],
            "open": _open_count(chapters),
            "open_legend": OPEN_LEGEND,
            "drafts": totals["drafts"],
            "may_release": has_role(request.user, Role.RELEASE, concept),
            "first_open": first_open,
            "next_url": request.get_full_path(),
        },
    )


def responder_name(user):
    """Who last saved a response: the full name, else the user name unless it is an address."""
    if user is None:
        return ""
    name = user.get_full_name().strip() or user.get_username()
    return "" if "@" in name else name


def _ancestors(comment):
    """The comments above a reply, from the start of its thread down to its parent."""
    chain, current = [], comment
    while current.level > 0 and len(chain) < 10:
        parent = ChapterComment.objects.defer(*PRIVATE_FIELDS).filter(pk=current.parent_id).first()
        if parent is None or parent.pk == current.pk:
            break
        chain.append(parent)
        current = parent
    return list(reversed(chain))


@responder_required
@require_http_methods(["GET", "POST"])
def contribution(request, comment_id):
    comment = get_object_or_404(contributions(), pk=comment_id)
    chapter = ChapterPage.objects.filter(pk=int(comment.object_pk)).first() if comment.object_pk.isdigit() else None
    concept = ConceptPage.objects.parent_of(chapter).first() if chapter is not None else None
    if concept is None:
        raise Http404
    chapters = _chapters(concept)
    list_url = reverse("concept_responses:contributions", args=[concept.pk])
    source = request.POST if request.method == "POST" else request.GET
    next_url = return_url(request, source.get("next", ""), list_url)
    response = getattr(comment, "response", None)
    initial = {}
    if response is not None:
        initial = {
            "outcome": response.outcome,
            "text": response.text,
            "version": response.taken_up_in_id,
            "block": response.taken_up_block_id,
        }
    form = ResponseForm(request.POST if request.method == "POST" else None, comment=comment, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            release = RELEASE_NOW in request.POST and has_role(request.user, Role.RELEASE, chapter)
            services.respond(
                comment,
                outcome=data["outcome"],
                text=data["text"],
                user=request.user,
                version=data["version"],
                block_id=data["block"],
                base_url=base_url(chapter),
                release=release,
            )
            number = {"number": comment.pk}
            if release:
                messages.success(request, _("Die Stellungnahme zu Beitrag Nr. %(number)s ist freigegeben.") % number)
            else:
                messages.success(
                    request,
                    _("Die Stellungnahme zu Beitrag Nr. %(number)s ist als Entwurf gespeichert.") % number
                    + " "
                    + _("Sie erscheint erst nach der Freigabe."),
                )
            if NEXT_OPEN in request.POST:
                following = next_open(comment, chapters)
                if following is not None:
                    return redirect(
                        reverse("concept_responses:contribution", args=[following.pk]) + query(next=next_url)
                    )
                messages.info(request, _("Zu allen Beiträgen dieses Konzepts gibt es eine Stellungnahme."))
            return redirect(next_url)
        status = 400
        messages.error(request, _("Die Stellungnahme ist nicht gespeichert. Bitte prüfen Sie die markierten Angaben."))
    annotate_rows([comment], chapters)
    ancestors = _ancestors(comment)
    annotate_rows(ancestors, chapters)
    return TemplateResponse(
        request,
        "concept/responses/admin/contribution.html",
        {
            "comment": comment,
            "response": response,
            "responder": responder_name(response.responded_by) if response is not None else "",
            "may_release": has_role(request.user, Role.RELEASE, chapter),
            "ancestors": ancestors,
            "concept": concept,
            "concept_label": concept_label(concept),
            "form": form,
            "next_url": next_url,
            "list_url": list_url,
        },
        status=status,
    )


app_name = "concept_responses"
urlpatterns = [
    path("", concepts, name="index"),
    path("<id:concept_id>/", contribution_list, name="contributions"),
    path("beitrag/<id:comment_id>/", contribution, name="contribution"),
]
