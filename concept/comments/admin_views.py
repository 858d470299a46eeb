"""Moderation of comments in the Wagtail admin: the queue, the actions, the log.

Every view needs the role "moderate" (``concept.roles``: groups Sachbearbeitung, Amtsleitung and
Moderation, superusers) on the comment's chapter, the list only shows the chapters the role
covers, and anything else answers 403. Actions change a comment only by POST and only
through ``services``, which logs them. The commenter's e-mail address is never shown here:
moderating does not need it (DSGVO, data minimisation), so it is not even loaded.
"""

from functools import wraps

from django import forms
from django.core.paginator import Paginator
from django.db.models import CharField, Count, Prefetch, Q
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_POST

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
from concept.converters import small_int
from concept.models import ChapterPage, ConceptPage
from concept.roles.access import has_role, in_scope
from concept.roles.models import Role

from . import queue, services
from .chapters import chapter_of_comment
from .models import ChapterComment, CommentReport, ModerationLog

PER_PAGE = 50

TO_REVIEW, NEW, UNCONFIRMED, ALL = "pruefen", "neu", "unbestaetigt", "alle"
VIEWS = [
    (TO_REVIEW, gettext_lazy("Zu prüfen")),
    (NEW, gettext_lazy("Neu seit letzter Sichtung")),
    (UNCONFIRMED, gettext_lazy("Unbestätigt (keine Aktion nötig)")),
    (ALL, gettext_lazy("Alle")),
]
VIEW_HINTS = {
    TO_REVIEW: gettext_lazy(
        "Kommentare, die auf Ihre Freigabe warten, und gemeldete Kommentare. Bitte freigeben, ausblenden "
        "oder die Meldungen als erledigt markieren."
    ),
    NEW: gettext_lazy(
        "Ohne Vorab-Moderation sind neue Kommentare sofort öffentlich. Bitte lesen und als gesichtet "
        "markieren; Unpassendes ausblenden."
    ),
    UNCONFIRMED: gettext_lazy(
        "Die Verfasserin oder der Verfasser hat den Bestätigungslink noch nicht angeklickt. Sie müssen "
        "nichts tun; unbestätigte Kommentare werden nach Ablauf des Links automatisch gelöscht."
    ),
    ALL: gettext_lazy("Alle Kommentare in jedem Zustand."),
}
# Earlier addresses of the queue (bookmarks, old links) lead to "Zu prüfen".
OLD_VIEWS = {"wartend": TO_REVIEW, "gemeldet": TO_REVIEW}


def may_moderate(user, page=None):
    """The role "moderate" on ``page``'s concept (without a page: on any)."""
    return has_role(user, Role.MODERATE, page)


def moderator_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not may_moderate(request.user, chapter_of_comment(kwargs["pk"]) if "pk" in kwargs else None):
            if "pk" in kwargs and may_moderate(request.user):
                # A moderator of another participation (another organisation's, say): the right
                # exists, only not for this comment.
                return forbidden(request, _("Dieser Kommentar gehört zu einer Beteiligung, die Sie nicht moderieren."))
            return forbidden(request, _("Sie haben keine Berechtigung, Kommentare zu moderieren."))
        return view(request, *args, **kwargs)

    return wrapped


class HideForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Grund für das Ausblenden"),
        help_text=gettext_lazy(
            "Erscheint öffentlich an Stelle des Kommentars und in der E-Mail an die Verfasserin oder den Verfasser."
        ),
        max_length=500,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": gettext_lazy("Bitte geben Sie einen Grund für das Ausblenden an.")},
    )


def _comments():
    """All comments on chapters, with the number of open reports and whether the public may see
    that they exist, without e-mail addresses."""
    return (
        ChapterComment.objects.on_chapters()
        .with_visibility()
        .defer("user_email", "user_url", "ip_address")
        .annotate(open_reports=Count("reports", filter=Q(reports__resolved_at__isnull=True)))
    )


def _filtered(queryset, view):
    if view == TO_REVIEW:
        return queryset.filter(queue.to_review())
    if view == NEW:
        return queryset.filter(queue.NEW)
    if view == UNCONFIRMED:
        return queryset.filter(queue.UNCONFIRMED)
    return queryset


def state_label(comment):
    if comment.confirmed_at is None:
        # The mail server refused the address for good: no confirmation link will ever arrive.
        return _("unbestätigt, Adresse nicht zustellbar") if comment.undeliverable else _("unbestätigt")
    if comment.withdrawn_at is not None:
        return _("vom Verfasser zurückgezogen")
    if comment.hidden_at is not None:
        return _("ausgeblendet: %(reason)s") % {"reason": comment.hidden_reason}
    if not comment.is_public:
        return _("wartet auf Freigabe")
    return _("öffentlich")


def chapter_choices(user):
    """[(concept title, [(chapter id, "3. Titel"), …]), …] in tree order, for an <optgroup> select:
    the chapters ``user`` moderates (a town's moderators see only the town's, issue 22). Concepts in
    another language than the site's (wagtail-localize copies) carry their language code."""
    concepts = {
        concept.path: concept
        for concept in ConceptPage.objects.select_related("locale").order_by("path").only("path", "title", "locale")
    }
    groups = {}
    chapters = in_scope(ChapterPage.objects.all(), user, Role.MODERATE)
    for chapter in chapters.order_by("path").only("id", "path", "title", "number"):
        concept = concepts.get(chapter.path[: -Page.steplen])
        if concept is None:
            key, label = "", _("Ohne Konzept")
        else:
            key, label = concept.path, concept_label(concept)
        groups.setdefault(key, (label, []))[1].append((chapter.pk, f"{chapter.number}. {chapter.title}"))
    return list(groups.values())


def _annotate_rows(comments):
    """Gives each comment its chapter, its concept, the label of the paragraph it refers to and its state."""
    annotate_rows(comments)
    paths = {comment.chapter.path[: -Page.steplen] for comment in comments if comment.chapter is not None}
    found = ConceptPage.objects.filter(path__in=paths).select_related("locale").only("path", "title", "locale")
    concepts = {concept.path: concept for concept in found}
    for comment in comments:
        concept = concepts.get(comment.chapter.path[: -Page.steplen]) if comment.chapter is not None else None
        comment.concept_label = concept_label(concept) if concept is not None else ""
        comment.state_label = state_label(comment)


def _chapter_keys(user):
    """The ``object_pk`` values of the chapters the user may moderate (a subquery)."""
    return in_scope(ChapterPage.objects.all(), user, Role.MODERATE).annotate(key=Cast("pk", CharField())).values("key")


def _selected_chapter(request):
    value = small_int(request.GET.get("kapitel"))
    if value is not None and ChapterPage.objects.filter(pk=value).exists():
        return value
    return None


@moderator_required
@require_GET
def index(request):
    view = request.GET.get("ansicht", TO_REVIEW)
    view = OLD_VIEWS.get(view, view)
    if view not in dict(VIEWS):
        view = TO_REVIEW
    chapter_id = _selected_chapter(request)
    base = _comments().filter(object_pk__in=_chapter_keys(request.user))
    if chapter_id is not None:
        base = base.filter(object_pk=str(chapter_id))
    counts = {key: _filtered(base, key).count() for key in (TO_REVIEW, NEW, UNCONFIRMED)}
    queryset = (
        _filtered(base, view)
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=CommentReport.objects.filter(resolved_at__isnull=True).order_by("created_at"),
                to_attr="open_report_list",
            )
        )
        .order_by("-submit_date", "-pk")
    )
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("p"))
    rows = list(page.object_list)
    _annotate_rows(rows)
    tabs = [
        {
            "key": key,
            "label": label,
            "count": counts.get(key),
            "current": key == view,
            "query": query(ansicht=key, kapitel=chapter_id),
        }
        for key, label in VIEWS
    ]
    return TemplateResponse(
        request,
        "concept/admin/comment_list.html",
        {
            "page_obj": page,
            "comments": rows,
            "tabs": tabs,
            "view": view,
            "view_label": dict(VIEWS)[view],
            "view_hint": VIEW_HINTS[view],
            "new_view": view == NEW,
            "chapter_groups": chapter_choices(request.user),
            "chapter_id": chapter_id,
            "hide_form": HideForm(),
            "next_url": request.get_full_path(),
        },
    )


def _get_comment(pk):
    return get_object_or_404(_comments(), pk=pk)


def _next_url(request, value):
    """The list an action came from (with its filters and page), never another host."""
    return return_url(request, value, reverse("concept_moderation:index"))


def _back(request):
    return redirect(_next_url(request, request.POST.get("next", "")))


@moderator_required
@require_POST
def approve(request, pk):
    comment = _get_comment(pk)
    number = {"number": comment.pk}
    if comment.confirmed_at is None:
        messages.error(
            request, _("Kommentar Nr. %(number)s ist noch nicht bestätigt und kann nicht freigegeben werden.") % number
        )
    elif comment.is_public:
        messages.warning(request, _("Kommentar Nr. %(number)s ist bereits freigegeben.") % number)
    else:
        services.approve(comment, request.user, base_url=base_url(comment.content_object))
        messages.success(request, _("Kommentar Nr. %(number)s ist freigegeben.") % number)
    return _back(request)


@moderator_required
@require_POST
def hide(request, pk):
    comment = _get_comment(pk)
    number = {"number": comment.pk}
    if comment.hidden_at is not None:
        messages.warning(request, _("Kommentar Nr. %(number)s ist bereits ausgeblendet.") % number)
        return _back(request)
    if comment.confirmed_at is None:
        # Never public, and its address is unconfirmed: no mail to a stranger; delete it instead.
        messages.error(
            request,
            _("Kommentar Nr. %(number)s ist unbestätigt und nicht öffentlich; bitte löschen statt ausblenden.")
            % number,
        )
        return _back(request)
    form = HideForm(request.POST)
    if not form.is_valid():
        _annotate_rows([comment])
        context = {"comment": comment, "form": form, "next_url": _next_url(request, request.POST.get("next", ""))}
        return TemplateResponse(request, "concept/admin/hide.html", context, status=400)
    services.hide(comment, request.user, form.cleaned_data["reason"], base_url=base_url(comment.content_object))
    messages.success(request, _("Kommentar Nr. %(number)s ist ausgeblendet.") % number)
    return _back(request)


@moderator_required
@require_POST
def unhide(request, pk):
    comment = _get_comment(pk)
    number = {"number": comment.pk}
    if comment.hidden_at is None:
        messages.warning(request, _("Kommentar Nr. %(number)s ist nicht ausgeblendet.") % number)
    elif comment.withdrawn_at is not None:
        # Its author took it back: there is no text left to show again.
        messages.warning(request, _("Kommentar Nr. %(number)s wurde vom Verfasser zurückgezogen.") % number)
    else:
        services.unhide(comment, request.user)
        messages.success(request, _("Kommentar Nr. %(number)s ist wieder eingeblendet.") % number)
    return _back(request)


def _has_replies(comment):
    return services.replies(comment).exists()


@moderator_required
@require_GET
def confirm_delete(request, pk):
    comment = _get_comment(pk)
    _annotate_rows([comment])
    next_url = _next_url(request, request.GET.get("next", ""))
    context = {"comment": comment, "has_replies": _has_replies(comment), "next_url": next_url}
    return TemplateResponse(request, "concept/admin/confirm_delete.html", context)


@moderator_required
@require_POST
def delete(request, pk):
    comment = _get_comment(pk)
    number = {"number": comment.pk}
    reason = request.POST.get("reason", "").strip()[:500]
    try:
        services.delete(comment, request.user, reason)
    except ValueError:
        messages.error(request, _("Kommentar hat Antworten; bitte ausblenden statt löschen."))
    else:
        messages.success(request, _("Kommentar Nr. %(number)s ist gelöscht.") % number)
    return _back(request)


@moderator_required
@require_POST
def resolve_reports(request, pk):
    comment = _get_comment(pk)
    number = {"number": comment.pk}
    if not comment.open_reports:
        messages.warning(request, _("Zu Kommentar Nr. %(number)s gibt es keine offenen Meldungen.") % number)
    else:
        services.resolve_reports(comment, request.user)
        messages.success(request, _("Die Meldungen zu Kommentar Nr. %(number)s sind erledigt.") % number)
    return _back(request)


@moderator_required
@require_POST
def mark_seen(request, pk):
    comment = _get_comment(pk)
    number = {"number": comment.pk}
    if services.mark_seen(_comments().filter(pk=comment.pk), request.user):
        messages.success(request, _("Kommentar Nr. %(number)s ist als gesichtet markiert.") % number)
    else:
        messages.warning(request, _("Kommentar Nr. %(number)s war schon gesichtet.") % number)
    return _back(request)


@moderator_required
@require_POST
def mark_all_seen(request):
    """ "Alle angezeigten als gesichtet markieren": the ids the list showed, of the chapters the user
    may moderate and still new; anything else in the form is ignored."""
    ids = [value for value in (small_int(raw) for raw in request.POST.getlist("kommentar")) if value is not None]
    shown = _comments().filter(queue.NEW, pk__in=ids, object_pk__in=_chapter_keys(request.user))
    count = services.mark_seen(shown, request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "%(count)s Kommentar ist als gesichtet markiert.",
                "%(count)s Kommentare sind als gesichtet markiert.",
                count,
            )
            % {"count": count},
        )
    else:
        messages.warning(request, _("Es gab keine neuen Kommentare zu markieren."))
    return _back(request)


@moderator_required
@require_GET
def log(request):
    entries = (
        ModerationLog.objects.filter(Q(comment__isnull=True) | Q(comment__object_pk__in=_chapter_keys(request.user)))
        .select_related("actor")
        .order_by("-created_at", "-pk")
    )
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(request, "concept/admin/moderation_log.html", {"page_obj": page, "entries": page})


app_name = "concept_moderation"
urlpatterns = [
    path("", index, name="index"),
    path("protokoll/", log, name="log"),
    path("gesichtet/", mark_all_seen, name="mark_all_seen"),
    path("<id:pk>/gesichtet/", mark_seen, name="mark_seen"),
    path("<id:pk>/freigeben/", approve, name="approve"),
    path("<id:pk>/ausblenden/", hide, name="hide"),
    path("<id:pk>/einblenden/", unhide, name="unhide"),
    path("<id:pk>/loeschen/", delete, name="delete"),
    path("<id:pk>/loeschen/bestaetigen/", confirm_delete, name="confirm_delete"),
    path("<id:pk>/meldungen-erledigt/", resolve_reports, name="resolve_reports"),
]
