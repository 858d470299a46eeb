"""HTML of a comment thread, built in Python.

A thread of 2,000 comments rendered through a recursive template include takes
seconds; building the same markup with f-strings takes a small fraction of that.
Every value that comes from a visitor or an editor goes through ``escape``;
translated strings and URLs are computed once per thread, not per comment.
"""

import re

from django.conf import settings
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.formats import get_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi, ngettext
from django.utils.translation import gettext as _

from . import paths

URL = re.compile(r"https?://[^\s<>\"']+")
TRAILING = ".,;:!?)"


def _link(match):
    url = match.group(0)
    stripped = url.rstrip(TRAILING)
    return f'<a href="{stripped}" rel="nofollow">{stripped}</a>{url[len(stripped) :]}'


def text_html(text):
    """Plain text → escaped HTML: paragraphs at blank lines, line breaks kept, web links clickable."""
    escaped = escape(text.replace("\r\n", "\n").strip())
    paragraphs = re.split(r"\n\s*\n", escaped)
    return "".join(f"<p>{URL.sub(_link, paragraph).replace(chr(10), '<br>')}</p>" for paragraph in paragraphs)


def _local(moment, fmt):
    return dateformat.format(timezone.localtime(moment), fmt)


class ThreadRenderer:
    """Renders Nodes (see threads.py) as nested lists; ``comment_url`` is empty when the window is closed."""

    def __init__(self, comment_url="", may_support=False):
        self.comment_url = comment_url
        self.may_support = may_support
        self.support_url = paths.prefix() + paths.SUPPORT  # .format(comment id)
        self.support_counts = {}  # "3 Zustimmungen", translated once per count
        # The district's answers and moderation reasons are German; mark them inside pages in
        # other interface languages (WCAG 3.1.2). Citizens' comments may be in any language.
        self.german = "" if get_language() in ("de", "de-x-ls") else ' lang="de" dir="ltr"'
        # Dates keep the interface's direction, so their parts never reorder inside other text.
        self.direction = ' dir="rtl"' if get_language_bidi() else ' dir="ltr"'
        self.report_url = paths.prefix() + paths.REPORT  # .format(comment id): see paths.py
        self.version_urls = {}  # a thread names few versions: reversed once each
        self.replies_up_to = settings.COMMENTS_XTD_MAX_THREAD_LEVEL  # a reply at that level takes no reply
        # The active language's formats, looked up once rather than per comment.
        self.datetime_format, self.date_format = get_format("DATETIME_FORMAT"), get_format("DATE_FORMAT")
        self.text = {
            "staff": escape(_("Redaktion")),
            "hidden_author": escape(_("Ausgeblendeter Kommentar")),
            "withdrawn_author": escape(_("Zurückgezogener Kommentar")),
            "to": escape(_("zu")),
            "quote": escape(_("Der kommentierte Abschnitt lautete:")),
            "reply": escape(_("Antworten")),
            "report": escape(_("Melden")),
            "response": escape(_("Stellungnahme des Kreises")),
            "outcome": escape(_("Ergebnis:")),
            "withdrawn": escape(_("vom Verfasser zurückgezogen")),
            "support": escape(_("Zustimmen")),
        }

    def _version_href(self, version, block_id):
        key = (version.chapter_id, version.number)
        if key not in self.version_urls:
            self.version_urls[key] = reverse("versions:version", args=key)
        href = self.version_urls[key]
        return f"{href}#b-{escape(block_id)}" if block_id else href

    def render(self, nodes):
        return mark_safe("".join(self.node(node) for node in nodes))  # noqa: S308 - every value escaped below

    def node(self, node):
        comment, t = node.comment, self.text
        pk = comment.pk
        # A hidden comment keeps its place in the thread, but neither its text nor its author.
        withdrawn = getattr(comment, "withdrawn_at", None) is not None
        if withdrawn:  # its author's choice: not to be taken for the moderation's
            name = t["withdrawn_author"]
        else:
            name = t["hidden_author"] if comment.hidden_at else escape(comment.user_name)
        parts = [
            f'<li class="comment{" comment--staff" if comment.by_staff else ""}" id="c-{pk}">',
            # Named by author and date: two comments by one person are told apart (WCAG 4.1.2).
            f'<article aria-labelledby="c-{pk}-author c-{pk}-date"><header class="comment__meta">',
            # A name may be in any script: isolated, so it does not reorder the text around it.
            f'<bdi class="comment__author" id="c-{pk}-author">{name}</bdi>',
            f' <span class="badge">{t["staff"]}</span>' if comment.by_staff else "",
            f' <a class="comment__date" href="#c-{pk}">'
            f'<time id="c-{pk}-date" datetime="{comment.submit_date.isoformat()}"{self.direction}>'
            f"{_local(comment.submit_date, self.datetime_format)}</time></a>",
        ]
        if node.paragraph_label:
            parts.append(
                f' <span class="comment__ref">{t["to"]} <a href="#b-{escape(comment.paragraph_id)}">'
                f"{escape(node.paragraph_label)}</a></span>"
            )
        if node.version:
            label = escape(
                _("zur Fassung vom %(date)s") % {"date": _local(node.version.published_at, self.date_format)}
            )
            href = self._version_href(node.version, comment.paragraph_id)
            parts.append(f' <span class="comment__version"><a href="{href}">{label}</a></span>')
        parts.append("</header>")
        if node.removed_quote:
            parts.append(
                f'<blockquote class="comment__quote"><p><span class="visually-hidden">{t["quote"]} </span>'
                f"{escape(node.removed_quote)}</p></blockquote>"
            )
        if withdrawn:
            parts.append(f'<p class="comment__hidden">{t["withdrawn"]}</p>')
        elif comment.hidden_at:
            reason = escape(_("Von der Moderation ausgeblendet: %(reason)s")) % {
                "reason": f"<span{self.german}>{escape(comment.hidden_reason)}</span>"
            }
            parts.append(f'<p class="comment__hidden">{reason}</p>')
        else:
            # Comments are welcome in any language: each text takes the direction of its own script.
            parts.append(f'<div class="comment__text" dir="auto">{text_html(comment.comment)}</div>')
        response = getattr(comment, "response", None) if has_response(comment) else None
        if response is not None:
            parts.append(self.response(response))
        parts.append('<p class="comment__actions">')
        if self.comment_url and comment.level < self.replies_up_to and not comment.hidden_at:
            hidden = escape(_("auf den Kommentar von %(name)s") % {"name": comment.user_name})
            parts.append(
                f'<a href="{escape(self.comment_url)}?{paths.REPLY_PARAM}={pk}">{t["reply"]}'
                f'<span class="visually-hidden"> {hidden}</span></a> '
            )
        if not comment.hidden_at:
            hidden = escape(_("(Kommentar von %(name)s)") % {"name": comment.user_name})
            parts.append(
                f'<a href="{self.report_url.format(pk)}" rel="nofollow">{t["report"]}'
                f'<span class="visually-hidden"> {hidden}</span></a>'
            )
        parts.append("</p>")
        if not comment.hidden_at:
            parts.append(self.support(comment))
        parts.append("</article>")
        if node.replies:
            parts.append('<ol class="comment-list comment-list--replies">')
            parts.extend(self.node(reply) for reply in node.replies)
            parts.append("</ol>")
        parts.append("</li>")
        return "".join(parts)

    def support(self, comment):
        """The count of supports and, while support is possible, a link to the support page
        (where the address is asked; the cached chapter page carries no form of its own)."""
        count = getattr(comment, "support_count", 0) or 0
        if not self.may_support and not count:
            return ""
        label = self.support_counts.get(count)
        if label is None:
            label = self.support_counts[count] = escape(
                ngettext("%(count)s Zustimmung", "%(count)s Zustimmungen", count) % {"count": count}
            )
        counter = f'<span class="comment__support-count">{label}</span>'
        if not self.may_support:
            return f'<p class="comment__support">{counter}</p>'
        hidden = escape(_("(Kommentar von %(name)s)") % {"name": comment.user_name})
        href = self.support_url.format(comment.pk)
        return (
            f'<p class="comment__support"><a class="comment__support-link" href="{href}">'
            f'{self.text["support"]}<span class="visually-hidden"> {hidden}</span></a> {counter}</p>'
        )

    def response(self, response):
        t = self.text
        date = response.released_at or response.responded_at  # the public date is the release's
        parts = [
            f'<div class="comment-response comment-response--{escape(response.outcome)}" id="r-{response.pk}">',
            f'<h3 class="comment-response__heading">{t["response"]}</h3>',
            f'<p class="comment-response__meta"><span class="comment-response__outcome">{t["outcome"]} '
            f"<strong>{escape(response.get_outcome_display())}</strong></span> · "
            f'<time datetime="{date.isoformat()}">{_local(date, self.date_format)}'
            "</time></p>",
            f'<div class="comment-response__text"{self.german}>{text_html(response.text)}</div>',
        ]
        version = response.taken_up_in
        if version is not None:
            label = _("Aufgenommen in der Fassung vom %(date)s") % {
                "date": _local(version.published_at, self.date_format)
            }
            href = self._version_href(version, response.taken_up_block_id)
            parts.append(f'<p class="comment-response__taken-up"><a href="{href}">{escape(label)}</a></p>')
        parts.append("</div>")
        return "".join(parts)


def has_response(comment):
    """Whether select_related found a released response (without a query or an exception when
    not); a draft is never shown."""
    cached = comment._state.fields_cache
    return "response" in cached and cached["response"] is not None and cached["response"].released_at is not None
