"""A chapter's published versions as JSON: the list, one version's blocks, and the comparison of two
as structured changes per block (the same comparison the HTML page shows, services.compare)."""

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from django.urls import reverse
from django.utils.translation import gettext as _

from concept import visibility
from concept.comments.threads import chapter_versions
from concept.converters import MAX_ID, small_int
from home.organisations import absolute_url

from .services import block_texts, compare

ID_SCHEMA = {"type": "integer", "minimum": 1, "maximum": MAX_ID}


class VersionErrorSerializer(serializers.Serializer):
    """A refusal: the message in the requested language, and a code."""

    detail = serializers.CharField()
    code = serializers.CharField(required=False)


ERRORS = {
    400: OpenApiResponse(VersionErrorSerializer, description="a query parameter is not valid"),
    404: OpenApiResponse(VersionErrorSerializer, description="no such public chapter or version"),
}
CHAPTER = OpenApiParameter("chapter_id", ID_SCHEMA, OpenApiParameter.PATH, description="the chapter's page id")
NUMBER = OpenApiParameter("number", ID_SCHEMA, OpenApiParameter.PATH, description="the version's number")


class VersionSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    published_at = serializers.DateTimeField()
    note = serializers.CharField()
    current = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()

    def get_current(self, version) -> bool:
        return version.revision_id == self.context["chapter"].live_revision_id

    def get_url(self, version) -> str:
        return absolute_url(
            self.context["request"], reverse("versions:version", args=[version.chapter_id, version.number])
        )

    def get_api_url(self, version) -> str:
        path = reverse("versions-api:version", args=[version.chapter_id, version.number])
        return absolute_url(self.context["request"], path)


class BlockSerializer(serializers.Serializer):
    id = serializers.CharField()
    type = serializers.CharField()
    text = serializers.CharField()


class PieceSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["same", "inserted", "deleted"])
    text = serializers.CharField()


class ChangeSerializer(serializers.Serializer):
    block_id = serializers.CharField()
    block_type = serializers.CharField()
    state = serializers.ChoiceField(choices=["unchanged", "changed", "added", "removed"])
    pieces = PieceSerializer(many=True)


def _refuse_unknown(request, known):
    unknown = sorted(set(request.query_params) - set(known))
    if unknown:
        raise ValidationError(
            {
                "detail": _("Unbekannter Parameter: %(names)s") % {"names": ", ".join(unknown)},
                "code": "unknown_parameter",
            }
        )


def _chapter_and_versions(chapter_id, request):
    chapter = visibility.public_chapters(request=request).filter(pk=chapter_id).first()
    if chapter is None:
        raise NotFound()
    return chapter, chapter_versions(chapter)


def _version(versions, number):
    found = next((version for version in versions if version.number == number), None)
    if found is None:
        raise NotFound()
    return found


class VersionListView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="The published versions of a chapter, oldest first",
        parameters=[CHAPTER],
        responses={200: VersionSerializer(many=True), **ERRORS},
    )
    def get(self, request, chapter_id):
        _refuse_unknown(request, [])
        chapter, versions = _chapter_and_versions(chapter_id, request)
        return Response(VersionSerializer(versions, many=True, context={"request": request, "chapter": chapter}).data)


class VersionDetailView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="One version of a chapter: its paragraph-level blocks (ids as in the chapter's body) as plain text",
        parameters=[CHAPTER, NUMBER],
        responses={
            200: inline_serializer(
                "ChapterVersion", {"version": VersionSerializer(), "blocks": BlockSerializer(many=True)}
            ),
            **ERRORS,
        },
    )
    def get(self, request, chapter_id, number):
        _refuse_unknown(request, [])
        chapter, versions = _chapter_and_versions(chapter_id, request)
        version = _version(versions, number)
        blocks = [
            {"id": block_id, "type": block_type, "text": text}
            for block_id, (block_type, text) in block_texts(version.as_page()).items()
        ]
        context = {"request": request, "chapter": chapter}
        return Response({"version": VersionSerializer(version, context=context).data, "blocks": blocks})


class VersionCompareView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="The changes between two versions, per block, word by word (as the comparison page shows)",
        parameters=[
            CHAPTER,
            OpenApiParameter(
                "from", ID_SCHEMA, description="the older version's number (default: the one before `to`)"
            ),
            OpenApiParameter("to", ID_SCHEMA, description="the newer version's number (default: the newest)"),
        ],
        responses={
            200: inline_serializer(
                "VersionComparison",
                {"from": VersionSerializer(), "to": VersionSerializer(), "changes": ChangeSerializer(many=True)},
            ),
            **ERRORS,
        },
    )
    def get(self, request, chapter_id):
        _refuse_unknown(request, ["from", "to"])
        numbers = {}
        for name in ("from", "to"):
            if name in request.query_params:
                numbers[name] = small_int(request.query_params[name])
                if not numbers[name]:
                    raise ValidationError(
                        {"detail": _("Die Nummer einer Fassung ist eine ganze Zahl ab 1."), "code": "invalid"}
                    )
        chapter, versions = _chapter_and_versions(chapter_id, request)
        if not versions:
            raise NotFound()
        new = _version(versions, numbers.get("to", versions[-1].number))
        old = _version(versions, numbers.get("from", max(1, new.number - 1)))
        context = {"request": request, "chapter": chapter}
        return Response(
            {
                "from": VersionSerializer(old, context=context).data,
                "to": VersionSerializer(new, context=context).data,
                "changes": ChangeSerializer(compare(old.as_page(), new.as_page()), many=True).data,
            }
        )
