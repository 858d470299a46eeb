"""What the admin views of comments (``comments/admin_views.py``) and of official responses
(``responses/admin_views.py``) share: the permission check that answers a real 403, the query
strings and the return address of their lists, the label of a concept, and the rows of their
list tables (each contribution with its chapter and the label of its paragraph).

E-mail addresses are never loaded here; the querysets come from the views.
"""

from functools import wraps

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from .comments.threads import paragraph_labels
from .models import ChapterPage


def has_permission(user, permission):
    """An active user with this permission (given to a group or the user, or a superuser)."""
    return user.is_active and user.has_perm(permission)


def forbidden(request, message, icon=None):
    """A real 403 page: Wagtail would turn a PermissionDenied into a redirect to the dashboard."""
    context = {"message": message}
    if icon:
        context["icon"] = icon
    return TemplateResponse(request, "concept/admin/forbidden.html", context, status=403)


def permission_required(may, message, icon=None):
    """Decorates an admin view: it runs only for users ``may(user)`` lets in; everybody else gets
    ``forbidden`` with ``message`` (lazily translated, so it speaks the admin's language)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not may(request.user):
                return forbidden(request, message, icon)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def query(**params):
    """``?ansicht=gemeldet&kapitel=4`` of the parameters that have a value; "" when none has."""
    params = {key: value for key, value in params.items() if value not in (None, "")}
    return "?" + urlencode(params) if params else ""


def return_url(request, value, default):
    """Where an action returns to: the list it came from (with its filters and page, ``value``),
    never another host; else ``default``."""
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return default


def base_url(page=None):
    """Where links in mails about ``page`` start: its organisation's configured address
    (home/organisations.py), never the request's Host header."""
    from home.organisations import base_url_for

    return base_url_for(page)


def concept_label(concept):
    """The concept's title; a copy in another language than the site's (wagtail-localize) carries
    its language code. ``concept.locale`` should be loaded with it (select_related)."""
    language = concept.locale.language_code
    return concept.title if language == settings.LANGUAGE_CODE else f"{concept.title} ({language})"


def annotate_rows(comments, chapters=None):
    """Gives each comment its chapter (``comment.chapter``, None when deleted) and the label of the
    paragraph it refers to (``comment.paragraph_label``, "" for the whole chapter). ``chapters``:
    the chapters concerned if the view has them already; else they are read, bodies included, in
    one query. Bodies a view did not load are read in one query for the chapters that need them."""
    if chapters is None:
        ids = {int(comment.object_pk) for comment in comments if comment.object_pk.isdigit()}
        chapters = ChapterPage.objects.filter(pk__in=ids).only("id", "path", "title", "number", "body")
    by_pk = {chapter.pk: chapter for chapter in chapters}
    for comment in comments:
        comment.chapter = by_pk.get(int(comment.object_pk)) if comment.object_pk.isdigit() else None
    needed = {comment.chapter.pk for comment in comments if comment.chapter is not None and comment.paragraph_id}
    missing = {pk for pk in needed if "body" in by_pk[pk].get_deferred_fields()}
    bodies = {chapter.pk: chapter for chapter in ChapterPage.objects.filter(pk__in=missing).only("id", "body")}
    labels = {pk: paragraph_labels(bodies.get(pk, by_pk[pk])) for pk in needed}
    for comment in comments:
        chapter_labels = labels.get(comment.chapter.pk, {}) if comment.chapter is not None else {}
        comment.paragraph_label = chapter_labels.get(comment.paragraph_id, "") if comment.paragraph_id else ""
