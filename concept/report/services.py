"""The participation report (Beteiligungsbericht) of a concept: its numbers and the Abwägungstabelle.

A *contribution* is a participant's comment or reply shown publicly (confirmed, approved,
not removed and not hidden) on a live, public chapter of the concept. The district's own
voice is not a contribution: neither its responses (``OfficialResponse``) nor the comments the
Redaktion writes in the thread (``by_staff``; the responses admin treats them the same way,
they need no response). *Participants* are the distinct non-empty ``participant_key``
values (a keyed hash of the confirmed e-mail address) among the contributions; the key is
only counted, never shown, and no name or address is even loaded for the public report.

Everything is read with a constant number of queries, however many comments there are:
the public report needs the chapters (with Wagtail's view-restriction check) and one
query for the comments with their responses; the internal rows and the dashboard add
one or two more.
"""

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page

from concept import participation
from concept.comments.models import SHOWN, ChapterComment, CommentReport
from concept.comments.threads import paragraph_labels
from concept.models import ChapterPage, ConceptPage
from concept.responses.models import Outcome, is_contribution, is_open, released

OPEN_OUTCOME = "open"
OPEN_OUTCOME_LABEL = gettext_lazy("noch offen")
EMAIL_HEADER = gettext_lazy("E-Mail-Adresse")

# The public report loads only these fields: no name, no e-mail address, no URL, no IP.
PUBLIC_FIELDS = [
    "id", "object_pk", "thread_id", "parent_id", "level", "order", "comment", "submit_date",
    "paragraph_id", "participant_key", "by_staff", "response__id", "response__outcome", "response__text",
    "response__released_at", "support_count",
]  # fmt: skip
# The most supported contributions listed per chapter in the report.
TOP_SUPPORTED = 3


def chapter_label(chapter):
    return f"{chapter.number}. {chapter.title}"


def paragraph_label(labels, paragraph_id):
    """The paragraph a comment refers to, as the chapter shows it today."""
    if not paragraph_id:
        return _("Kapitel insgesamt")
    return labels.get(paragraph_id) or _("entfernter Abschnitt")


def outcome_label(key):
    if key == OPEN_OUTCOME:
        return str(OPEN_OUTCOME_LABEL)
    return str(Outcome(key).label) if key in Outcome.values else key


def _response(comment):
    """The released response (a draft is in no report or export); select_related("response")
    caches a missing response: no query, just None."""
    return released(getattr(comment, "response", None))


# -- public report -----------------------------------------------------------------


@dataclass(frozen=True)
class ChapterCount:
    number: int
    title: str
    count: int

    @property
    def label(self):
        return f"{self.number}. {self.title}"


@dataclass(frozen=True)
class OutcomeCount:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True)
class Row:
    """One line of the Abwägungstabelle. Deliberately without any personal data."""

    number: int
    chapter: str
    paragraph: str
    contribution: str
    response: str
    outcome: str
    chapter_number: int = 0  # for the report's "jump to chapter" anchors; not exported
    supports: int = 0  # confirmed supports (Zustimmungen), one per person
    outcome_key: str = OPEN_OUTCOME  # the outcome as a code (the JSON report); not exported

    def as_list(self):
        return [
            self.number,
            self.chapter,
            self.paragraph,
            self.contribution,
            self.response,
            self.outcome,
            self.supports,
        ]


def table_headers():
    return [_("Nr."), _("Kapitel"), _("Absatz"), _("Beitrag"), _("Stellungnahme"), _("Ergebnis"), _("Zustimmungen")]


@dataclass(frozen=True)
class SupportedChapter:
    """A chapter's most supported contributions (rows of the Abwägungstabelle, most supports first)."""

    label: str
    rows: list


@dataclass
class Report:
    concept: ConceptPage
    contributions: int
    participants: int
    chapters: list[ChapterCount]
    outcomes: list[OutcomeCount]
    days: list[DayCount]
    rows: list[Row]
    generated_at: datetime
    outside_window: int = 0  # contributions dated outside the days shown (should not happen)

    @property
    def most_supported(self):
        """Per chapter, its contributions with at least one support, the TOP_SUPPORTED most
        supported first (ties in the table's order)."""
        result, by_chapter = [], {}
        for row in self.rows:
            if row.supports:
                by_chapter.setdefault(row.chapter, []).append(row)
        for label, rows in by_chapter.items():
            result.append(SupportedChapter(label, sorted(rows, key=lambda row: -row.supports)[:TOP_SUPPORTED]))
        return result

    @property
    def answered(self):
        return self.contributions - self.open_count

    @property
    def open_count(self):
        return next((outcome.count for outcome in self.outcomes if outcome.key == OPEN_OUTCOME), 0)

    @property
    def chart(self):
        return bar_chart(self.days)

    @property
    def first_day_shown(self):
        return self.days[0].day if self.days else None

    @property
    def last_day_shown(self):
        return self.days[-1].day if self.days else None

    @property
    def period_first(self):
        """The opening day of the window (Europe/Berlin)."""
        return timezone.localtime(self.concept.opens_at).date()

    @property
    def period_last(self):
        """The last day of the window: a window closing at midnight ends the day before."""
        return timezone.localtime(self.concept.closes_at - timedelta(microseconds=1)).date()

    @property
    def state(self):
        return participation.window_state(self.concept, self.generated_at)

    @property
    def state_message(self):
        count = self.contributions if self.state == participation.CLOSED else None
        return participation.window_message(self.concept, self.generated_at, contribution_count=count)


def window_days(concept, now=None):
    """The days of the window in Europe/Berlin, from the opening day to the closing day
    (``closes_at`` is exclusive: a window closing at midnight ends the day before) or to
    today, whichever comes first. Empty before the window opens."""
    now = now or timezone.now()
    first = timezone.localtime(concept.opens_at).date()
    last_moment = min(concept.closes_at - timedelta(microseconds=1), now)
    last = timezone.localtime(last_moment).date()
    if last < first:
        return []
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def _reply_note(comment, numbers, staff_ids):
    if comment.level == 0:
        return ""
    if comment.parent_id in staff_ids:
        return _("Antwort auf einen Kommentar der Redaktion")
    parent_number = numbers.get(comment.parent_id)
    if parent_number is None:
        return _("Antwort auf einen nicht veröffentlichten Beitrag")
    return _("Antwort auf Nr. %(number)s") % {"number": parent_number}


def build_report(concept, now=None):
    """The report of one concept: key figures, counts per chapter, outcome and day, and the rows."""
    now = now or timezone.now()
    chapters = list(concept.get_chapters())  # live and public, by number
    comments = list(
        ChapterComment.objects.shown()
        .on_chapters(chapter.pk for chapter in chapters)
        .select_related(None)
        .select_related("response")
        .only(*PUBLIC_FIELDS)
        .order_by("thread_id", "order")
    )
    # The Redaktion's comments are loaded (in the same query) only so replies to them say so.
    staff_ids = {comment.pk for comment in comments if comment.by_staff}
    by_chapter = {}
    for comment in comments:
        if not comment.by_staff:
            by_chapter.setdefault(comment.object_pk, []).append(comment)

    rows, numbers, chapter_counts = [], {}, []
    outcome_counter, day_counter, participants = Counter(), Counter(), set()
    for chapter in chapters:
        chapter_comments = by_chapter.get(str(chapter.pk), [])
        chapter_counts.append(ChapterCount(chapter.number, chapter.title, len(chapter_comments)))
        labels = paragraph_labels(chapter) if chapter_comments else {}
        for comment in chapter_comments:
            number = len(rows) + 1
            numbers[comment.pk] = number
            response = _response(comment)
            outcome_key = response.outcome if response else OPEN_OUTCOME
            outcome_counter[outcome_key] += 1
            if comment.participant_key:
                participants.add(comment.participant_key)
            if comment.submit_date:
                day_counter[timezone.localtime(comment.submit_date).date()] += 1
            paragraph = paragraph_label(labels, comment.paragraph_id)
            note = _reply_note(comment, numbers, staff_ids)
            rows.append(
                Row(
                    number=number,
                    chapter=chapter_label(chapter),
                    chapter_number=chapter.number,
                    paragraph=f"{paragraph}, {note}" if note else paragraph,
                    contribution=comment.comment,
                    response=response.text if response else "",
                    outcome=outcome_label(outcome_key),
                    supports=comment.support_count,
                    outcome_key=outcome_key,
                )
            )

    outcomes = [OutcomeCount(key, str(label), outcome_counter[key]) for key, label in Outcome.choices]
    # Outcomes no longer among the choices still count, under their stored key.
    outcomes += [
        OutcomeCount(key, key, count)
        for key, count in sorted(outcome_counter.items())
        if key not in Outcome.values and key != OPEN_OUTCOME
    ]
    outcomes.append(OutcomeCount(OPEN_OUTCOME, str(OPEN_OUTCOME_LABEL), outcome_counter[OPEN_OUTCOME]))
    days = [DayCount(day, day_counter[day]) for day in window_days(concept, now)]
    return Report(
        concept=concept,
        contributions=len(rows),
        participants=len(participants),
        chapters=chapter_counts,
        outcomes=outcomes,
        days=days,
        rows=rows,
        generated_at=now,
        outside_window=len(rows) - sum(day.count for day in days),
    )


# -- the chart ---------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    count: int
    day: date
    label_x: float
    label: str  # the day under the bar, only on every n-th bar
    value_y: float


@dataclass(frozen=True)
class Tick:
    y: float
    value: int


@dataclass
class Chart:
    """A bar chart's geometry in SVG user units; the template draws it (no JavaScript)."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    maximum: int = 0
    show_values: bool = True

    @property
    def y_label_x(self):
        return self.left - 8

    @property
    def x_label_y(self):
        return self.bottom + 18

    @property
    def x_title_x(self):
        return (self.left + self.right) / 2

    @property
    def x_title_y(self):
        return self.height - 8

    @property
    def y_title_x(self):
        return 14

    @property
    def y_title_y(self):
        return (self.top + self.bottom) / 2

    @property
    def peak(self):
        """The first day with the most contributions, for the chart's description."""
        return max(self.bars, key=lambda bar: bar.count) if self.bars else None


def _nice_step(maximum, max_ticks=5):
    """1, 2, 5, 10, 20, 50 … so that at most ``max_ticks`` steps reach ``maximum``."""
    if maximum <= max_ticks:
        return 1
    raw = maximum / max_ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power  # pragma: no cover


def bar_chart(days, *, width=720, height=300):
    left, right, top, bottom = 52, width - 12, 24, height - 52
    chart = Chart(width=width, height=height, left=left, right=right, top=top, bottom=bottom)
    if not days:
        return chart
    maximum = max(day.count for day in days)
    step = _nice_step(maximum)
    scale_max = max(step, math.ceil(maximum / step) * step)
    plot_height = bottom - top
    slot = (right - left) / len(days)
    bar_width = min(max(slot * 0.7, 1), 40)
    label_every = max(1, math.ceil(len(days) / 12))  # a label is about 48 units wide
    chart.maximum = maximum
    chart.show_values = slot >= 16
    chart.ticks = [
        Tick(y=round(bottom - value / scale_max * plot_height, 2), value=value)
        for value in range(0, scale_max + 1, step)
    ]
    for index, day in enumerate(days):
        bar_height = day.count / scale_max * plot_height
        x = left + index * slot + (slot - bar_width) / 2
        y = bottom - bar_height
        chart.bars.append(
            Bar(
                x=round(x, 2),
                y=round(y, 2),
                width=round(bar_width, 2),
                height=round(bar_height, 2),
                count=day.count,
                day=day.day,
                label_x=round(left + index * slot + slot / 2, 2),
                label=date_format(day.day, "j.n.") if index % label_every == 0 else "",
                value_y=round(y - 4, 2),
            )
        )
    return chart


# -- internal table for editors ----------------------------------------------------


@dataclass(frozen=True)
class InternalRow:
    public_number: int | None
    chapter: str
    paragraph: str
    contribution: str
    response: str
    outcome: str
    comment_id: int
    reply_to: int | None
    name: str
    by_staff: bool
    email: str | None  # None: the user may not see addresses (the column is left out)
    submitted_at: datetime | None
    confirmed_at: datetime | None
    state: str
    reports: int
    open_reports: int
    responded_at: datetime | None
    responded_by: str
    supports: int = 0


# (header, column width in the XLSX, value): the e-mail column only for those who may see addresses.
INTERNAL_COLUMNS = [
    (gettext_lazy("Nr. (öffentlich)"), 9, lambda row: row.public_number),
    (gettext_lazy("Kapitel"), 24, lambda row: row.chapter),
    (gettext_lazy("Absatz"), 28, lambda row: row.paragraph),
    (gettext_lazy("Beitrag"), 60, lambda row: row.contribution),
    (gettext_lazy("Stellungnahme"), 60, lambda row: row.response),
    (gettext_lazy("Ergebnis"), 22, lambda row: row.outcome),
    (gettext_lazy("Kommentar-ID"), 12, lambda row: row.comment_id),
    (gettext_lazy("Antwort auf Kommentar-ID"), 12, lambda row: row.reply_to),
    (gettext_lazy("Name (Pseudonym)"), 20, lambda row: row.name),
    (gettext_lazy("Redaktion"), 11, lambda row: _("ja") if row.by_staff else ""),
    (EMAIL_HEADER, 28, lambda row: row.email or ""),
    (gettext_lazy("Eingereicht am"), 17, lambda row: row.submitted_at),
    (gettext_lazy("Bestätigt am"), 17, lambda row: row.confirmed_at),
    (gettext_lazy("Status"), 28, lambda row: row.state),
    (gettext_lazy("Meldungen"), 11, lambda row: row.reports),
    (gettext_lazy("davon offen"), 11, lambda row: row.open_reports),
    (gettext_lazy("Beantwortet am"), 17, lambda row: row.responded_at),
    (gettext_lazy("Beantwortet von"), 16, lambda row: row.responded_by),
    (gettext_lazy("Zustimmungen"), 13, lambda row: row.supports),
]


def internal_columns(with_email):
    return [column for column in INTERNAL_COLUMNS if with_email or column[0] is not EMAIL_HEADER]


def _report_counts(open_only=False):
    reports = CommentReport.objects.filter(comment=OuterRef("pk"))
    if open_only:
        reports = reports.filter(resolved_at__isnull=True)
    counted = reports.order_by().values("comment").annotate(number=Count("pk")).values("number")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def internal_rows(concept, *, with_email=False):
    """Every comment on every chapter of the concept (live or not) in every state, for
    editors. The e-mail address is loaded only when ``with_email``."""
    from concept.comments.admin_views import state_label

    chapters = list(ChapterPage.objects.child_of(concept).order_by("number", "path"))
    public_ids = set(concept.get_chapters().values_list("pk", flat=True))
    comments = (
        ChapterComment.objects.on_chapters(chapter.pk for chapter in chapters)
        .select_related("response", "response__responded_by")
        .annotate(
            report_count=_report_counts(),
            open_report_count=_report_counts(open_only=True),
            shown=ExpressionWrapper(SHOWN, output_field=BooleanField()),
        )
        .defer("ip_address", "user_url", "token_hash")
        .order_by("thread_id", "order")
    )
    if not with_email:
        comments = comments.defer("user_email")
    by_chapter = {}
    for comment in comments:
        by_chapter.setdefault(comment.object_pk, []).append(comment)

    rows, public_number = [], 0
    for chapter in chapters:
        chapter_comments = by_chapter.get(str(chapter.pk), [])
        labels = paragraph_labels(chapter) if chapter_comments else {}
        title = chapter_label(chapter)
        if not chapter.live:
            title = _("%(chapter)s (nicht veröffentlicht)") % {"chapter": title}
        for comment in chapter_comments:
            number = None
            if comment.shown and not comment.by_staff and chapter.pk in public_ids:
                public_number += 1
                number = public_number
            response = _response(comment)
            responder = response.responded_by if response else None
            rows.append(
                InternalRow(
                    public_number=number,
                    chapter=title,
                    paragraph=paragraph_label(labels, comment.paragraph_id),
                    contribution=comment.comment,
                    response=response.text if response else "",
                    outcome=outcome_label(response.outcome if response else OPEN_OUTCOME),
                    comment_id=comment.pk,
                    reply_to=comment.parent_id if comment.level > 0 else None,
                    name=comment.user_name,
                    by_staff=comment.by_staff,
                    email=comment.user_email if with_email else None,
                    submitted_at=comment.submit_date,
                    confirmed_at=comment.confirmed_at,
                    state=state_label(comment),
                    reports=comment.report_count,
                    open_reports=comment.open_report_count,
                    responded_at=response.responded_at if response else None,
                    responded_by=responder.get_username() if responder else "",
                    supports=comment.support_count,
                )
            )
    return rows


# -- dashboard ---------------------------------------------------------------------


@dataclass
class ConceptOverview:
    concept: ConceptPage
    language: str  # the concept's language code when it is not the site's language
    state: str
    message: str
    chapters: list[ChapterCount]
    contributions: int
    waiting: int
    unanswered: int


def dashboard_overview(now=None):
    """Every concept with its window, its contributions per chapter (on every chapter, published
    or not), the comments waiting for moderation (confirmed but neither approved nor hidden, or
    with an open report) and the contributions not yet answered (in the totals, as in the report:
    on live, public chapters). Four queries for any number of concepts."""
    now = now or timezone.now()
    concepts = list(ConceptPage.objects.select_related("locale").order_by("path"))
    chapters = list(ChapterPage.objects.order_by("number", "path").only("id", "path", "title", "number", "live"))
    # The totals count what the report counts: contributions on live, public chapters.
    public_ids = set(ChapterPage.objects.live().public().values_list("pk", flat=True))
    open_report = Exists(CommentReport.objects.filter(comment=OuterRef("pk"), resolved_at__isnull=True))
    visible = is_contribution()
    counts = {
        row["object_pk"]: row
        for row in ChapterComment.objects.on_chapters()
        .order_by()
        .values("object_pk")
        .annotate(
            visible=Count("pk", filter=visible),
            unanswered=Count("pk", filter=visible & is_open()),
            waiting=Count(
                "pk",
                filter=Q(confirmed_at__isnull=False) & (Q(is_public=False, hidden_at__isnull=True) | open_report),
            ),
        )
    }
    by_concept = {}
    for chapter in chapters:
        by_concept.setdefault(chapter.path[: -Page.steplen], []).append(chapter)
    overview = []
    for concept in concepts:
        chapter_counts, contributions, waiting, unanswered = [], 0, 0, 0
        for chapter in by_concept.get(concept.path, []):
            row = counts.get(str(chapter.pk), {})
            title = (
                chapter.title if chapter.live else _("%(chapter)s (nicht veröffentlicht)") % {"chapter": chapter.title}
            )
            chapter_counts.append(ChapterCount(chapter.number, title, row.get("visible", 0)))
            waiting += row.get("waiting", 0)
            if chapter.pk in public_ids:
                contributions += row.get("visible", 0)
                unanswered += row.get("unanswered", 0)
        state = participation.window_state(concept, now)
        language = concept.locale.language_code
        overview.append(
            ConceptOverview(
                concept=concept,
                language="" if language == settings.LANGUAGE_CODE else language,
                state=state,
                message=participation.window_message(
                    concept, now, contribution_count=contributions if state == participation.CLOSED else None
                ),
                chapters=chapter_counts,
                contributions=contributions,
                waiting=waiting,
                unanswered=unanswered,
            )
        )
    return overview
