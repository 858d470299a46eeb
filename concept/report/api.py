"""The participation report as JSON: the figures the public report page shows (per chapter, per
outcome, per day) and its Abwägungstabelle, built by the same ``build_report``. Public and without
personal data: only shown contributions (and hidden ones the district answered, their text withheld),
only released responses, no names, no addresses."""

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from concept import participation
from concept.converters import MAX_ID
from concept.visibility import public_concept_or_404
from home.organisations import absolute_url, absolute_url_for

from .services import build_report


class ReportErrorSerializer(serializers.Serializer):
    """A refusal: the message in the requested language, and a code."""

    detail = serializers.CharField()
    code = serializers.CharField(required=False)


class ChapterFigureSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    title = serializers.CharField()
    count = serializers.IntegerField(help_text="contributions on this chapter")


class OutcomeFigureSerializer(serializers.Serializer):
    outcome = serializers.CharField(source="key", help_text="the outcome's code; `open`: no released response yet")
    label = serializers.CharField(help_text="the outcome in the requested language")
    count = serializers.IntegerField()


class DayFigureSerializer(serializers.Serializer):
    day = serializers.DateField(help_text="a day of the window (Europe/Berlin)")
    count = serializers.IntegerField()


class RowSerializer(serializers.Serializer):
    """One line of the Abwägungstabelle, as on the report page: no name, no e-mail address."""

    number = serializers.IntegerField()
    chapter_number = serializers.IntegerField()
    chapter = serializers.CharField()
    paragraph = serializers.CharField(help_text="the paragraph, and for a reply which contribution it answers")
    contribution = serializers.CharField(
        help_text='the contribution\'s text; for a hidden but answered one "Text ausgeblendet: <reason>"'
    )
    withheld = serializers.BooleanField(help_text="hidden by the moderation and answered: the text is withheld")
    response = serializers.CharField(help_text="the district's released response; empty while there is none")
    outcome = serializers.CharField(source="outcome_key")
    outcome_label = serializers.CharField(source="outcome")
    taken_up = serializers.CharField(help_text="where the response says it was taken up (version, chapter, paragraph)")
    supports = serializers.IntegerField(help_text="confirmed supports (Zustimmungen), one per person")


class ReportSerializer(serializers.Serializer):
    concept_id = serializers.IntegerField(source="concept.pk")
    title = serializers.CharField(source="concept.title")
    period_first = serializers.DateField(help_text="the window's opening day")
    period_last = serializers.DateField(help_text="the window's last day")
    state = serializers.ChoiceField(choices=[participation.BEFORE, participation.OPEN, participation.CLOSED])
    state_message = serializers.CharField()
    generated_at = serializers.DateTimeField()
    contributions = serializers.IntegerField()
    participants = serializers.IntegerField(help_text="distinct confirmed addresses among the contributions")
    answered = serializers.IntegerField()
    open = serializers.IntegerField(source="open_count")
    chapters = ChapterFigureSerializer(many=True)
    outcomes = OutcomeFigureSerializer(many=True)
    days = DayFigureSerializer(many=True)
    rows = RowSerializer(many=True)
    html_url = serializers.SerializerMethodField()
    csv_url = serializers.SerializerMethodField()
    xlsx_url = serializers.SerializerMethodField()

    def _url(self, name, report):
        return absolute_url(self.context.get("request"), reverse(name, args=[report.concept.pk]))

    def get_html_url(self, report) -> str:
        return self._url("report:page", report)

    def get_csv_url(self, report) -> str:
        return self._url("report:csv", report)

    def get_xlsx_url(self, report) -> str:
        return self._url("report:xlsx", report)


def report_api_url(concept):
    """The report's JSON, absolute (on the concept's organisation's address), for the chapters' API v2 detail."""
    return absolute_url_for(concept, reverse("report-api:report", args=[concept.pk]))


def chapter_api_links(chapter):
    """What a chapter's API v2 ``participation`` adds: its concept's report (CHAPTER_API_HOOK)."""
    concept = chapter.concept
    return {"report_url": report_api_url(concept)} if concept else {}


class ReportView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="The participation report of a concept: figures per chapter, outcome and day, and the Abwägungstabelle",
        description=(
            "The same figures and rows as the public report page. Contributions are the participants' "
            "published comments and replies (hidden, unconfirmed and the Redaktion's own comments do not "
            "count); a response appears once it is released. No names or e-mail addresses."
        ),
        parameters=[
            OpenApiParameter(
                "concept_id",
                {"type": "integer", "minimum": 1, "maximum": MAX_ID},
                OpenApiParameter.PATH,
                description="the concept's page id",
            )
        ],
        responses={
            200: ReportSerializer,
            400: OpenApiResponse(ReportErrorSerializer, description="a query parameter was given (there are none)"),
            404: OpenApiResponse(ReportErrorSerializer, description="no such public concept"),
        },
    )
    def get(self, request, concept_id):
        unknown = sorted(request.query_params)
        if unknown:
            raise ValidationError(
                {
                    "detail": _("Unbekannter Parameter: %(names)s") % {"names": ", ".join(unknown)},
                    "code": "unknown_parameter",
                }
            )
        try:
            concept = public_concept_or_404(concept_id, request)
        except Http404:
            raise NotFound() from None
        return Response(ReportSerializer(build_report(concept), context={"request": request}).data)
