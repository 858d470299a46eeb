"""The comments API: a chapter's public threads, and posting under the form's rules.

Session authentication only, with CSRF enforced for every write (anonymous ones
too), so no HTTP Basic credentials and no cross-site posts.
"""

import json

from drf_spectacular.authentication import SessionScheme
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import ParseError
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import SAFE_METHODS, AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext as _

from concept import participation, visibility

from . import ratelimit, submission
from .threads import ChapterThread


class CsrfSessionAuthentication(SessionAuthentication):
    """DRF skips the CSRF check for anonymous requests; we do not."""

    def authenticate(self, request):
        if request.method not in SAFE_METHODS:
            self.enforce_csrf(request)
        return super().authenticate(request)


class CsrfSessionScheme(SessionScheme):
    """Tells drf-spectacular that our subclass is still cookie-session authentication."""

    target_class = CsrfSessionAuthentication
    priority = 0


# A comment is a flat object; anything deeper is not ours, and Python's json module would
# recurse until RecursionError (a 500) on a few hundred thousand brackets.
MAX_JSON_DEPTH = 8


def json_depth(body):
    """How deeply arrays and objects nest in ``body``, counted before any parsing."""
    depth = deepest = 0
    in_string = escaped = False
    for char in body:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def max_json_bytes():
    # A comment at its longest, every character a \uXXXX escape, and room for the other fields.
    return settings.COMMENTS_MAX_LENGTH * 12 + 16 * 1024


class FlatJSONParser(JSONParser):
    """DRF's JSON parser behind a size and a nesting check."""

    def parse(self, stream, media_type=None, parser_context=None):
        limit = max_json_bytes()
        body = stream.read(limit + 1) if stream is not None else b""
        if len(body) > limit:
            raise ParseError(_("Die Anfrage ist zu groß."))
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            raise ParseError(_("Die Anfrage ist kein gültiges JSON.")) from None
        if json_depth(text) > MAX_JSON_DEPTH:
            raise ParseError(_("Die Anfrage ist zu tief verschachtelt."))
        try:
            return json.loads(text)
        except ValueError:
            raise ParseError(_("Die Anfrage ist kein gültiges JSON.")) from None


class CommentSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="comment.pk")
    name = serializers.SerializerMethodField()
    text = serializers.SerializerMethodField()
    submitted_at = serializers.DateTimeField(source="comment.submit_date")
    paragraph_id = serializers.CharField(source="comment.paragraph_id")
    paragraph_label = serializers.CharField()
    level = serializers.IntegerField(source="comment.level")
    by_staff = serializers.BooleanField(source="comment.by_staff")
    hidden_reason = serializers.SerializerMethodField()
    replies = serializers.SerializerMethodField()

    # A hidden comment keeps its place in the thread (its replies stay), without text or author.
    def get_name(self, node) -> str:
        return "" if node.comment.hidden_at else node.comment.user_name

    def get_text(self, node) -> str:
        return "" if node.comment.hidden_at else node.comment.comment

    def get_hidden_reason(self, node) -> str:
        return node.comment.hidden_reason if node.comment.hidden_at else ""

    def get_replies(self, node) -> list[dict]:
        return CommentSerializer(node.replies, many=True).data


class CommentInputSerializer(serializers.Serializer):
    """Documents the POST body; validation itself is the comment form's."""

    name = serializers.CharField(max_length=50)
    email = serializers.EmailField()
    comment = serializers.CharField()
    consent = serializers.BooleanField()
    followup = serializers.BooleanField(required=False)
    paragraph = serializers.CharField(required=False, allow_blank=True)
    reply_to = serializers.IntegerField(required=False)


def _chapter(chapter_id):
    chapter = visibility.public_chapters().filter(pk=chapter_id).first()
    if chapter is None:
        raise Http404
    return chapter


class ChapterCommentsView(APIView):
    authentication_classes = [CsrfSessionAuthentication]
    parser_classes = [FlatJSONParser, FormParser, MultiPartParser]
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Public comments of a chapter, threaded, paginated by thread",
        parameters=[OpenApiParameter("page", int, description="page of top-level threads")],
        responses=inline_serializer(
            "CommentPage",
            {
                "count": serializers.IntegerField(),
                "page": serializers.IntegerField(),
                "num_pages": serializers.IntegerField(),
                "is_open": serializers.BooleanField(),
                "results": CommentSerializer(many=True),
            },
        ),
    )
    def get(self, request, chapter_id):
        chapter = _chapter(chapter_id)
        thread = ChapterThread(chapter, request.query_params.get("page"))
        return Response(
            {
                "count": thread.page.paginator.count,
                "page": thread.page.number,
                "num_pages": thread.page.paginator.num_pages,
                "is_open": bool(participation.may_comment(request.user, chapter)),
                "results": CommentSerializer(thread.nodes, many=True).data,
            }
        )

    @extend_schema(
        summary="Submit a comment (pending until confirmed by e-mail, as with the form)",
        request=CommentInputSerializer,
        responses={201: inline_serializer("CommentAccepted", {"status": serializers.CharField()})},
    )
    def post(self, request, chapter_id):
        chapter = _chapter(chapter_id)
        decision = participation.may_comment(request.user, chapter)
        if not decision:
            return Response({"detail": decision.reason, "code": decision.code}, status=status.HTTP_403_FORBIDDEN)
        payload = request.data if hasattr(request.data, "get") else {}
        data = {key: payload.get(key) for key in CommentInputSerializer().fields if payload.get(key) is not None}
        data["consent"] = "on" if payload.get("consent") in (True, "true", "on", "1", 1) else ""
        data["followup"] = "on" if payload.get("followup") in (True, "true", "on", "1", 1) else ""
        form = submission.make_form(request, chapter, data=data)
        form.data.update(form.generate_security_data())
        try:
            comment = submission.accept(request, chapter, form)
        except ratelimit.RateLimited as error:
            response = Response(
                {"detail": _("Zu viele Anfragen. Bitte versuchen Sie es später noch einmal.")},
                status=status.HTTP_429_TOO_MANY_REQUESTS,
            )
            response["Retry-After"] = str(error.retry_after)
            return response
        if comment is None:
            return Response({"errors": form.errors}, status=status.HTTP_400_BAD_REQUEST)
        if comment.confirmed_at is None:
            # The same answer for every anonymous sender, duplicate or not (no id: it would tell).
            return Response({"status": "pending"}, status=status.HTTP_201_CREATED)
        state = "published" if comment.is_public else "pending"
        return Response({"status": state, "id": comment.pk}, status=status.HTTP_201_CREATED)


def only_comment_endpoints(endpoints):
    """drf-spectacular hook: the schema documents our endpoints, not Wagtail's."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/comments/")]
