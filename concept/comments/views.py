"""Commenting without JavaScript: the form page, confirmation, reporting, unsubscribing.

These pages are never cached: they carry a CSRF token or personal state. The chapter
page itself only links here, so it can be cached for everybody.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from concept import participation, visibility
from concept.converters import small_int
from home import access
from home.navigation import privacy_url
from home.organisations import site_id_of

from . import mail, mine, ratelimit, rules, services, submission, threads
from . import support as supports
from .chapters import chapter_for_comments
from .models import ChapterComment
from .paths import PARAGRAPH_PARAM, REPLY_PARAM


def _chapter_or_404(chapter_id, request):
    chapter = chapter_for_comments(chapter_id, request)
    if chapter is None or not access.is_in_site(chapter, request):  # another organisation's chapter
        raise Http404
    return chapter


def _rate_limited(request, template, context, error):
    response = TemplateResponse(
        request,
        template,
        {
            **context,
            "rate_limited": _(
                "Sie haben in kurzer Zeit sehr viele Anfragen gestellt. Bitte versuchen Sie es in "
                "%(minutes)s Minuten noch einmal. Ihr Text ist unten erhalten."
            )
            % {"minutes": max(1, error.retry_after // 60)},
        },
        status=429,
    )
    response["Retry-After"] = str(error.retry_after)
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def post_comment(request, chapter_id):
    chapter = _chapter_or_404(chapter_id, request)
    labels = threads.paragraph_labels(chapter)
    # One name per place: the links that open the form say ?absatz=<block id> or ?antwort=<comment id>
    # (as the chapter page writes them); the form sends both back as its fields paragraph and reply_to.
    if request.method == "POST":
        paragraph, reply_to = request.POST.get("paragraph", ""), None
    else:
        paragraph, reply_to = request.GET.get(PARAGRAPH_PARAM, ""), small_int(request.GET.get(REPLY_PARAM, ""))

    context = {
        "chapter": chapter,
        "parent": None,
        "paragraph_label": labels.get(paragraph, ""),
        "paragraph_id": paragraph if paragraph in labels else "",
        # The words the comment is about, quoted above the form (none for the chapter as a whole).
        "paragraph_quote": threads.paragraph_quote(chapter, paragraph) if paragraph in labels else [],
    }

    def closed(decision):
        # A text sent just as the window closed is shown back, so nothing typed is lost unseen.
        context.update(decision=decision, sent_text=request.POST.get("comment", "")[: settings.COMMENTS_MAX_LENGTH])
        return TemplateResponse(request, "concept/comments/closed.html", context, status=403)

    if request.method == "GET":
        decision = participation.may_comment(request.user, chapter, request=request)
        if not decision:
            return closed(decision)
        # Hidden comments take no replies.
        if reply_to is not None:
            context["parent"] = ChapterComment.objects.shown().filter(pk=reply_to, object_pk=str(chapter.pk)).first()
        initial = {"paragraph": context["paragraph_id"], "reply_to": context["parent"].pk if context["parent"] else 0}
        context["form"] = submission.make_form(
            request, chapter, initial=initial, labels=labels, privacy_url=privacy_url(request)
        )
        return TemplateResponse(request, "concept/comments/form.html", context)

    # The POST asks the window, the limits and the form once each, in submission.accept.
    form = context["form"] = submission.make_form(
        request, chapter, data=request.POST, labels=labels, privacy_url=privacy_url(request)
    )
    try:
        comment = submission.accept(request, chapter, form)
    except submission.Refused as refusal:
        return closed(refusal.decision)
    except ratelimit.RateLimited as error:
        return _rate_limited(request, "concept/comments/form.html", context, error)
    if comment is None:
        context["parent"] = form.parent
        if form.security_errors():
            form.refresh_security()
        return TemplateResponse(request, "concept/comments/form.html", context, status=400)
    if comment.confirmed_at:
        return redirect("comments:permalink", comment.pk)
    return TemplateResponse(
        request,
        "concept/comments/sent.html",
        {**context, "hours": settings.COMMENTS_CONFIRMATION_HOURS},
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """The link from the mail opens a page with one button; only its POST confirms. Mail
    security gateways and link previews open (GET/HEAD) links, and must not publish."""
    token = token[:100]
    if request.method != "POST":
        status = services.confirmation_state(token)
        if status == services.PENDING:
            return TemplateResponse(request, "concept/comments/confirmed.html", {"status": status})
        return _confirmation_failed(request, status, None)
    status, comment = services.confirm(token, base_url=submission.base_url(request), request=request)
    context = {"status": status, "comment": comment}
    if status == services.CONFIRMED:
        context["chapter"] = comment.content_object
        context["comment_url"] = _permalink_target(comment, request) if comment.is_public else ""
        return TemplateResponse(request, "concept/comments/confirmed.html", context)
    return _confirmation_failed(request, status, comment)


def _confirmation_failed(request, status, comment):
    failure_status = {services.INVALID: 404, services.EXPIRED: 410, services.PAGE_GONE: 410}[status]
    context = {"status": status, "comment": comment}
    return TemplateResponse(request, "concept/comments/confirmed.html", context, status=failure_status)


def _permalink_target(comment, request):
    chapter = comment.content_object
    page = threads.page_of_thread(comment)
    query = f"?page={page}" if page > 1 else ""
    return f"{translate_url(chapter.get_url(request), get_language())}{query}#c-{comment.pk}"


def _existing_comment_or_404(comment_id, request):
    comment = visibility.existing_comment(comment_id, request)
    if comment is None:
        raise Http404
    return comment


def permalink(request, comment_id):
    return redirect(_permalink_target(_existing_comment_or_404(comment_id, request), request))


@never_cache
@require_http_methods(["GET", "POST"])
def report(request, comment_id):
    comment = _existing_comment_or_404(comment_id, request)
    if not visibility.text_shown(comment):
        # Hidden by the moderation already: nothing left to report, and nothing of it to show.
        return TemplateResponse(request, "concept/comments/report.html", {"hidden": True, "comment_id": comment.pk})
    context = {"comment": comment, "chapter": comment.chapter}
    if request.method == "POST":
        reason = request.POST.get("reason", "").strip()
        try:
            ratelimit.check_client(request, site=site_id_of(comment.chapter))
        except ratelimit.RateLimited as error:
            return _rate_limited(request, "concept/comments/report.html", {**context, "reason": reason}, error)
        if not reason or len(reason) > 1000:
            context.update(reason=reason, error=_("Bitte nennen Sie einen Grund (höchstens 1000 Zeichen)."))
            return TemplateResponse(request, "concept/comments/report.html", context, status=400)
        services.report(comment, reason)
        context["reported"] = True
    return TemplateResponse(request, "concept/comments/report.html", context)


@csrf_exempt  # the token in the path is the secret; mail providers POST without a cookie (RFC 8058)
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """The page behind a mail's link, and the one-click target of its ``List-Unsubscribe`` header:
    a POST (``List-Unsubscribe=One-Click`` or the page's button) unsubscribes at once."""
    comment_id = mail.comment_from_unsubscribe_token(token)
    comment = ChapterComment.objects.filter(pk=comment_id).first() if comment_id else None
    if comment is None:
        return TemplateResponse(request, "concept/comments/unsubscribe.html", {"invalid": True}, status=400)
    done = False
    if request.method == "POST":
        same_person = ChapterComment.objects.filter(pk=comment.pk)
        if comment.participant_key:
            same_person = ChapterComment.objects.filter(participant_key=comment.participant_key)
        same_person.update(followup=False)
        done = True
    return TemplateResponse(request, "concept/comments/unsubscribe.html", {"done": done, "token": token})


@never_cache
@require_http_methods(["GET", "POST"])
def support(request, comment_id):
    """The page behind a comment's "Zustimmen": an address, a button, then a confirmation mail."""
    comment = _existing_comment_or_404(comment_id, request)
    chapter = comment.chapter
    context = {"comment": comment, "chapter": chapter, "privacy_url": privacy_url(request)}
    decision = supports.may_support(comment, chapter, request=request)
    if not decision:
        return TemplateResponse(request, "concept/comments/support.html", {**context, "refused": decision}, status=403)
    if request.method == "GET":
        return TemplateResponse(request, "concept/comments/support.html", context)
    email = request.POST.get("email", "").strip()[:254]
    context["email"] = email
    site = site_id_of(chapter)
    try:
        ratelimit.check_client(request, site=site)
        error = rules.address_error(email)
        if error:
            return TemplateResponse(request, "concept/comments/support.html", {**context, "error": error}, status=400)
        ratelimit.check_email(email, kind="support_email", site=site)
    except ratelimit.RateLimited as error:
        return _rate_limited(request, "concept/comments/support.html", context, error)
    supports.request_support(comment, email, get_language())
    return TemplateResponse(
        request,
        "concept/comments/support.html",
        {**context, "sent": True, "hours": settings.COMMENTS_CONFIRMATION_HOURS},
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_support(request, token):
    """As a comment's confirmation: the link opens a page with a button, only its POST counts."""
    token = token[:100]
    if request.method != "POST":
        status = supports.confirmation_state(token)
        code = {supports.PENDING: 200, supports.INVALID: 404, supports.EXPIRED: 410}[status]
        return TemplateResponse(request, "concept/comments/support_confirmed.html", {"status": status}, status=code)
    status, comment = supports.confirm(token)
    context = {"status": status, "comment": comment}
    if status == supports.CONFIRMED:
        context["comment_url"] = _permalink_target(comment, request)
        return TemplateResponse(request, "concept/comments/support_confirmed.html", context)
    code = {supports.INVALID: 404, supports.EXPIRED: 410, supports.REFUSED: 410}[status]
    return TemplateResponse(request, "concept/comments/support_confirmed.html", context, status=code)


def _private(response):
    """Personal pages: never stored by any cache, never indexed."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def mine_request(request):
    """ "Send me a new link": the same answer whether or not the address has contributions."""
    context = {"email": ""}
    if request.method == "POST":
        email = context["email"] = request.POST.get("email", "").strip()[:254]
        # No page decides here: the organisation whose host the request came to counts, except for
        # the address: the link and its page are one for every organisation, so another host must
        # not mean more mails to one mailbox.
        site = ratelimit.request_site(request)
        try:
            ratelimit.check_client(request, site=site)
            error = rules.address_error(email)
            if error:
                context["error"] = error
                return _private(TemplateResponse(request, "concept/comments/mine_request.html", context, status=400))
            ratelimit.check_email(email, kind="mine_email", site=None)
        except ratelimit.RateLimited as error:
            return _private(_rate_limited(request, "concept/comments/mine_request.html", context, error))
        if mine.contributions(mine.person_key_of(email)).exists():
            mail.send_personal_link(email, get_language(), site)
        context = {"sent": True, "days": settings.PERSONAL_LINK_DAYS}
    return _private(TemplateResponse(request, "concept/comments/mine_request.html", context))


@never_cache
@require_http_methods(["GET", "POST"])
def my_contributions(request, token):
    """ "Meine Beiträge": one person's contributions across concepts, and what they may do with them."""
    link = mine.link_for_token(token)
    if link is None:
        raise Http404
    context = {"token": token}
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "revoke":
            mine.revoke_all(link.person_key)
            return _private(TemplateResponse(request, "concept/comments/mine.html", {"revoked": True}))
        comment = mine.contributions(link.person_key).filter(pk=small_int(request.POST.get("comment", ""))).first()
        if comment is None or action not in {"notify_on", "notify_off", "withdraw"}:
            context["error"] = _("Diese Aktion ist nicht möglich. Bitte laden Sie die Seite neu.")
        elif action == "withdraw" and request.POST.get("confirm") != "1":
            context["confirm_withdraw"] = comment
        elif action == "withdraw":
            kept = services.withdraw(comment)
            context["done"] = (
                _(
                    "Ihr Beitrag ist zurückgezogen. Weil andere darauf geantwortet haben, steht an seiner "
                    "Stelle „vom Verfasser zurückgezogen“."
                )
                if kept
                else _("Ihr Beitrag ist zurückgezogen und gelöscht.")
            )
        else:
            ChapterComment.objects.filter(pk=comment.pk).update(followup=action == "notify_on")
            context["done"] = (
                _("Sie erhalten wieder Benachrichtigungen zu diesem Beitrag.")
                if action == "notify_on"
                else _("Sie erhalten keine Benachrichtigungen mehr zu diesem Beitrag.")
            )
    if not mine.contributions(link.person_key).exists():
        return _private(TemplateResponse(request, "concept/comments/mine.html", {"empty": True, **context}))
    context["entries"] = mine.entries(link.person_key, request)
    status = 400 if context.get("error") else 200
    return _private(TemplateResponse(request, "concept/comments/mine.html", context, status=status))
