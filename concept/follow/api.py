"""Following a concept through the API: the same form, limits and double opt-in as the page."""

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from concept.comments import ratelimit
from concept.comments.api import (
    ID_SCHEMA,
    READ_ERRORS,
    ErrorSerializer,
    FlatJSONParser,
    FormErrorSerializer,
    rate_limited,
    refuse_unknown_parameters,
)
from concept.visibility import public_concept_or_404

from . import services, views
from .forms import FollowForm

FollowInput = inline_serializer(
    "FollowInput",
    {
        "email": serializers.EmailField(help_text="the address to be told; it gets a confirmation link first"),
        "consent": serializers.BooleanField(help_text="consent to the privacy notice; must be true"),
    },
)


class FollowView(APIView):
    parser_classes = [FlatJSONParser, FormParser, MultiPartParser]
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Follow a concept: be told by e-mail when its window opens or closes soon, a chapter gets "
        "a new version, or its report is complete",
        description=(
            "Double opt-in: the address receives a confirmation link (the page behind it has a button). "
            "The answer is the same whether the address already follows, waits or is new. Mails are in "
            "the language of the request (Accept-Language) and each carries a one-click unsubscribe link. "
            "Anonymous: no cookie, no CSRF token; the same limits as the form."
        ),
        parameters=[
            OpenApiParameter("concept_id", ID_SCHEMA, OpenApiParameter.PATH, description="the concept's page id")
        ],
        request=FollowInput,
        responses={
            202: inline_serializer("FollowAccepted", {"status": serializers.ChoiceField(choices=["pending"])}),
            400: OpenApiResponse(FormErrorSerializer, description="the form's errors, per field"),
            403: OpenApiResponse(
                ErrorSerializer, description="the concept is concluded (`concluded`): nothing left to tell"
            ),
            404: OpenApiResponse(ErrorSerializer, description="no such public concept"),
            413: OpenApiResponse(ErrorSerializer, description="the body is too large"),
            415: OpenApiResponse(ErrorSerializer, description="not JSON or form data"),
            429: READ_ERRORS[429],
        },
    )
    def post(self, request, concept_id):
        refuse_unknown_parameters(request, [])
        concept = public_concept_or_404(concept_id, request)
        if services.is_concluded(concept):
            return Response({"detail": str(views.CONCLUDED_MESSAGE), "code": "concluded"}, status=403)
        data = request.data if isinstance(request.data, dict) else {}
        if hasattr(request.data, "dict"):
            data = request.data.dict()
        form = FollowForm(data={key: data.get(key) for key in ("email", "consent") if data.get(key) is not None})
        try:
            views.check_limits(request, concept, form.cleaned_data["email"] if form.is_valid() else None)
        except ratelimit.RateLimited as error:
            return rate_limited(error)
        if not form.is_valid():
            errors = {name: [str(message) for message in messages] for name, messages in form.errors.items()}
            detail = next(iter(errors.values()))[0] if errors else _("Bitte prüfen Sie Ihre Angaben")
            return Response({"detail": detail, "code": "invalid", "errors": errors}, status=400)
        services.subscribe(concept, form.cleaned_data["email"], get_language())
        return Response({"status": "pending"}, status=status.HTTP_202_ACCEPTED)
