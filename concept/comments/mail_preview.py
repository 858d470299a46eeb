"""The admin's view of the mails citizens get: each text rendered for a chosen concept with a
sample comment, with its sender and subject, as ``mail.py`` sends it (same templates, same
settings). Read only: the texts are changed in the templates, sender name and signature in the
portal settings."""

from types import SimpleNamespace

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from concept.models import ConceptPage
from concept.roles.access import within
from concept.roles.organisations import user_trees
from home.organisations import base_url_for

from . import mail
from .models import ChapterComment

SAMPLE_URL = "/de/…"


def samples(concept_title, base=None):
    comment = ChapterComment(
        user_name=_("Erika Mustermann"),
        comment=_("Die Sprachkurse am Abend sollten auch in Kappeln angeboten werden."),
        hidden_reason=_("Der Beitrag nennt eine Privatperson mit Namen."),
        language="de",
    )
    reply = ChapterComment(user_name=_("Max Muster"), comment=_("Dem schließe ich mich an."), language="de")
    response = SimpleNamespace(
        get_outcome_display=_("teilweise berücksichtigt"),
        text=_("Der Kreis prüft mit der Volkshochschule ein zusätzliches Angebot in Kappeln."),
        taken_up_in=None,
    )
    base = base or settings.PORTAL_BASE_URL
    common = {
        "concept": concept_title,
        "base_url": base,
        "unsubscribe_url": base + "/de/…/abmelden/",
        "mine_url": base + "/de/beteiligung/meine-beitraege/…/",
    }
    return [
        (
            _("Bestätigung eines Kommentars"),
            "confirm",
            {**common, "confirm_url": base + "/de/…/bestaetigen/", "hours": 48},
        ),
        (
            _("Antwort auf einen Kommentar"),
            "reply",
            {**common, "parent": comment, "reply": reply, "reply_url": base + SAMPLE_URL},
        ),
        (_("Kommentar ausgeblendet"), "hidden", {**common, "comment": comment}),
        (
            _("Stellungnahme des Kreises"),
            "response",
            {**common, "comment": comment, "response": response, "comment_url": base + SAMPLE_URL, "version_url": ""},
        ),
        (_("Text schon veröffentlicht"), "duplicate", {**common, "comment_url": base + SAMPLE_URL}),
        (
            _("Bestätigung einer Zustimmung"),
            "support_confirm",
            {**common, "confirm_url": base + "/de/…/zustimmung/bestaetigen/", "hours": 48},
        ),
        (_("Zustimmung schon gezählt"), "support_counted", {**common, "comment_url": base + SAMPLE_URL}),
        (_("Neuer Link zu „Meine Beiträge“"), "mine_link", common),
    ]


def mail_texts(request):
    """The concepts of the user's own organisations to choose from (a town's people never see the
    district's, issue 22), each with its organisation's sender, signature and address."""
    concepts = ConceptPage.objects.order_by("-opens_at").only("pk", "title", "path", "url_path")
    concepts = list(within(concepts, user_trees(request.user)))
    chosen = next((c for c in concepts if str(c.pk) == request.GET.get("konzept", "")), None)
    chosen = chosen or (concepts[0] if concepts else None)
    base = base_url_for(chosen) if chosen else None
    identity = mail.mail_identity(base)
    sender = mail.mail_sender(identity)
    texts = []
    for label, template, context in samples(chosen.title if chosen else _("Name des Konzepts"), base):
        subject, body = mail.render(template, "de", context, identity)
        texts.append({"label": label, "subject": subject, "body": body})
    return TemplateResponse(
        request,
        "concept/admin/mail_texts.html",
        {"concepts": concepts, "chosen": chosen, "sender": sender, "texts": texts},
    )
