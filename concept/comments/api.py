"""The comments API: a chapter's public threads with everything the chapter page shows, and posting
under the form's rules (rules.py) through the same submission path (submission.accept).

Anonymous writes need no cookie: a signed form token (GET /api/comments/token/) takes the place of
the form's hidden fields. Session authentication only (never HTTP Basic), and DRF's
SessionAuthentication enforces CSRF for every write with a logged-in session.
"""

import json

from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    inline_serializer,
)
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound, ParseError, ValidationError
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from concept import participation, visibility
from concept.converters import MAX_ID, small_int
from home.organisations import absolute_url, site_id_of

from . import ratelimit, rules, submission, threads
from .render import has_response
from .threads import ChapterThread

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


def absolute(request, path):
    """An absolute URL from the configured base URL, as Wagtail's API v2 builds its own
    (WAGTAILAPI_BASE_URL, else the site's root_url; a town's own address on its host, issue 22):
    never the request's Host header."""
    return absolute_url(request, path)


class VersionRefSerializer(serializers.Serializer):
    """A published version of the chapter, with its page on the website."""

    number = serializers.IntegerField()
    published_at = serializers.DateTimeField()
    current = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    def get_current(self, version) -> bool:
        return version.revision_id == self.context["current_revision_id"]

    def get_url(self, version) -> str:
        path = reverse("versions:version", args=[version.chapter_id, version.number])
        return absolute(self.context.get("request"), path)


class TakenUpSerializer(VersionRefSerializer):
    """Where a contribution was taken up: a newer version, and its paragraph when one was named."""

    block_id = serializers.SerializerMethodField()

    def get_block_id(self, version) -> str:
        return self.context["taken_up_block_id"]

    def get_url(self, version) -> str:
        url = super().get_url(version)
        return f"{url}#b-{self.context['taken_up_block_id']}" if self.context["taken_up_block_id"] else url


class ResponseSerializer(serializers.Serializer):
    """The district's official response (Stellungnahme), as the chapter page shows it."""

    outcome = serializers.CharField(help_text="considered, partly, not_considered or noted")
    outcome_label = serializers.CharField(source="get_outcome_display")
    text = serializers.CharField()
    responded_at = serializers.DateTimeField()
    taken_up_in = serializers.SerializerMethodField()

    @extend_schema_field(TakenUpSerializer(allow_null=True))
    def get_taken_up_in(self, response):
        if response.taken_up_in is None:
            return None
        context = {**self.context, "taken_up_block_id": response.taken_up_block_id}
        return TakenUpSerializer(response.taken_up_in, context=context).data


class CommentSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="comment.pk")
    url = serializers.SerializerMethodField()
    name = serializers.SerializerMethodField()
    text = serializers.SerializerMethodField()
    submitted_at = serializers.DateTimeField(source="comment.submit_date")
    paragraph_id = serializers.CharField(source="comment.paragraph_id")
    paragraph_label = serializers.CharField()
    removed_paragraph_text = serializers.CharField(source="removed_quote")
    written_on = serializers.SerializerMethodField()
    level = serializers.IntegerField(source="comment.level")
    by_staff = serializers.BooleanField(source="comment.by_staff")
    hidden_reason = serializers.SerializerMethodField()
    withdrawn = serializers.SerializerMethodField(help_text="withdrawn by its author: no text, no name")
    support_count = serializers.SerializerMethodField(help_text="confirmed supports (Zustimmungen), one per person")
    response = serializers.SerializerMethodField()
    replies = serializers.SerializerMethodField()

    def get_url(self, node) -> str:
        return absolute(self.context.get("request"), reverse("comments:permalink", args=[node.comment.pk]))

    # A hidden comment keeps its place in the thread (its replies stay), without text or author.
    def get_name(self, node) -> str:
        return "" if node.comment.hidden_at else node.comment.user_name

    def get_text(self, node) -> str:
        return "" if node.comment.hidden_at else node.comment.comment

    def get_hidden_reason(self, node) -> str:
        return node.comment.hidden_reason if node.comment.hidden_at else ""

    def get_withdrawn(self, node) -> bool:
        return node.comment.withdrawn_at is not None

    def get_support_count(self, node) -> int:
        return 0 if node.comment.hidden_at else node.comment.support_count

    @extend_schema_field(VersionRefSerializer(allow_null=True))
    def get_written_on(self, node):
        version = self.context["versions"].get(node.comment.revision_id)
        return VersionRefSerializer(version, context=self.context).data if version else None

    @extend_schema_field(ResponseSerializer(allow_null=True))
    def get_response(self, node):
        response = getattr(node.comment, "response", None) if has_response(node.comment) else None
        return ResponseSerializer(response, context=self.context).data if response is not None else None

    @extend_schema_field(serializers.ListField(child=serializers.DictField()))
    def get_replies(self, node):
        return CommentSerializer(node.replies, many=True, context=self.context).data


TOKEN_SALT = "concept.comments.api-token"  # noqa: S105 - a signing salt, not a secret


def make_token(chapter):
    """A signed form token: the chapter and the time it was issued (the form's hidden fields, for a client)."""
    return signing.TimestampSigner(salt=TOKEN_SALT).sign(str(chapter.pk))


class CommentInputSerializer(serializers.Serializer):
    """The POST body, checked with the form's rules (rules.py), then stored by the same service."""

    token = serializers.CharField(help_text="from GET /api/comments/token/?chapter=<id>, at most 2 hours old")
    honeypot = serializers.CharField(required=False, allow_blank=True, default="", help_text="must stay empty")
    name = serializers.CharField(required=False, allow_blank=True, default="", max_length=rules.NAME_MAX_LENGTH)
    email = serializers.EmailField(
        required=False,
        allow_blank=True,
        default="",
        error_messages={"invalid": _lazy("Bitte geben Sie eine gültige E-Mail-Adresse an.")},
    )
    comment = serializers.CharField(required=False, allow_blank=True, default="", trim_whitespace=False)
    consent = serializers.BooleanField(required=False, default=False)
    followup = serializers.BooleanField(required=False, default=False)
    paragraph = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=rules.PARAGRAPH_MAX_LENGTH
    )
    reply_to = serializers.IntegerField(required=False, default=0, min_value=0, max_value=MAX_ID)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The form's checks for control characters and length, and not DRF's own NUL check besides.
        self.fields["name"].validators = [rules.refuse_control_characters()]
        self.fields["comment"].validators = rules.text_validators()

    @property
    def _user(self):
        return self.context["user"]

    def validate_token(self, value):
        try:
            chapter_id = signing.TimestampSigner(salt=TOKEN_SALT).unsign(value, max_age=rules.FORM_MAX_AGE_SECONDS)
        except signing.SignatureExpired:
            raise serializers.ValidationError(
                _("Das Formular ist abgelaufen. Ihr Text ist erhalten: bitte senden Sie es noch einmal ab."),
                code="expired",
            ) from None
        except signing.BadSignature:
            chapter_id = None
        if chapter_id != str(self.context["chapter"].pk):
            raise serializers.ValidationError(
                _("Das Formular wurde verändert. Ihr Text ist erhalten: bitte senden Sie es noch einmal ab."),
                code="tampered",
            )
        return value

    def validate_honeypot(self, value):
        if value:
            raise serializers.ValidationError(_("Bitte lassen Sie dieses Feld leer."), code="honeypot")
        return value

    def validate_name(self, value):
        return rules.check_name(value, self._user)

    def validate_email(self, value):
        if not value and not self._user.is_authenticated:
            raise serializers.ValidationError(_("Bitte geben Sie Ihre E-Mail-Adresse an."), code="required")
        return rules.check_email(value)

    def validate_comment(self, value):
        return rules.check_text(value)

    def validate_consent(self, value):
        if not value and not self._user.is_authenticated:
            raise serializers.ValidationError(_("Bitte stimmen Sie der Datenschutzerklärung zu."), code="required")
        return value

    def validate_paragraph(self, value):
        return rules.check_paragraph(value, self.context["paragraph_ids"])

    def validate_reply_to(self, value):
        rules.check_parent(self.context["chapter"], value)
        return value

    def validate(self, attrs):
        rules.check_own_duplicate(self.context["chapter"], self._user, attrs.get("comment"))
        return attrs

    # What submission.accept asks of a validated form.
    @property
    def cleaned_data(self):
        return self.validated_data

    def build_comment(self, request):
        return rules.new_comment(self.context["chapter"], request.user, self.validated_data, request.LANGUAGE_CODE)


class ErrorSerializer(serializers.Serializer):
    """Every refusal of the API: a message in the requested language (Accept-Language) and a code."""

    detail = serializers.CharField()
    code = serializers.CharField(required=False)


class FormErrorSerializer(ErrorSerializer):
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()), required=False, help_text="messages per field"
    )


ERROR = OpenApiResponse(ErrorSerializer, description="a JSON refusal")
READ_ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="a query parameter is not valid"),
    404: OpenApiResponse(ErrorSerializer, description="no such public chapter (or page of threads)"),
    429: OpenApiResponse(ErrorSerializer, description="too many requests; see Retry-After"),
}
ID_SCHEMA = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
PAGE_PARAMETER = OpenApiParameter(
    "page", ID_SCHEMA, required=False, description="page of top-level threads, from 1 (default 1)"
)
CHAPTER_PATH_PARAMETER = OpenApiParameter(
    "chapter_id", ID_SCHEMA, OpenApiParameter.PATH, description="the chapter's page id (API v2)"
)


def refuse_unknown_parameters(request, known):
    unknown = sorted(set(request.query_params) - set(known))
    if unknown:
        raise ValidationError(
            {
                "detail": _("Unbekannter Parameter: %(names)s") % {"names": ", ".join(unknown)},
                "code": "unknown_parameter",
            }
        )


def page_number(request):
    """?page= strictly: a whole number from 1 (the HTML page is lenient, a client is told)."""
    refuse_unknown_parameters(request, ["page"])
    value = request.query_params.get("page", "1")
    number = small_int(value)
    if number is None or number < 1:
        raise ValidationError({"detail": _("Die Seitenzahl muss eine ganze Zahl ab 1 sein."), "code": "invalid_page"})
    return number


class CommentPageSerializer(serializers.Serializer):
    comment_count = serializers.IntegerField(help_text="comments and replies shown, as on the chapter page")
    count = serializers.IntegerField(source="page.paginator.count", help_text="threads (top-level comments)")
    page = serializers.IntegerField(source="page.number")
    num_pages = serializers.IntegerField(source="page.paginator.num_pages")
    is_open = serializers.SerializerMethodField()
    results = CommentSerializer(source="nodes", many=True)
    removed = CommentSerializer(source="removed_nodes", many=True, help_text="threads about removed paragraphs")
    versions = VersionRefSerializer(many=True)

    def get_is_open(self, thread) -> bool:
        return bool(participation.may_comment(self.context["request"].user, thread.chapter))


def thread_context(request, chapter, thread):
    return {
        "request": request,
        "versions": {version.revision_id: version for version in thread.versions},
        "current_revision_id": chapter.live_revision_id,
    }


def _chapter(chapter_id, request):
    chapter = visibility.public_chapters(request=request).filter(pk=chapter_id).first()
    if chapter is None:
        raise Http404
    return chapter


class ChapterCommentsView(APIView):
    parser_classes = [FlatJSONParser, FormParser, MultiPartParser]
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Public comments of a chapter, threaded, paginated by thread",
        description=(
            "What the chapter page shows: the threads of one page, and on every page the threads about "
            "paragraphs a later version removed (`removed`, each with the old text quoted). `comment_count` "
            "is the page's figure: every comment and reply shown, hidden ones not counted."
        ),
        parameters=[CHAPTER_PATH_PARAMETER, PAGE_PARAMETER],
        responses={200: CommentPageSerializer, **READ_ERRORS},
    )
    def get(self, request, chapter_id):
        chapter = _chapter(chapter_id, request)
        number = page_number(request)
        thread = ChapterThread(chapter, number)
        if number > thread.page.paginator.num_pages:
            raise NotFound(_("Diese Seite gibt es nicht."))
        return Response(CommentPageSerializer(thread, context=thread_context(request, chapter, thread)).data)

    @extend_schema(
        summary="Submit a comment (pending until confirmed by e-mail, as with the form)",
        description=(
            "Anonymous: no cookie and no CSRF token, but a form token from `GET /api/comments/token/` "
            "(at most 2 hours old, for this chapter). Logged in (a session cookie): the CSRF token in "
            "`X-CSRFToken` as well. The same rules, limits and window as the comment form."
        ),
        parameters=[CHAPTER_PATH_PARAMETER],
        request=CommentInputSerializer,
        responses={
            201: inline_serializer(
                "CommentAccepted",
                {
                    "status": serializers.ChoiceField(choices=["pending", "published"]),
                    "id": serializers.IntegerField(required=False),
                },
            ),
            400: OpenApiResponse(FormErrorSerializer, description="the form's errors, per field"),
            403: OpenApiResponse(ErrorSerializer, description="the window is not open (code), or CSRF failed"),
            404: READ_ERRORS[404],
            413: OpenApiResponse(ErrorSerializer, description="the body is too large"),
            415: OpenApiResponse(ErrorSerializer, description="not JSON or form data"),
            429: READ_ERRORS[429],
        },
    )
    def post(self, request, chapter_id):
        refuse_unknown_parameters(request, [])
        chapter = _chapter(chapter_id, request)
        labels = threads.paragraph_labels(chapter)
        data = request.data if hasattr(request.data, "get") else {}
        if not isinstance(data, dict):
            data = data.dict()  # form data: one value per field
        form = CommentInputSerializer(
            data=data, context={"chapter": chapter, "user": request.user, "paragraph_ids": set(labels)}
        )
        try:
            comment = submission.accept(request, chapter, form)
        except submission.Refused as refusal:
            return Response({"detail": refusal.decision.reason, "code": refusal.decision.code}, status=403)
        except ratelimit.RateLimited as error:
            return rate_limited(error)
        if comment is None:
            errors = {name: [str(message) for message in messages] for name, messages in form.errors.items()}
            detail = next(iter(errors.values()))[0] if errors else _("Bitte prüfen Sie Ihre Angaben")
            return Response({"detail": detail, "code": "invalid", "errors": errors}, status=400)
        if comment.confirmed_at is None:
            # The same answer for every anonymous sender, duplicate or not (no id: it would tell).
            return Response({"status": "pending"}, status=status.HTTP_201_CREATED)
        state = "published" if comment.is_public else "pending"
        return Response({"status": state, "id": comment.pk}, status=status.HTTP_201_CREATED)


def rate_limited(error):
    response = Response(
        {"detail": _("Zu viele Anfragen. Bitte versuchen Sie es später noch einmal."), "code": "rate_limited"},
        status=status.HTTP_429_TOO_MANY_REQUESTS,
    )
    response["Retry-After"] = str(error.retry_after)
    return response


class CommentTokenView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="A form token for posting a comment to a chapter (instead of the form's hidden fields)",
        parameters=[
            OpenApiParameter("chapter", ID_SCHEMA, required=True, description="the chapter's page id (API v2)"),
        ],
        responses={
            200: inline_serializer(
                "CommentToken",
                {
                    "token": serializers.CharField(),
                    "chapter": serializers.IntegerField(),
                    "max_age": serializers.IntegerField(help_text="seconds the token is accepted"),
                    "post_url": serializers.URLField(),
                },
            ),
            400: READ_ERRORS[400],
            403: OpenApiResponse(ErrorSerializer, description="the window is not open (code)"),
            404: READ_ERRORS[404],
        },
    )
    def get(self, request):
        refuse_unknown_parameters(request, ["chapter"])
        chapter_id = small_int(request.query_params.get("chapter"))
        if chapter_id is None:
            raise ValidationError({"detail": _("Bitte geben Sie die Nummer eines Kapitels an."), "code": "invalid"})
        chapter = _chapter(chapter_id, request)
        decision = participation.may_comment(request.user, chapter, request=request)
        if not decision:
            response = Response({"detail": decision.reason, "code": decision.code}, status=403)
        else:
            response = Response(
                {
                    "token": make_token(chapter),
                    "chapter": chapter.pk,
                    "max_age": rules.FORM_MAX_AGE_SECONDS,
                    "post_url": absolute(request, reverse("comments-api:chapter-comments", args=[chapter.pk])),
                }
            )
        response["Cache-Control"] = "no-store"
        return response


class SupportInputSerializer(serializers.Serializer):
    """Documents the body; the view checks it with the support page's rule (rules.address_error)."""

    email = serializers.EmailField(
        max_length=254, help_text="the supporter's address (never shown, erased once confirmed)"
    )


class CommentSupportView(APIView):
    """Support (Zustimmung) for a comment: as on the support page, pending until the link in the
    mail is confirmed, once per person (normalised address), under the same limits and rules."""

    parser_classes = [FlatJSONParser, FormParser, MultiPartParser]
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Support a comment (pending until confirmed by e-mail, once per person)",
        description=(
            "No cookie and no token: the address receives a confirmation link (a page with a button); only "
            "then does the support count, once per comment and person (the address normalised as for the "
            "rate limits). The answer is the same whether or not this address already supported the comment. "
            "Refused (403, with `code`) when the window is not open (`before`, `closed`), the concept takes no "
            "support (`support_off`) or the comment is hidden (`hidden`). Messages in the Accept-Language language."
        ),
        parameters=[
            OpenApiParameter("comment_id", ID_SCHEMA, OpenApiParameter.PATH, description="the comment's id"),
        ],
        request=SupportInputSerializer,
        responses={
            202: inline_serializer("SupportAccepted", {"status": serializers.ChoiceField(choices=["pending"])}),
            400: OpenApiResponse(FormErrorSerializer, description="the address is missing or not valid"),
            403: OpenApiResponse(ErrorSerializer, description="support is not possible here now (code)"),
            404: READ_ERRORS[404],
            413: OpenApiResponse(ErrorSerializer, description="the body is too large"),
            415: OpenApiResponse(ErrorSerializer, description="not JSON or form data"),
            429: READ_ERRORS[429],
        },
    )
    def post(self, request, comment_id):
        from . import support as supports

        refuse_unknown_parameters(request, [])
        comment = visibility.existing_comment(comment_id, request)
        if comment is None:
            raise NotFound()
        decision = supports.may_support(comment, comment.chapter, request=request)
        if not decision:
            return Response({"detail": decision.reason, "code": decision.code}, status=403)
        data = request.data if hasattr(request.data, "get") else {}
        email = data.get("email", "") if hasattr(data, "get") else ""
        email = email.strip()[:254] if isinstance(email, str) else ""
        site = site_id_of(comment.chapter)
        try:
            ratelimit.check_client(request, site=site)
            error = rules.address_error(email)
            if error:
                return Response({"detail": error, "code": "invalid", "errors": {"email": [error]}}, status=400)
            ratelimit.check_email(email, kind="support_email", site=site)
        except ratelimit.RateLimited as error:
            return rate_limited(error)
        supports.request_support(comment, email, request.LANGUAGE_CODE)
        return Response({"status": "pending"}, status=status.HTTP_202_ACCEPTED)


class NotFoundView(APIView):
    """Every other path under /api/ (ids beyond 2³¹−1 among them): a JSON 404, not the site's HTML page."""

    permission_classes = [AllowAny]
    schema = None

    def get(self, request, *args, **kwargs):
        raise NotFound()

    post = put = patch = delete = get


def only_comment_endpoints(endpoints):
    """drf-spectacular hook: the schema documents our endpoints, not Wagtail's."""
    ours = ("/api/comments/", "/api/chapters/", "/api/concepts/")
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(ours)]
