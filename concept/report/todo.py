"""The dashboard's "Heute zu tun": per concept what waits for the office today, open concepts
first, with the same conditions as the moderation queue (``concept.comments.queue``) and the
same "offen" as the report and the responses admin (``concept.responses.models``).

A constant number of queries for any number of concepts: the concepts in the user's scope, the
chapters, which chapters the public may see, one aggregate over the comments, and Wagtail's page
approvals the user may decide.
"""

import math
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, TaskState

from concept import participation
from concept.admin_helpers import concept_label, query
from concept.comments import queue
from concept.comments.models import ChapterComment
from concept.models import ChapterPage, ConceptPage
from concept.responses.models import is_contribution, is_open
from concept.roles.access import in_scope
from concept.roles.models import Role

ENDING_SOON_DAYS = 7
DRAFT = Q(response__isnull=False, response__released_at__isnull=True)


@dataclass
class ChapterTodo:
    chapter: ChapterPage
    public: bool
    to_review: int = 0
    new: int = 0
    contributions: int = 0
    unanswered: int = 0

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.chapter.pk])

    @property
    def queue_url(self):
        return reverse("concept_moderation:index") + query(kapitel=self.chapter.pk)


@dataclass
class ConceptTodo:
    concept: ConceptPage
    label: str
    state: str
    message: str
    may_moderate: bool
    may_respond: bool
    days_left: int | None = None  # set while the window is open and ends within ENDING_SOON_DAYS
    chapters: list[ChapterTodo] = field(default_factory=list)

    def _sum(self, name, public_only=False):
        return sum(getattr(chapter, name) for chapter in self.chapters if chapter.public or not public_only)

    @property
    def to_review(self):
        return self._sum("to_review")

    @property
    def new(self):
        return self._sum("new")

    @property
    def contributions(self):
        """The report's "Beiträge": on live, public chapters only."""
        return self._sum("contributions", public_only=True)

    @property
    def unanswered(self):
        """The report's "noch offen": on live, public chapters only."""
        return self._sum("unanswered", public_only=True)

    drafts: int = 0

    @property
    def is_open(self):
        return self.state != participation.CLOSED

    @property
    def has_work(self):
        return bool(self.to_review or self.new or self.unanswered or self.drafts)

    @property
    def responses_url(self):
        return reverse("concept_responses:contributions", args=[self.concept.pk]) if self.may_respond else ""

    @property
    def open_responses_url(self):
        return self.responses_url + query(ergebnis="offen") if self.may_respond else ""

    @property
    def queue_url(self):
        return reverse("concept_moderation:index") if self.may_moderate else ""

    @property
    def report_url(self):
        return reverse("report:page", args=[self.concept.pk]) if self.concept.live else ""


@dataclass
class Todo:
    concepts: list[ConceptTodo]
    page_approvals: int

    @property
    def current(self):
        return [item for item in self.concepts if item.is_open]

    @property
    def closed(self):
        return [item for item in self.concepts if not item.is_open]

    @property
    def to_review(self):
        return sum(item.to_review for item in self.concepts if item.may_moderate)

    @property
    def new(self):
        return sum(item.new for item in self.concepts if item.may_moderate)

    @property
    def unanswered(self):
        return sum(item.unanswered for item in self.concepts if item.may_respond)

    @property
    def ending_soon(self):
        return [item for item in self.concepts if item.days_left is not None]


def _days_left(concept, now):
    remaining = concept.closes_at - now
    if timedelta(0) < remaining <= timedelta(days=ENDING_SOON_DAYS):
        return max(1, math.ceil(remaining / timedelta(days=1)))
    return None


def comment_figures(chapter_ids=None):
    """{chapter id (str): {to_review, new, contributions, unanswered, drafts}} in one query."""
    contribution = is_contribution()
    rows = (
        ChapterComment.objects.on_chapters(chapter_ids)
        .order_by()
        .values("object_pk")
        .annotate(
            to_review=Count("pk", filter=queue.to_review()),
            new=Count("pk", filter=queue.NEW),
            contributions=Count("pk", filter=contribution),
            unanswered=Count("pk", filter=contribution & is_open()),
            drafts=Count("pk", filter=contribution & DRAFT),
        )
    )
    return {row["object_pk"]: row for row in rows}


def todo_for(user, now=None):
    """What waits for ``user`` today, in the concepts the user moderates or answers for."""
    now = now or timezone.now()
    moderated = set(in_scope(ConceptPage.objects.all(), user, Role.MODERATE).values_list("pk", flat=True))
    responded = set(in_scope(ConceptPage.objects.all(), user, Role.RESPOND).values_list("pk", flat=True))
    concepts = list(ConceptPage.objects.filter(pk__in=moderated | responded).select_related("locale").order_by("path"))
    chapters = list(ChapterPage.objects.order_by("number", "path").only("id", "path", "title", "number", "live"))
    public_ids = set(ChapterPage.objects.live().public().values_list("pk", flat=True))
    figures = comment_figures()
    by_path = {}
    for chapter in chapters:
        by_path.setdefault(chapter.path[: -Page.steplen], []).append(chapter)
    items = []
    for concept in concepts:
        state = participation.window_state(concept, now)
        item = ConceptTodo(
            concept=concept,
            label=concept_label(concept),
            state=state,
            message=participation.window_message(concept, now),
            may_moderate=concept.pk in moderated,
            may_respond=concept.pk in responded,
            days_left=_days_left(concept, now) if state == participation.OPEN else None,
        )
        for chapter in by_path.get(concept.path, []):
            row = figures.get(str(chapter.pk), {})
            item.chapters.append(
                ChapterTodo(
                    chapter=chapter,
                    public=chapter.pk in public_ids,
                    to_review=row.get("to_review", 0),
                    new=row.get("new", 0),
                    contributions=row.get("contributions", 0),
                    unanswered=row.get("unanswered", 0),
                )
            )
            if chapter.pk in public_ids:
                item.drafts += row.get("drafts", 0)
        items.append(item)
    # Running participations first, then those still to come, the closed ones last (collapsed).
    order = {participation.OPEN: 0, participation.BEFORE: 1, participation.CLOSED: 2}
    items.sort(key=lambda item: order[item.state])
    return Todo(concepts=items, page_approvals=TaskState.objects.reviewable_by(user).count())


def menu_count(user):
    """For the badge on "Kommentare": comments to review or new, in the chapters the user moderates."""
    chapters = in_scope(ChapterPage.objects.all(), user, Role.MODERATE).values_list("pk", flat=True)
    return ChapterComment.objects.on_chapters(chapters).filter(queue.to_review() | queue.NEW).order_by().count()
