"""Comments for the benchmarks: German sentences and names, and threads saved as production saves them."""

from datetime import timedelta

SENTENCES = [
    "Ich finde den Ansatz grundsätzlich richtig, aber die Umsetzung in den Ämtern muss besser abgestimmt werden.",
    "In unserer Gemeinde fehlen seit Monaten Plätze in den Integrationskursen, vor allem am Nachmittag.",
    "Die Ehrenamtlichen brauchen feste Ansprechpartner beim Kreis und nicht jedes Jahr eine neue Zuständigkeit.",
    "Warum wird der Busverkehr auf dem Land nicht erwähnt? Ohne Mobilität erreicht niemand die Kurse in Schleswig.",
    "Als Lotsin erlebe ich, dass Termine bei der Ausländerbehörde oft Wochen dauern.",
    "Danke für die Zusammenfassung, das Kapitel ist gut verständlich geschrieben.",
    "Die Kinderbetreuung während der Sprachkurse sollte ausdrücklich als Maßnahme aufgenommen werden.",
    "Wir haben im Sportverein gute Erfahrungen mit gemeinsamen Trainingszeiten gemacht.",
    "Bitte auch an die älteren Zugewanderten denken, die nicht mehr arbeiten und trotzdem Anschluss suchen.",
    "Mir fehlt ein Indikator, der misst, wie viele Menschen nach dem Kurs tatsächlich Arbeit finden.",
    "Dolmetscher für Arztbesuche sind in Kappeln kaum zu bekommen, das sollte der Pool ändern.",
    "Die Wohnungssuche ist das größte Problem, viele Vermieter sagen sofort ab.",
    "Gute Idee, aber wer bezahlt das, wenn die Landesmittel auslaufen?",
    "Ich würde mir mehr Begegnungsorte wünschen, zum Beispiel ein Sprachcafé in der Bücherei.",
    "Die Schulen sind mit den Willkommensklassen allein gelassen worden.",
    "Das Jobcenter und die Migrationsberatung sollten ihre Sprechzeiten abstimmen.",
    "Frauen mit kleinen Kindern werden von den bisherigen Angeboten kaum erreicht.",
    "Bitte die Informationen auch in leichter Sprache und auf Arabisch und Dari anbieten.",
    "Unsere Kirchengemeinde stellt gern Räume zur Verfügung, wenn jemand die Kurse organisiert.",
    "Wie wird eigentlich sichergestellt, dass die Ergebnisse dieser Beteiligung berücksichtigt werden?",
]
FIRST_NAMES = ["Anna", "Jens", "Fatima", "Ole", "Merle", "Ahmad", "Birte", "Sören", "Leyla", "Kai", "Hanna", "Yusuf"]
LAST_NAMES = ["Hansen", "Petersen", "Jensen", "Nielsen", "Rahimi", "Schmidt", "Carstensen", "Yilmaz", "Thomsen"]


def comment_text(rng, low=100, high=600):
    target = rng.randint(low, high)
    parts, length = [], 0
    while length < target:
        sentence = rng.choice(SENTENCES)
        if parts and length + len(sentence) + 1 > high:
            break
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)


def open_chapters():
    """The chapters of the demo's concept whose window is open today (the Fortschreibung)."""
    from django.utils import timezone

    from concept.models import ChapterPage, ConceptPage

    now = timezone.now()
    concept = ConceptPage.objects.live().filter(opens_at__lte=now, closes_at__gt=now).first()
    assert concept is not None, "the demo has no concept with an open window"
    return list(ChapterPage.objects.live().child_of(concept).order_by("path").specific())


def add_comments(chapter, size, rng, reply_share=0.4, max_level=3):
    """``size`` confirmed, public comments on ``chapter`` as threads (about ``reply_share``
    replies, to level ``max_level``), saved one by one through XtdComment.save with
    ``parent_id`` set first, so comments-xtd computes thread_id/order/level as in production
    (as bench/comments.py builds them)."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone

    from concept.comments.models import ChapterComment
    from concept.comments.services import participant_key

    chapter_type = ContentType.objects.get_for_model(chapter)
    start = timezone.now() - timedelta(days=20)
    levels = {}  # pk -> level
    open_parents = []
    with transaction.atomic():
        for index in range(size):
            email = f"bench{index}@example.net"
            parent = None
            if open_parents and rng.random() < reply_share:
                parent = rng.choice(open_parents[-200:])  # recent threads draw the replies
            submitted = start + timedelta(minutes=index)
            comment = ChapterComment(
                content_type=chapter_type,
                object_pk=str(chapter.pk),
                site_id=settings.SITE_ID,
                user_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)[0]}.",
                user_email=email,
                comment=comment_text(rng),
                submit_date=submitted,
                is_public=True,
                is_removed=False,
                confirmed_at=submitted + timedelta(minutes=5),
                revision_id=chapter.live_revision_id,
                language="de",
                participant_key=participant_key(email),
            )
            if parent is not None:
                comment.parent_id = parent
            comment.save()
            levels[comment.pk] = levels[parent] + 1 if parent is not None else 0
            if levels[comment.pk] < max_level:
                open_parents.append(comment.pk)
    return levels
